package nl.voorzorgcirkel.coordination.callsheet;

import static java.nio.charset.StandardCharsets.UTF_8;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.voorzorgcirkel.coordination.internal.Phrases;
import nl.voorzorgcirkel.coordination.internal.Problems;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.core.csv.SpreadsheetCells;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * One connector's call sheet: the calls they are to make, in the order they were put on the sheet
 * (then by request and member id), printable and as CSV.
 *
 * <p>The printed sheet and the CSV hold the names and phone numbers of the members to call, from
 * the circle: that is what a call sheet is for. {@code toString()} holds neither.
 *
 * <p>The CSV comes in two forms. The <b>spreadsheet form</b> ({@link #writeCsv(Circle, ZoneId,
 * Locale, Writer)} and the one with a separator), for a connector who opens it in Excel or the
 * like: it starts with a byte-order mark, and cells that a spreadsheet would read as a formula
 * (starting with {@code = + - @}, a tab or a carriage return; phone numbers such as {@code +31 6
 * 12345678} too, which Excel would compute) are written with a leading apostrophe ({@link
 * nl.voorzorgcirkel.core.csv.SpreadsheetCells}), and so are phone numbers a spreadsheet would read
 * as a number ({@code 0612345678}, which would lose its leading 0). The <b>systems form</b>
 * ({@link #writeCsv(Circle, Writer)}), for programs: no byte-order mark and every value as it is
 * ({@code +31 6 12345678}), quoted by the CSV rules where it holds a separator, a quote or a line
 * end, so a program reads back exactly the value stored; it is not for spreadsheets, which may run
 * a cell of it as a formula. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CallSheet {

  /**
   * The CSV columns, in order: the same names in every language, for systems; a connector reads
   * the labels in {@code purpose}, {@code outcomes} (what may be recorded on the call) and {@code
   * outcome}, a system the constants in {@code purpose_code}, {@code outcome_code} and {@code
   * outcome_codes}.
   */
  public static final List<String> CSV_COLUMNS = List.of(
      "connector", "request", "purpose", "round", "asked_at", "member", "name", "phone", "question", "outcomes",
      "outcome", "recorded_at", "purpose_code", "outcome_code", "outcome_codes");

  private static final Comparator<CallEntry> ORDER = Comparator.comparing(CallEntry::askedAt)
      .thenComparing(CallEntry::request)
      .thenComparing(CallEntry::member);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MemberId connector;
  private final List<CallEntry> entries;

  private CallSheet(MemberId connector, List<CallEntry> entries) {
    this.connector = connector;
    this.entries = entries;
  }

  /**
   * The sheet of one connector: the entries given that are theirs.
   *
   * @param connector the connector, not null
   * @param entries calls of any connectors (from one or many ask plans), not null, no null
   *     elements; the others' are left out
   * @return the sheet
   */
  public static CallSheet of(MemberId connector, Collection<CallEntry> entries) {
    Objects.requireNonNull(connector, "connector");
    List<CallEntry> mine = new ArrayList<>();
    for (CallEntry entry : entries) {
      if (Objects.requireNonNull(entry, "entry").connector().equals(connector)) {
        mine.add(entry);
      }
    }
    mine.sort(ORDER);
    return new CallSheet(connector, List.copyOf(mine));
  }

  /**
   * The connector whose sheet this is.
   *
   * @return the connector's id, never null
   */
  public MemberId connector() {
    return connector;
  }

  /**
   * The calls, in order.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<CallEntry> entries() {
    return entries;
  }

  /**
   * The calls still to make or to make again (not reached yet).
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<CallEntry> open() {
    return entries.stream().filter(CallEntry::isOpen).toList();
  }

  /**
   * The sheet as text to print: a title, then per call the member's name and phone number, when
   * it was put on the sheet, the question to read out and the outcomes it offers to tick ({@link
   * CallEntry#outcomes()}: the answers of a question, "Answer: [ ] yes [ ] no [ ] no answer [ ]
   * voicemail"; the result of a notice, "Result: [ ] told [ ] no answer [ ] voicemail"), or the
   * outcome recorded, and for a call to make again (no answer, voicemail) the boxes once more.
   *
   * @param circle the circle, for the members' names and phone numbers; not null
   * @param zone the zone for the times, not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the text with line feeds, never null
   */
  public String print(Circle circle, ZoneId zone, Locale locale) {
    Objects.requireNonNull(circle, "circle");
    Objects.requireNonNull(zone, "zone");
    StringBuilder out = new StringBuilder();
    out.append(Phrases.format("callSheet.title", locale, Map.of("connector", name(circle, connector)))).append('\n');
    if (entries.isEmpty()) {
      return out.append(Phrases.format("callSheet.empty", locale, Map.of())).append('\n').toString();
    }
    int n = 0;
    for (CallEntry entry : entries) {
      out.append('\n').append(++n).append(". ")
          .append(Phrases.format("callSheet.call", locale,
              Map.of("name", name(circle, entry.member()), "phone", phone(circle, entry.member(), locale))))
          .append("  (").append(entry.request()).append(", ")
          .append(TIME.format(entry.askedAt().atZone(zone))).append(")\n")
          .append("   ").append(entry.question()).append('\n');
      entry.outcome().ifPresent(o -> out.append("   ")
          .append(Phrases.format("callSheet.recorded", locale, Map.of("outcome", o.label(locale)))).append('\n'));
      if (entry.isOpen()) {
        out.append("   ").append(tick(entry, locale)).append('\n');
      }
    }
    return out.toString();
  }

  /** The boxes to tick: the answers of a question, the result of a notice. */
  private static String tick(CallEntry entry, Locale locale) {
    List<String> boxes = new ArrayList<>();
    for (CallOutcome outcome : entry.outcomes()) {
      boxes.add("[ ] " + outcome.label(locale));
    }
    return Phrases.format(entry.isQuestion() ? "callSheet.answer" : "callSheet.result", locale,
        Map.of("outcomes", String.join("  ", boxes)));
  }

  /**
   * Writes the sheet as CSV for systems, not for spreadsheets: the columns and rows of {@link
   * #writeCsv(Circle, ZoneId, Locale, char, Writer)} with {@code ZoneOffset.UTC}, English and
   * commas (times such as {@code 2026-12-03T22:00Z}, English labels next to the codes), but with
   * no byte-order mark and every value as it is: no apostrophe before a phone number ({@code +31 6
   * 12345678}) or any other cell. Values are quoted by the CSV rules (RFC 4180) where they hold a
   * comma, a quote or a line end, so a program reads back exactly what is stored; a spreadsheet
   * opening this form may run a cell as a formula: give people the spreadsheet form.
   *
   * @param circle the circle, for the members' names and phone numbers; not null
   * @param out where to write, not null; not closed; any encoding (the text is Unicode), UTF-8
   *     advised
   * @throws UncheckedIOException if writing fails
   */
  public void writeCsv(Circle circle, Writer out) {
    write(circle, ZoneOffset.UTC, Locale.ENGLISH, ',', false, out);
  }

  /**
   * Writes the sheet as CSV for a connector's spreadsheet, as {@link #print} shows it: times in
   * the circle's zone, kinds and outcomes in the sheet's language, and the field separator of the
   * locale's spreadsheets: a semicolon for Dutch (Dutch Excel opens a comma-separated file as one
   * column), a comma otherwise. The spreadsheet form: it starts with a byte-order mark and guards
   * cells with an apostrophe (see the class description).
   *
   * @param circle the circle, for the members' names and phone numbers; not null
   * @param zone the zone for the times, usually the circle's, not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @param out where to write, not null; not closed; must encode UTF-8 (for a file, an {@code
   *     OutputStreamWriter} with {@code StandardCharsets.UTF_8}), since the byte-order mark written
   *     first, the character U+FEFF, tells a spreadsheet that the file is UTF-8: an {@code
   *     OutputStreamWriter} of another encoding is refused before anything is written; of other
   *     writers the encoding cannot be seen, and is the caller's to get right
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException (an {@link
   *     IllegalArgumentException}) in English and Dutch, before anything is written, on field {@code
   *     out} (rule {@code utf8}) for an {@code OutputStreamWriter} that does not encode UTF-8
   * @throws UncheckedIOException if writing fails
   * @since 0.1.0
   */
  public void writeCsv(Circle circle, ZoneId zone, Locale locale, Writer out) {
    Objects.requireNonNull(locale, "locale");
    writeCsv(circle, zone, locale, "nl".equals(locale.getLanguage()) ? ';' : ',', out);
  }

  /**
   * Writes the sheet as CSV for a spreadsheet, with the separator given: first a byte-order mark
   * (the character U+FEFF; Excel reads a UTF-8 file without one as Windows-1252, so that
   * {@code Zoë} shows as {@code ZoÃ«}), then LF line ends, a header row of
   * {@link #CSV_COLUMNS}, then one call a row in the sheet's order. {@code asked_at} and {@code
   * recorded_at} are ISO-8601 times in {@code zone} with their offset, to the minute
   * ({@code 2026-12-03T23:00+01:00}, as the printed sheet's 23:00, and never ambiguous);
   * {@code purpose} and {@code outcome} are labels in the sheet's language ("geen gehoor"), {@code
   * purpose_code} and {@code outcome_code} the constants ({@link Purpose}, {@link CallOutcome}) for
   * systems; an outcome not recorded yet is empty. {@code outcomes} holds the labels of the outcomes
   * the call offers ({@link CallEntry#outcomes()}), separated by {@code " / "} ("doorgegeven / geen
   * gehoor / voicemail"), and {@code outcome_codes} their constants separated by a space ({@code
   * REACHED NO_ANSWER VOICEMAIL}). Cells a spreadsheet would read as a formula or a
   * number are written as text (see the class description). Every reader of this library reads
   * either separator.
   *
   * @param circle the circle, for the members' names and phone numbers; not null
   * @param zone the zone for the times, usually the circle's, not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @param separator {@code ';'} or {@code ','}
   * @param out where to write, not null; not closed; must encode UTF-8, as the byte-order mark says
   *     (an {@code OutputStreamWriter} of another encoding is refused, as in {@link
   *     #writeCsv(Circle, ZoneId, Locale, Writer)})
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException (an {@link
   *     IllegalArgumentException}) in English and Dutch, before anything is written, listing at once:
   *     on field {@code separator} if it is neither (rule {@code oneOf}); on field {@code out} for an
   *     {@code OutputStreamWriter} that does not encode UTF-8 (rule {@code utf8})
   * @throws UncheckedIOException if writing fails
   * @since 0.1.0
   */
  public void writeCsv(Circle circle, ZoneId zone, Locale locale, char separator, Writer out) {
    write(circle, zone, locale, separator, true, out);
  }

  /** The CSV; for a spreadsheet with a byte-order mark and guarded cells, for systems as it is. */
  private void write(Circle circle, ZoneId zone, Locale locale, char separator, boolean forSpreadsheet,
      Writer out) {
    Objects.requireNonNull(circle, "circle");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(out, "out");
    Problems problems = new Problems("CallSheet");
    if (separator != ';' && separator != ',') {
      problems.add("separator", "oneOf", Map.of("codes", "';', ','"));
    }
    if (forSpreadsheet && out instanceof OutputStreamWriter) {
      // the byte-order mark says UTF-8: a writer of another encoding would write '?' and mislead Excel
      // its historical name ("UTF8"), null once closed: then writing fails as for any closed writer
      String encoding = ((OutputStreamWriter) out).getEncoding();
      if (encoding != null && !(Charset.isSupported(encoding) && Charset.forName(encoding).equals(UTF_8))) {
        problems.add("out", "utf8", Map.of("encoding", encoding));
      }
    }
    problems.throwIfAny();
    try {
      if (forSpreadsheet) {
        out.write('\uFEFF');
      }
      UnaryOperator<String> cell = forSpreadsheet ? SpreadsheetCells::defused : UnaryOperator.identity();
      UnaryOperator<String> number = forSpreadsheet ? SpreadsheetCells::asText : UnaryOperator.identity();
      CsvWriter csv = CsvWriter.builder().fieldSeparator(separator).lineDelimiter(LineDelimiter.LF).build(out);
      csv.writeRecord(CSV_COLUMNS);
      for (CallEntry e : entries) {
        csv.writeRecord(cell.apply(connector.value()), cell.apply(e.request().value()),
            Phrases.format("callPurpose." + e.purpose().name(), locale, Map.of()), Integer.toString(e.round()),
            time(e.askedAt(), zone), cell.apply(e.member().value()), cell.apply(name(circle, e.member())),
            number.apply(circle.member(e.member()).flatMap(Member::phoneNumber).orElse("")),
            cell.apply(e.question()),
            String.join(" / ", e.outcomes().stream().map(o -> o.label(locale)).toList()),
            e.outcome().map(o -> o.label(locale)).orElse(""), e.recordedAt().map(t -> time(t, zone)).orElse(""),
            e.purpose().name(), e.outcome().map(Enum::name).orElse(""),
            String.join(" ", e.outcomes().stream().map(Enum::name).toList()));
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the call sheet", e);
    }
  }

  /** The time in the zone with its offset, to the minute unless it has seconds: 2026-12-03T23:00+01:00. */
  private static String time(Instant at, ZoneId zone) {
    return at.atZone(zone).toOffsetDateTime().toString();
  }

  private static String name(Circle circle, MemberId member) {
    return circle.member(member).map(Member::displayName).orElse(member.value());
  }

  private static String phone(Circle circle, MemberId member, Locale locale) {
    Optional<String> phone = circle.member(member).flatMap(Member::phoneNumber);
    return phone.orElseGet(() -> Phrases.format("callSheet.noPhone", locale, Map.of()));
  }

  /**
   * The connector and the number of calls; no names or phone numbers.
   *
   * @return for example {@code "CallSheet{connector=m-1, calls=3, open=2}"}
   */
  @Override
  public String toString() {
    return "CallSheet{connector=" + connector + ", calls=" + entries.size() + ", open=" + open().size() + "}";
  }
}
