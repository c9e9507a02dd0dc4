package nl.voorzorgcirkel.examples.simulation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything a simulation run needs. Defaults ({@link #muziekwijk()}) and where they come from:
 *
 * <ul>
 *   <li>two circles of 13 to 17 members aged 64 to 89: the documented start in Almere Muziekwijk
 *       (about 30 of 70 seniors joined, ages 64 to 89, two circles);
 *   <li>requests per member per week by age: 0.08 below 75, 0.20 from 75, 0.40 from 85; times 1.5
 *       with some limitations and 3 when dependent: an assumption scaled from the CBS shares
 *       receiving informal care (65-74: 6 to 8 %; 75+: 12 to 31 %) and the report that circles
 *       get "fewer requests than expected";
 *   <li>help lasts about an hour (lognormal, median 60 minutes, sigma 0.5): an assumption;
 *   <li>a request may be helped within 3 days; an asked member answers after about 3 hours
 *       (exponential) and says yes with probability 0.6: assumptions;
 *   <li>a member leaves (care, death, moving) with probability 2 % a year below 80 and 8 % from
 *       80: an assumption informed by 7.6 % of over-75s living in institutions (CBS 2020);
 *       a circle below its minimum recruits one vital member aged 64 to 75 a month;
 *   <li>vitality declines: a vital member gets some limitations with probability 3 % a year
 *       below 75, 8 % from 75 and 15 % from 85; one with some limitations becomes dependent with
 *       5 %, 12 % and 20 %; capacity falls to at most 2 hours, then to none (assumptions).
 * </ul>
 *
 * @param name a short name, not null
 * @param circles how many circles, 1 or more
 * @param minMembers the fewest members a circle starts with, 2 or more
 * @param maxMembers the most members a circle starts with
 * @param youngest the youngest starting age
 * @param oldest the oldest starting age
 * @param start the first simulated day, not null
 * @param days simulated days after the warm-up, 1 or more
 * @param warmupDays days simulated first and left out of the figures, 0 or more
 * @param replications independent runs, 1 or more
 * @param seed the master seed: every random stream is derived from it
 * @param acceptProbability the chance an asked member says yes, 0 to 1
 * @param waitForHelp true: a request waits beyond its window until someone helps; false: it
 *     expires at the end of its window and is referred
 * @param dynamics whether members leave, vitality declines and circles recruit
 * @param durations how long help takes: fixed at 60 minutes, exponential with mean 60, or
 *     lognormal with median 60 and sigma 0.5 (the default); not null
 * @param recurringShare the share of requests that come back weekly for 4 to 12 weeks (default
 *     0.1, an assumption), 0 to 1
 * @since 0.1.0
 */
public record Scenario(String name, int circles, int minMembers, int maxMembers, int youngest,
    int oldest, LocalDate start, int days, int warmupDays, int replications, long seed,
    double acceptProbability, boolean waitForHelp, boolean dynamics, Durations durations,
    double recurringShare) {

  /** How long help takes. */
  public enum Durations {
    /** Always 60 minutes. */
    FIXED,
    /** Exponential, mean 60 minutes. */
    EXPONENTIAL,
    /** Lognormal, median 60 minutes, sigma 0.5. */
    LOGNORMAL
  }

  /**
   * Checks the components.
   *
   * @param name see the record description
   * @param circles see the record description
   * @param minMembers see the record description
   * @param maxMembers see the record description
   * @param youngest see the record description
   * @param oldest see the record description
   * @param start see the record description
   * @param days see the record description
   * @param warmupDays see the record description
   * @param replications see the record description
   * @param seed see the record description
   * @param acceptProbability see the record description
   * @param waitForHelp see the record description
   * @param dynamics see the record description
   * @param durations see the record description
   * @param recurringShare see the record description
   * @throws IllegalArgumentException naming the component and the rule
   */
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(start, "start");
    if (circles < 1) {
      throw new IllegalArgumentException("circles must be at least 1");
    }
    if (minMembers < 2 || maxMembers < minMembers) {
      throw new IllegalArgumentException("members must satisfy 2 <= minMembers <= maxMembers");
    }
    if (youngest < 50 || oldest < youngest || oldest > 110) {
      throw new IllegalArgumentException("ages must satisfy 50 <= youngest <= oldest <= 110");
    }
    if (days < 1 || warmupDays < 0 || replications < 1) {
      throw new IllegalArgumentException("days and replications must be at least 1, warmupDays at least 0");
    }
    if (!(acceptProbability >= 0 && acceptProbability <= 1)) {
      throw new IllegalArgumentException("acceptProbability must be between 0 and 1");
    }
    Objects.requireNonNull(durations, "durations");
    if (!(recurringShare >= 0 && recurringShare <= 1)) {
      throw new IllegalArgumentException("recurringShare must be between 0 and 1");
    }
  }

  /**
   * The Almere Muziekwijk start: two circles, about thirty members aged 64 to 89, one year after a
   * four-week warm-up, five replications.
   *
   * @return the scenario
   */
  public static Scenario muziekwijk() {
    return new Scenario("muziekwijk", 2, 13, 17, 64, 89, LocalDate.of(2026, 1, 5), 365, 28, 5,
        20_261_126L, 0.6, false, true, Durations.LOGNORMAL, 0.1);
  }

  /**
   * Land van Cuijk: about sixty circles (the count reported for one Brabant municipality), the
   * same members and behaviour as {@link #muziekwijk()}, one year, five replications.
   *
   * @return the scenario
   */
  public static Scenario landVanCuijk() {
    return new Scenario("land-van-cuijk", 60, 10, 15, 64, 89, LocalDate.of(2026, 1, 5), 365, 28, 5,
        20_261_126L, 0.6, false, true, Durations.LOGNORMAL, 0.1);
  }

  /**
   * The Netherlands if every one of its about 3.5 million people of 65 and over were in a circle
   * (CALIBRATION, "Scale"): 280,000 circles of 10 to 15, 12.5 on average, so 3.5 million members
   * (CALIBRATION's "about 250,000 circles" counts about 14 a circle); one year, one replication.
   * On a 2-core machine this takes about three minutes (BENCHMARKS.md).
   *
   * @return the scenario
   */
  public static Scenario netherlands() {
    return new Scenario("netherlands", 280_000, 10, 15, 65, 95, LocalDate.of(2026, 1, 5), 365, 28, 1,
        20_261_126L, 0.6, false, true, Durations.LOGNORMAL, 0.1);
  }

  /**
   * A copy with another number of circles, for scaling studies.
   *
   * @param newCircles circles, 1 or more
   * @return the changed scenario
   */
  public Scenario withCircles(int newCircles) {
    return new Scenario(name, newCircles, minMembers, maxMembers, youngest, oldest, start, days,
        warmupDays, replications, seed, acceptProbability, waitForHelp, dynamics, durations, recurringShare);
  }

  /**
   * A copy with another master seed.
   *
   * @param newSeed the seed
   * @return the changed scenario
   */
  public Scenario withSeed(long newSeed) {
    return new Scenario(name, circles, minMembers, maxMembers, youngest, oldest, start, days,
        warmupDays, replications, newSeed, acceptProbability, waitForHelp, dynamics, durations, recurringShare);
  }

  /**
   * A copy with another chance that an asked member says yes.
   *
   * @param probability 0 to 1
   * @return the changed scenario
   */
  public Scenario withAcceptProbability(double probability) {
    return new Scenario(name, circles, minMembers, maxMembers, youngest, oldest, start, days,
        warmupDays, replications, seed, probability, waitForHelp, dynamics, durations, recurringShare);
  }

  /**
   * A copy with other starting ages.
   *
   * @param newYoungest the youngest starting age
   * @param newOldest the oldest starting age
   * @return the changed scenario
   */
  public Scenario withAges(int newYoungest, int newOldest) {
    return new Scenario(name, circles, minMembers, maxMembers, newYoungest, newOldest, start, days,
        warmupDays, replications, seed, acceptProbability, waitForHelp, dynamics, durations, recurringShare);
  }

  /**
   * A copy with another horizon, for short runs.
   *
   * @param newDays simulated days after the warm-up
   * @param newReplications replications
   * @return the changed scenario
   */
  public Scenario withHorizon(int newDays, int newReplications) {
    return new Scenario(name, circles, minMembers, maxMembers, youngest, oldest, start, newDays,
        warmupDays, newReplications, seed, acceptProbability, waitForHelp, dynamics, durations, recurringShare);
  }
}
