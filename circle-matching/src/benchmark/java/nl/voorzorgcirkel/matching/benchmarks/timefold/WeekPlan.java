package nl.voorzorgcirkel.matching.benchmarks.timefold;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/** A week's batch as Timefold's planning solution: the helpers and the tasks. */
@PlanningSolution
public class WeekPlan {
  /** The travel time kept free between two tasks at set times, in seconds. */
  public static final long BUFFER = 15 * 60;
  /** The load penalty lambda, as our batch's standard. */
  public static final double PENALTY = 0.1;

  @ProblemFactCollectionProperty
  @ValueRangeProvider
  private List<WeekHelper> helpers;

  @PlanningEntityCollectionProperty
  private List<WeekTask> tasks;

  @PlanningScore
  private HardMediumSoftLongScore score;

  public WeekPlan() {}

  public WeekPlan(List<WeekHelper> helpers, List<WeekTask> tasks) {
    this.helpers = helpers;
    this.tasks = tasks;
  }

  public List<WeekHelper> getHelpers() {
    return helpers;
  }

  public List<WeekTask> getTasks() {
    return tasks;
  }

  public HardMediumSoftLongScore getScore() {
    return score;
  }

  public void setScore(HardMediumSoftLongScore score) {
    this.score = score;
  }
}
