package nl.voorzorgcirkel.matching.ranking;

import nl.voorzorgcirkel.core.model.HelpRequest;

/**
 * Ranks the members of a circle for one help request. Build one with {@link MatchingStrategies}.
 *
 * <p><b>Specification for implementors.</b> An implementation must not modify its inputs, must be
 * thread-safe and deterministic (same request and snapshot, same ranking), must put every member
 * of the circle either among the candidates or among the exclusions (never both, never neither),
 * must never make the requester or a member who fails a hard rule a candidate, must never make a
 * candidate of a member the request would take past their weekly capacity, and must break ties by
 * member id.
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
}
