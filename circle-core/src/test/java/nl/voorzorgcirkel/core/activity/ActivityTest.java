package nl.voorzorgcirkel.core.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.core.model.ActivityId;
import nl.voorzorgcirkel.core.model.Absence;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Recurrence;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import org.junit.jupiter.api.Test;

class ActivityTest {

  static final MemberId ORGANISER = MemberId.of("m-0");
  /** Thursday 3 December 2026, 17:30 in Amsterdam. */
  static final Instant THURSDAY = ZonedDateTime.of(2026, 12, 3, 17, 30, 0, 0,
      WeeklyAvailability.DEFAULT_ZONE).toInstant();

  static Activity.Builder meal() {
    return Activity.builder()
        .id(ActivityId.of("thursday-meal"))
        .title("Secret supper club")
        .organiser(ORGANISER)
        .start(THURSDAY)
        .duration(Duration.ofHours(2))
        .place(Place.of("Buurthuis De Schakel"))
        .recurrence(Recurrence.weekly())
        .organiserEffort(Duration.ofHours(3));
  }

  private static List<String> rules(InvalidValueException e) {
    return e.violations().stream().map(v -> v.path() + ":" + v.rule()).collect(Collectors.toList());
  }

  @Test
  void aPlaceIsNamedNeverAddressed() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Place.of("Fluitstraat 12"));
    assertEquals(List.of("description:Place.noHouseNumbers"), rules(e));
    assertFalse(e.getMessage().contains("Fluitstraat"), e.getMessage());
    assertTrue(e.message(Locale.forLanguageTag("nl")).contains("zonder huisnummer"));
    assertThrows(InvalidValueException.class, () -> Place.of("1311 AB"));
    assertThrows(InvalidValueException.class, () -> Place.of(" "));
    assertEquals("Het bankje bij de vijver", Place.of("Het bankje bij de vijver").description());
    assertFalse(Place.of("Buurthuis De Schakel").toString().contains("Schakel"));
  }

  @Test
  void everyRuleOfAnActivityFiresAndNamesItsField() {
    InvalidValueException missing = assertThrows(InvalidValueException.class,
        () -> Activity.builder().build());
    assertTrue(rules(missing).containsAll(List.of("id:NotNull", "title:NotBlank",
        "organiser:NotNull", "start:NotNull", "duration:NotNull",
        "place:NotNull")), rules(missing).toString());

    InvalidValueException broken = assertThrows(InvalidValueException.class, () -> meal()
        .duration(Duration.ofMinutes(5)).organiserEffort(Duration.ofHours(25))
        .addParticipants(ORGANISER, MemberId.of("m-1"), MemberId.of("m-1"))
        .minParticipants(3).maxParticipants(2).build());
    assertTrue(rules(broken).containsAll(List.of("duration:DurationMin",
        "organiserEffort:DurationMax",
        "participants:Activity.organiserIsNotParticipant",
        "participants:Activity.participantsUnique",
        "maxParticipants:Activity.fewestNotAboveMost",
        "participants:Activity.notOverFull")), rules(broken).toString());
    assertTrue(rules(assertThrows(InvalidValueException.class,
        () -> meal().maxParticipants(501).minParticipants(0).build()))
        .containsAll(List.of("maxParticipants:Max", "minParticipants:Min")));
    for (Violation v : broken.violations()) {
      assertTrue(v.message(Locale.forLanguageTag("nl")).length() > 5, v.toString());
    }
    String text = meal().build().toString();
    assertFalse(text.contains("Secret") || text.contains("Schakel"), text);
  }

  @Test
  void livingAloneRoundTripsThroughJsonAndStaysOutOfToString() throws Exception {
    nl.voorzorgcirkel.core.model.Member alone = Fixtures.member("m-1").livesAlone(true).build();
    com.fasterxml.jackson.databind.ObjectMapper json = nl.voorzorgcirkel.core.json.CircleJson.newMapper();
    assertEquals(alone, json.readValue(json.writeValueAsString(alone),
        nl.voorzorgcirkel.core.model.Member.class));
    assertFalse(alone.toString().contains("livesAlone"), alone.toString());
    assertFalse(Fixtures.member("m-1").build().livesAlone());
  }

  @Test
  void membersJoinUntilItIsFullAndLeaveAgain() {
    Activity trip = meal().maxParticipants(2).minParticipants(2).build();
    assertFalse(trip.goesAhead());
    Activity one = trip.join(MemberId.of("m-1"));
    assertSame(one, one.join(MemberId.of("m-1")));
    assertSame(one, one.join(ORGANISER));
    Activity two = one.join(MemberId.of("m-2"));
    assertTrue(two.isFull());
    assertTrue(two.goesAhead());
    assertEquals(List.of(MemberId.of("m-1"), MemberId.of("m-2")), two.participants());
    IllegalStateException full = assertThrows(IllegalStateException.class,
        () -> two.join(MemberId.of("m-3")));
    assertTrue(full.getMessage().contains("at most 2"));
    Activity left = two.leave(MemberId.of("m-1"));
    assertEquals(List.of(MemberId.of("m-2")), left.participants());
    assertSame(left, left.leave(MemberId.of("m-9")));
    assertThrows(IllegalArgumentException.class, () -> left.leave(ORGANISER));
    assertTrue(left.takesPart(ORGANISER));
    assertFalse(left.takesPart(MemberId.of("m-1")));
  }

  @Test
  void occurrencesAreTheRecurrencesOccurrencesKeepingLocalTimeAcrossTheClockChange() {
    Activity meal = meal().recurrence(Recurrence.weekly().until(LocalDate.of(2027, 4, 30))).build();
    Instant from = THURSDAY.plus(Duration.ofDays(100));
    Instant to = THURSDAY.plus(Duration.ofDays(200));
    List<Instant> expected = meal.recurrence().occurrences(THURSDAY, to, meal.zone()).stream()
        .filter(t -> !t.isBefore(from)).collect(Collectors.toList());
    assertEquals(expected, meal.occurrences(from, to));
    // every occurrence at 17:30 local time, before and after the clock change of 28 March 2027
    for (Instant t : meal.occurrences(THURSDAY, to)) {
      assertEquals(17, t.atZone(meal.zone()).getHour());
      assertEquals(30, t.atZone(meal.zone()).getMinute());
    }
    assertEquals(22, meal.occurrences(THURSDAY, to).size()); // 3 Dec to 29 Apr
    assertTrue(meal.occursAt(THURSDAY.plus(Duration.ofDays(7))));
    assertFalse(meal.occursAt(THURSDAY.plus(Duration.ofDays(8))));
    Activity once = meal().recurrence(Recurrence.oneOff()).build();
    assertEquals(List.of(THURSDAY), once.occurrences(THURSDAY.minusSeconds(1), to));
  }

  @Test
  void anAttendanceBelongsToAnOccurrenceAndCarriesTheOrganisersEffort() {
    Activity meal = meal().build();
    assertThrows(IllegalArgumentException.class,
        () -> Attendance.of(meal, THURSDAY.plusSeconds(60), List.of()));
    Attendance first = Attendance.of(meal, THURSDAY,
        List.of(MemberId.of("m-2"), MemberId.of("m-1"), ORGANISER, MemberId.of("m-1")));
    assertEquals(List.of(MemberId.of("m-1"), MemberId.of("m-2")), first.attendees());
    assertEquals(Duration.ofHours(3), first.organiserEffort());
    Instant second = THURSDAY.plus(Duration.ofDays(7));
    ActivityLog log = ActivityLog.empty().with(first)
        .with(Attendance.of(meal, second, List.of(MemberId.of("m-3"))));
    assertEquals(Duration.ofHours(6), log.organiserEffort(ORGANISER, THURSDAY, second.plusSeconds(1)));
    assertEquals(Duration.ZERO, log.organiserEffort(MemberId.of("m-1"), THURSDAY, second.plusSeconds(1)));
    assertEquals(Optional.of(THURSDAY), log.lastPresent(MemberId.of("m-1"), second.plusSeconds(1)));
    assertEquals(Optional.of(second), log.lastPresent(ORGANISER, second.plusSeconds(1)));
    assertEquals(Optional.empty(), log.lastPresent(MemberId.of("m-3"), second));
    assertEquals(2, log.timesPresent(ORGANISER, THURSDAY, second.plusSeconds(1)));
    assertEquals(1, log.between(second, second.plusSeconds(1)).size());
    assertEquals(2, log.attendancesOf(meal.id()).size());
    // recording an occurrence again replaces it
    ActivityLog corrected = log.with(Attendance.of(meal, second, List.of()));
    assertEquals(2, corrected.size());
    assertEquals(List.of(), corrected.attendances().get(1).attendees());
    assertThrows(IllegalArgumentException.class, () -> ActivityLog.of(List.of(first, first)));
    assertEquals("ActivityLog{attendances=2}", log.toString());
  }

  @Test
  void invitationsGoFirstToWhoLivesAloneAndHasNotBeenSeenThenRidesBothWays() {
    Circle circle = Fixtures.circle(0).addMembers(
        Fixtures.member("m-0").build(),
        Fixtures.member("m-1").livesAlone(true).build(),
        Fixtures.member("m-2").livesAlone(true).build(),
        Fixtures.member("m-3").addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR)).build(),
        Fixtures.member("m-4").build(),
        Fixtures.member("m-5").livesAlone(true)
            .addAbsences(Absence.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31))).build())
        .build();
    Activity trip = meal().id(ActivityId.of("cycling")).needsRide(true)
        .recurrence(Recurrence.oneOff()).start(THURSDAY.plus(Duration.ofDays(42))).build()
        .join(MemberId.of("m-4"));
    Instant when = trip.start();
    // m-2 was at the meal two weeks before: seen recently
    Activity meal = meal().build();
    ActivityLog log = ActivityLog.of(List.of(
        Attendance.of(meal, THURSDAY.plus(Duration.ofDays(28)), List.of(MemberId.of("m-2"))),
        Attendance.of(meal, THURSDAY, List.of(MemberId.of("m-3")))));

    List<Invitation> invitations = Invitations.rank(circle, trip, log, when);
    assertEquals(List.of("m-1", "m-2", "m-3"),
        invitations.stream().map(i -> i.member().value()).collect(Collectors.toList()),
        "m-0 organises, m-4 joined, m-5 is away");
    assertEquals(List.of(InvitationReason.LIVES_ALONE, InvitationReason.NOT_SEEN_FOR_A_WHILE,
        InvitationReason.NEEDS_A_RIDE), invitations.get(0).reasons());
    assertEquals(Optional.empty(), invitations.get(0).weeksSinceLastPresent());
    assertEquals(List.of(InvitationReason.LIVES_ALONE, InvitationReason.NEEDS_A_RIDE),
        invitations.get(1).reasons());
    assertEquals(Optional.of(2), invitations.get(1).weeksSinceLastPresent());
    assertEquals(List.of(InvitationReason.NOT_SEEN_FOR_A_WHILE, InvitationReason.COULD_GIVE_A_RIDE),
        invitations.get(2).reasons());
    assertEquals("invite m-1 personally: lives alone, has not been at an activity for a while,"
        + " needs a ride", invitations.get(0).message(Locale.ENGLISH));
    assertEquals("nodig m-1 persoonlijk uit: woont alleen, is al een tijd niet bij een activiteit"
        + " geweest, heeft vervoer nodig", invitations.get(0).message(Locale.forLanguageTag("nl")));
    assertEquals(List.of(), Invitations.rank(circle, trip.toBuilder().maxParticipants(1).build(),
        log, when), "a full activity needs no invitations");
    assertThrows(IllegalArgumentException.class, () -> Invitations.rank(circle, trip, log, when, 0));
  }
}
