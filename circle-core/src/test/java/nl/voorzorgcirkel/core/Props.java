package nl.voorzorgcirkel.core;

import org.quicktheories.QuickTheory;

/**
 * The one way property tests start: QuickTheories with a fixed seed, reported on standard output
 * with the property's name and example count so that a failure can be replayed.
 */
public final class Props {

  /** The fixed seed of every property in this module. */
  public static final long SEED = 20_261_126L;

  private Props() {}

  public static QuickTheory property(String name, int examples) {
    System.out.printf("property %s: seed=%d examples=%d%n", name, SEED, examples);
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
  }
}
