package nl.voorzorgcirkel.matching.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.matching.internal.Texts;

/**
 * Who could take a request, best first, and why the others cannot; with the notification budget:
 * whom to ask first, and who comes next if they decline or do not answer.
 *
 * <p>Asking a few well-chosen members rather than the whole circle avoids notification fatigue
 * (Manshadi and Rodilitz, "Online volunteer notification", Management Science 2022). A decline
 * carries no penalty: ask the next ones.
 *
 * <p>A request ranked with its lifecycle ({@link MatchingStrategy#rank(RequestLifecycle,
 * CircleSnapshot)}) lists the candidates in three groups, each best first: those not asked yet,
 * those asked who have not answered, and those who said no. Only the first group is ever asked
 * first; those awaiting an answer use up part of the notification budget.
 *
 * <p>A request outside the circle's scope is not ranked at all: {@link #isReferred()} is true,
 * {@link #scope()} says where it belongs and why, and there are no candidates or exclusions.
 *
 * <p>Immutable and thread-safe. {@code toString()} shows no reasons: some are private.
 *
 * @since 0.1.0
 */
public final class Ranking {

  private final RequestId request;
  private final ScopeDecision scope;
  private final List<RankedCandidate> candidates;
  private final List<Exclusion> exclusions;
  private final int notificationBudget;

  Ranking(RequestId request, ScopeDecision scope, List<RankedCandidate> candidates, List<Exclusion> exclusions,
      int notificationBudget) {
    this.request = Objects.requireNonNull(request, "request");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.candidates = List.copyOf(candidates);
    this.exclusions = List.copyOf(exclusions);
    this.notificationBudget = notificationBudget;
  }

  /** The ranking of a request that is referred elsewhere: no candidates, no exclusions. */
  static Ranking referred(RequestId request, ScopeDecision scope, int notificationBudget) {
    return new Ranking(request, scope, List.of(), List.of(), notificationBudget);
  }

  /**
   * This ranking with the candidates grouped by where they stand with the request: not asked,
   * awaiting an answer, said no; best first within each group, ranks renumbered.
   */
  Ranking groupedBy(RequestLifecycle lifecycle) {
    if (lifecycle.pendingHelpers().isEmpty() && lifecycle.declinedBy().isEmpty()) {
      return this;
    }
    List<RankedCandidate> grouped = new ArrayList<>(candidates.size());
    for (AskStatus status : AskStatus.values()) {
      for (RankedCandidate c : candidates) {
        if (statusIn(lifecycle, c.member()) == status) {
          grouped.add(c.withStatus(status).withRank(grouped.size() + 1));
        }
      }
    }
    return new Ranking(request, scope, grouped, exclusions, notificationBudget);
  }

  /** The same grouping for an order of member ids. */
  static List<MemberId> groupedBy(RequestLifecycle lifecycle, List<MemberId> order) {
    if (lifecycle.pendingHelpers().isEmpty() && lifecycle.declinedBy().isEmpty()) {
      return order;
    }
    List<MemberId> grouped = new ArrayList<>(order.size());
    for (AskStatus status : AskStatus.values()) {
      for (MemberId m : order) {
        if (statusIn(lifecycle, m) == status) {
          grouped.add(m);
        }
      }
    }
    return List.copyOf(grouped);
  }

  static AskStatus statusIn(RequestLifecycle lifecycle, MemberId member) {
    if (lifecycle.declinedBy().contains(member)) {
      return AskStatus.DECLINED;
    }
    return lifecycle.pendingHelpers().contains(member) ? AskStatus.AWAITING_ANSWER : AskStatus.NOT_ASKED;
  }

  /**
   * The request ranked.
   *
   * @return its id, never null
   */
  public RequestId request() {
    return request;
  }

  /**
   * Whether the circle can take the request on, and if not, where it belongs and why.
   *
   * @return the scope policy's decision, never null
   */
  public ScopeDecision scope() {
    return scope;
  }

  /**
   * Whether the request is outside the circle's scope and was not ranked.
   *
   * @return true for a referral
   */
  public boolean isReferred() {
    return !scope.isInScope();
  }

  /**
   * Every eligible member: those not asked yet, then those awaiting an answer, then those who said
   * no; best first in each group, ties broken by member id.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<RankedCandidate> candidates() {
    return candidates;
  }

  /**
   * Every member who cannot take the request, with the first rule that ruled them out, by member
   * id.
   *
   * @return an unmodifiable list
   */
  public List<Exclusion> exclusions() {
    return exclusions;
  }

  /**
   * How many members to ask at once.
   *
   * @return 1 or more
   */
  public int notificationBudget() {
    return notificationBudget;
  }

  /**
   * Whom to ask now: the best candidates not asked yet, as many as the notification budget leaves
   * after those still awaiting an answer. Never someone who said no to this request.
   *
   * @return an unmodifiable list, shorter when fewer are eligible; empty when the budget is taken
   */
  public List<RankedCandidate> askFirst() {
    int fresh = count(AskStatus.NOT_ASKED);
    int room = Math.max(0, notificationBudget - count(AskStatus.AWAITING_ANSWER));
    return candidates.subList(0, Math.min(room, fresh));
  }

