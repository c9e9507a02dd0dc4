package nl.voorzorgcirkel.matching.benchmarks.timefold;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.Map;

/**
 * A request of a week's batch as Timefold sees it: a planning entity whose variable is the helper,
 * with its set time (if any) and, per eligible helper, the cost our ranking gives the pair (in
 * thousandths), so that Timefold solves the same problem as our batch without recomputing rules.
 */
@PlanningEntity
public class WeekTask {
  @PlanningId
  private String id;
  /** Epoch seconds; {@code from == to} for a flexible request, which occupies no set time. */
  private long from;
  private long to;
  private Map<String, Integer> costs;

  @PlanningVariable(allowsUnassigned = true)
  private WeekHelper helper;

  public WeekTask() {}

  public WeekTask(String id, long from, long to, Map<String, Integer> costs) {
    this.id = id;
    this.from = from;
    this.to = to;
    this.costs = costs;
  }

  public String getId() {
    return id;
  }

  public WeekHelper getHelper() {
    return helper;
  }

  public void setHelper(WeekHelper helper) {
    this.helper = helper;
  }

  public boolean eligible() {
    return helper == null || costs.containsKey(helper.getId());
  }

  public int cost() {
    return helper == null ? 0 : costs.getOrDefault(helper.getId(), 0);
  }

  /** Whether two tasks at set times overlap, with a travel buffer in seconds between. */
  public boolean overlaps(WeekTask other, long buffer) {
    return from != to && other.from != other.to && from < other.to + buffer && other.from < to + buffer;
  }

  @Override
  public String toString() {
    return id;
  }
}
