package nl.voorzorgcirkel.simulation.internal;

import java.util.SplittableRandom;

/**
 * Random streams per source of randomness, derived from (master seed, replication, circle,
 * source) alone, never from the design point or a thread: common random numbers (SSJ's {@code
 * RandomStream} with substreams, and its {@code InventoryCRN} example). Two policies run on the
 * same seed see the same members, the same needs at the same moments, the same durations and the
 * same dynamics; an asked member's answer to a given need is drawn from a counter-based hash of
 * (seed, replication, circle, need, member), so the same member answers the same need alike under
 * both policies whenever both ask them. Stateless.
 */
public final class Streams {

  /** The sources of randomness, each with its own stream. */
  public enum Source {
    /** Who is in a circle at the start. */
    POPULATION,
    /** When needs arise, whose, what kind, how urgent, whether posted. */
    DEMAND,
    /** How long help takes. */
    DURATIONS,
    /** Answers: delay and yes or no (counter-based, see {@link Streams#answer}). */
    RESPONSES,
    /** Leaving, vitality decline, recruitment. */
    DYNAMICS,
    /**
     * Contact and omkijken: who lives alone, check-in agreements, attendance, calls, trips, unwell
     * spells. Its own stream, so that turning contact on changes nothing else.
     */
    CONTACT
  }

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Streams() {}

  /**
   * The seed of one stream.
   *
   * @param master the master seed
   * @param replication the replication, from 0
   * @param circle the circle, from 0
   * @param source the source
   * @return the seed
   */
  public static long seed(long master, int replication, int circle, Source source) {
    long z = mix(master + GOLDEN * (source.ordinal() + 1L));
    z = mix(z ^ (0xC2B2AE3D27D4EB4FL * (replication + 1L)));
    return mix(z ^ (0x165667B19E3779F9L * (circle + 1L)));
  }

  /**
   * The stream of one source.
   *
   * @param master the master seed
   * @param replication the replication, from 0
   * @param circle the circle, from 0
   * @param source the source
   * @return a new generator
   */
  public static SplittableRandom stream(long master, int replication, int circle, Source source) {
    return new SplittableRandom(seed(master, replication, circle, source));
  }

  /**
   * A uniform number in {@code [0, 1)} for an answer: a pure function of the responses stream's
   * seed, the need, the member and which draw (0 for the delay, 1 for yes or no).
   *
   * @param responsesSeed the seed of the circle's {@link Source#RESPONSES} stream
   * @param need the need's number in the circle (times 64, plus the occurrence of a recurring one)
   * @param member the member's number in the circle
   * @param draw 0 or 1
   * @return the number
   */
  public static double answer(long responsesSeed, long need, int member, int draw) {
    long z = mix(responsesSeed ^ (need * GOLDEN));
    z = mix(z + (member + 1L) * 0xD1B54A32D192ED03L + draw);
    return (z >>> 11) * 0x1.0p-53;
  }

  /** SplitMix64's finaliser. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
