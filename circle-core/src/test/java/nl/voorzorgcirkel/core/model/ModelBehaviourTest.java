package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ModelBehaviourTest {

  private static final java.time.ZoneId AMSTERDAM = WeeklyAvailability.DEFAULT_ZONE;

  private static Instant local(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, AMSTERDAM).toInstant();
  }

  @Test
  void distancesAreGreatCircleMetres() {
    // one degree of latitude along a meridian is pi * R / 180 = 111,195 m for R = 6,371,008.8 m
    assertEquals(111_195, GeoPoint.of(52, 5).distanceMetresTo(GeoPoint.of(53, 5)), 1);
    // along a parallel at 60 degrees north it is half that
    assertEquals(55_597, GeoPoint.of(60, 5).distanceMetresTo(GeoPoint.of(60, 6)), 20);
    assertEquals(0.0, GeoPoint.of(52, 5).distanceMetresTo(GeoPoint.of(52, 5)));
    assertEquals(52.379, GeoPoint.coarse(52.37912, 5.0).latitude());
  }

  @Test
  void tuesdayMorningStaysTuesdayMorningAcrossDaylightSaving() {
    WeeklyAvailability tuesdays = WeeklyAvailability.of(
        List.of(WeeklySlot.of(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))));
    // 2026-03-31 is a Tuesday after the change to summer time; 2026-03-24 before it
    for (Instant start : List.of(local(2026, 3, 24, 10, 0), local(2026, 3, 31, 10, 0))) {
      TimeWindow fixed = TimeWindow.fixed(start, start.plus(Duration.ofHours(2)));
      assertEquals(Optional.of(start), tuesdays.earliestStartWithin(fixed, Duration.ofHours(1)));
    }
    TimeWindow tooLate = TimeWindow.fixed(local(2026, 3, 31, 11, 30), local(2026, 3, 31, 13, 0));
    assertEquals(Optional.empty(), tuesdays.earliestStartWithin(tooLate, Duration.ofHours(1)));
    assertEquals(Duration.ofHours(3), tuesdays.weeklyTotal());
  }

  @Test
  void aFlexibleRequestFindsTheFirstSlotThatFits() {
    WeeklyAvailability thursdays = WeeklyAvailability.of(
        List.of(WeeklySlot.of(DayOfWeek.THURSDAY, LocalTime.of(14, 0), LocalTime.of(17, 0))));
    // Monday 2026-11-23, flexible within 7 days: the first Thursday afternoon
    TimeWindow week = TimeWindow.flexibleWithinDays(LocalDate.of(2026, 11, 23), 7, AMSTERDAM);
    assertTrue(week.flexible());
    assertEquals(Optional.of(local(2026, 11, 26, 14, 0)),
        thursdays.earliestStartWithin(week, Duration.ofHours(2)));
    assertEquals(Optional.empty(), thursdays.earliestStartWithin(week, Duration.ofHours(4)));
    assertThrows(IllegalArgumentException.class,
        () -> TimeWindow.flexibleWithinDays(LocalDate.of(2026, 11, 23), 0, AMSTERDAM));
  }

  @Test
  void membersTakePartUnlessPausedLeftOrAway() {
    Member member = Fixtures.member("m-1").addAbsences(Absence.of(Fixtures.TODAY, Fixtures.TODAY)).build();
    assertFalse(member.isAvailableOn(Fixtures.TODAY));
    assertTrue(member.isAvailableOn(Fixtures.TODAY.plusDays(1)));
    Member paused = member.toBuilder().status(MemberStatus.PAUSED).pausedUntil(Fixtures.TODAY.plusDays(5)).build();
    assertFalse(paused.isAvailableOn(Fixtures.TODAY.plusDays(5)));
    assertTrue(paused.isAvailableOn(Fixtures.TODAY.plusDays(6)));
    assertTrue(paused.isMemberOn(Fixtures.TODAY));
    Member left = member.toBuilder().status(MemberStatus.LEFT).build();
    assertFalse(left.isMemberOn(Fixtures.TODAY));
    assertFalse(left.isAvailableOn(Fixtures.TODAY.plusDays(1)));
    assertEquals(76, member.ageIn(Fixtures.TODAY));
  }

  @Test
  void capabilitiesAreAnOpenVocabularyWithAStandardCatalogue() {
    assertEquals(11, Capability.standard().size());
    assertSame(Capability.MEALS, Capability.standard().get(3));
    assertEquals(Capability.RIDE_BY_CAR, Capability.of("ride-by-car"));
    assertTrue(Capability.RIDE_BY_CAR.inStandardCatalogue());
    assertEquals("autorit", Capability.RIDE_BY_CAR.label(Locale.forLanguageTag("nl")));
    Capability knitting = Capability.of("knitting");
    assertFalse(knitting.inStandardCatalogue());
    assertEquals("knitting", knitting.label(Locale.ENGLISH));
    assertFalse(Capability.of("bike-repair").inStandardCatalogue());
    assertEquals("small jobs in the house", Capability.of("bike-repair").label(Locale.ENGLISH), "read as small jobs");
    Member member = Fixtures.member("m-1").addCapabilities(CapabilityOffer.builder()
        .capability(Capability.RIDE_BY_CAR).maxDistanceMetres(15_000).build()).build();
    assertEquals(Optional.of(15_000), member.offerOf(Capability.RIDE_BY_CAR).orElseThrow().maxDistanceMetres());
    assertTrue(member.offers(Capability.RIDE_BY_CAR));
    assertFalse(member.offers(knitting));
  }

  @Test
  void withMemberReplacesInPlaceOrAppends() {
    Circle circle = Fixtures.circle(3).build();
    Member changed = circle.members().get(1).toBuilder().role(Role.MEMBER).build();
    Circle replaced = circle.withMember(changed);
    assertEquals(3, replaced.members().size());
    assertEquals(changed, replaced.members().get(1));
    Circle grown = circle.withMember(Fixtures.member("m-new").build());
    assertEquals(MemberId.of("m-new"), grown.members().get(3).id());
    assertEquals(2, circle.connectorsOn(Fixtures.TODAY).size());
  }

  @Test
  void recurrenceAndIdentifiers() {
    assertFalse(Recurrence.oneOff().recurs());
    assertEquals(2, Recurrence.everyWeeks(2).intervalWeeks());
    assertEquals(Optional.of(Fixtures.TODAY), Recurrence.weekly().until(Fixtures.TODAY).until());
    assertThrows(IllegalArgumentException.class, () -> Recurrence.everyWeeks(0));
    assertTrue(MemberId.of("a").compareTo(MemberId.of("b")) < 0);
    assertEquals("m-1", MemberId.of("m-1").toString());
  }
}
