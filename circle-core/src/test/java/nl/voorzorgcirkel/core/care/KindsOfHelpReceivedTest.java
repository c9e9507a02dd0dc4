package nl.voorzorgcirkel.core.care;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The kinds of help a member received in a week are counted by kind, as the standard vocabulary
 * reads the recorded capabilities: help recorded as {@code boodschappen} and {@code groceries} is
 * one kind, not two.
 */
class KindsOfHelpReceivedTest {

  private static final ZoneId ZONE = WeeklyAvailability.DEFAULT_ZONE;
  /** Wednesday 16 December 2026: the complete weeks before are those of 7, 30 Nov and 23 Nov. */
  private static final LocalDate DAY = LocalDate.of(2026, 12, 16);
  private static final Circle CIRCLE = Fixtures.circle(5).build();

  /** Three weeks in which m-3 receives half an hour of each capability given, on Monday to Wednesday. */
  private static HelpLedger weeks(Capability... kinds) {
    HelpLedger ledger = HelpLedger.empty();
    for (LocalDate monday : List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30),
        LocalDate.of(2026, 12, 7))) {
      for (int d = 0; d < kinds.length; d++) {
        ledger = ledger.append(HelpRecord.of(MemberId.of("m-1"), MemberId.of("m-3"), kinds[d],
            monday.plusDays(d).atTime(10, 0).atZone(ZONE).toInstant(), Duration.ofMinutes(30)));
      }
    }
    return ledger;
  }

  private static List<CareSignal> signals(HelpLedger ledger) {
    return MoveToCare.standard().signals(CIRCLE, ledger, DAY, ZONE);
  }

  @Test
  void twoWordsOfOneKindAreOneKind() {
    // before: boodschappen, groceries and meals were three kinds a week, a signal of KINDS_OF_HELP
    assertEquals(List.of(), signals(weeks(Capability.of("boodschappen"), Capability.of("groceries"), Capability.MEALS)));
    assertEquals(List.of(CareReason.KINDS_OF_HELP), signals(weeks(Capability.of("boodschappen"),
        Capability.of("autorit"), Capability.MEALS)).get(0).reasons(), "three kinds");
  }

  @Test
  void everyWordCountsAsItsKind() {
    for (Map.Entry<Capability, Capability> word
        : Fixtures.wordsAsCodes(CapabilityVocabulary.standard(), true).entrySet()) {
      assertEquals(signals(weeks(word.getValue(), word.getValue(), Capability.SMALL_JOBS)),
          signals(weeks(word.getKey(), word.getValue(), Capability.SMALL_JOBS)), word.getKey() + " as " + word.getValue());
    }
  }
}
