package nl.voorzorgcirkel.core.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.export.CircleRecords;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The impact report given a circle's own vocabulary adds hours up by the kinds it reads. */
class HelpHoursByOwnVocabularyTest {

  private static ImpactReport report(ImpactReporter reporter) {
    Instant d = ImpactReporterTest.FROM.plus(Duration.ofDays(2));
    CircleHistory history = CircleHistory.of(new CircleRecords(Fixtures.circle(6).build(), HelpLedger.of(List.of(
        HelpRecord.of(ImpactReporterTest.id(0), ImpactReporterTest.id(2), Capability.of("autorit"), d,
            Duration.ofHours(1)),
        HelpRecord.of(ImpactReporterTest.id(1), ImpactReporterTest.id(3), Fixtures.REGIOTAXI,
            d.plus(Duration.ofDays(1)), Duration.ofHours(2)))), ConsentRegister.empty()));
    return reporter.report(List.of(history), ImpactReporterTest.FROM, ImpactReporterTest.TO);
  }

  @Test
  void hoursRecordedInTheCirclesOwnCodeCountForTheKindItNames() {
    // by the standard vocabulary one hour of rides and two of regiotaxi, each suppressed (one recipient)
    ImpactReport standard = report(ImpactReporterTest.K2);
    assertTrue(standard.value(ImpactMeasure.HELP_HOURS, "ride-by-car").isEmpty());
    assertTrue(standard.value(ImpactMeasure.HELP_HOURS, "regiotaxi").isEmpty());
    // before: the same, there being no way to give the circles' vocabulary
    ImpactReport own = report(ImpactReporterTest.K2.withVocabulary(Fixtures.ownVocabulary()));
    assertEquals(3.0, own.value(ImpactMeasure.HELP_HOURS, "ride-by-car").orElseThrow());
    assertEquals(Optional.empty(), own.figure(ImpactMeasure.HELP_HOURS, "regiotaxi"));
  }
}