  /**
   * Who comes next, in order, if those asked first decline or do not answer: the other candidates
   * not asked yet.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<RankedCandidate> askNext() {
    return candidates.subList(askFirst().size(), count(AskStatus.NOT_ASKED));
  }

  /**
   * Candidates who were asked and have not answered, best first.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<RankedCandidate> awaitingAnswer() {
    int fresh = count(AskStatus.NOT_ASKED);
    return candidates.subList(fresh, fresh + count(AskStatus.AWAITING_ANSWER));
  }

  /**
   * Candidates who said no to this request, best first: asked again only if everyone else fails.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<RankedCandidate> declined() {
    return candidates.subList(candidates.size() - count(AskStatus.DECLINED), candidates.size());
  }

  private int count(AskStatus status) {
    int n = 0;
    for (RankedCandidate c : candidates) {
      if (c.askStatus() == status) {
        n++;
      }
    }
    return n;
  }

  /**
   * The best candidate.
   *
   * @return the first candidate, or empty if nobody is eligible
   */
  public Optional<RankedCandidate> best() {
    return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
  }

  /**
   * The ranking explained to a member: whom to ask and why, and who cannot take it for a reason
   * that is not private. Members excluded for a private reason (a requester's wish, an absence, a
   * pause, a decline) and members who said no are left out.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the text, never null
   */
  public String explain(Locale locale) {
    return explain(Audience.MEMBER, locale);
  }

  /**
   * The ranking explained as an audience may read it: for a connector one line per member, every
   * reason given; for a member the same without the members who said no or are excluded for a
   * private reason. With nobody to
   * ask first, the first line says so: nobody in the circle can take the request, or nobody new is
   * to be asked now (those asked have not answered, or all said no).
   *
   * @param audience who reads it: a connector sees every reason, a member no private ones; not
   *     null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the text, never null
   */
  public String explain(Audience audience, Locale locale) {
    Objects.requireNonNull(audience, "audience");
    String nl = System.lineSeparator();
    StringBuilder out = new StringBuilder();
    if (isReferred()) {
      return out.append(Texts.format("ranking.referred", locale,
          Map.of("request", request, "reason", scope.reason(locale)))).append(nl).toString();
    }
    List<RankedCandidate> first = askFirst();
    // no heading over nothing: say that nobody can take it, or that nobody new is to be asked now
    String heading = !first.isEmpty() ? "ranking.askFirst"
        : candidates.isEmpty() ? "ranking.nobody" : "ranking.nobodyNew";
    out.append(Texts.format(heading, locale, Map.of("request", request))).append(nl);
    lines(out, first, audience, locale);
    section(out, "ranking.askNext", askNext(), audience, locale);
    section(out, "ranking.awaiting", awaitingAnswer(), audience, locale);
    if (audience == Audience.CONNECTOR) {
      section(out, "ranking.declined", declined(), audience, locale);
    }
    // members read nothing of a private reason, not even that there is one: who said no and who
    // is excluded for a private reason are left out of their text (connectors see them all)
    List<String> excluded = new ArrayList<>();
    for (Exclusion e : exclusions) {
      if (audience == Audience.CONNECTOR || !e.isPrivate()) {
        excluded.add(e.member() + ": " + e.message(audience, locale));
      }
    }
    if (!excluded.isEmpty()) {
      excluded.sort(null);
      out.append(Texts.format("ranking.excluded", locale, Map.of())).append(nl);
      for (String line : excluded) {
        out.append("  ").append(line).append(nl);
      }
    }
    return out.toString();
  }

  private static void section(StringBuilder out, String key, List<RankedCandidate> list, Audience audience,
      Locale locale) {
    if (!list.isEmpty()) {
      out.append(Texts.format(key, locale, Map.of())).append(System.lineSeparator());
      lines(out, list, audience, locale);
    }
  }

  private static void lines(StringBuilder out, List<RankedCandidate> list, Audience audience, Locale locale) {
    for (RankedCandidate c : list) {
      out.append("  ").append(c.explain(audience, locale)).append(System.lineSeparator());
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ranking ranking
        && ranking.request.equals(request)
        && ranking.scope.equals(scope)
        && ranking.candidates.equals(candidates)
        && ranking.exclusions.equals(exclusions)
        && ranking.notificationBudget == notificationBudget;
  }

  @Override
  public int hashCode() {
    return Objects.hash(request, scope, candidates, exclusions, notificationBudget);
  }

  /**
   * The request, its candidates in order and how many members are excluded; no reasons, no
   * answers.
   *
   * @return for example {@code "Ranking{request=r-1, candidates=[m-2, m-5], excluded=10}"}
   */
  @Override
  public String toString() {
    if (isReferred()) {
      return "Ranking{request=" + request + ", referred}";
    }
    List<MemberId> order = new ArrayList<>(candidates.size());
    candidates.forEach(c -> order.add(c.member()));
    return "Ranking{request=" + request + ", candidates=" + order + ", excluded=" + exclusions.size() + "}";
  }
}
