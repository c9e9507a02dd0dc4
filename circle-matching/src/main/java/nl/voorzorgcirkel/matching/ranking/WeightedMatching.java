package nl.voorzorgcirkel.matching.ranking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.core.scope.ScopePolicy;
import nl.voorzorgcirkel.matching.fairness.FairnessStrategy;
import nl.voorzorgcirkel.matching.fairness.MemberLoad;
import org.jspecify.annotations.Nullable;

/**
 * The scope first, then whether the request's time has passed, then hard rules, then a weighted mean of the soft scores that apply and
 * fairness; see {@link MatchingStrategies}.
 */
final class WeightedMatching implements MatchingStrategy {

  private static final Comparator<RankedCandidate> ORDER = Comparator
      .comparingDouble(RankedCandidate::score).reversed()
      .thenComparing(RankedCandidate::member);

  /** An array: every member of every request goes through these loops. */
  private final HardRule[] rules;
  private final List<SoftScore> scores;
  private final double[] weights;
  private final FairnessStrategy fairness;
  private final double fairnessWeight;
  private final Duration loadWindow;
  private final int notificationBudget;
  private final ScopePolicy scopePolicy;
  /** The scope policy's reading of kinds of help, by which requests and offers are compared. */
  private final CapabilityVocabulary vocabulary;
  private final Duration travelBuffer;
  /** The scores that apply to every request, as bits by index: only the others are asked. */
  private final long alwaysApplying;
  /**
   * Whether the standard capability rule is among the rules: then {@link #order} asks the rules
   * only about the members who offer the request's capability, as every other member fails that
   * rule whatever the others answer.
   */
  private final boolean byOffer;

  WeightedMatching(List<HardRule> rules, List<SoftScore> scores, double[] weights,
      FairnessStrategy fairness, double fairnessWeight, Duration loadWindow, int notificationBudget,
      ScopePolicy scopePolicy, Duration travelBuffer) {
    this.rules = rules.toArray(new HardRule[0]);
    this.scores = scores;
    this.weights = weights;
    this.fairness = fairness;
    this.fairnessWeight = fairnessWeight;
    this.loadWindow = loadWindow;
    this.notificationBudget = notificationBudget;
    this.scopePolicy = scopePolicy;
    this.vocabulary = scopePolicy.vocabulary();
    this.travelBuffer = travelBuffer;
    long always = 0;
    for (int i = 0; i < scores.size(); i++) {
      if (!overridesAppliesTo(scores.get(i))) {
        always |= 1L << i;
      }
    }
    this.alwaysApplying = always;
    boolean offers = false;
    for (HardRule rule : this.rules) {
      offers |= HardRules.isOffersCapability(rule);
    }
    this.byOffer = offers;
  }

  /** Whether a score says for itself which requests it applies to. */
  private static boolean overridesAppliesTo(SoftScore score) {
    try {
      return score.getClass().getMethod("appliesTo", MatchContext.class).getDeclaringClass() != SoftScore.class;
    } catch (NoSuchMethodException e) {
      return true;
    }
  }

  @Override
  public CapabilityVocabulary vocabulary() {
    return vocabulary;
  }

  @Override
  public Ranking rank(HelpRequest request, CircleSnapshot snapshot) {
    return rank(request, null, snapshot);
  }

  @Override
  public Ranking rank(RequestLifecycle lifecycle, CircleSnapshot snapshot) {
    return rank(lifecycle.request(), lifecycle, snapshot).groupedBy(lifecycle);
  }

  private Ranking rank(HelpRequest request, @Nullable RequestLifecycle lifecycle, CircleSnapshot snapshot) {
    MatchContext context = new MatchContext(request, lifecycle, snapshot, loadWindow, travelBuffer, vocabulary);
    ScopeDecision scope = scopePolicy.assess(request);
    if (!scope.isInScope()) {
      return Ranking.referred(request.id(), scope, notificationBudget);
    }
    List<Member> eligible = new ArrayList<>();
    List<Exclusion> exclusions = new ArrayList<>();
    if (context.isOver()) {
      // nobody can take a request whose time has passed, whatever the rules say
      for (Member member : snapshot.circle().members()) {
        exclusions.add(Exclusion.of(member.id(), ExclusionReason.TOO_LATE, Map.of()));
      }
      exclusions.sort(Comparator.comparing(Exclusion::member));
      return new Ranking(request.id(), scope, List.of(), exclusions, notificationBudget);
    }
    for (Member member : snapshot.circle().members()) {
      Optional<Exclusion> exclusion = firstFailure(context, member);
      if (exclusion.isPresent()) {
        exclusions.add(exclusion.get());
      } else {
        eligible.add(member);
      }
    }
    long applying = applying(context);
    double totalWeight = totalWeight(applying);
    double[] priorities = fairnessPriorities(context, eligible.toArray(new Member[0]), eligible.size(),
        request);
    List<RankedCandidate> candidates = new ArrayList<>(eligible.size());
    for (int i = 0; i < eligible.size(); i++) {
      candidates.add(candidate(context, eligible.get(i), priorities == null ? 0 : priorities[i],
          applying, totalWeight));
    }
    candidates.sort(ORDER);
    for (int i = 0; i < candidates.size(); i++) {
      candidates.set(i, candidates.get(i).withRank(i + 1));
    }
    exclusions.sort(Comparator.comparing(Exclusion::member));
    return new Ranking(request.id(), scope, candidates, exclusions, notificationBudget);
  }

