package nl.voorzorgcirkel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.activity.InvitationReason;
import nl.voorzorgcirkel.core.assessment.HealthCode;
import nl.voorzorgcirkel.core.care.CareReason;
import nl.voorzorgcirkel.core.checkin.CheckInCall;
import nl.voorzorgcirkel.core.checkin.Escalation;
import nl.voorzorgcirkel.core.model.MemberId;
import org.junit.jupiter.api.Test;

/** Issue 13's example: a month in the Muziekwijk circle. */
class CircleMonthExampleTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

  private static String run(Locale locale, CircleMonthExample.Outcome[] outcome) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    outcome[0] = CircleMonthExample.run(CLOCK, locale, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void herBuddyIsAskedOnceOnTheFourthQuietDayAndTheCallEndsTheSpell() {
    CircleMonthExample.Outcome[] outcome = new CircleMonthExample.Outcome[1];
    String out = run(Locale.ENGLISH, outcome);
    Map<LocalDate, List<CheckInCall>> calls = outcome[0].calls();
    assertEquals(List.of(LocalDate.of(2026, 12, 7)), List.copyOf(calls.keySet()), out);
    CheckInCall call = calls.get(LocalDate.of(2026, 12, 7)).get(0);
    assertEquals(CircleMonthExample.HER, call.member());
    assertEquals(Escalation.BUDDY, call.escalation());
    assertEquals(List.of(CircleMonthExample.BUDDY), call.callers());
    assertEquals(LocalDate.of(2026, 12, 3), call.quietSince());
    assertEquals(4, call.daysQuiet());
    assertTrue(call.isNewToday());
    assertTrue(out.contains("2026-12-07  [m-09]: m-10 has not been seen for 4 days: please ring,"
        + " as agreed"), out);
    assertTrue(out.contains("            m-09 -> m-10: reached, all is well"), out);
  }

  @Test
  void theMealsAndTheTripAreCompanyNotHelpAndTheInvitationsExplainThemselves() {
    CircleMonthExample.Outcome[] outcome = new CircleMonthExample.Outcome[1];
    String out = run(Locale.ENGLISH, outcome);
    // four Thursdays and one Saturday
    assertEquals(5, outcome[0].activities().size());
    assertTrue(out.contains("organiser effort of m-03 (not help): 8 h"), out);
    assertFalse(outcome[0].invitations().isEmpty());
    assertTrue(outcome[0].invitations().stream().anyMatch(i -> i.reasons()
        .contains(InvitationReason.COULD_GIVE_A_RIDE)), outcome[0].invitations().toString());
    assertTrue(outcome[0].invitations().stream().noneMatch(i -> i.member().equals(MemberId.of("m-05"))),
        "the organiser is not invited");
    for (var invitation : outcome[0].invitations()) {
      assertTrue(out.contains(invitation.message(Locale.ENGLISH)), out);
    }
    assertEquals(List.of(), outcome[0].health().findings(HealthCode.NO_SHARED_ACTIVITY));
    assertEquals(List.of(), outcome[0].health().findings(HealthCode.CHECK_INS_OVERDUE));
  }

  @Test
  void fiveMealsAWeekForM12SuggestAReferralInDutchToo() {
    CircleMonthExample.Outcome[] outcome = new CircleMonthExample.Outcome[1];
    String out = run(Locale.forLanguageTag("nl"), outcome);
    assertEquals(1, outcome[0].care().size());
    assertEquals(MemberId.of("m-12"), outcome[0].care().get(0).member());
    assertEquals(List.of(CareReason.HOURS_PER_WEEK), outcome[0].care().get(0).reasons());
    assertTrue(out.contains("m-12 heeft misschien meer nodig dan buren horen te geven"), out);
    assertTrue(out.contains("m-10 is al 4 dagen niet gezien"), out);
    assertTrue(out.contains("Gezondheid van cirkel muziekwijk-1"), out);
    assertFalse(out.contains("Member 1"), "no names in the output");
    assertTrue(Duration.ofHours(8).equals(outcome[0].activities().organiserEffort(MemberId.of("m-03"),
        Instant.parse("2026-11-26T00:00:00Z"), Instant.parse("2026-12-24T00:00:00Z"))));
  }
}
