package nl.voorzorgcirkel.matching.ranking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * Ranks the members of a circle for one help request. Build one with {@link MatchingStrategies}.
 *
 * <p><b>Specification for implementors.</b> An implementation must not modify its inputs, must be
 * thread-safe and deterministic (same request and snapshot, same ranking), must put every member
 * of the circle either among the candidates or among the exclusions (never both, never neither)
 * unless the request is referred, must never make the requester or a member who fails a hard rule
 * a candidate, must never make a candidate of a member the request would take past their weekly
 * capacity (help given plus help promised, in the week they would help) or whose promised help at
 * set times it would overlap, must give no candidate an earliest start before the snapshot's now
 * and no candidate at all for a request whose time has passed ({@link MatchContext#isOver()}), and
 * must break ties by member id. Ranked with its lifecycle, a
 * request must never have a member who said no to it, or who was asked and has not answered,
 * among those to ask first; a decline must change nothing for other requests. {@link #order} must
 * give the candidates of {@link #rank} in the same order.
 *
 * <p>{@link Ranking} has no public factory: an implementation composes or delegates to {@link
 * MatchingStrategies} (its {@code builder()} with rules of your own ({@link HardRule}), scores
 * ({@link SoftScore}) and fairness, or {@code standard()}) and returns the ranking they give. A
 * ranking carries the library's audience
 * rules (what a connector and a member may read of each exclusion: a member never sees private
 * reasons such as who said no or a pause) and its
 * explanations in English and Dutch; a ranking built outside the library could drop them. {@code
 * MatchingStrategyContract} in {@code circle-testing} checks an implementation against this
 * specification.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface MatchingStrategy {

  /**
   * The vocabulary by which this strategy reads a request's kind of help and the members' offers
   * ({@link CapabilityVocabulary#canonical}): a member offers what a request asks when both read as
   * the same kind of help. The strategies of {@link MatchingStrategies} return their scope policy's
   * ({@link nl.voorzorgcirkel.core.scope.ScopePolicy#vocabulary()}), the reading that found the
   * request in scope; this default returns the standard vocabulary. Plans and coordination that ask
   * "who offers this help" outside a ranking ask by it.
   *
   * @return the vocabulary, never null
   * @since 0.1.0
   */
  default CapabilityVocabulary vocabulary() {
    return CapabilityVocabulary.standard();
  }

  /**
   * Ranks the circle's members for a request.
   *
   * @param request the request, not null; its requester must be a member of the circle
   * @param snapshot the circle, its ledger, commitments and now, not null
   * @return the ranking, never null
   * @throws IllegalArgumentException if the requester is not a member of the circle
   */
  Ranking rank(HelpRequest request, CircleSnapshot snapshot);

  /**
   * Ranks the circle's members for a request that is under way: members who said no to it come
   * last (or are excluded, as the strategy says), members asked who have not answered come before
   * them and take part of the notification budget, and the rest come first. This default ranks
   * the request alone and then groups the candidates so.
   *
   * @param lifecycle the request and what happened to it so far, not null
   * @param snapshot the circle, its ledger, commitments and now, not null
   * @return the ranking, never null
   * @throws IllegalArgumentException if the requester is not a member of the circle
   */
  default Ranking rank(RequestLifecycle lifecycle, CircleSnapshot snapshot) {
    return rank(lifecycle.request(), snapshot).groupedBy(lifecycle);
  }

  /**
   * Whom to ask, best first: the members of {@link #rank}'s candidates, in the same order, without
   * the explanations. For callers that only need the order, such as a simulation that ranks
   * millions of requests; the strategies of {@link MatchingStrategies} compute it in about half the
   * time of a full ranking. This default takes the order from {@link #rank}.
   *
   * @param request the request, not null; its requester must be a member of the circle
   * @param snapshot the circle, its ledger, commitments and now, not null
   * @return the candidates' member ids, best first; unmodifiable, empty if nobody can help or the
   *     request is referred
   * @throws IllegalArgumentException if the requester is not a member of the circle
   */
  default List<MemberId> order(HelpRequest request, CircleSnapshot snapshot) {
    return idsOf(rank(request, snapshot));
  }

  /**
   * The order of {@link #rank(RequestLifecycle, CircleSnapshot)}, without the explanations. This
   * default takes it from that method.
   *
   * @param lifecycle the request and what happened to it so far, not null
   * @param snapshot the circle, its ledger, commitments and now, not null
   * @return the candidates' member ids in the ranking's order; unmodifiable
   * @throws IllegalArgumentException if the requester is not a member of the circle
   */
  default List<MemberId> order(RequestLifecycle lifecycle, CircleSnapshot snapshot) {
    return idsOf(rank(lifecycle, snapshot));
  }

  private static List<MemberId> idsOf(Ranking ranking) {
    List<RankedCandidate> candidates = ranking.candidates();
    List<MemberId> order = new ArrayList<>(candidates.size());
    for (RankedCandidate candidate : candidates) {
      order.add(candidate.member());
    }
    return Collections.unmodifiableList(order);
  }
}
