package nl.voorzorgcirkel.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.assignment.Assignment;
import nl.voorzorgcirkel.matching.assignment.AssignmentPlan;
import nl.voorzorgcirkel.matching.assignment.BatchAssignment;
import nl.voorzorgcirkel.matching.assignment.Unplaced;
import nl.voorzorgcirkel.matching.fairness.FairnessMeasures;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;

/**
 * For welfare IT teams and planners: these requests are open this week; who takes which, so that
 * everything gets done and nobody carries too much?
 */
public final class WeekPlanExample {

  private WeekPlanExample() {}

  /**
   * Plans eight open requests in the sample circle and prints the plan with its fairness.
   *
   * @param clock where "now" comes from, not null
   * @param locale the language of the output, not null
   * @param out where to print, not null
   * @return the plan
   */
  public static AssignmentPlan run(Clock clock, Locale locale, PrintStream out) {
    LocalDate today = LocalDate.now(clock.withZone(WeeklyAvailability.DEFAULT_ZONE));
    Circle circle = SampleCircles.muziekwijk(today);
    HelpLedger ledger = SampleCircles.lastMonth(circle, clock.instant());
    List<Capability> needs = List.of(Capability.GROCERIES_AND_ERRANDS, Capability.RIDE_BY_CAR,
        Capability.MEALS, Capability.SMALL_JOBS, Capability.VISITS_AND_COMPANY,
        Capability.DIGITAL_HELP, Capability.GROCERIES_AND_ERRANDS, Capability.PAPERWORK);
    List<HelpRequest> open = new ArrayList<>();
    for (int i = 0; i < needs.size(); i++) {
      open.add(HelpRequest.builder()
          .id(RequestId.of("r-week-" + (i + 1)))
          .requester(MemberId.of(String.format("m-%02d", 12 - i % 4)))
          .capability(needs.get(i))
          .window(TimeWindow.flexibleWithinDays(today.plusDays(1), 4, WeeklyAvailability.DEFAULT_ZONE))
          .expectedDuration(Duration.ofMinutes(i % 2 == 0 ? 60 : 90))
          .createdAt(clock.instant())
          .build());
    }
    AssignmentPlan plan = BatchAssignment.standard().plan(open, CircleSnapshot.of(circle, ledger, clock));
    out.println(DemoTexts.text(locale, "week.objective", Map.of("objective", DemoTexts.number(plan.objective(), 3, locale),
        "penalty", DemoTexts.number(plan.loadPenalty(), 3, locale))));
    for (Assignment a : plan.assignments()) {
      out.println(DemoTexts.text(locale, "week.assignment", Map.of("request", a.request(),
          "member", a.member(), "cost", DemoTexts.number(a.cost(), 3, locale))));
    }
    for (Unplaced u : plan.unplaced()) {
      out.println("  " + u.request() + ": " + u.message(locale));
    }
    double[] loads = plan.plannedLoads().values().stream().mapToDouble(d -> d.toMinutes()).toArray();
    StringBuilder perHelper = new StringBuilder();
    plan.plannedLoads().forEach((member, load) -> perHelper.append(perHelper.length() == 0 ? "" : ", ")
        .append(member).append(' ').append(load.toMinutes()).append(" min"));
    out.println(DemoTexts.text(locale, "week.loads", Map.of("loads", perHelper,
        "gini", DemoTexts.number(FairnessMeasures.gini(loads), 3, locale),
        "jain", DemoTexts.number(FairnessMeasures.jain(loads), 3, locale),
        "maxMean", DemoTexts.number(FairnessMeasures.maxOverMean(loads), 2, locale))));
    return plan;
  }
}