  /** Whether a candidate comes after another in the order of {@code ORDER}. */
  private static boolean after(double score, MemberId member, double otherScore, MemberId other) {
    int c = Double.compare(otherScore, score);
    return c > 0 || (c == 0 && member.compareTo(other) > 0);
  }

  @Override
  public List<MemberId> order(HelpRequest request, CircleSnapshot snapshot) {
    return order(request, null, snapshot);
  }

  @Override
  public List<MemberId> order(RequestLifecycle lifecycle, CircleSnapshot snapshot) {
    return Ranking.groupedBy(lifecycle, order(lifecycle.request(), lifecycle, snapshot));
  }

  /** The same rules and the same scores as {@link #rank}, without explanations. */
  private List<MemberId> order(HelpRequest request, @Nullable RequestLifecycle lifecycle, CircleSnapshot snapshot) {
    MatchContext context = new MatchContext(request, lifecycle, snapshot, loadWindow, travelBuffer, vocabulary);
    if (!scopePolicy.assess(request).isInScope() || context.isOver()) {
      return List.of();
    }
    // A member is eligible when no rule rules them out. With the standard capability rule among
    // the rules, a member who does not offer the capability is ruled out whatever the other rules
    // say, and rules decide on the member alone without side effects (HardRule's specification):
    // so only the members who offer it are asked, in the circle's order, from the circle's index,
    // read by the same vocabulary as the rule (boodschappen offered is groceries offered).
    // The same members are eligible, in the same order; in most circles a few of them.
    List<Member> members = byOffer ? snapshot.circle().membersOffering(context.capability(), vocabulary)
        : snapshot.circle().members();
    // an array, not a list: it is this method's own, and every request of a simulation makes one
    Member[] eligible = new Member[members.size()];
    int n = 0;
    for (int i = 0; i < eligible.length; i++) {
      Member member = members.get(i);
      if (!excluded(context, member)) {
        eligible[n++] = member;
      }
    }
    long applying = applying(context);
    double totalWeight = totalWeight(applying);
    double[] priorities = fairnessPriorities(context, eligible, n, request);
    double[] totals = new double[n];
    MemberId[] order = new MemberId[n];
    // insertion sort into the order of ORDER (score descending, then member id): few candidates
    for (int i = 0; i < n; i++) {
      double total = total(context, eligible[i], priorities == null ? 0 : priorities[i], applying,
          totalWeight, null);
      MemberId id = eligible[i].id();
      int j = i;
      while (j > 0 && after(totals[j - 1], order[j - 1], total, id)) {
        totals[j] = totals[j - 1];
        order[j] = order[j - 1];
        j--;
      }
      totals[j] = total;
      order[j] = id;
    }
    // the array is this method's own and never changes: a view, not a copy
    return Collections.unmodifiableList(Arrays.asList(order));
  }

