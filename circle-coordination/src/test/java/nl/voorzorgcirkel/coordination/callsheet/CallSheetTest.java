package nl.voorzorgcirkel.coordination.callsheet;

import static nl.voorzorgcirkel.coordination.TestCircles.at;
import static nl.voorzorgcirkel.coordination.TestCircles.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.coordination.asking.AskPlan;
import nl.voorzorgcirkel.coordination.asking.AskStep;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.core.csv.CsvTable;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import org.junit.jupiter.api.Test;

class CallSheetTest {

  private static final Circle CIRCLE = TestCircles.circle();

  private static List<CallEntry> calls() {
    AskPlan plan = AskPlan.builder(TestCircles.ride().build(), CIRCLE).order(List.of(id(5), id(6), id(2))).build();
    AskStep step = plan.advance(at(12, 2, 14, 0));
    return step.plan().recordCall(at(12, 2, 14, 20), id(6), CallOutcome.NO_ANSWER).plan().calls();
  }

  @Test
  void eachConnectorSeesOnlyTheirCallsPrintedWithNameNumberQuestionAndAnswersToTick() {
    List<CallEntry> calls = calls();
    CallSheet first = CallSheet.of(id(0), calls);
    CallSheet second = CallSheet.of(id(1), calls);
    assertEquals(List.of(id(5)), first.entries().stream().map(CallEntry::member).toList());
    assertEquals(List.of(id(6)), second.entries().stream().map(CallEntry::member).toList());
    assertEquals("""
        Bellijst van Anna Jansen

        1. Bel Frans Mulder, 06-12345675  (r-ride, 2026-12-02 14:00)
           Kunt u donderdagochtend iemand met de auto rijden? Antwoord met ja of nee.
           Antwoord: [ ] ja  [ ] nee  [ ] geen gehoor  [ ] voicemail
        """, first.print(CIRCLE, TestCircles.ZONE, Locale.forLanguageTag("nl")));
    assertTrue(second.print(CIRCLE, TestCircles.ZONE, Locale.ENGLISH).contains("   Recorded: no answer\n"));
    assertEquals(1, second.open().size(), "no answer: call again");
    assertEquals("CallSheet{connector=m-0, calls=1, open=1}", first.toString());
    assertEquals("Geen telefoontjes.\n", CallSheet.of(id(3), calls).print(CIRCLE, TestCircles.ZONE,
        Locale.forLanguageTag("nl")).lines().skip(1).findFirst().orElseThrow() + "\n");
  }

