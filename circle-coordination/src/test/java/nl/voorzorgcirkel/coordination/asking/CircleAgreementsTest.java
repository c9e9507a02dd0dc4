package nl.voorzorgcirkel.coordination.asking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import org.junit.jupiter.api.Test;

class CircleAgreementsTest {

  @Test
  void everyBrokenAgreementIsNamedAtOnceInEnglishAndDutch() {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> CircleAgreements.builder()
        .notificationBudget(0).answerTimeout(Duration.ofMinutes(4)).urgentAnswerTimeout(Duration.ofMinutes(10))
        .maxAsksPerMemberPerWeek(101).build());
    assertEquals(List.of("answerTimeout", "maxAsksPerMemberPerWeek", "notificationBudget", "urgentAnswerTimeout"),
        refused.violations().stream().map(Violation::path).sorted().toList());
    assertEquals("CircleAgreements.notificationBudget: moet tussen 1 en 20 liggen",
        refused.violations().stream().filter(v -> v.path().equals("notificationBudget")).findFirst().orElseThrow()
            .message(Locale.forLanguageTag("nl")));
    assertEquals(CircleAgreements.standard(), CircleAgreements.standard().toBuilder().build());
    CircleAgreements edge = CircleAgreements.builder().notificationBudget(20).maxAsksPerMemberPerWeek(1)
        .answerTimeout(Duration.ofDays(7)).urgentAnswerTimeout(Duration.ofMinutes(5)).build();
    assertEquals(20, edge.notificationBudget());
  }
}
