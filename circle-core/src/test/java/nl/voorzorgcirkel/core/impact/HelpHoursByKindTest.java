package nl.voorzorgcirkel.core.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.export.CircleRecords;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The impact report's hours of help by kind read each record's kind as the standard vocabulary does. */
class HelpHoursByKindTest {

  private static ImpactReport report(Capability first, Capability second) {
    Instant d = ImpactReporterTest.FROM.plus(Duration.ofDays(2));
    List<HelpRecord> records = new ArrayList<>();
    records.add(HelpRecord.of(ImpactReporterTest.id(0), ImpactReporterTest.id(2), first, d, Duration.ofHours(1)));
    records.add(HelpRecord.of(ImpactReporterTest.id(1), ImpactReporterTest.id(3), second, d.plus(Duration.ofDays(1)),
        Duration.ofHours(2)));
    CircleHistory history = CircleHistory.of(new CircleRecords(Fixtures.circle(6).build(), HelpLedger.of(records),
        ConsentRegister.empty()));
    return ImpactReporterTest.K2.report(List.of(history), ImpactReporterTest.FROM, ImpactReporterTest.TO);
  }

  @Test
  void hoursRecordedAsTwoWordsOfOneKindAreOneFigureOfThatKind() {
    // before: one hour under boodschappen and two under groceries, each suppressed (one recipient)
    ImpactReport r = report(Capability.of("boodschappen"), Capability.of("groceries"));
    assertEquals(3.0, r.value(ImpactMeasure.HELP_HOURS, "groceries-and-errands").orElseThrow());
    assertEquals(Optional.empty(), r.figure(ImpactMeasure.HELP_HOURS, "boodschappen"));
    ImpactFigure groceries = r.figure(ImpactMeasure.HELP_HOURS, "groceries-and-errands").orElseThrow();
    assertEquals("boodschappen en klusjes buiten de deur", ImpactReport.keyLabel(groceries, Locale.forLanguageTag("nl")));
  }

  @Test
  void everyWordGivesTheFiguresOfItsKind() {
    for (Map.Entry<Capability, Capability> word
        : Fixtures.wordsAsCodes(CapabilityVocabulary.standard(), true).entrySet()) {
      assertEquals(report(word.getValue(), Capability.MEALS).figures(), report(word.getKey(), Capability.MEALS).figures(),
          word.getKey() + " as " + word.getValue());
    }
  }
}
