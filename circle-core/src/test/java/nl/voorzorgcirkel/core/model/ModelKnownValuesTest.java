package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Known values of the model that mutation testing found unasserted. */
class ModelKnownValuesTest {

  /** The defaults the policy documents, with their sources in CALIBRATION.md. */
  @Test
  void theStandardPolicyHasTheDocumentedDefaults() {
    CirclePolicy policy = CirclePolicy.standard();
    assertEquals(8, policy.minSize());
    assertEquals(15, policy.maxSize());
    assertEquals(10, policy.recommendedMinSize());
    assertEquals(13, policy.recommendedMaxSize());
    assertEquals(2, policy.minConnectors());
    assertEquals(2, policy.minOfferersPerCapability());
    assertEquals(1.0 / 3.0, policy.maxDependentShare());
    assertEquals(1_500, policy.maxDistanceMetres());
    assertEquals(policy, CirclePolicy.builder().build());
  }

  @Test
  void everyCategoryIsFoundByItsCodeWhateverTheCaseOrSeparator() {
    for (HelpCategory category : HelpCategory.values()) {
      assertEquals(category, HelpCategory.ofCode(category.code()));
      assertEquals(category, HelpCategory.ofCode(
          " " + category.code().toUpperCase(Locale.ROOT).replace('-', '_') + " "));
    }
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> HelpCategory.ofCode("haircut"));
    String codes = "circle-help, personal-care, nursing-care, household-help, medical";
    assertEquals("invalid value (1): HelpCategory.code: must be one of " + codes, e.getMessage());
    assertEquals("ongeldige waarde (1): HelpCategory.code: moet een van deze zijn: " + codes,
        e.message(Locale.forLanguageTag("nl")));
  }

  /** A Monday at midnight starts its own week, in winter and summer time and at the table's ends. */
  @Test
  void aWeekStartsExactlyAtMondayMidnight() {
    for (String name : java.util.List.of("Europe/Amsterdam", "America/New_York")) {
      ZoneId zone = ZoneId.of(name);
      for (LocalDate monday = LocalDate.of(2026, 1, 5); monday.getYear() == 2026; monday = monday.plusWeeks(1)) {
        Instant start = monday.atStartOfDay(zone).toInstant();
        Instant next = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        assertEquals(start, CalendarWeeks.startOf(start, zone), monday + " " + name);
        assertEquals(next, CalendarWeeks.endOf(start, zone), monday + " " + name);
        assertEquals(start, CalendarWeeks.startOf(next.minusNanos(1), zone), monday + " " + name);
        assertEquals(start, CalendarWeeks.endOf(start.minusNanos(1), zone), monday + " " + name);
      }
    }
    ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
    for (LocalDate monday : java.util.List.of(LocalDate.of(1970, 1, 5), LocalDate.of(2199, 12, 30),
        LocalDate.of(2200, 1, 6))) {
      assertEquals(DayOfWeek.MONDAY, monday.getDayOfWeek());
      Instant start = monday.atStartOfDay(amsterdam).toInstant();
      assertEquals(start, CalendarWeeks.startOf(start, amsterdam), monday.toString());
      assertEquals(monday.plusWeeks(1).atStartOfDay(amsterdam).toInstant(),
          CalendarWeeks.endOf(start, amsterdam), monday.toString());
    }
  }
}
