package nl.voorzorgcirkel.matching.benchmarks.timefold;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/** The same rules as ours: eligibility is hard; pair cost and a convex load penalty are soft. */
public class PlanConstraints implements ConstraintProvider {
  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      factory.forEach(Task.class)
          .filter(task -> !task.eligible())
          .penalize(HardSoftScore.ONE_HARD)
          .asConstraint("ineligible helper"),
      factory.forEach(Task.class)
          .penalize(HardSoftScore.ONE_SOFT, Task::cost)
          .asConstraint("pair cost"),
      factory.forEach(Task.class)
          .groupBy(Task::getHelper, ConstraintCollectors.count())
          .penalize(HardSoftScore.ONE_SOFT, (helper, count) -> 100 * count * count)
          .asConstraint("load spread")
    };
  }
}
