package nl.voorzorgcirkel.matching.benchmarks.timefold;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import java.util.List;

/** The week's tasks and the helpers: Timefold's planning solution. */
@PlanningSolution
public class Plan {
  @ProblemFactCollectionProperty
  @ValueRangeProvider
  private List<Helper> helpers;

  @PlanningEntityCollectionProperty
  private List<Task> tasks;

  @PlanningScore
  private HardSoftScore score;

  public Plan() {}

  public Plan(List<Helper> helpers, List<Task> tasks) {
    this.helpers = helpers;
    this.tasks = tasks;
  }

  public List<Helper> getHelpers() {
    return helpers;
  }

  public List<Task> getTasks() {
    return tasks;
  }

  public HardSoftScore getScore() {
    return score;
  }

  public void setScore(HardSoftScore score) {
    this.score = score;
  }
}
