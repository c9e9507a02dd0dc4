package nl.voorzorgcirkel.simulation.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.voorzorgcirkel.coordination.asking.CircleAgreements;
import nl.voorzorgcirkel.coordination.asking.QuietHours;
import nl.voorzorgcirkel.matching.fairness.FairnessStrategies;
import nl.voorzorgcirkel.matching.fairness.FairnessStrategy;
import nl.voorzorgcirkel.matching.ranking.HardRule;
import nl.voorzorgcirkel.matching.ranking.HardRules;

/**
 * How a circle chooses whom to ask and what happens to requests nobody takes: the part of a
 * scenario that a circle (or a platform) decides, and that experiments compare. The engine asks
 * through the library's own {@link nl.voorzorgcirkel.matching.ranking.MatchingStrategies}, built
 * from these settings. Immutable.
 *
 * @param fairness the fairness strategy and its load window
 * @param weights the weights of the soft scores and of fairness
 * @param hardRules the hard rules applied, by name, in order; the standard list by default
 * @param notificationBudget members asked at once, 1 to 100
 * @param answerTimeoutHours hours without a yes after which the next members are asked, more than
 *     0, at most 1,488 (62 days)
 * @param unhelped what happens to a request nobody has taken by the end of its window
 * @param circle the circle's size limits: below {@code minSize} a circle recruits
 * @param askPlan present to ask as the coordination module's {@code AskPlan} does (quiet hours,
 *     the urgent answer timeout, the weekly most asks, the connectors told, expiry at the last
 *     start); empty (the default) for the engine's own rounds, which know none of these
 * @since 0.1.0
 */
