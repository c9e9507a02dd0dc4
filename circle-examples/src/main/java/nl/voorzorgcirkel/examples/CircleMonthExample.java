package nl.voorzorgcirkel.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.activity.Activity;
import nl.voorzorgcirkel.core.activity.ActivityLog;
import nl.voorzorgcirkel.core.activity.Attendance;
import nl.voorzorgcirkel.core.activity.Invitation;
import nl.voorzorgcirkel.core.activity.Invitations;
import nl.voorzorgcirkel.core.activity.Place;
import nl.voorzorgcirkel.core.assessment.CircleHealthCheck;
import nl.voorzorgcirkel.core.assessment.CircleLife;
import nl.voorzorgcirkel.core.assessment.HealthReport;
import nl.voorzorgcirkel.core.care.CareSignal;
import nl.voorzorgcirkel.core.care.MoveToCare;
import nl.voorzorgcirkel.core.checkin.CheckInAgreement;
import nl.voorzorgcirkel.core.checkin.CheckInCall;
import nl.voorzorgcirkel.core.checkin.CheckIns;
import nl.voorzorgcirkel.core.contact.ContactLog;
import nl.voorzorgcirkel.core.contact.ContactSignal;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.ActivityId;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Recurrence;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;

/**
 * For connectors and the platforms they use: a month of company and omkijken in the Muziekwijk
 * circle. The Thursday meal is held every week; a cycling trip is planned and the invitation
 * ranking says whom to invite personally; m-10, who lives alone, agreed that her buddy m-09 rings
 * if she has not been seen for four days, a connector after six. After the meal of Thursday 3
 * December nobody sees her (she has a cold: she skips the cycling trip and cancels Friday's
 * visit); on Monday 7 December her buddy is asked
 * to ring, rings, and finds her (a cold, nothing more): the spell is over. Meanwhile m-12 receives a meal five days a week, and the
 * move-to-care signal suggests a referral while she stays in the circle. The month ends with the
 * health check reading the circle's life.
 */
public final class CircleMonthExample {

  private static final ZoneId ZONE = WeeklyAvailability.DEFAULT_ZONE;
  static final MemberId HER = MemberId.of("m-10");
  static final MemberId BUDDY = MemberId.of("m-09");

  private CircleMonthExample() {}

  /**
   * What the month came to, for the example's test.
   *
   * @param calls the check-in calls of each day that had any, in day order
   * @param invitations whom to invite to the cycling trip
   * @param activities the month's activity log
   * @param care the move-to-care signals at the end of the month
   * @param health the health report at the end of the month
   */
  public record Outcome(Map<LocalDate, List<CheckInCall>> calls, List<Invitation> invitations,
      ActivityLog activities, List<CareSignal> care, HealthReport health) {}

