package nl.voorzorgcirkel.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.simulation.scenario.Experiment;
import nl.voorzorgcirkel.simulation.scenario.QueueingModel;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;

/**
 * Usertest 4, G2: every start that {@code check} accepts (2000-01-01 to 2099-12-31) runs. A start
 * from 2090 on ended in a stack trace ({@code Member.birthYear: must be at most 2025}), and so did a
 * start in 2000 with members over 100 (at least 1900): the model's birth year had a fixed range.
 */
class SupportedStartsTest {

  private static Scenario start(Scenario s, String day) {
    return s.with("experiment.start", day).with("experiment.warmupDays", 0).with("experiment.days", 20)
        .with("experiment.replications", 1);
  }

  @Test
  void aStartInTheLastSupportedYearRuns() {
    Scenario s = start(Scenario.defaults().with("population.circles", 2), "2099-12-01");
    assertTrue(ScenarioFiles.validate(s).isEmpty());
    ExperimentResult r = Simulation.run(s, 1, (d, t) -> { });
    assertTrue(r.tally(0, Output.REQUESTS).mean() > 0);
  }

  @Test
  void aStartInTheFirstSupportedYearRunsWithTheOldestMembers() {
    Scenario s = start(Scenario.defaults().with("population.circles", 2)
        .with("population.age", Map.of("min", 105, "max", 110)), "2000-01-01");
    assertTrue(ScenarioFiles.validate(s).isEmpty());
    assertTrue(Simulation.run(s, 1, (d, t) -> { }).tally(0, Output.REQUESTS).count() == 1);
  }

  @Test
  void theQueueingModeRunsInTheLastSupportedYear() {
    Experiment experiment = new Experiment(LocalDate.of(2099, 6, 1), 0, 30, 1, 7L,
        new Experiment.Design(Experiment.DesignType.SINGLE, List.of(), 1), Optional.empty());
    Scenario s = Scenario.queueing(new QueueingModel(1, 30, 2), experiment).with("population.circles", 2);
    assertTrue(ScenarioFiles.validate(s).isEmpty());
    ExperimentResult r = Simulation.run(s, 1, (d, t) -> { });
    assertTrue(r.tally(0, Output.UTILISATION).mean() > 0);
  }

  /** Recruits were born in the start's year minus their age: a recruit of 60 joining a year on was 61. */
  @Test
  void aRecruitHasTheRecruitmentAgeOnTheDayTheyJoin() {
    Scenario s = Scenario.defaults().with("population.circles", 1)
        .with("population.membersPerCircle", Map.of("min", 5, "max", 5))
        .with("policy.circle.minSize", 15).with("policy.circle.maxSize", 15)
        .with("behaviour.dynamics.recruitment.age", Map.of("min", 60, "max", 60))
        .with("experiment.start", "2026-09-01").with("experiment.warmupDays", 0)
        .with("experiment.days", 365).with("experiment.replications", 1);
    assertTrue(ScenarioFiles.validate(s).isEmpty());
    List<Member> recruits = new ArrayList<>();
    Simulation.record(Simulation.points(s).get(0), 0, c -> c.circle().members().stream()
        .filter(m -> m.id().value().contains("-n")).forEach(recruits::add));
    assertTrue(recruits.stream().anyMatch(m -> m.joined().getYear() > 2026), "some join in the second year");
    for (Member m : recruits) {
      assertEquals(60, m.ageIn(m.joined()), m.id() + " joined " + m.joined());
    }
    assertFalse(recruits.isEmpty());
  }
}