public record Policy(Fairness fairness, Weights weights, List<Rule> hardRules,
    int notificationBudget, double answerTimeoutHours, Unhelped unhelped, CircleSize circle,
    Optional<AskPlanRules> askPlan) {

  /**
   * A policy with the engine's own rounds ({@link #askPlan()} empty).
   *
   * @param fairness see the record description
   * @param weights see the record description
   * @param hardRules see the record description
   * @param notificationBudget see the record description
   * @param answerTimeoutHours see the record description
   * @param unhelped see the record description
   * @param circle see the record description
   */
  public Policy(Fairness fairness, Weights weights, List<Rule> hardRules, int notificationBudget,
      double answerTimeoutHours, Unhelped unhelped, CircleSize circle) {
    this(fairness, weights, hardRules, notificationBudget, answerTimeoutHours, unhelped, circle,
        Optional.empty());
  }

  /**
   * A copy that asks as the library's {@code AskPlan} does, under the given rules.
   *
   * @param rules the rules, not null; {@link AskPlanRules#defaults()} for the defaults
   * @return the changed policy, unchecked ({@link ScenarioFiles#validate} checks it)
   */
  public Policy withAskPlan(AskPlanRules rules) {
    return new Policy(fairness, weights, hardRules, notificationBudget, answerTimeoutHours, unhelped,
        circle, Optional.of(rules));
  }

  /**
   * The circle's agreements the engine's ask plans obey under {@link #askPlan()}: its rules with
   * this policy's notification budget and answer timeout.
   *
   * @return the agreements; empty without {@link #askPlan()}
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if they break the library's
   *     rules (a budget above 20, a timeout outside 5 minutes to 7 days, an urgent timeout above the
   *     answer timeout); {@link ScenarioFiles#validate} reports those as scenario errors
   * @throws java.time.DateTimeException if a time or the zone cannot be read (the schema and
   *     {@link ScenarioFiles#validate} refuse those first)
   */
  public Optional<CircleAgreements> askPlanAgreements() {
    return askPlan.map(rules -> CircleAgreements.builder()
        .notificationBudget(notificationBudget)
        .answerTimeout(Duration.ofSeconds(Math.round(answerTimeoutHours * 3600)))
        .urgentAnswerTimeout(Duration.ofSeconds(Math.round(rules.urgentAnswerTimeoutHours() * 3600)))
        .quietHours(new QuietHours(LocalTime.parse(rules.quietFrom()), LocalTime.parse(rules.quietUntil())))
        .maxAsksPerMemberPerWeek(rules.maxAsksPerMemberPerWeek())
        .zone(ZoneId.of(rules.zone()))
        .build());
  }

  /**
   * The coordination module's asking rules that the policy's own fields do not hold: the notification
   * budget and the answer timeout are the policy's. With them the engine asks for each request
   * through the library's {@code nl.voorzorgcirkel.coordination.asking.AskPlan}: rounds of the budget,
   * the next round after the answer timeout (or at once when everyone asked said no), nobody asked in
   * the quiet hours unless the help is needed today (a window of at most a day), the urgent answer
   * timeout for those, no member asked more than the weekly most in any 7 days across the circle's
   * requests, the connectors told when nobody is left, and the request expired at the last moment
   * the help could start (the window's end less the help's duration). Every default and its source
   * is in the scenario schema.
   *
   * @param quietFrom when the quiet hours start, {@code HH:mm} in the zone
   * @param quietUntil when they end, {@code HH:mm}; equal to {@code quietFrom} for no quiet hours
   * @param urgentAnswerTimeoutHours the answer timeout for help needed today, 5 minutes to 7 days
   *     and at most the policy's answer timeout
   * @param maxAsksPerMemberPerWeek the most asks a member gets in 7 days, 1 to 100
   * @param zone the circles' time zone, an IANA name such as {@code Europe/Amsterdam}
   */
  public record AskPlanRules(String quietFrom, String quietUntil, double urgentAnswerTimeoutHours,
      int maxAsksPerMemberPerWeek, String zone) {

    /**
     * The defaults: those of the library's {@code CircleAgreements.standard()}.
     *
     * @return quiet 21:00 to 08:00, 1 hour for help needed today, 5 asks a week, Europe/Amsterdam
     */
    public static AskPlanRules defaults() {
      return new AskPlanRules("21:00", "08:00", 1, 5, "Europe/Amsterdam");
    }
  }

  /**
   * The fairness strategy and the window over which load counts.
   *
   * @param strategy the strategy
   * @param windowDays 1 to 366 days
   */
  public record Fairness(Strategy strategy, int windowDays) {}

  /** The fairness strategies of {@link FairnessStrategies}. */
  public enum Strategy {
    /** {@link FairnessStrategies#none()}. */
    @JsonProperty("none") NONE,
    /** {@link FairnessStrategies#leastLoaded()}. */
    @JsonProperty("least-loaded") LEAST_LOADED,
    /** {@link FairnessStrategies#relativeToCapacity()}. */
    @JsonProperty("relative-to-capacity") RELATIVE_TO_CAPACITY,
    /** {@link FairnessStrategies#deficitRoundRobin()}. */
    @JsonProperty("deficit-round-robin") DEFICIT_ROUND_ROBIN,
    /** {@link FairnessStrategies#leximin()}. */
    @JsonProperty("leximin") LEXIMIN;

    /**
     * The library's strategy.
     *
     * @return the strategy, never null
     */
    public FairnessStrategy strategy() {
      switch (this) {
        case NONE:
          return FairnessStrategies.none();
        case LEAST_LOADED:
          return FairnessStrategies.leastLoaded();
        case RELATIVE_TO_CAPACITY:
          return FairnessStrategies.relativeToCapacity();
        case DEFICIT_ROUND_ROBIN:
          return FairnessStrategies.deficitRoundRobin();
        default:
          return FairnessStrategies.leximin();
      }
    }
  }

  /**
   * Weights of the soft scores and of fairness, each 0 to 100; at least one above 0.
   *
   * @param distance {@link nl.voorzorgcirkel.matching.ranking.SoftScores#distance()}
   * @param familiarity {@link nl.voorzorgcirkel.matching.ranking.SoftScores#familiarity()}
   * @param slack {@link nl.voorzorgcirkel.matching.ranking.SoftScores#slack()}
   * @param capabilityFit {@link nl.voorzorgcirkel.matching.ranking.SoftScores#capabilityFit()}
   * @param fairness the fairness strategy's priority
   */
  public record Weights(double distance, double familiarity, double slack, double capabilityFit,
      double fairness) {}

  /** The standard hard rules of {@link HardRules}, by name. */
  public enum Rule {
    /** {@link HardRules#notTheRequester()}. */
    @JsonProperty("not-the-requester") NOT_THE_REQUESTER,
    /** {@link HardRules#takesPart()}. */
    @JsonProperty("takes-part") TAKES_PART,
    /** {@link HardRules#offersCapability()}. */
    @JsonProperty("offers-capability") OFFERS_CAPABILITY,
    /** {@link HardRules#requesterPreference()}. */
    @JsonProperty("requester-preference") REQUESTER_PREFERENCE,
    /** {@link HardRules#withinLimits()}. */
    @JsonProperty("within-limits") WITHIN_LIMITS,
    /** {@link HardRules#available()}. */
    @JsonProperty("available") AVAILABLE,
    /** {@link HardRules#withinCapacity()}; without it helpers have no weekly limit. */
    @JsonProperty("within-capacity") WITHIN_CAPACITY;

    /**
     * The library's rule.
     *
     * @return the rule, never null
     */
    public HardRule rule() {
      // by name, not by position in HardRules.standard(), which grows with the library
      return switch (this) {
        case NOT_THE_REQUESTER -> HardRules.notTheRequester();
        case TAKES_PART -> HardRules.takesPart();
        case OFFERS_CAPABILITY -> HardRules.offersCapability();
        case REQUESTER_PREFERENCE -> HardRules.requesterPreference();
        case WITHIN_LIMITS -> HardRules.withinLimits();
        case AVAILABLE -> HardRules.available();
        case WITHIN_CAPACITY -> HardRules.withinCapacity();
      };
    }
  }

  /** What happens to a request nobody has taken by the end of its window. */
  public enum Unhelped {
    /** It expires and is referred elsewhere (family, the social team). */
    @JsonProperty("refer") REFER,
    /** Everyone eligible is asked again each day until someone helps. */
    @JsonProperty("keep-asking") KEEP_ASKING,
    /**
     * It waits in a first-come-first-served queue: a helper who finishes takes the oldest waiting
     * request they can help (work-conserving; the queueing validation uses it).
     */
    @JsonProperty("queue") QUEUE
  }

  /**
   * The circle's size limits.
   *
   * @param minSize below this many active members a circle recruits, 2 to 100
   * @param maxSize recruitment never takes a circle above this, 2 to 100
   */
  public record CircleSize(int minSize, int maxSize) {}
}
