package nl.voorzorgcirkel.coordination.callsheet;

import static nl.voorzorgcirkel.core.csv.SpreadsheetCells.asText;
import static nl.voorzorgcirkel.core.csv.SpreadsheetCells.defused;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.coordination.internal.Phrases;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * One connector's call sheet: the calls they are to make, in the order they were put on the sheet
 * (then by request and member id), printable and as CSV.
 *
 * <p>The printed sheet and the CSV hold the names and phone numbers of the members to call, from
 * the circle: that is what a call sheet is for. {@code toString()} holds neither. CSV cells that a
 * spreadsheet would read as a formula (starting with {@code = + - @}, a tab or a carriage return;
 * phone numbers such as {@code +31 6 12345678} too, which Excel would compute) are written with a
 * leading apostrophe ({@link nl.voorzorgcirkel.core.csv.SpreadsheetCells}), and so are phone numbers
 * a spreadsheet would read as a number ({@code 0612345678}, which would lose its leading 0). Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class CallSheet {

  /** The CSV columns, in order. */
  public static final List<String> CSV_COLUMNS = List.of(
      "connector", "request", "purpose", "round", "asked_at", "member", "name", "phone", "question", "outcome", "recorded_at");

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
   * it was put on the sheet, the question to read out and the answers to tick (or the outcome
   * recorded).
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
    List<String> outcomes = new ArrayList<>();
    for (CallOutcome outcome : CallOutcome.values()) {
      if (outcome.isRecordedByConnector()) {
          outcomes.add("[ ] " + outcome.label(locale));
      }
    }
    String tick = Phrases.format("callSheet.answer", locale, Map.of("outcomes", String.join("  ", outcomes)));
    int n = 0;
    for (CallEntry entry : entries) {
      out.append('\n').append(++n).append(". ")
          .append(Phrases.format("callSheet.call", locale,
              Map.of("name", name(circle, entry.member()), "phone", phone(circle, entry.member(), locale))))
          .append("  (").append(entry.request()).append(", ")
          .append(TIME.format(entry.askedAt().atZone(zone))).append(")\n")
          .append("   ").append(entry.question()).append('\n')
          .append("   ").append(entry.outcome()
              .map(o -> Phrases.format("callSheet.recorded", locale, Map.of("outcome", o.label(locale))))
              .orElse(tick))
          .append('\n');
    }
    return out.toString();
  }

  /**
   * Writes the sheet as CSV (comma-separated, UTF-8 text, LF line ends, a header row of {@link
   * #CSV_COLUMNS}); times in ISO-8601 UTC, the outcome as its constant name or empty.
   *
   * @param circle the circle, for the members' names and phone numbers; not null
   * @param out where to write, not null; not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writeCsv(Circle circle, Writer out) {
    Objects.requireNonNull(circle, "circle");
    Objects.requireNonNull(out, "out");
    try {
      CsvWriter csv = CsvWriter.builder().fieldSeparator(',').lineDelimiter(LineDelimiter.LF).build(out);
      csv.writeRecord(CSV_COLUMNS);
      for (CallEntry e : entries) {
        csv.writeRecord(defused(connector.value()), defused(e.request().value()), e.purpose().name(),
            Integer.toString(e.round()),
            e.askedAt().toString(), defused(e.member().value()), defused(name(circle, e.member())),
            asText(circle.member(e.member()).flatMap(Member::phoneNumber).orElse("")), defused(e.question()),
            e.outcome().map(Enum::name).orElse(""), e.recordedAt().map(Object::toString).orElse(""));
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the call sheet", e);
    }
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
