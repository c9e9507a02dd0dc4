package nl.voorzorgcirkel.matching.ranking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * Ranks the members of a circle for one help request. Build one with {@link MatchingStrategies}.
 *
 * <p><b>Specification for implementors.</b> An implementation must not modify its inputs, must be
 * thread-safe and deterministic (same request and snapshot, same ranking), must put every member
 * of the circle either among the candidates or among the exclusions (never both, never neither),
 * must never make the requester or a member who fails a hard rule a candidate, must never make a
 * candidate of a member the request would take past their weekly capacity, and must break ties by
 * member id. {@link #order} must give the candidates of {@link #rank} in the same order.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface MatchingStrategy {

  /**
   * Ranks the circle's members for a request.
   *
   * @param request the request, not null; its requester must be a member of the circle
   * @param snapshot the circle, its ledger and now, not null
   * @return the ranking, never null
   * @throws IllegalArgumentException if the requester is not a member of the circle
   */
  Ranking rank(HelpRequest request, CircleSnapshot snapshot);

  /**
   * Whom to ask, best first: the members of {@link #rank}'s candidates, in the same order, without
   * the explanations. For callers that only need the order, such as a simulation that ranks
   * millions of requests; the strategies of {@link MatchingStrategies} compute it in about half the
   * time of a full ranking. This default takes the order from {@link #rank}.
   *
   * @param request the request, not null; its requester must be a member of the circle
   * @param snapshot the circle, its ledger and now, not null
   * @return the candidates' member ids, best first; unmodifiable, empty if nobody can help
   * @throws IllegalArgumentException if the requester is not a member of the circle
   */
  default List<MemberId> order(HelpRequest request, CircleSnapshot snapshot) {
    List<Candidate> candidates = rank(request, snapshot).candidates();
    List<MemberId> order = new ArrayList<>(candidates.size());
    for (Candidate candidate : candidates) {
      order.add(candidate.member());
    }
    return Collections.unmodifiableList(order);
  }
}
