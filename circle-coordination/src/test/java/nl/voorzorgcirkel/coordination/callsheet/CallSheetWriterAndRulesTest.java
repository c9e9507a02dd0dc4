package nl.voorzorgcirkel.coordination.callsheet;

import static nl.voorzorgcirkel.coordination.TestCircles.at;
import static nl.voorzorgcirkel.coordination.TestCircles.id;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.coordination.asking.AskPlan;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** User test 16 (L1, L3, L4): the call sheet's CSV and a call's own rules, in English and Dutch. */
class CallSheetWriterAndRulesTest {

  private static final Circle CIRCLE = TestCircles.circle();
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static CallSheet sheet() {
    AskPlan plan = AskPlan.builder(TestCircles.ride().build(), CIRCLE).order(List.of(id(5))).build();
    return CallSheet.of(id(0), plan.advance(at(12, 2, 14, 0)).plan().calls());
  }

  /**
   * L1: failed before the fix: an ISO-8859-1 writer got '?' as its first byte (the byte-order mark
   * it cannot encode) and then the rest, silently.
   */
  @Test
  void theSpreadsheetFormRefusesAWriterThatDoesNotEncodeUtf8BeforeWritingAnything() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer latin = new OutputStreamWriter(bytes, StandardCharsets.ISO_8859_1)) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> sheet().writeCsv(CIRCLE, TestCircles.ZONE, DUTCH, latin));
      assertEquals(List.of("out"), e.violations().stream().map(Violation::path).toList());
      assertEquals("utf8", e.violations().get(0).rule());
      assertTrue(e.getMessage().contains("must encode UTF-8") && e.getMessage().contains("ISO8859_1"),
          e.getMessage());
      assertTrue(e.message(DUTCH).contains("moet UTF-8 coderen"), e.message(DUTCH));
      assertThrows(InvalidValueException.class, () -> sheet().writeCsv(CIRCLE, TestCircles.ZONE, DUTCH, ';', latin));
    }
    assertArrayEquals(new byte[0], bytes.toByteArray(), "nothing written");
    // UTF-8 is written, by any of its names; the systems form takes any encoding
    ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(utf8, "UTF8")) {
      sheet().writeCsv(CIRCLE, TestCircles.ZONE, DUTCH, writer);
    }
    assertEquals((byte) 0xEF, utf8.toByteArray()[0]);
    ByteArrayOutputStream systems = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(systems, StandardCharsets.ISO_8859_1)) {
      sheet().writeCsv(CIRCLE, writer);
    }
    assertTrue(systems.toString(StandardCharsets.ISO_8859_1).startsWith("connector,"));
  }

  /** L3 and L4: a call's rules, all at once, each with its field, in English and Dutch. */
  @Test
  void aCallsRulesAreListedAtOnceWithTheirFields() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> new CallEntry(RequestId.of("r-1"),
        id(5), id(5), Purpose.ASK, -1, Instant.MAX, " ", Optional.empty(), Optional.of(at(12, 2, 14, 0))));
    assertEquals(List.of("round:atLeast", "question:notBlank", "connector:notSelfCall", "askedAt:supportedYears",
        "recordedAt:withOutcome"), e.violations().stream().map(v -> v.path() + ":" + v.rule()).toList());
    assertTrue(e.getMessage().contains("CallEntry.connector: must not be the member called: a connector does not "
        + "call themselves"), e.getMessage());
    assertTrue(e.message(DUTCH).contains("een verbinder belt zichzelf niet"), e.message(DUTCH));
    CallEntry call = sheet().entries().get(0);
    InvalidValueException far = assertThrows(InvalidValueException.class,
        () -> call.withOutcome(CallOutcome.YES, Instant.MAX));
    assertEquals("recordedAt", far.violations().get(0).path());
  }
}
