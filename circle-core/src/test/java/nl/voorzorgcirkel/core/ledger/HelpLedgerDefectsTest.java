package nl.voorzorgcirkel.core.ledger;

import static nl.voorzorgcirkel.testing.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The ledger defects of issue 16, each as a test that failed before its fix. */
class HelpLedgerDefectsTest {

  private static final MemberId ANNA = MemberId.of("m-1");
  private static final MemberId BERT = MemberId.of("m-2");

  private static HelpRecord record(String request, Instant start, Duration effort) {
    return HelpRecord.builder().helper(ANNA).recipient(BERT).capability(Capability.MEALS)
        .start(start).effort(effort).request(RequestId.of(request)).build();
  }

  @Test
  void theSameRecordTwiceIsRefusedAndLoadIsNotDoubled() {
    HelpRecord once = HelpRecord.of(ANNA, BERT, Capability.MEALS, NOW, Duration.ofHours(1));
    HelpLedger ledger = HelpLedger.empty().append(once);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> ledger.append(once));
    assertEquals("invalid value (1): HelpLedger.records[1]: the ledger already holds this record",
        e.getMessage());
    assertThrows(InvalidValueException.class, () -> HelpLedger.of(List.of(once, once)));
    assertEquals(Duration.ofHours(1), ledger.givenBy(ANNA, NOW, NOW.plusSeconds(7200)));
  }

  @Test
  void twoRecordsForOneRequestAreRefusedNamingTheRequest() {
    HelpLedger ledger = HelpLedger.empty().append(record("r-7", NOW, Duration.ofHours(1)));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ledger.append(record("r-7", NOW.plusSeconds(60), Duration.ofHours(2))));
    assertTrue(e.getMessage().contains("r-7"), e.getMessage());
    assertTrue(e.message(Locale.forLanguageTag("nl")).contains("r-7"), e.message(Locale.forLanguageTag("nl")));
    // an older ledger, which copies on append, refuses it too
    HelpLedger older = HelpLedger.empty().append(record("r-7", NOW, Duration.ofHours(1)));
    older.append(record("r-8", NOW, Duration.ofHours(1)));
    assertThrows(InvalidValueException.class,
        () -> older.append(record("r-7", NOW.plusSeconds(60), Duration.ofHours(2))));
    assertEquals(2, older.append(record("r-9", NOW, Duration.ofHours(1))).size());
  }

  @Test
  void givenAndReceivedKeepSubSecondEffortAsLoadsDoes() {
    HelpLedger ledger = HelpLedger.empty();
    for (int i = 0; i < 4; i++) {
      ledger = ledger.append(record("r-" + i, NOW.plusSeconds(i), Duration.ofMillis(60_250)));
    }
    Duration expected = Duration.ofMillis(4 * 60_250);
    Instant to = NOW.plusSeconds(3600);
    assertEquals(expected, ledger.loads(NOW, to).get(ANNA));
    assertEquals(expected, ledger.givenBy(ANNA, NOW, to));
    assertEquals(expected, ledger.receivedBy(BERT, NOW, to));
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefusedInEnglishAndDutch() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> HelpLedger.empty().givenBy(ANNA, NOW, NOW.minusSeconds(1)));
    assertTrue(e.message(Locale.forLanguageTag("nl")).contains("HelpLedger.to"), e.getMessage());
  }
}
