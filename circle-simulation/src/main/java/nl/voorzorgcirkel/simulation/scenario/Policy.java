package nl.voorzorgcirkel.simulation.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
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
 * @since 0.1.0
 */
public record Policy(Fairness fairness, Weights weights, List<Rule> hardRules,
    int notificationBudget, double answerTimeoutHours, Unhelped unhelped, CircleSize circle) {

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
