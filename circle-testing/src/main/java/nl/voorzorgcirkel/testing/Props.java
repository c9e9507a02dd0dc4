package nl.voorzorgcirkel.testing;

import org.quicktheories.QuickTheory;

/**
 * The one way property tests start: QuickTheories with a fixed seed, reported on standard output
 * with the property's name and example count, so that a failure replays exactly.
 *
 * <p>Thread-safe: stateless.
 *
 * @since 0.1.0
 */
public final class Props {

  /** The fixed seed of every property of this library's tests and contracts. */
  public static final long SEED = 20_261_126L;

  private Props() {}

  /**
   * A QuickTheories run with {@link #SEED}, announced on standard output.
   *
   * @param name the property's name, shown with the seed; not null
   * @param examples how many examples to try, 1 or more
   * @return the configured theory, on which to call {@code forAll}
   */
  public static QuickTheory property(String name, int examples) {
    System.out.printf("property %s: seed=%d examples=%d%n", name, SEED, examples);
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
  }
}
