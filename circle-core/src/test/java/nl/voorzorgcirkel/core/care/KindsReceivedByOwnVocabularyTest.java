package nl.voorzorgcirkel.core.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Move-to-care given a circle's own vocabulary counts kinds of help received as it reads them. */
class KindsReceivedByOwnVocabularyTest {

  private static final ZoneId ZONE = WeeklyAvailability.DEFAULT_ZONE;
  /** Wednesday 16 December 2026: the complete weeks before are those of 7, 30 Nov and 23 Nov. */
  private static final LocalDate DAY = LocalDate.of(2026, 12, 16);

  /** Three weeks in which m-3 receives half an hour of autorit, regiotaxi and meals. */
  private static HelpLedger weeks() {
    HelpLedger ledger = HelpLedger.empty();
    List<Capability> kinds = List.of(Capability.of("autorit"), Fixtures.REGIOTAXI, Capability.MEALS);
    for (LocalDate monday : List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30),
        LocalDate.of(2026, 12, 7))) {
      for (int d = 0; d < kinds.size(); d++) {
        ledger = ledger.append(HelpRecord.of(MemberId.of("m-1"), MemberId.of("m-3"), kinds.get(d),
            monday.plusDays(d).atTime(10, 0).atZone(ZONE).toInstant(), Duration.ofMinutes(30)));
      }
    }
    return ledger;
  }

  @Test
  void helpRecordedInTheCirclesOwnCodeIsTheKindItNames() {
    MoveToCare standard = MoveToCare.standard();
    assertSame(CapabilityVocabulary.standard(), standard.vocabulary());
    // by the standard vocabulary regiotaxi, autorit and meals are three kinds a week
    assertEquals(List.of(CareReason.KINDS_OF_HELP),
        standard.signals(Fixtures.circle(5).build(), weeks(), DAY, ZONE).get(0).reasons());
    // before: the same signal, there being no way to give the circle's vocabulary
    MoveToCare own = standard.withVocabulary(Fixtures.ownVocabulary());
    assertEquals(List.of(), own.signals(Fixtures.circle(5).build(), weeks(), DAY, ZONE));
    assertSame(Fixtures.ownVocabulary(), own.vocabulary());
    assertSame(standard.thresholds(), own.thresholds());
  }
}