  /**
   * Runs the month from the clock's day and prints it.
   *
   * @param clock where "now" comes from, not null
   * @param locale the language of the output, not null
   * @param out where to print, not null
   * @return what happened
   */
  public static Outcome run(Clock clock, Locale locale, PrintStream out) {
    LocalDate first = LocalDate.now(clock.withZone(ZONE));
    Circle circle = SampleCircles.muziekwijk(first);
    circle = circle.withMember(member(circle, "m-10").toBuilder().livesAlone(true).build())
        .withMember(member(circle, "m-12").toBuilder().livesAlone(true).build());
    CheckIns checkIns = CheckIns.of(List.of(CheckInAgreement.of(HER, BUDDY, 4, 6)));

    // the Thursday meal, weekly at 17:30, and a cycling trip on the second Saturday
    Activity meal = Activity.builder().id(ActivityId.of("thursday-meal")).title("Thursday meal")
        .organiser(MemberId.of("m-03")).start(first.atTime(17, 30).atZone(ZONE).toInstant())
        .duration(Duration.ofHours(2)).place(Place.of("Buurthuis De Schakel"))
        .recurrence(Recurrence.weekly()).maxParticipants(14).organiserEffort(Duration.ofHours(2))
        .wheelchairAccessible(true).build();
    for (String id : List.of("m-04", "m-06", "m-08", "m-09", "m-10", "m-11", "m-12")) {
      meal = meal.join(MemberId.of(id));
    }
    Activity cycling = Activity.builder().id(ActivityId.of("cycling-weerwater"))
        .title("Cycling round the lake").organiser(MemberId.of("m-05"))
        .start(first.plusDays(9).atTime(10, 0).atZone(ZONE).toInstant())
        .duration(Duration.ofHours(3)).place(Place.of("Start at the Weerwater pavilion"))
        .needsRide(true).minParticipants(3).maxParticipants(8).build()
        .join(MemberId.of("m-04"));

    // last month's help, and last Monday's visit to m-10
    HelpLedger ledger = SampleCircles.lastMonth(circle, clock.instant())
        .append(HelpRecord.of(MemberId.of("m-06"), HER, Capability.VISITS_AND_COMPANY,
            first.minusDays(3).atTime(15, 0).atZone(ZONE).toInstant(), Duration.ofMinutes(60)));
    ActivityLog activities = ActivityLog.empty();
    ContactLog calls = ContactLog.empty();
    Map<LocalDate, List<CheckInCall>> callsByDay = new LinkedHashMap<>();
    List<Invitation> invitations = List.of();
    for (int d = 0; d < 28; d++) {
      LocalDate day = first.plusDays(d);
      Instant dayStart = day.atStartOfDay(ZONE).toInstant();
      Instant dayEnd = day.plusDays(1).atStartOfDay(ZONE).toInstant();

      // the morning's check-in round, with every contact up to yesterday
      ContactLog contacts = ContactLog.from(ledger, activities).withAll(calls.signals());
      List<CheckInCall> due = checkIns.due(circle, contacts, day, ZONE);
      if (!due.isEmpty()) {
        callsByDay.put(day, due);
      }
      for (CheckInCall call : due) {
        out.println(DemoTexts.text(locale, "month.call", Map.of("day", day, "callers", call.callers(),
            "message", call.message(locale))));
        // the buddy rings at ten and reaches her
        calls = calls.with(ContactSignal.checkIn(call.member(),
            day.atTime(10, 0).atZone(ZONE).toInstant(), call.callers().get(0)));
        out.println("            " + DemoTexts.text(locale, "month.reached",
            Map.of("caller", call.callers().get(0), "member", call.member())));
      }

      // the day's help: m-12 gets a meal on weekdays; m-06 visits m-10 on Mondays and Fridays,
      // but m-10 cancels the Friday after the second meal: she has a cold
      if (day.getDayOfWeek().getValue() <= 5) {
        ledger = ledger.append(HelpRecord.of(MemberId.of("m-07"), MemberId.of("m-12"),
            Capability.MEALS, day.atTime(12, 0).atZone(ZONE).toInstant(), Duration.ofMinutes(50)));
      }
      boolean visitDay = day.getDayOfWeek().getValue() == 1 || day.getDayOfWeek().getValue() == 5;
      if (visitDay && d != 8) {
        ledger = ledger.append(HelpRecord.of(MemberId.of("m-06"), HER,
            Capability.VISITS_AND_COMPANY, day.atTime(15, 0).atZone(ZONE).toInstant(),
            Duration.ofMinutes(60)));
      }
      for (Instant occurrence : meal.occurrences(dayStart, dayEnd)) {
        activities = activities.with(Attendance.of(meal, occurrence, meal.participants()));
        out.println(DemoTexts.text(locale, "month.meal", Map.of("day", day, "activity", meal.id(),
            "count", meal.participants().size() + 1)));
      }
      if (d == 7) {
        invitations = Invitations.rank(circle, cycling, activities, cycling.start());
        out.println(DemoTexts.text(locale, "month.invite", Map.of("day", day, "activity",
            cycling.id())));
        for (Invitation invitation : invitations) {
          out.println("            " + invitation.message(locale));
          // everyone invited comes while there is room, except m-10: she has a cold
          if (!cycling.isFull() && !invitation.member().equals(HER)) {
            cycling = cycling.join(invitation.member());
          }
        }
      }
      for (Instant occurrence : cycling.occurrences(dayStart, dayEnd)) {
        activities = activities.with(Attendance.of(cycling, occurrence, cycling.participants()));
        out.println(DemoTexts.text(locale, "month.trip", Map.of("day", day, "activity",
            cycling.id(), "count", cycling.participants().size() + 1)));
      }
    }

    LocalDate last = first.plusDays(27);
    Instant monthStart = first.atStartOfDay(ZONE).toInstant();
    Instant monthEnd = last.plusDays(1).atStartOfDay(ZONE).toInstant();
    out.println(DemoTexts.text(locale, "month.effort", Map.of("member", "m-03", "hours",
        activities.organiserEffort(MemberId.of("m-03"), monthStart, monthEnd).toHours())));
    out.println(DemoTexts.text(locale, "month.given", Map.of("member", "m-03", "minutes",
        ledger.givenBy(MemberId.of("m-03"), monthStart, monthEnd).toMinutes())));
    List<CareSignal> care = MoveToCare.standard().signals(circle, ledger, last, ZONE);
    for (CareSignal signal : care) {
      out.println(signal.message(locale));
    }
    CircleLife life = CircleLife.empty().withLedger(ledger).withActivities(activities)
        .withCalls(calls).withCheckIns(checkIns);
    HealthReport health = CircleHealthCheck.check(circle, life, last);
    out.print(health.toText(locale));
    return new Outcome(callsByDay, invitations, activities, care, health);
  }

  private static Member member(Circle circle, String id) {
    return circle.member(MemberId.of(id)).orElseThrow();
  }
}
