package nl.voorzorgcirkel.matching.benchmarks.timefold;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.Map;

/**
 * A help request as Timefold sees it: a planning entity whose variable is the helper. The
 * eligible helpers and the cost of each come from our ranking, so Timefold solves the same
 * problem without recomputing distances or availability (which favours Timefold).
 */
@PlanningEntity
public class Task {
  @PlanningId
  private String id;
  private int minutes;
  /** Eligible helper id to cost in thousandths. */
  private Map<String, Integer> costs;

  @PlanningVariable(allowsUnassigned = true)
  private Helper helper;

  public Task() {}

  public Task(String id, int minutes, Map<String, Integer> costs, Helper helper) {
    this.id = id;
    this.minutes = minutes;
    this.costs = costs;
    this.helper = helper;
  }

  public String getId() {
    return id;
  }

  public int getMinutes() {
    return minutes;
  }

  public Map<String, Integer> getCosts() {
    return costs;
  }

  public Helper getHelper() {
    return helper;
  }

  public void setHelper(Helper helper) {
    this.helper = helper;
  }

  public boolean eligible() {
    return helper == null || costs.containsKey(helper.getId());
  }

  public int cost() {
    return helper == null ? 0 : costs.getOrDefault(helper.getId(), 0);
  }
}
