package nl.voorzorgcirkel.matching.benchmarks.timefold;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * Our batch's rules for Timefold: eligibility, no helper at two set times at once (travel buffer
 * included) and capacity in requests are hard; every unassigned task costs one medium point (as
 * many placed as possible comes first); pair costs and the convex load penalty, in thousandths,
 * are soft.
 */
public class WeekConstraints implements ConstraintProvider {
  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      factory.forEach(WeekTask.class)
          .filter(task -> !task.eligible())
          .penalize(HardMediumSoftLongScore.ONE_HARD)
          .asConstraint("ineligible helper"),
      factory.forEachUniquePair(WeekTask.class, Joiners.equal(WeekTask::getHelper))
          .filter((a, b) -> a.overlaps(b, WeekPlan.BUFFER))
          .penalize(HardMediumSoftLongScore.ONE_HARD)
          .asConstraint("two places at once"),
      factory.forEach(WeekTask.class)
          .groupBy(WeekTask::getHelper, ConstraintCollectors.count())
          .filter((helper, count) -> count > helper.getCapacity())
          .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (helper, count) -> count - helper.getCapacity())
          .asConstraint("capacity"),
      factory.forEachIncludingUnassigned(WeekTask.class)
          .filter(task -> task.getHelper() == null)
          .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
          .asConstraint("unassigned"),
      factory.forEach(WeekTask.class)
          .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, WeekTask::cost)
          .asConstraint("pair cost"),
      factory.forEach(WeekTask.class)
          .groupBy(WeekTask::getHelper, ConstraintCollectors.count())
          .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (helper, count) -> {
            double h = helper.getBaseHours();
            return Math.round(1000 * WeekPlan.PENALTY * ((h + count) * (h + count) - h * h));
          })
          .asConstraint("load spread")
    };
  }
}
