package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * User test 6, J10: a member's {@code toString()} printed its whole week of slots and a circle of
 * 7 members about 4.5 KB. Both are now one short line for a log; the details stay in the accessors
 * (and personal data stays out: {@code PersonalDataTest}).
 */
class CompactToStringTest {

  @Test
  void aMemberIsIdRoleCapabilitiesAndAShortAvailability() {
    Member member = Fixtures.member("m-01").role(Role.CONNECTOR)
        .addCapabilities(CapabilityOffer.of(Capability.MEALS), CapabilityOffer.of(Capability.RIDE_BY_CAR))
        .capacityPerWeek(Duration.ofHours(2))
        .addAbsences(Absence.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 14)))
        .build();
    assertEquals("Member{id=m-01, role=CONNECTOR, status=ACTIVE, capabilities=["
        + Capability.MEALS + ", " + Capability.RIDE_BY_CAR + "], capacityPerWeek=PT2H,"
        + " availability=daily 09:00-18:00, absences=1}", member.toString());
    Member weekdays = Fixtures.member("m-02").availability(WeeklyAvailability.of(List.of(
        WeeklySlot.of(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
        WeeklySlot.of(DayOfWeek.THURSDAY, LocalTime.of(13, 0), LocalTime.of(17, 30))))).build();
    assertTrue(weekdays.toString().contains("availability=2 slots, PT7H30M a week,"), weekdays.toString());
    WeeklyAvailability never = WeeklyAvailability.builder().zone(ZoneId.of("Europe/Brussels")).build();
    assertEquals("WeeklyAvailability{no slots, Europe/Brussels}", never.toString());
  }

  @Test
  void aCircleOfSevenIsOneShortLine() {
    Circle circle = Fixtures.circle(7).build();
    String text = circle.toString();
    assertEquals("Circle{id=c-1, members=7 [m-0, m-1, m-2, m-3, m-4, m-5, m-6], connectors=[m-0, m-1],"
        + " founded=2025-01-01}", text);
    assertFalse(text.contains("Muziekwijk"));
    // before: each member's seven slots in full, about 600 characters a member
    assertTrue(circle.members().get(0).toString().length() < 200, circle.members().get(0).toString());
  }
}
