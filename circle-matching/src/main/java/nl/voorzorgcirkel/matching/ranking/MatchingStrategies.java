package nl.voorzorgcirkel.matching.ranking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.scope.ScopePolicies;
import nl.voorzorgcirkel.core.scope.ScopePolicy;
import nl.voorzorgcirkel.matching.fairness.FairnessStrategies;
import nl.voorzorgcirkel.matching.fairness.FairnessStrategy;

/**
 * Builds {@link MatchingStrategy} instances from hard rules, weighted soft scores and a fairness
 * strategy.
 *
 * <p>The standard strategy ({@link #standard()}) applies {@link HardRules#standard()} and weighs:
 *
 * <table>
 *   <caption>Default weights</caption>
 *   <tr><th>part</th><th>weight</th><th>why</th></tr>
 *   <tr><td>fairness ({@link FairnessStrategies#relativeToCapacity()})</td><td>0.35</td><td>the
 *       circle's stated concern: the load on helpers stays bearable and is spread, so nobody
 *       burns out; relative to capacity respects what each member said they can give</td></tr>
 *   <tr><td>{@link SoftScores#distance() distance}</td><td>0.25</td><td>circles are walking or
 *       cycling distance; a closer helper costs less effort</td></tr>
 *   <tr><td>{@link SoftScores#familiarity() familiarity}</td><td>0.15</td><td>asking is hard;
 *       people prefer a helper they know</td></tr>
 *   <tr><td>{@link SoftScores#slack() slack}</td><td>0.15</td><td>leaves room for the next
 *       request this week</td></tr>
 *   <tr><td>{@link SoftScores#capabilityFit() capability fit}</td><td>0.10</td><td>a request well
 *       within a member's limits is less of a stretch</td></tr>
 *   <tr><td>{@link SoftScores#sameTrip() same trip}</td><td>1.00</td><td>one helper for all legs
 *       of a trip (the denture there and back): the member who took another leg comes first
 *       unless far worse on everything else; only for legs of a trip</td></tr>
 *   <tr><td>{@link SoftScores#previousHelper() previous helper}</td><td>0.40</td><td>the weekly
 *       groceries with the same neighbour, where possible: a familiar face counts for much; enough
 *       to outweigh the fairness cost of the previous occurrence itself, not a large difference
 *       in load; only for occurrences of a series</td></tr>
 * </table>
 *
 * <p>Load for fairness counts over the last {@value #DEFAULT_LOAD_WINDOW_DAYS} days (and the help
 * promised around now); {@value #DEFAULT_NOTIFICATION_BUDGET} members are asked first. These
 * weights are this library's judgement, not a published figure. Before ranking, the request's
 * scope is assessed ({@link ScopePolicies#standard()} unless set): a request outside it is never
 * ranked and comes back as a referral. A member offers what a request asks when the scope
 * policy's {@linkplain ScopePolicy#vocabulary() vocabulary} reads the request's code and the
 * member's offer as the same kind of help ({@link MatchContext#capability()}, {@link
 * MatchContext#offerOf}): a request written {@code boodschappen} or {@code naar-de-kapper} goes to
 * the members who offer groceries and errands or rides, as the scope read it; a code read as no one
 * kind of help compares by its code. The reading costs a lookup per request, and per member and
 * circle value once. Help never starts before the snapshot's now: a window that
 * has begun is searched from now on ({@link MatchContext#notBefore()}), and a request whose time
 * has passed (a fixed start before now, or too little of the window left, {@link
 * MatchContext#isOver()}) has no candidates, every member excluded as {@link
 * ExclusionReason#TOO_LATE}, whatever the rules. Members who said no to the request come last ({@link
 * DeclineHandling#MOVE_TO_END}) unless set otherwise; help at set times keeps {@link
 * HardRules#DEFAULT_TRAVEL_BUFFER} free between.
 *
 * <p>Complexity of a ranking: O(n (r + s)) for n members, r rules and s scores, plus each
 * member's own recent ledger records and commitments. Every strategy built here is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class MatchingStrategies {

  /** The default load window, in days. */
  public static final int DEFAULT_LOAD_WINDOW_DAYS = 28;
  /** The default number of members asked first. */
  public static final int DEFAULT_NOTIFICATION_BUDGET = 2;
  /** The code of the fairness part of a score. */
  public static final String FAIRNESS = "fairness";

  private static final MatchingStrategy STANDARD = builder().build();

  private MatchingStrategies() {}

  /**
   * The standard strategy described above.
   *
   * @return the strategy
   */
  public static MatchingStrategy standard() {
    return STANDARD;
  }

  /**
   * A builder that starts from the standard strategy.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a matching strategy. Not thread-safe; the strategies it builds are. */
  public static final class Builder {
    private final List<HardRule> rules = new ArrayList<>(HardRules.standard());
    private final Map<String, SoftScore> scores = new LinkedHashMap<>();
    private final Map<String, Double> weights = new LinkedHashMap<>();
    private FairnessStrategy fairness = FairnessStrategies.relativeToCapacity();
    private double fairnessWeight = 0.35;
    private Duration loadWindow = Duration.ofDays(DEFAULT_LOAD_WINDOW_DAYS);
    private int notificationBudget = DEFAULT_NOTIFICATION_BUDGET;
    private ScopePolicy scopePolicy = ScopePolicies.standard();
    private DeclineHandling declines = DeclineHandling.MOVE_TO_END;
    private Duration travelBuffer = HardRules.DEFAULT_TRAVEL_BUFFER;

    private Builder() {
      score(SoftScores.distance(), 0.25);
      score(SoftScores.familiarity(), 0.15);
      score(SoftScores.slack(), 0.15);
      score(SoftScores.capabilityFit(), 0.10);
      score(SoftScores.sameTrip(), 1.0);
      score(SoftScores.previousHelper(), 0.40);
    }

    /**
     * Sets the scope policy: a request it refers is never ranked, and comes back as a referral.
     *
     * @param policy the policy, not null; {@link ScopePolicies#standard()} unless set
     * @return this builder
     */
    public Builder scopePolicy(ScopePolicy policy) {
      this.scopePolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets what a ranking with the request's lifecycle does with members who said no to it.
     *
     * @param handling the handling, not null; {@link DeclineHandling#MOVE_TO_END} unless set
     * @return this builder
     */
    public Builder declines(DeclineHandling handling) {
      this.declines = Objects.requireNonNull(handling, "handling");
      return this;
    }

    /**
     * Sets the travel time kept free between two pieces of help of one member at set times.
     *
     * @param buffer 0 to 4 hours, not null; {@link HardRules#DEFAULT_TRAVEL_BUFFER} unless set
     * @return this builder
     */
    public Builder travelBuffer(Duration buffer) {
      Objects.requireNonNull(buffer, "buffer");
      if (buffer.isNegative() || buffer.compareTo(Duration.ofHours(4)) > 0) {
        throw Arguments.invalid("MatchingStrategies", "travelBuffer", "between", Map.of("min", "0 h", "max", "4 h"));
      }
      this.travelBuffer = buffer;
      return this;
    }

    /**
     * Replaces the hard rules.
     *
     * @param newRules the rules, in the order they are checked; not null, without null elements
     * @return this builder
     */
    public Builder rules(List<HardRule> newRules) {
      List<HardRule> copy = List.copyOf(newRules);
      rules.clear();
      rules.addAll(copy);
      return this;
    }

    /**
     * Adds a hard rule after the others.
     *
     * @param rule the rule, not null
     * @return this builder
     */
    public Builder addRule(HardRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds a soft score, or changes the weight of the score with the same code; weight 0 removes
     * it.
     *
     * @param score the score, not null; its code must not be {@value MatchingStrategies#FAIRNESS}
     * @param weight 0 or more, finite
     * @return this builder
     */
    public Builder score(SoftScore score, double weight) {
      Objects.requireNonNull(score, "score");
      checkWeight(weight);
      if (FAIRNESS.equals(score.code())) {
        throw Arguments.invalid("MatchingStrategies", "score", "reserved", Map.of("code", FAIRNESS));
      }
      if (weight == 0) {
        scores.remove(score.code());
        weights.remove(score.code());
      } else {
        if (!scores.containsKey(score.code()) && scores.size() == 63) {
          throw Arguments.invalid("MatchingStrategies", "scores", "atMost", Map.of("max", 63));
        }
        scores.put(score.code(), score);
        weights.put(score.code(), weight);
      }
      return this;
    }

    /**
     * Sets the fairness strategy and its weight.
     *
     * @param strategy the strategy, not null
     * @param weight 0 or more, finite; 0 switches fairness off
     * @return this builder
     */
    public Builder fairness(FairnessStrategy strategy, double weight) {
      this.fairness = Objects.requireNonNull(strategy, "strategy");
      checkWeight(weight);
      this.fairnessWeight = weight;
      return this;
    }

    /**
     * Sets the period, ending at the snapshot's now, over which load counts for fairness.
     *
     * @param window 1 day to 366 days, not null
     * @return this builder
     */
    public Builder loadWindow(Duration window) {
      Objects.requireNonNull(window, "window");
      if (window.compareTo(Duration.ofDays(1)) < 0 || window.compareTo(Duration.ofDays(366)) > 0) {
        throw Arguments.invalid("MatchingStrategies", "loadWindow", "between",
            Map.of("min", "1 d", "max", "366 d"));
      }
      this.loadWindow = window;
      return this;
    }

    /**
     * Sets how many members are asked at once.
     *
     * @param budget 1 or more
     * @return this builder
     */
    public Builder notificationBudget(int budget) {
      Arguments.atLeast(budget, 1, "MatchingStrategies", "notificationBudget");
      this.notificationBudget = budget;
      return this;
    }

    /**
     * Builds the strategy.
     *
     * @return the strategy
     * @throws IllegalStateException if every weight is 0
     */
    public MatchingStrategy build() {
      if (weights.isEmpty() && fairnessWeight == 0) {
        throw new IllegalStateException("at least one score or fairness needs a positive weight");
      }
      List<HardRule> all = new ArrayList<>(rules.size() + 1);
      if (declines == DeclineHandling.EXCLUDE) {
        all.add(HardRules.notDeclined());
      }
      all.addAll(rules);
      return new WeightedMatching(List.copyOf(all), List.copyOf(scores.values()),
          weights.values().stream().mapToDouble(Double::doubleValue).toArray(), fairness,
          fairnessWeight, loadWindow, notificationBudget, scopePolicy, travelBuffer);
    }

    private static void checkWeight(double weight) {
      Arguments.finiteNotNegative(weight, "MatchingStrategies", "weight");
    }
  }
}