  @Test
  void theCsvReadsBackWithItsHeaderAndNoFormulaReachesASpreadsheet() throws Exception {
    Circle hostile = CIRCLE.withMember(CIRCLE.member(id(5)).orElseThrow().toBuilder()
        .phoneNumber("+31 6 12345678").build()); // the model refuses names that start a formula
    StringWriter out = new StringWriter();
    CallSheet.of(id(0), calls()).writeCsv(hostile, TestCircles.ZONE, Locale.ENGLISH, out);
    List<CsvRecord> rows;
    assertTrue(out.toString().startsWith("\uFEFF"));
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(out.toString().substring(1))) {
      rows = reader.stream().toList();
    }
    assertEquals(CallSheet.CSV_COLUMNS, rows.get(0).getFields());
    assertEquals(2, rows.size());
    List<String> row = rows.get(1).getFields();
    assertEquals("m-0", row.get(0));
    assertEquals("r-ride", row.get(1));
    assertEquals("ask for help", row.get(2));
    assertEquals("ASK", row.get(12));
    assertEquals("1", row.get(3));
    assertEquals("Frans Mulder", row.get(6));
    assertEquals("'+31 6 12345678", row.get(7)); // Excel would compute +31 6 ... (#NULL!)
    assertEquals("yes / no / no answer / voicemail", row.get(9));
    assertEquals("", row.get(10));
    assertEquals("", row.get(13));
    assertEquals("YES NO NO_ANSWER VOICEMAIL", row.get(14));
    assertFalse(out.toString().contains("\r"));
  }

  @Test
  void aPhoneNumberASpreadsheetWouldReadAsANumberKeepsItsLeadingZero() throws Exception {
    // user test 6, J4: opened in a spreadsheet, 0612345678 became the number 612345678
    Circle circle = CIRCLE.withMember(CIRCLE.member(id(5)).orElseThrow().toBuilder()
        .phoneNumber("0612345678").build());
    StringWriter out = new StringWriter();
    CallSheet.of(id(0), calls()).writeCsv(circle, TestCircles.ZONE, Locale.ENGLISH, out);
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(out.toString().substring(1))) {
      assertEquals("'0612345678", reader.stream().toList().get(1).getFields().get(7));
    }
  }

  @Test
  void anEntryKeepsItsRules() {
    RequestId r = RequestId.of("r-1");
    assertThrows(IllegalArgumentException.class,
        () -> CallEntry.open(r, id(1), id(1), Purpose.ASK, 1, at(12, 2, 9, 0), "Vraag?"));
    assertThrows(IllegalArgumentException.class,
        () -> CallEntry.open(r, id(2), id(1), Purpose.ASK, -1, at(12, 2, 9, 0), "Vraag?"));
    CallEntry entry = CallEntry.open(r, id(2), id(1), Purpose.ASK, 1, at(12, 2, 9, 0), "Vraag?");
    assertThrows(IllegalArgumentException.class, () -> entry.withOutcome(CallOutcome.YES, at(12, 2, 8, 0)));
    assertFalse(entry.withOutcome(CallOutcome.NO, at(12, 2, 9, 5)).isOpen());
    assertFalse(entry.withOutcome(CallOutcome.CANCELLED, at(12, 2, 9, 5)).isOpen());
    assertTrue(entry.withOutcome(CallOutcome.VOICEMAIL, at(12, 2, 9, 5)).isOpen());
  }

  /**
   * User test 14, L4: the sheet offered to connectors came as commas (one column in Dutch Excel),
   * times in UTC ({@code 22:00Z} where the printed sheet says 23:00) and constants ({@code
   * NOT_FOUND}, {@code CANCELLED}) next to Dutch text. For a Dutch connector: semicolons, the
   * circle's time with its offset, the kind and outcome in Dutch, the codes in their own columns.
   */
  @Test
  void aDutchConnectorsCsvHasSemicolonsTheirTimesAndDutchWordsWithTheCodesBeside() throws Exception {
    CallEntry late = CallEntry.open(RequestId.of("r-late"), id(5), id(0), Purpose.NOT_FOUND, 1,
        at(12, 3, 23, 0), "Niemand gevonden; wat nu?").withOutcome(CallOutcome.CANCELLED, at(12, 4, 0, 0));
    CallSheet sheet = CallSheet.of(id(0), List.of(late));
    Locale dutch = Locale.forLanguageTag("nl");
    assertTrue(sheet.print(CIRCLE, TestCircles.ZONE, dutch).contains("(r-late, 2026-12-03 23:00)"));
    StringWriter out = new StringWriter();
    sheet.writeCsv(CIRCLE, TestCircles.ZONE, dutch, out);
    String text = out.toString();
    assertTrue(text.startsWith("\uFEFF" + String.join(";", CallSheet.CSV_COLUMNS) + "\n"), text);
    // the library's own reader takes it as it is: the separator found, the cells whole
    CsvTable table = CsvTable.parse(text.getBytes(StandardCharsets.UTF_8));
    assertEquals(';', table.delimiter());
    List<String> row = new ArrayList<>();
    table.forEachLine(line -> row.addAll(line.fields()));
    assertEquals(CallSheet.CSV_COLUMNS.size(), row.size(), row.toString());
    assertEquals("niemand gevonden", row.get(2));
    assertEquals("2026-12-03T23:00+01:00", row.get(4)); // as printed, and still one instant
    assertEquals("Niemand gevonden; wat nu?", row.get(8));
    assertEquals("doorgegeven / geen gehoor / voicemail", row.get(9));
    assertEquals("vervallen", row.get(10));
    assertEquals("2026-12-04T00:00+01:00", row.get(11));
    assertEquals("NOT_FOUND", row.get(12));
    assertEquals("CANCELLED", row.get(13));
    assertEquals("REACHED NO_ANSWER VOICEMAIL", row.get(14));
    assertEquals(late.askedAt(), OffsetDateTime.parse(row.get(4)).toInstant());

    // in English: commas and English words; a separator asked for is used; for systems, UTC
    StringWriter english = new StringWriter();
    sheet.writeCsv(CIRCLE, TestCircles.ZONE, Locale.ENGLISH, english);
    assertTrue(english.toString().contains(",nobody found,1,2026-12-03T23:00+01:00,"), english.toString());
    assertTrue(english.toString().contains(",told / no answer / voicemail,cancelled,2026-12-04T00:00+01:00,NOT_FOUND,"
        + "CANCELLED,REACHED NO_ANSWER VOICEMAIL\n"), english.toString());
    StringWriter semicolons = new StringWriter();
    sheet.writeCsv(CIRCLE, TestCircles.ZONE, Locale.ENGLISH, ';', semicolons);
    assertTrue(semicolons.toString().contains(";nobody found;"), semicolons.toString());
    StringWriter systems = new StringWriter();
    sheet.writeCsv(CIRCLE, systems);
    assertTrue(systems.toString().contains(",2026-12-03T22:00Z,"), systems.toString());
    IllegalArgumentException tab = assertThrows(IllegalArgumentException.class,
        () -> sheet.writeCsv(CIRCLE, TestCircles.ZONE, dutch, '\t', new StringWriter()));
    assertEquals("invalid value (1): CallSheet.separator: must be one of ';', ','", tab.getMessage());
  }

  /**
   * User test 15, M2 and L5: the locale form is for a connector's spreadsheet, so it starts with a
   * byte-order mark (Excel reads UTF-8 without one as Windows-1252: Zoë became ZoÃ«) and guards
   * cells with an apostrophe; the systems form is for programs, so it has neither: a system reading
   * {@code '+31 6 12345678} would take the apostrophe for part of the number.
   */
  @Test
  void theSpreadsheetFormStartsWithAByteOrderMarkAndGuardsCellsTheSystemsFormWritesValuesAsTheyAre()
      throws Exception {
    Circle circle = CIRCLE.withMember(CIRCLE.member(id(5)).orElseThrow().toBuilder()
        .displayName("Zoë Mulder").phoneNumber("+31 6 12345679").build());
    CallSheet sheet = CallSheet.of(id(0), calls());
    for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
      StringWriter out = new StringWriter();
      sheet.writeCsv(circle, TestCircles.ZONE, locale, out);
      byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
      assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 'c'),
          List.of(bytes[0], bytes[1], bytes[2], bytes[3]), locale + ": the UTF-8 byte-order mark, then the header");
      assertTrue(out.toString().contains("Zoë Mulder"));
      assertTrue(out.toString().contains("'+31 6 12345679"), "Excel would compute +31 6 ...: " + out);
      StringWriter separated = new StringWriter();
      sheet.writeCsv(circle, TestCircles.ZONE, locale, ',', separated);
      assertTrue(separated.toString().startsWith("\uFEFFconnector,"), "the separator form is for spreadsheets too");
    }
    StringWriter systems = new StringWriter();
    sheet.writeCsv(circle, systems);
    assertTrue(systems.toString().startsWith("connector,"), "no byte-order mark for systems");
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(systems.toString())) {
      List<String> row = reader.stream().toList().get(1).getFields();
      assertEquals("+31 6 12345679", row.get(7), "the number as it is, for a system to dial");
      assertEquals("Zoë Mulder", row.get(6));
    }
  }

  @Test
  void everyKindOfCallHasALabelInBothLanguages() {
    for (Purpose purpose : Purpose.values()) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
        CallEntry entry = CallEntry.open(RequestId.of("r-1"), id(5), id(0), purpose, 1, at(12, 3, 9, 0), "Vraag?");
        StringWriter out = new StringWriter();
        CallSheet.of(id(0), List.of(entry)).writeCsv(CIRCLE, TestCircles.ZONE, locale, ',', out);
        String label = out.toString().lines().skip(1).findFirst().orElseThrow().split(",")[2];
        assertFalse(label.isBlank() || label.equals(purpose.name()) || label.startsWith("callPurpose"),
            purpose + " " + locale + ": " + label);
      }
    }
  }

  @Test
  void everyOutcomeHasALabelInBothLanguagesAndEachCallOffersItsOwn() {
    for (CallOutcome outcome : CallOutcome.values()) {
      String english = outcome.label(Locale.ENGLISH);
      String dutch = outcome.label(Locale.forLanguageTag("nl"));
      for (String label : List.of(english, dutch)) {
        assertFalse(label.isBlank() || label.startsWith("callOutcome") || label.equals(outcome.name()),
            outcome + ": " + label);
      }
    }
    assertEquals(List.of("told", "doorgegeven"), List.of(CallOutcome.REACHED.label(Locale.ENGLISH),
        CallOutcome.REACHED.label(Locale.forLanguageTag("nl"))));
    // a question offers its answers, a notice that the member was told; the entry refuses the others
    for (Purpose purpose : Purpose.values()) {
      CallEntry entry = CallEntry.open(RequestId.of("r-1"), id(5), id(0), purpose, 1, at(12, 3, 9, 0), "Vraag?");
      boolean question = Set.of(Purpose.ASK, Purpose.REMINDER, Purpose.FEEDBACK).contains(purpose);
      assertEquals(question, entry.isQuestion(), purpose.name());
      for (CallOutcome outcome : CallOutcome.values()) {
        boolean offered = outcome == CallOutcome.NO_ANSWER || outcome == CallOutcome.VOICEMAIL
            || (question ? outcome.isAnswer() : outcome == CallOutcome.REACHED);
        assertEquals(offered, entry.outcomes().contains(outcome), purpose + " " + outcome);
        if (offered || outcome == CallOutcome.CANCELLED) {
          assertEquals(Optional.of(outcome), entry.withOutcome(outcome, at(12, 3, 9, 5)).outcome());
        } else {
          InvalidValueException refused = assertThrows(InvalidValueException.class,
              () -> entry.withOutcome(outcome, at(12, 3, 9, 5)));
          assertEquals(List.of(question ? "outcomeOfQuestion" : "outcomeOfNotice"),
              refused.violations().stream().map(Violation::rule).toList());
        }
      }
    }
  }

  /** User test 14, L2: a notice offered the yes/no boxes of an ask; it offers what a notice can come to. */
  @Test
  void aNoticeOffersToldAndAQuestionItsAnswersOnPaperAndInTheCsv() throws Exception {
    CallEntry ask = CallEntry.open(RequestId.of("r-1"), id(5), id(0), Purpose.ASK, 1, at(12, 3, 9, 0), "Kunt u?");
    CallEntry found = CallEntry.open(RequestId.of("r-2"), id(6), id(0), Purpose.FOUND, 1, at(12, 3, 9, 5),
        "Goed nieuws.");
    CallSheet sheet = CallSheet.of(id(0), List.of(ask, found));
    assertEquals("""
        Call sheet of Anna Jansen

        1. Call Frans Mulder, 06-12345675  (r-1, 2026-12-03 09:00)
           Kunt u?
           Answer: [ ] yes  [ ] no  [ ] no answer  [ ] voicemail

        2. Call Greet de Boer, 06-12345676  (r-2, 2026-12-03 09:05)
           Goed nieuws.
           Result: [ ] told  [ ] no answer  [ ] voicemail
        """, sheet.print(CIRCLE, TestCircles.ZONE, Locale.ENGLISH));
    StringWriter out = new StringWriter();
    sheet.writeCsv(CIRCLE, TestCircles.ZONE, Locale.forLanguageTag("nl"), out);
    CsvTable table = CsvTable.parse(out.toString().getBytes(StandardCharsets.UTF_8));
    List<List<String>> rows = new ArrayList<>();
    table.forEachLine(line -> rows.add(line.fields()));
    int labels = CallSheet.CSV_COLUMNS.indexOf("outcomes");
    int codes = CallSheet.CSV_COLUMNS.indexOf("outcome_codes");
    assertEquals(List.of("ja / nee / geen gehoor / voicemail", "YES NO NO_ANSWER VOICEMAIL"),
        List.of(rows.get(0).get(labels), rows.get(0).get(codes)));
    assertEquals(List.of("doorgegeven / geen gehoor / voicemail", "REACHED NO_ANSWER VOICEMAIL"),
        List.of(rows.get(1).get(labels), rows.get(1).get(codes)));
  }
}
