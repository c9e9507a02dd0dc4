package nl.voorzorgcirkel.simulation.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How members behave: every assumption of the model, each a parameter with a default, a unit and a
 * source or the word "assumption" (in the scenario schema, {@code scenario-v2.schema.json}).
 * Immutable.
 *
 * @param demand how often members need help
 * @param reluctance the share of needs never posted, and how it falls as a member is helped
 * @param urgency how urgent requests are and how long they may wait
 * @param recurrence the share of requests that come back weekly
 * @param durations how long help takes
 * @param answerDelay how long an asked member takes to answer
 * @param acceptance the chance an asked member says yes
 * @param fatigue how recent asks lower that chance (notification fatigue)
 * @param dynamics leaving, vitality decline and recruitment
 * @since 0.1.0
 */
public record Behaviour(Demand demand, Reluctance reluctance, UrgencyMix urgency,
    RecurrenceMix recurrence, Durations durations, AnswerDelay answerDelay, Acceptance acceptance,
    Fatigue fatigue, Dynamics dynamics) {

  /**
   * Needs per member: a weekly rate by age, times a factor by vitality; the kind of help is drawn
   * uniformly from the 11 standard kinds.
   *
   * @param needsPerWeekByAge needs a week by age, 0 to 50 each, bands in increasing age
   * @param vitalityFactor multiplies the rate, by vitality, 0 to 100
   */
  public record Demand(List<AgeRate> needsPerWeekByAge, ByVitality vitalityFactor) {}

  /**
   * Reluctance to ask: the share of needs a member never posts is {@code familiarShare +
   * (initialShare - familiarShare) * 0.5^(h / helpsToHalve)} after being helped {@code h} times.
   *
   * @param initialShare the share not posted by a member never helped, 0 to 1
   * @param familiarShare the share it tends to, 0 to 1
   * @param helpsToHalve occasions of help received that halve the distance between the two, more
   *     than 0
   */
  public record Reluctance(double initialShare, double familiarShare, double helpsToHalve) {}

  /**
   * Urgency: a share for today, a share soon, the rest routine; each with the days it may wait.
   *
   * @param todayShare share of requests for today, 0 to 1
   * @param soonShare share for the next days, 0 to 1; with {@code todayShare} at most 1
   * @param todayWindowDays days a request for today may wait, 1 to 62
   * @param soonWindowDays days a request for soon may wait, 1 to 62
   * @param routineWindowDays days a routine request may wait, 1 to 62
   */
  public record UrgencyMix(double todayShare, double soonShare, int todayWindowDays,
      int soonWindowDays, int routineWindowDays) {}

  /**
   * Weekly recurring requests: a share of new requests comes back every week for a number of
   * weeks drawn uniformly from a range.
   *
   * @param share the share, 0 to 1
   * @param weeks how many weeks it comes back, 1 to 52
   */
  public record RecurrenceMix(double share, IntRange weeks) {}

  /**
   * How long help takes: a distribution around a typical time, kept within bounds.
   *
   * @param distribution fixed, exponential or lognormal
   * @param typicalMinutes the fixed time, the exponential's mean or the lognormal's median, 1 to
   *     1,440 minutes
   * @param sigma the lognormal's sigma, 0 to 3
   * @param minMinutes the shortest help, 1 to 1,440 minutes (the ledger counts at least a minute)
   * @param maxMinutes the longest help, 1 to 1,440 minutes
   */
  public record Durations(Distribution distribution, double typicalMinutes, double sigma,
      double minMinutes, double maxMinutes) {}

  /** A distribution of durations. */
  public enum Distribution {
    /** Always the typical time. */
    @JsonProperty("fixed") FIXED,
    /** Exponential with the typical time as mean. */
    @JsonProperty("exponential") EXPONENTIAL,
    /** Lognormal with the typical time as median. */
    @JsonProperty("lognormal") LOGNORMAL
  }

  /**
   * An asked member answers after a minimum plus an exponential delay.
   *
   * @param meanMinutes the exponential part's mean, 0 to 10,080 minutes (0: at once)
   * @param minMinutes the minimum, 0 to 1,440 minutes
   */
  public record AnswerDelay(double meanMinutes, double minMinutes) {}

  /**
   * The chance an asked member says yes, before fatigue.
   *
   * @param probability 0 to 1
   */
  public record Acceptance(double probability) {}

  /**
   * Notification fatigue (Manshadi and Rodilitz, Management Science 2022): each recent ask lowers
   * the chance of a yes to {@code probability * (1 - lossPerRecentAsk)^a}, where {@code a} counts
   * the member's earlier asks, each weighted by {@code exp(-age / memoryDays)}.
   *
   * @param lossPerRecentAsk the loss per recent ask, 0 to 1 (0: no fatigue)
   * @param memoryDays how long an ask is remembered, more than 0, at most 365 days
   */
  public record Fatigue(double lossPerRecentAsk, double memoryDays) {}

  /**
   * Changes over time, checked once a month: members leave, vitality declines, circles recruit.
   *
   * @param enabled false keeps every circle as it started
   * @param leavingPerYear the chance a year that a member leaves (care, death, moving), by age
   * @param toSomeLimitationsPerYear the chance a year that a vital member gets some limitations,
   *     by age
   * @param toDependentPerYear the chance a year that a member with some limitations becomes
   *     dependent, by age
   * @param capacityAfterDeclineHours the most hours a week a member gives after the first decline
   *     (none after the second), 0 to 40
   * @param recruitment recruitment when a circle falls below its minimum size
   */
  public record Dynamics(boolean enabled, List<AgeRate> leavingPerYear,
      List<AgeRate> toSomeLimitationsPerYear, List<AgeRate> toDependentPerYear,
      double capacityAfterDeclineHours, Recruitment recruitment) {}

  /**
   * Recruitment: a circle below the policy's minimum size gains vital members each month.
   *
   * @param enabled whether circles recruit
   * @param perMonth members recruited a month while below the minimum, 1 to 10
   * @param age the recruits' ages, drawn uniformly, 50 to 110
   */
  public record Recruitment(boolean enabled, int perMonth, IntRange age) {}
}
