package nl.voorzorgcirkel.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Recurrence;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.TripId;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.assignment.Assignment;
import nl.voorzorgcirkel.matching.assignment.AssignmentPlan;
import nl.voorzorgcirkel.matching.assignment.BatchAssignment;
import nl.voorzorgcirkel.matching.ranking.Audience;
import nl.voorzorgcirkel.matching.ranking.RankedCandidate;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.Ranking;

/**
 * For connectors and the platforms they use: a circle's week, with its appointments. A broken
 * denture goes to the dental practice and comes back (two legs, one helper); the weekly groceries
 * prefer the neighbour who did them last week (a weighted score, first here but not whatever the
 * distance and load); a member says no and the next is asked; a shower
 * is referred to district nursing.
 */
public final class CircleWeekExample {

  private static final ZoneId ZONE = WeeklyAvailability.DEFAULT_ZONE;

  private CircleWeekExample() {}

  /** What the example decided, for its test. */
  public record Outcome(AssignmentPlan denture, Ranking shopping, Ranking afterDecline,
      RequestLifecycle declined, Ranking shower, RequestLifecycle referred) {}

  /**
   * Runs the four scenes in the sample circle and prints them.
   *
   * @param clock where "now" comes from, not null
   * @param locale the language of the output, not null
   * @param out where to print, not null
   * @return what was decided
   */
  public static Outcome run(Clock clock, Locale locale, PrintStream out) {
    LocalDate today = LocalDate.now(clock.withZone(ZONE));
    Circle circle = SampleCircles.muziekwijk(today);
    Instant now = clock.instant();
    LocalDate tuesday = today.plusDays(5); // the Tuesday after the Thursday of the demo

    // 1. the denture: to the dental practice at 09:30, fetched at 15:00; one helper for both legs
    TripId denture = TripId.of("t-denture");
    HelpRequest there = ride("r-denture-there", "m-11", at(tuesday, 9, 30), 30, now).toBuilder().trip(denture).build();
    HelpRequest back = ride("r-denture-back", "m-11", at(tuesday, 15, 0), 30, now).toBuilder().trip(denture).build();
    CircleSnapshot snapshot = CircleSnapshot.of(circle, SampleCircles.lastMonth(circle, now), clock);
    AssignmentPlan plan = BatchAssignment.standard().plan(List.of(there, back), snapshot);
    out.println(DemoTexts.text(locale, "week.trip"));
    for (Assignment a : plan.assignments()) {
      out.println(DemoTexts.text(locale, "week.leg", Map.of("request", a.request(), "member", a.member(),
          "time", a.start().atZone(ZONE).toLocalTime())));
    }

    // 2. the weekly groceries: m-05 did last week's; the previous-helper score (weight 0.40 of
    // 1.40) puts m-05 first for this week's occurrence here, a preference that distance and
    // fairness could outweigh
    HelpRequest weekly = HelpRequest.builder().id(RequestId.of("r-shop")).requester(MemberId.of("m-12"))
        .capability(Capability.GROCERIES_AND_ERRANDS)
        .window(TimeWindow.fixed(at(today, 10, 0), at(today, 11, 30)))
        .expectedDuration(Duration.ofMinutes(90))
        .recurrence(Recurrence.weekly().until(today.plusWeeks(3)))
        .createdAt(now).build();
    List<HelpRequest> occurrences = weekly.occurrences(now.plus(Duration.ofDays(60)), ZONE);
    HelpLedger ledger = SampleCircles.lastMonth(circle, now).append(HelpRecord.builder()
        .helper(MemberId.of("m-05")).recipient(MemberId.of("m-12")).capability(Capability.GROCERIES_AND_ERRANDS)
        .start(occurrences.get(0).window().start()).effort(Duration.ofMinutes(90))
        .request(occurrences.get(0).id()).series(occurrences.get(0).series().orElseThrow()).build());
    Ranking shopping = MatchingStrategies.standard().rank(occurrences.get(1), CircleSnapshot.of(circle, ledger, clock));
    out.println(DemoTexts.text(locale, "week.series", Map.of("count", occurrences.size(),
        "first", occurrences.get(0).id(), "last", occurrences.get(occurrences.size() - 1).id(),
        "next", occurrences.get(1).id(), "members", ids(shopping.askFirst()))));

    // 3. a ride to the hospital: the first asked says no, the next is asked
    HelpRequest hospital = ride("r-hospital", "m-10", at(today.plusDays(7), 10, 0), 90, now);
    Ranking first = MatchingStrategies.standard().rank(hospital, snapshot);
    List<MemberId> asked = ids(first.askFirst());
    RequestLifecycle declined = RequestLifecycle.open(hospital)
        .ask(now.plusSeconds(300), MemberId.of("m-01"), asked)
        .decline(now.plusSeconds(1_800), asked.get(0));
    Ranking again = MatchingStrategies.standard().rank(declined, snapshot.withRequests(List.of(declined)));
    out.println(DemoTexts.text(locale, "week.decline", Map.of("asked", asked, "first", asked.get(0),
        "now", ids(again.askFirst()), "waiting", ids(again.awaitingAnswer()))));
    out.print(again.explain(Audience.CONNECTOR, locale));

    // 4. a shower: not for the circle, referred to district nursing
    HelpRequest shower = ride("r-shower", "m-12", at(today.plusDays(1), 8, 0), 30, now).toBuilder()
        .capability(Capability.of("douchen")).build();
    Ranking showerRanking = MatchingStrategies.standard().rank(shower, snapshot);
    RequestLifecycle referred = RequestLifecycle.open(shower).refer(now.plusSeconds(60), MemberId.of("m-01"),
        showerRanking.scope());
    out.print(showerRanking.explain(locale));
    return new Outcome(plan, shopping, again, declined, showerRanking, referred);
  }

  private static HelpRequest ride(String id, String requester, Instant start, int minutes, Instant now) {
    return HelpRequest.builder().id(RequestId.of(id)).requester(MemberId.of(requester))
        .capability(Capability.RIDE_BY_CAR)
        .window(TimeWindow.fixed(start, start.plus(Duration.ofMinutes(minutes))))
        .expectedDuration(Duration.ofMinutes(minutes)).createdAt(now).build();
  }

  private static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
  }

  private static List<MemberId> ids(List<RankedCandidate> candidates) {
    return candidates.stream().map(RankedCandidate::member).toList();
  }
}
