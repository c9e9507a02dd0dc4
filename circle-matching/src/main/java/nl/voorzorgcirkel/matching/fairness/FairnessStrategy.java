package nl.voorzorgcirkel.matching.fairness;

import java.time.Duration;
import java.util.List;

/**
 * Decides how recent load changes the order in which members are asked: it gives each candidate a
 * priority between 0 (ask last) and 1 (ask first), which the matching strategy weighs with its
 * other scores. Ready-made strategies are in {@link FairnessStrategies}.
 *
 * <p><b>Specification for implementors.</b> An implementation must not modify its inputs, must be
 * thread-safe and deterministic (the same loads give the same priorities, whatever the order of
 * the list: a priority depends on the member's load and the others' loads, never on list
 * position), must return exactly one priority per candidate, each in {@code [0, 1]} and not NaN,
 * and must break no ties itself: equal priorities are ordered by member id by the caller.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface FairnessStrategy {

  /**
   * The priority of each candidate.
   *
   * @param candidates the candidates' loads, not null, not empty, without null elements
   * @param requestDuration how long the request takes, positive, not null
   * @return a new array with {@code candidates.size()} priorities in {@code [0, 1]}, aligned with
   *     {@code candidates}
   */
  double[] priorities(List<MemberLoad> candidates, Duration requestDuration);
}
