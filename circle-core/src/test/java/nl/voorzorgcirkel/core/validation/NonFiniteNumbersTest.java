package nl.voorzorgcirkel.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.model.CirclePolicy;
import nl.voorzorgcirkel.core.model.GeoPoint;
import org.junit.jupiter.api.Test;

/**
 * User test 11, L10: {@code GeoPoint.coarse(NaN, 5)} was refused with two range errors, "must be
 * at most 90" and "must be at least -90", neither of which says what is wrong. A number that is
 * not finite is one error that says so, for every number of the model (the validation mechanism
 * does it, not each type). Failed before the fix.
 */
class NonFiniteNumbersTest {

  private static final double[] NOT_FINITE = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

  private static List<String> rules(InvalidValueException e) {
    return e.violations().stream().map(v -> v.type() + "." + v.path() + ":" + v.rule()).toList();
  }

  @Test
  void aCoordinateThatIsNotANumberIsOneErrorThatSaysSo() {
    for (double bad : NOT_FINITE) {
      InvalidValueException latitude = assertThrows(InvalidValueException.class, () -> GeoPoint.coarse(bad, 5));
      assertEquals(List.of("GeoPoint.latitude:finite"), rules(latitude), String.valueOf(bad));
      assertEquals("invalid value (1): GeoPoint.latitude: must be a finite number", latitude.getMessage());
      assertEquals("ongeldige waarde (1): GeoPoint.latitude: moet een eindig getal zijn",
          latitude.message(Locale.forLanguageTag("nl")));
      assertEquals(List.of("GeoPoint.latitude:finite", "GeoPoint.longitude:finite"),
          rules(assertThrows(InvalidValueException.class, () -> GeoPoint.of(bad, bad))));
    }
  }

  @Test
  void theOtherNumbersOfTheModelFollowTheSameRule() {
    for (double bad : NOT_FINITE) {
      assertEquals(List.of("CirclePolicy.maxDependentShare:finite"), rules(assertThrows(InvalidValueException.class,
          () -> CirclePolicy.builder().maxDependentShare(bad).build())), String.valueOf(bad));
    }
  }

  @Test
  void aFiniteNumberOutOfRangeStillSaysItsRange() {
    assertEquals(List.of("GeoPoint.latitude:DecimalMax"),
        rules(assertThrows(InvalidValueException.class, () -> GeoPoint.of(90.5, 5))));
  }
}