  /** Whether a rule rules the member out, without explaining why. */
  private boolean excluded(MatchContext context, Member member) {
    for (int i = 0; i < rules.length; i++) {
      if (excludedBy(i, context, member)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rule {@code i}'s answer, from a call of its own for each of the first ten rules: a call that
   * sees one class of rule (a strategy's rules keep their places) is inlined, where one call for
   * every rule sees them all and goes through the interface's dispatch.
   */
  private boolean excludedBy(int i, MatchContext c, Member m) {
    HardRule[] r = rules;
    switch (i) {
      case 0: return r[0].excludes(c, m);
      case 1: return r[1].excludes(c, m);
      case 2: return r[2].excludes(c, m);
      case 3: return r[3].excludes(c, m);
      case 4: return r[4].excludes(c, m);
      case 5: return r[5].excludes(c, m);
      case 6: return r[6].excludes(c, m);
      case 7: return r[7].excludes(c, m);
      case 8: return r[8].excludes(c, m);
      case 9: return r[9].excludes(c, m);
      default: return r[i].excludes(c, m);
    }
  }

  /** Score {@code i}'s value, from a call of its own for each of the first six scores, as {@link #excludedBy}. */
  private double scoreOf(int i, MatchContext c, Member m) {
    List<SoftScore> s = scores;
    switch (i) {
      case 0: return s.get(0).score(c, m);
      case 1: return s.get(1).score(c, m);
      case 2: return s.get(2).score(c, m);
      case 3: return s.get(3).score(c, m);
      case 4: return s.get(4).score(c, m);
      case 5: return s.get(5).score(c, m);
      default: return s.get(i).score(c, m);
    }
  }

  private Optional<Exclusion> firstFailure(MatchContext context, Member member) {
    for (HardRule rule : rules) {
      Optional<Exclusion> exclusion = rule.check(context, member);
      if (exclusion.isPresent()) {
        return exclusion;
      }
    }
    return Optional.empty();
  }

  /** The scores that apply to this request, as bits by index. */
  private long applying(MatchContext context) {
    long mask = alwaysApplying;
    for (int i = 0; i < scores.size(); i++) {
      if ((mask & (1L << i)) == 0 && scores.get(i).appliesTo(context)) {
        mask |= 1L << i;
      }
    }
    return mask;
  }

  private double totalWeight(long applying) {
    double sum = fairnessWeight;
    for (int i = 0; i < weights.length; i++) {
      if ((applying & (1L << i)) != 0) {
        sum += weights[i];
      }
    }
    return sum;
  }

  /** The fairness priorities of the first {@code n} of {@code eligible}; null without fairness. */
  private double @Nullable [] fairnessPriorities(MatchContext context, Member[] eligible, int n,
      HelpRequest request) {
    if (fairnessWeight == 0 || n == 0) {
      return null;
    }
    double weeks = loadWindow.toSeconds() / (7.0 * 86_400);
    boolean asked = !context.snapshot().askHistory().isEmpty();
    MemberLoad[] loads = new MemberLoad[n];
    for (int i = 0; i < n; i++) {
      Member member = eligible[i];
      Duration capacity = Duration.ofSeconds(Math.round(member.capacityPerWeek().toSeconds() * weeks));
      Duration load = context.windowLoad(member.id());
      loads[i] = asked
          ? new MemberLoad(member.id(), load, capacity, context.timesAsked(member.id()),
              context.timesDeclined(member.id()))
          : new MemberLoad(member.id(), load, capacity);
    }
    // a fixed-size view of this method's own array, which nothing reads after the strategy
    List<MemberLoad> view = Arrays.asList(loads);
    double[] priorities = fairness.priorities(view, request.expectedDuration());
    if (priorities == null || priorities.length != n) {
      throw new IllegalStateException("the fairness strategy must return one priority per candidate");
    }
    for (double p : priorities) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalStateException("the fairness strategy returned a priority outside [0, 1]");
      }
    }
    return priorities;
  }

  private RankedCandidate candidate(MatchContext context, Member member, double priority, long applying,
      double totalWeight) {
    List<ScorePart> parts = new ArrayList<>(scores.size() + 1);
    double total = total(context, member, priority, applying, totalWeight, parts);
    Instant start = context.helpStart(member).orElse(null);
    return new RankedCandidate(member.id(), 0, total, parts, start, context.askStatus(member.id()));
  }

  /**
   * A member's score: the weighted soft scores that apply and the fairness priority. With {@code
   * parts} not null, also the explanation of each part (computing its figures).
   */
  private double total(MatchContext context, Member member, double priority, long applying,
      double totalWeight, @Nullable List<ScorePart> parts) {
    if (totalWeight == 0) {
      return 0;
    }
    double total = 0;
    for (int i = 0; i < scores.size(); i++) {
      if ((applying & (1L << i)) == 0) {
        continue;
      }
      SoftScore score = scores.get(i);
      double value = parts == null ? scoreOf(i, context, member) : score.score(context, member);
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalStateException("score '" + score.code() + "' returned a value outside [0, 1]");
      }
      double contribution = weights[i] * value / totalWeight;
      total += contribution;
      if (parts != null) {
        parts.add(new ScorePart(score.code(), weights[i], value, contribution, score.figures(context, member)));
      }
    }
    if (fairnessWeight > 0) {
      double contribution = fairnessWeight * priority / totalWeight;
      total += contribution;
      if (parts != null) {
        parts.add(new ScorePart(MatchingStrategies.FAIRNESS, fairnessWeight, priority, contribution,
            Map.of("loadMinutes", context.windowLoad(member.id()).toMinutes(),
                "windowDays", loadWindow.toDays())));
      }
    }
    return total;
  }
}
