package nl.voorzorgcirkel.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.assessment.CircleHealthCheck;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.lifecycle.Transition;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.core.scope.ScopePolicies;
import nl.voorzorgcirkel.simulation.Simulation;
import nl.voorzorgcirkel.simulation.report.Summary;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;

/**
 * The main demo, on built-in defaults: a circle in Almere Muziekwijk, its health check, two
 * requests through the scope policy, one request from posting to done, a ranking with its
 * explanation, a week's batch plan, a week with a two-legged trip, a weekly series, a decline and
 * a referral, circles formed from a sign-up list, and a year of circle load in the {@code
 * muziekwijk} simulation scenario (the engine of {@code circle-simulation}).
 *
 * <p>Run from the repository root with {@code ./mvnw -B -q compile exec:java}; add {@code
 * -Dexec.args=nl} for Dutch.
 */
public final class Demo {

  /**
   * Hibernate Validator announces its version on first use; not news for a demo audience. Kept in
   * a field: java.util.logging holds loggers weakly, and forgets the level of one it collected.
   */
  private static final java.util.logging.Logger VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param args optional: {@code nl} for Dutch output
   */
  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    Locale locale = args.length > 0 && args[0].startsWith("nl") ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    run(Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC), locale, System.out);
  }

  /**
   * Runs the demo at a fixed moment and prints to {@code out}.
   *
   * @param clock where "now" comes from, not null
   * @param locale the language of the output, not null
   * @param out where to print, not null
   */
  public static void run(Clock clock, Locale locale, PrintStream out) {
    LocalDate today = LocalDate.now(clock.withZone(WeeklyAvailability.DEFAULT_ZONE));
    Circle circle = SampleCircles.muziekwijk(today);
    out.println(DemoTexts.text(locale, "demo.circle",
        Map.of("name", circle.name(), "count", circle.membersOn(today).size())));
    out.print(CircleHealthCheck.check(circle, today).toText(locale));

    Instant now = clock.instant();
    HelpRequest ride = HelpRequest.builder()
        .id(RequestId.of("r-denture"))
        .requester(MemberId.of("m-03"))
        .capability(Capability.RIDE_BY_CAR)
        .window(TimeWindow.flexibleWithinDays(today.plusDays(1), 3, WeeklyAvailability.DEFAULT_ZONE))
        .expectedDuration(Duration.ofMinutes(90))
        .createdAt(now)
        .build();
    HelpRequest shower = ride.toBuilder()
        .id(RequestId.of("r-shower"))
        .capability(Capability.of("washing"))
        .expectedDuration(Duration.ofMinutes(30))
        .build();
    out.println();
    out.println(DemoTexts.text(locale, "demo.scope"));
    for (HelpRequest request : List.of(ride, shower)) {
      ScopeDecision decision = ScopePolicies.standard().assess(request);
      out.println(request.id() + " (" + request.capability().label(locale) + "): "
          + decision.reason(locale));
    }

    RequestLifecycle lifecycle = RequestLifecycle.open(ride)
        .ask(now.plusSeconds(300), MemberId.of("m-01"), List.of(MemberId.of("m-05"), MemberId.of("m-08")))
        .decline(now.plusSeconds(1_800), MemberId.of("m-05"))
        .accept(now.plusSeconds(3_600), MemberId.of("m-08"))
        .complete(now.plus(Duration.ofDays(1)), Duration.ofMinutes(105));
    out.println();
    out.println("== " + ride.id() + " ==");
    for (Transition t : lifecycle.history()) {
      out.println(DemoTexts.text(locale, "demo.transition", Map.of("at", t.event().at(),
          "from", t.from().label(locale), "to", t.to().label(locale),
          "by", t.event().by().map(MemberId::toString).orElse(DemoTexts.text(locale, "demo.platform")))));
    }
    HelpLedger ledger = HelpLedger.empty().append(lifecycle.toHelpRecord().orElseThrow());
    out.println(DemoTexts.text(locale, "demo.loadThisWeek", Map.of("member", "m-08", "minutes",
        ledger.givenBy(MemberId.of("m-08"), now, now.plus(Duration.ofDays(7))).toMinutes())));

    out.println();
    out.println(DemoTexts.text(locale, "demo.ranking"));
    RankingExample.run(clock, locale, out);
    out.println();
    out.println(DemoTexts.text(locale, "demo.week"));
    WeekPlanExample.run(clock, locale, out);
    out.println();
    out.println(DemoTexts.text(locale, "demo.circleWeek"));
    CircleWeekExample.run(clock, locale, out);
    out.println();
    out.println(DemoTexts.text(locale, "demo.month"));
    CircleMonthExample.run(clock, locale, out);
    out.println();
    out.println(DemoTexts.text(locale, "demo.coordination"));
    CoordinationExample.run(clock, locale, out);
    out.println();
    out.println(DemoTexts.text(locale, "demo.formation"));
    FormationExample.run(today, locale, out);
    out.println();
    out.println(DemoTexts.text(locale, "demo.simulation"));
    out.print(Summary.of(Simulation.run(ScenarioFiles.builtIn("muziekwijk")), locale));
  }
}
