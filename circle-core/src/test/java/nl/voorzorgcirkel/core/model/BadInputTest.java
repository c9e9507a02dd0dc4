package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Each defect of issue 16 about building model values, as a test that failed before its fix. */
class BadInputTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static List<String> rules(InvalidValueException e) {
    return e.violations().stream().map(v -> v.path() + ":" + v.rule()).collect(Collectors.toList());
  }

  @Test
  void aCoarsePointOfNotANumberIsRefusedNotRoundedToZero() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> GeoPoint.coarse(bad, 5.2));
      assertFalse(rules(e).isEmpty());
      assertTrue(rules(e).stream().allMatch(r -> r.startsWith("latitude:")), rules(e).toString());
      assertThrows(InvalidValueException.class, () -> GeoPoint.coarse(52.3, bad));
      assertThrows(InvalidValueException.class, () -> GeoPoint.of(bad, 5.2));
    }
  }

  @Test
  void anAvailabilityWithoutAZoneIsRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> WeeklyAvailability.builder().zone(null).build());
    assertEquals(List.of("zone:NotNull"), rules(e));
  }

  @Test
  void aBadIdentifierCodeOrPhoneNumberSaysWhichFormIsRequired() {
    InvalidValueException id = assertThrows(InvalidValueException.class, () -> MemberId.of("-m 1"));
    assertTrue(id.getMessage().contains("must start with a letter or digit, followed by letters, digits, dots,"),
        id.getMessage());
    assertTrue(id.message(DUTCH).contains("moet beginnen met een letter of cijfer"), id.message(DUTCH));
    assertEquals(List.of("value:Pattern"), rules(id), "a clearer text, the same rule code");
    InvalidValueException code = assertThrows(InvalidValueException.class, () -> Capability.of("Ride_By_Car"));
    assertTrue(code.getMessage().contains("words joined by single hyphens (such as ride-by-car)"), code.getMessage());
    InvalidValueException phone = assertThrows(InvalidValueException.class,
        () -> Fixtures.member("m-1").phoneNumber("call 0612").build());
    assertTrue(phone.getMessage().contains("must be 6 to 20 characters of digits, spaces, +, -, ( and )"),
        phone.getMessage());
    assertTrue(phone.message(DUTCH).contains("moet 6 tot 20 tekens zijn"), phone.message(DUTCH));
    assertFalse(phone.getMessage().contains("0612") || phone.message(DUTCH).contains("0612"), "no phone number");
  }

  @Test
  void aForgottenBirthYearMustBeGivenNotAtLeast1900() {
    Member.Builder builder = Member.builder()
        .id(MemberId.of("m-1"))
        .displayName("Anna")
        .home(GeoPoint.coarse(52.379, 5.223))
        .joined(LocalDate.of(2025, 1, 1));
    InvalidValueException e = assertThrows(InvalidValueException.class, builder::build);
    assertEquals(List.of("birthYear:NotNull"), rules(e));
    assertEquals("invalid value (1): Member.birthYear: must be given", e.getMessage());
    assertEquals("ongeldige waarde (1): Member.birthYear: moet ingevuld zijn", e.message(DUTCH));
    // a year given but out of range still says so
    assertEquals(List.of("birthYear:Member.birthYearFitsJoined"),
        rules(assertThrows(InvalidValueException.class, () -> builder.birthYear(1850).build())));
  }

  /**
   * Usertest 4, G2: the birth year had a fixed maximum of 2025, so a member joining in 2090 (a
   * simulation of that year) could not exist, and one born in 1890 and joining in 2000 could not
   * either (minimum 1900). The rule now follows the day of joining.
   */
  @Test
  void theBirthYearFollowsTheDayOfJoiningNotAFixedCalendar() {
    Member.Builder builder = Member.builder()
        .id(MemberId.of("m-1"))
        .displayName("Anna")
        .home(GeoPoint.coarse(52.379, 5.223));
    assertEquals(2030, builder.birthYear(2030).joined(LocalDate.of(2095, 6, 1)).build().birthYear());
    assertEquals(1890, builder.birthYear(1890).joined(LocalDate.of(2000, 1, 1)).build().birthYear());
    assertEquals(2007, builder.birthYear(2007).joined(LocalDate.of(2025, 12, 31)).build().birthYear());
    assertEquals(1900, builder.birthYear(1900).joined(LocalDate.of(2025, 1, 1)).build().birthYear());
    InvalidValueException late = assertThrows(InvalidValueException.class,
        () -> builder.birthYear(2026).joined(LocalDate.of(2025, 12, 31)).build());
    assertEquals(List.of("birthYear:Member.birthYearFitsJoined"), rules(late));
    assertEquals("invalid value (1): Member.birthYear: the birth year must be 18 to 125 years before"
        + " the year the member joined", late.getMessage());
    assertEquals("ongeldige waarde (1): Member.birthYear: het geboortejaar moet 18 tot 125 jaar voor"
        + " het jaar liggen waarin de deelnemer lid werd", late.message(DUTCH));
    // user test 7: a child (17 in the year of joining) was a member; an adult of 18 is one
    assertEquals(List.of("birthYear:Member.birthYearFitsJoined"), rules(assertThrows(
        InvalidValueException.class, () -> builder.birthYear(2008).joined(LocalDate.of(2025, 12, 31)).build())));
    assertTrue(late.getMessage().contains(Member.MIN_AGE_AT_JOINING + " to " + Member.MAX_AGE_AT_JOINING),
        "the message says the model's numbers");
    assertEquals(List.of("birthYear:Member.birthYearFitsJoined"), rules(assertThrows(
        InvalidValueException.class, () -> builder.birthYear(1899).joined(LocalDate.of(2025, 1, 1)).build())));
    // outside the years the library computes with: said once, by the field's own rule
    assertEquals(List.of("birthYear:Max"), rules(assertThrows(InvalidValueException.class,
        () -> builder.birthYear(10_000).joined(LocalDate.of(2025, 1, 1)).build())));
  }

  @Test
  void aDuplicateMemberIdNamesTheIdButNoName() {
    Member anna = Fixtures.member("m-7").displayName("Zwaantje Zonderland").build();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Fixtures.circle(2).addMembers(anna, anna.toBuilder().displayName("Zwaantje twee").build()).build());
    assertEquals(List.of("members:Circle.memberIdsUnique"), rules(e));
    assertTrue(e.getMessage().contains("m-7"), e.getMessage());
    assertTrue(e.message(DUTCH).contains("m-7"), e.message(DUTCH));
    assertFalse(e.getMessage().contains("Zwaantje") || e.message(DUTCH).contains("Zwaantje"));
  }

  @Test
  void factoriesRefuseBadArgumentsInEnglishAndDutchNamingTheArgument() {
    List<InvalidValueException> refused = List.of(
        assertThrows(InvalidValueException.class,
            () -> TimeWindow.flexibleWithinDays(Fixtures.TODAY, 0, WeeklyAvailability.DEFAULT_ZONE)),
        assertThrows(InvalidValueException.class,
            () -> TimeWindow.flexibleWithinDays(Fixtures.TODAY, 63, WeeklyAvailability.DEFAULT_ZONE)),
        assertThrows(InvalidValueException.class, () -> Recurrence.everyWeeks(0)),
        assertThrows(InvalidValueException.class, () -> Recurrence.everyWeeks(53)));
    for (InvalidValueException e : refused) {
      Violation v = e.violations().get(0);
      assertTrue(e.getMessage().contains("must be between 1 and"), e.getMessage());
      assertTrue(e.message(DUTCH).contains("moet tussen 1 en"), e.message(DUTCH));
      assertTrue(v.path().equals("days") || v.path().equals("weeks"), v.path());
    }
    assertEquals("invalid value (1): TimeWindow.days: must be between 1 and 62",
        refused.get(0).getMessage());
  }

  @Test
  void instantsOutsideTheYears1To9999AreRefusedWhereTheyEnterTheModel() {
    Instant start = Fixtures.NOW;
    assertEquals(List.of("end:TimeWindow.supportedYears", "start:TimeWindow.supportedYears"), rules(assertThrows(
        InvalidValueException.class, () -> TimeWindow.flexible(Instant.MIN, Instant.MAX))));
    assertThrows(InvalidValueException.class, () -> TimeWindow.fixed(start, Instant.MAX));
    assertThrows(InvalidValueException.class,
        () -> Fixtures.request("r-1", "m-1").createdAt(Instant.MIN).build());
    assertThrows(InvalidValueException.class, () -> TimeWindow.flexibleWithinDays(LocalDate.MAX, 3,
        WeeklyAvailability.DEFAULT_ZONE));
    assertThrows(InvalidValueException.class, () -> TimeWindow.flexibleWithinDays(LocalDate.MIN, 3,
        WeeklyAvailability.DEFAULT_ZONE));
    // the edges themselves are fine
    Instant first = Instant.parse("0001-01-01T00:00:00Z");
    Instant last = Instant.parse("9999-12-31T23:59:59Z");
    assertEquals(Duration.between(first, last), TimeWindow.flexible(first, last).length());
  }
}
