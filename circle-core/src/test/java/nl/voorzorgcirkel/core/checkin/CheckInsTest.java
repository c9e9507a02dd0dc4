package nl.voorzorgcirkel.core.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.core.activity.InvitationReason;
import nl.voorzorgcirkel.core.care.CareReason;
import nl.voorzorgcirkel.core.contact.ContactKind;
import nl.voorzorgcirkel.core.contact.ContactLog;
import nl.voorzorgcirkel.core.contact.ContactSignal;
import nl.voorzorgcirkel.core.i18n.Messages;
import nl.voorzorgcirkel.core.model.Absence;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class CheckInsTest {

  private static final ZoneId ZONE = WeeklyAvailability.DEFAULT_ZONE;
  private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
  private static final MemberId ANNA = MemberId.of("m-anna");
  private static final MemberId BERT = MemberId.of("m-bert");
  private static final MemberId CONNY = MemberId.of("m-conny");
  private static final MemberId DIRK = MemberId.of("m-dirk");

  private static Circle circle(Absence... bertAway) {
    return Fixtures.circle(0).addMembers(
        Fixtures.member("m-anna").livesAlone(true).build(),
        Fixtures.member("m-bert").addAbsences(bertAway).build(),
        Fixtures.member("m-conny").role(Role.CONNECTOR).build(),
        Fixtures.member("m-dirk").role(Role.CONNECTOR)
            .addAbsences(Absence.of(MONDAY, MONDAY.plusDays(30))).build())
        .build();
  }

  private static ContactLog seenOn(LocalDate day) {
    return ContactLog.of(List.of(ContactSignal.of(ANNA, day.atTime(10, 0).atZone(ZONE).toInstant(),
        ContactKind.ACTIVITY)));
  }

  private static List<String> steps(CheckIns checkIns, Circle circle, ContactLog log, int days) {
    return java.util.stream.IntStream.rangeClosed(1, days).mapToObj(d -> {
      List<CheckInCall> calls = checkIns.due(circle, log, MONDAY.plusDays(d), ZONE);
      return calls.isEmpty() ? "-" : calls.get(0).escalation() + (calls.get(0).isNewToday() ? "!" : "")
          + calls.get(0).callers();
    }).collect(Collectors.toList());
  }

  @Test
  void theBuddyRingsAfterThreeDaysAndTheConnectorsAfterFive() {
    CheckIns checkIns = CheckIns.of(List.of(CheckInAgreement.of(ANNA, BERT, 3, 5)));
    assertEquals(List.of("-", "-", "BUDDY![m-bert]", "BUDDY[m-bert]", "CONNECTOR![m-conny]",
        "CONNECTOR[m-conny]"), steps(checkIns, circle(), seenOn(MONDAY), 6),
        "Dirk is away, so only Conny is asked");
    CheckInCall call = checkIns.due(circle(), seenOn(MONDAY), MONDAY.plusDays(4), ZONE).get(0);
    assertEquals(MONDAY, call.quietSince());
    assertEquals(MONDAY.plusDays(3), call.reachedOn());
    assertEquals("m-anna has not been seen for 4 days: please ring, as agreed",
        call.message(Locale.ENGLISH));
    assertEquals("m-anna is al 4 dagen niet gezien: bel even, zoals afgesproken",
        call.message(Locale.forLanguageTag("nl")));
  }

  @Test
  void aBuddyWhoIsAwayPassesTheCallToTheConnectorsThatDay() {
    CheckIns checkIns = CheckIns.of(List.of(CheckInAgreement.of(ANNA, BERT, 2, 6)));
    Circle bertAway = circle(Absence.of(MONDAY.plusDays(3), MONDAY.plusDays(4)));
    assertEquals(List.of("-", "BUDDY![m-bert]", "CONNECTOR![m-conny]", "CONNECTOR[m-conny]",
        "BUDDY![m-bert]", "CONNECTOR![m-conny]"), steps(checkIns, bertAway, seenOn(MONDAY), 6));
  }

  @Test
  void withoutABuddyTheConnectorsRingAndWithoutAvailableConnectorsAllConnectorsAreNamed() {
    CheckIns checkIns = CheckIns.of(List.of(CheckInAgreement.builder().member(ANNA)
        .connectorAfterDays(2).build()));
    assertEquals(List.of("-", "CONNECTOR![m-conny]"), steps(checkIns, circle(), seenOn(MONDAY), 2));
    Circle everyoneAway = circle().withMember(Fixtures.member("m-conny").role(Role.CONNECTOR)
        .addAbsences(Absence.of(MONDAY, MONDAY.plusDays(9))).build());
    assertEquals(List.of(CONNY, DIRK), checkIns.due(everyoneAway, seenOn(MONDAY), MONDAY.plusDays(2),
        ZONE).get(0).callers());
  }

  @Test
  void anAbsenceSuppressesCheckInsAndTheMemberStartsAfreshOnReturn() {
    CheckIns checkIns = CheckIns.of(List.of(CheckInAgreement.of(ANNA, BERT, 3, 5)));
    Circle annaAway = circle().withMember(Fixtures.member("m-anna")
        .addAbsences(Absence.of(MONDAY.plusDays(2), MONDAY.plusDays(10))).build());
    List<String> steps = steps(checkIns, annaAway, seenOn(MONDAY), 14);
    assertEquals(List.of("-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-",
        "BUDDY![m-bert]", "BUDDY[m-bert]"), steps);
  }

  @Test
  void optingOutIsRespectedAndTheClockTellsTheDay() {
    CheckIns checkIns = CheckIns.of(List.of(CheckInAgreement.of(ANNA, BERT, 3, 5)));
    Clock clock = Clock.fixed(MONDAY.plusDays(3).atTime(8, 0).atZone(ZONE).toInstant(), ZONE);
    assertEquals(1, checkIns.due(circle(), seenOn(MONDAY), clock).size());
    assertEquals(List.of(), checkIns.optOut(ANNA).due(circle(), seenOn(MONDAY), clock));
    assertEquals(CheckIns.none(), checkIns.optOut(ANNA));
    assertTrue(checkIns.agreement(ANNA).isPresent());
    assertEquals("CheckIns{agreements=1}", checkIns.toString());
    assertThrows(IllegalArgumentException.class, () -> CheckIns.of(List.of(
        CheckInAgreement.of(ANNA, BERT, 3, 5), CheckInAgreement.of(ANNA, CONNY, 2, 4))));
  }

  @Test
  void everyNewTextHasAnEnglishAndADutchVersion() {
    List<String> keys = new java.util.ArrayList<>(List.of("invitation.suggestion", "care.suggestion",
        "care.or", "referral.SOCIAL_TEAM", "vzc.Place.noHouseNumbers",
        "vzc.Activity.organiserIsNotParticipant", "vzc.Activity.participantsUnique",
        "vzc.Activity.fewestNotAboveMost", "vzc.Activity.notOverFull",
        "vzc.CheckInAgreement.buddyIsNotTheMember", "vzc.CheckInAgreement.connectorAfterBuddy",
        "vzc.CheckInAgreement.supportedStart"));
    for (Escalation e : Escalation.values()) {
      keys.add("checkin." + e.name());
    }
    for (CareReason r : CareReason.values()) {
      keys.add("care." + r.name());
    }
    for (InvitationReason r
        : InvitationReason.values()) {
      keys.add("invitation." + r.name());
    }
    for (String key : keys) {
      assertTrue(Messages.has(key), key);
      String en = Messages.format(key, Locale.ENGLISH);
      String dutch = Messages.format(key, Locale.forLanguageTag("nl"));
      assertTrue(!en.equals(dutch), key + ": " + en);
    }
    CheckInCall call = new CheckInCall(ANNA, Escalation.CONNECTOR, List.of(CONNY), MONDAY, 6,
        MONDAY.plusDays(5));
    assertEquals("m-anna is al 6 dagen niet gezien en nog niemand heeft contact gehad: bel of ga"
        + " even langs", call.message(Locale.forLanguageTag("nl")));
    assertTrue(!call.isNewToday());
  }

  @Test
  void agreementsFollowTheirRules() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CheckInAgreement.of(ANNA, ANNA, 5, 5));
    assertEquals(List.of("buddy:CheckInAgreement.buddyIsNotTheMember",
        "connectorAfterDays:CheckInAgreement.connectorAfterBuddy"),
        e.violations().stream().map(v -> v.path() + ":" + v.rule()).collect(Collectors.toList()));
    assertEquals(List.of("buddyAfterDays:Min", "connectorAfterDays:Max", "member:NotNull"),
        assertThrows(InvalidValueException.class, () -> CheckInAgreement.builder().buddyAfterDays(0)
            .connectorAfterDays(61).build()).violations().stream()
            .map(v -> v.path() + ":" + v.rule()).collect(Collectors.toList()));
  }

  @Test
  void anAgreementsStartBoundsTheQuietDaysSoTheFirstDayListedIsNew() {
    // user test 4, G7: Fien joined 2025-03-01, nothing logged; before the fix she was listed on the
    // first day as 752 days quiet with the call reached long ago, so never new
    LocalDate joined = LocalDate.of(2025, 3, 1);
    LocalDate start = LocalDate.of(2027, 3, 20);
    Member fien = Fixtures.member("m-fien").joined(joined).build();
    Member eva = Fixtures.member("m-eva").joined(joined).build();
    Member conny = Fixtures.member("m-conny").joined(joined).role(Role.CONNECTOR).build();
    Circle circle = Fixtures.circle(0).members(List.of(fien, eva, conny)).build();
    ContactLog none = ContactLog.of(List.of());
    CheckIns checkIns = CheckIns.of(List.of(CheckInAgreement.of(fien.id(), eva.id(), 3, 5, start)));
    java.time.ZoneId zone = nl.voorzorgcirkel.core.model.WeeklyAvailability.DEFAULT_ZONE;
    assertEquals(List.of(), checkIns.due(circle, none, start.plusDays(2), zone));
    CheckInCall buddy = checkIns.due(circle, none, start.plusDays(3), zone).get(0);
    assertEquals(Escalation.BUDDY, buddy.escalation());
    assertEquals(3, buddy.daysQuiet());
    assertTrue(buddy.isNewToday(), "the first day listed is new");
    assertTrue(!checkIns.due(circle, none, start.plusDays(4), zone).get(0).isNewToday());
    CheckInCall connector = checkIns.due(circle, none, start.plusDays(5), zone).get(0);
    assertEquals(Escalation.CONNECTOR, connector.escalation());
    assertTrue(connector.isNewToday());
    assertEquals("m-fien is al 5 dagen niet gezien en nog niemand heeft contact gehad: bel of ga"
        + " even langs", connector.message(Locale.forLanguageTag("nl")));
    // without a start, as before: from the day she joined
    assertEquals(752, CheckIns.of(List.of(CheckInAgreement.of(fien.id(), eva.id(), 3, 5)))
        .due(circle, none, start.plusDays(3), zone).get(0).daysQuiet());
    // a start in the future lists nobody yet; a start outside the years 1 to 9999 is refused
    assertEquals(List.of(), CheckIns.of(List.of(CheckInAgreement.of(fien.id(), eva.id(), 3, 5,
        start.plusDays(30)))).due(circle, none, start.plusDays(3), zone));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> CheckInAgreement.of(fien.id(), eva.id(), 3, 5, LocalDate.of(10_000, 1, 1)));
    assertTrue(e.violations().get(0).message(Locale.ENGLISH).endsWith("the start must lie in the years 1 to 9999"),
        e.violations().get(0).message(Locale.ENGLISH));
    assertTrue(e.violations().get(0).message(Locale.forLanguageTag("nl"))
        .endsWith("de startdag moet in de jaren 1 tot en met 9999 liggen"));
  }
}
