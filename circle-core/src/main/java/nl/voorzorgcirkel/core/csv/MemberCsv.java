package nl.voorzorgcirkel.core.csv;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.voorzorgcirkel.core.i18n.Bilingual;
import nl.voorzorgcirkel.core.internal.NumberCells;
import nl.voorzorgcirkel.core.internal.Spelling;
import nl.voorzorgcirkel.core.internal.YesNo;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.ContactChannel;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpCategory;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.OfferReading;
import nl.voorzorgcirkel.core.model.VocabularyEntry;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.core.scope.ScopePolicies;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Reads members from the CSV file a welfare organisation keeps in a spreadsheet.
 *
 * <p><b>The format.</b> UTF-8 (a byte-order mark is allowed), a header row, then one member per
 * record, as RFC 4180 has it: a quoted field may hold separators, doubled quotes and line breaks
 * (a note over two lines), and lines may end in CR LF, LF or CR (see {@link CsvTable}). Fields are separated by commas or, as Dutch spreadsheets
 * write them, semicolons: whichever the header uses more. Column names are matched without regard
 * to case, spaces, hyphens and underscores, in English or Dutch; columns the reader does not know
 * are ignored and listed in {@link ImportResult#ignoredColumns()}. That includes the columns only a
 * pool of candidates has (the address columns, "Wil verbinder zijn", "Buurt", "Gebouw"; see {@code
 * CandidateCsv} in circle-matching, which geocodes addresses): a member's home comes from the
 * coordinates, or from the {@link HomeReader} of {@link ImportOptions#withHomes}, and a connector
 * is one by the role column.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column (English / Dutch)</th><th>required</th><th>value</th></tr>
 *   <tr><td>id / Nr, deelnemer-id</td><td>yes</td><td>the member's identifier, unique in the file
 *       ({@code duplicate-id}): 1 to 64 letters, digits or {@code . _ : -}, starting with a letter or
 *       digit ({@code id-format}, {@code length})</td></tr>
 *   <tr><td>name / Naam</td><td>yes</td><td>display name, 1 to 100 characters ({@code length}); no
 *       control characters and not starting with {@code = + - @}, which a spreadsheet runs as a
 *       formula ({@code name-format})</td></tr>
 *   <tr><td>birth year / geboortejaar</td><td>yes</td><td>for example 1948; {@value
 *       Member#MIN_AGE_AT_JOINING} to {@value Member#MAX_AGE_AT_JOINING} years before the year of
 *       joining, the rule of {@link Member#birthYear()} (error {@code birth-year})</td></tr>
 *   <tr><td>latitude / breedtegraad</td><td>yes, unless the options {@linkplain
 *       ImportOptions#withHomes find homes} from an address</td><td>degrees; a decimal comma is
 *       accepted; checked as written, then kept rounded to 0.001 degrees (about 100 m) by {@link
 *       GeoPoint#coarse}, as every home this reader makes, also one from a {@link
 *       HomeReader}</td></tr>
 *   <tr><td>longitude / lengtegraad</td><td>yes</td><td>degrees</td></tr>
 *   <tr><td>joined, signed up / Aangemeld op, lid sinds</td><td>yes</td><td>{@code 2025-03-01},
 *       {@code 01-03-2025} or {@code 1-3-2025} (day, month, year); no 31-02-2025 (error {@code
 *       date}, while its year still checks the birth year in the same pass); not after the
 *       day of the import when the options have a {@linkplain ImportOptions#withClock clock}
 *       (error {@code joined-future}; without a clock, as in the standard options, join dates are
 *       not checked against today)</td></tr>
 *   <tr><td>capabilities, can help with / Wil helpen met, hulpaanbod, wat ik kan</td><td>no</td><td>what the member offers in their own words
 *       ({@code "boodschappen doen, autorijden en koken"}), read against the {@linkplain
 *       ImportOptions#vocabulary() vocabulary} by {@link CapabilityVocabulary#readOffers}: codes,
 *       English and Dutch labels and synonyms, in any case, with or without accents, one typing
 *       error corrected in longer words; items separated by {@code , ; / + & |}. Words the
 *       vocabulary does not know are refused or listed for review ({@link OfferMode}); personal and
 *       nursing care, household cleaning and medical help cannot be offered and refuse the row
 *       with the reason</td></tr>
 *   <tr><td>hours per week / uren per week</td><td>no</td><td>capacity in hours, for example 2 or
 *       1,5</td></tr>
 *   <tr><td>vitality / vitaliteit</td><td>no</td><td>vital / vitaal, some limitations / enige
 *       beperkingen, dependent / afhankelijk</td></tr>
 *   <tr><td>role / rol</td><td>no</td><td>member, participant / deelnemer, lid; connector /
 *       verbinder</td></tr>
 *   <tr><td>contact / contactkanaal</td><td>no</td><td>group chat / appgroep, phone / telefoon,
 *       through connector / via verbinder</td></tr>
 *   <tr><td>phone / Telefoon</td><td>no</td><td>phone number, 6 to 20 digits, spaces and {@code + - (
 *       )}, not starting with {@code -} ({@code phone-format}); a member reached by phone or
 *       through a connector without one is kept and listed for review ({@link
 *       ImportResult#reviews()}): the connectors cannot call them</td></tr>
 *   <tr><td>lives alone / Woont alleen</td><td>no</td><td>yes / ja / j / y / x / 1 / true / waar, or
 *       no / nee / n / 0 / false / onwaar, in any case (the words of every yes/no column of this
 *       library's readers)</td></tr>
 *   <tr><td>status</td><td>no</td><td>active / actief, paused / pauze, left / vertrokken</td></tr>
 *   <tr><td>paused until / pauze tot</td><td>with status paused</td><td>a date; given exactly
 *       when the status is paused ({@code paused-until})</td></tr>
 *   <tr><td>avoids / liever niet met</td><td>no</td><td>ids of members this member would rather
 *       not be helped by or be in a circle with, separated like capabilities (by commas in a file whose fields are separated by semicolons, by
 *       semicolons in one separated by commas, or by {@code |}); one way: to keep two
 *       members from helping each other, list each in the other's row. An item that cannot be an id
 *       (a name: an id has no spaces) is an error {@code id-list}, the member's own id {@code
 *       avoids-self}; an id no row of the file has
 *       is kept and listed for review ({@code unknown-id}): most often a typing error</td></tr>
 * </table>
 *
 * <p>A file that is not UTF-8 (Excel's "CSV (gescheiden door lijstscheidingsteken)" is
 * Windows-1252) loses the lines that hold letters outside ASCII, each an error {@code encoding}; the
 * first says to save the file as "CSV UTF-8". A value in a column without a name in the header row
 * is listed for review once per column ({@code unnamed-column}). A row with fewer fields than the
 * header (a truncated row: its missing cells would take the defaults), or with a value beyond the
 * header, is refused with one error {@code field-count} that gives both counts, never a value;
 * empty fields at the end of a line are separators a spreadsheet wrote, and the row is read (see
 * {@link CsvTable}).
 *
 * <p>A header row with more than 1,000 fields, or a name longer than 10,000 characters, is no
 * header ({@code no-header}, saying which limit): no list has that many columns.
 *
 * <p>An empty optional cell takes the model's default. Every bad row is reported with its row
 * number, column and rule (cell values that cannot be read, and every rule of {@link Member} they
 * break), never with the value itself. A rule is a code of lower-case words joined by hyphens
 * ({@link RowError#rule()}), a model rule too ({@code birth-year}, {@code name-format}), never the
 * name of a constraint or class. Thread-safe: stateless.
 *
 * @since 0.1.0
 */
public final class MemberCsv {

  /** The columns, each with its English and Dutch name for messages, then every name it goes by. */
  @SuppressWarnings("ImmutableEnumChecker") // the names are an unmodifiable List.of, the display a record
  private enum Column {
    ID(true, "id", "Nr", "id", "memberid", "deelnemerid", "deelnemer", "nr", "nummer", "volgnummer"),
    NAME(true, "name", "Naam", "name", "displayname", "naam"),
    BIRTH_YEAR(true, "birth year", "Geboortejaar", "birthyear", "geboortejaar"),
    LATITUDE(true, "latitude", "Breedtegraad", "latitude", "lat", "breedtegraad"),
    LONGITUDE(true, "longitude", "Lengtegraad", "longitude", "lon", "lng", "lengtegraad"),
    JOINED(true, "joined", "Aangemeld op", "joined", "signedup", "signedupon", "lidsinds", "startdatum",
        "aangemeldop", "aanmelddatum", "datumaanmelding"),
    CAPABILITIES(false, "capabilities", "Wil helpen met", "capabilities", "offers", "canhelpwith",
        "wantstohelpwith", "hulpaanbod", "watikkan", "wilhelpenmet", "kanhelpenmet", "helpenmet"),
    HOURS(false, "hours per week", "Uren per week", "hoursperweek", "capacity", "urenperweek", "capaciteit"),
    VITALITY(false, "vitality", "Vitaliteit", "vitality", "vitaliteit"),
    ROLE(false, "role", "Rol", "role", "rol"),
    CONTACT(false, "contact", "Contactkanaal", "contact", "contactchannel", "contactkanaal"),
    PHONE(false, "phone", "Telefoon", "phone", "telefoon", "telefoonnummer", "tel"),
    LIVES_ALONE(false, "lives alone", "Woont alleen", "livesalone", "woontalleen", "alleenwonend", "alleenstaand"),
    STATUS(false, "status", "Status", "status"),
    PAUSED_UNTIL(false, "paused until", "Pauze tot", "pauseduntil", "pauzetot"),
    AVOIDS(false, "avoids", "Liever niet met", "avoids", "rathernotwith", "lievernietmet", "vermijdt");

    final boolean required;
    /** The column's name in messages. */
    final Bilingual display;
    final List<String> names;

    Column(boolean required, String english, String dutch, String... names) {
      this.required = required;
      this.display = new Bilingual(english, dutch);
      this.names = List.of(names);
    }
  }

  /** Yes and no as sign-up lists write them: the one list of every reader's yes/no columns. */
  private static final Map<String, Boolean> YES_NO = YesNo.words();

  /** Day-month-year as Dutch spreadsheets write dates: 1-3-2025 or 01-03-2025. */
  private static final DateTimeFormatter DUTCH_DATE =
      DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("[0-9]{1,2}-[0-9]{1,2}-[0-9]{4}");
  /** A date in either accepted form, its year as group 1 or 2: 31-02-2025 has a year, if not a day. */
  private static final Pattern DATE_FORM = Pattern.compile("[0-9]{1,2}-[0-9]{1,2}-([0-9]{4})|([0-9]{4})-[0-9]{2}-[0-9]{2}");
  /**
   * Birth years: the model's range of {@link Member#birthYear()}; a whole number outside it breaks
   * the birth year's rule ({@code birth-year}), not a range of numbers.
   */
  private static final NumberCells.Range BIRTH_YEARS = NumberCells.Range.whole(1, 9999);
  /** Hours per week, in hours: the model's range of {@link Member#capacityPerWeek()}. */
  private static final NumberCells.Range HOURS = NumberCells.Range.decimal(0, Member.MAX_HOURS_PER_WEEK, "hours", "uur");
  /**
   * The most problems an import reports: a file with more is not the list it was meant to be (a
   * wrong separator or column order), and the import stops there, with a last error that says so.
   */
  static final int MAX_ERRORS = 1_000;

  private static final Map<String, Vitality> VITALITY = words(Map.of(
      Vitality.VITAL, List.of("vital", "vitaal"),
      Vitality.SOME_LIMITATIONS, List.of("some limitations", "enige beperkingen", "beperkt"),
      Vitality.DEPENDENT, List.of("dependent", "afhankelijk")));
  private static final Map<String, Role> ROLES = words(Map.of(
      Role.MEMBER, List.of("member", "participant", "deelnemer", "lid"),
      Role.CONNECTOR, List.of("connector", "verbinder")));
  private static final Map<String, ContactChannel> CONTACTS = words(Map.of(
      ContactChannel.GROUP_CHAT, List.of("group chat", "appgroep", "app"),
      ContactChannel.PHONE, List.of("phone", "telefoon"),
      ContactChannel.THROUGH_CONNECTOR, List.of("through connector", "via verbinder")));
  private static final Map<String, MemberStatus> STATUSES = words(Map.of(
      MemberStatus.ACTIVE, List.of("active", "actief"),
      MemberStatus.PAUSED, List.of("paused", "pauze"),
      MemberStatus.LEFT, List.of("left", "vertrokken")));

  private MemberCsv() {}

  /**
   * Reads members from a CSV file, as it streams in: memory grows with the members read, not with
   * the file. With the {@linkplain ImportOptions#standard() standard options}, which have no clock:
   * join dates are not checked against today; give {@link ImportOptions#withClock} to {@link
   * #read(InputStream, ImportMode, ImportOptions)} for that.
   *
   * @param in the file's bytes, not null; read to the end and closed
   * @param mode what to do with bad rows, not null
   * @return the valid members with their row numbers, and every problem found
   * @throws ImportException if the mode is {@link ImportMode#ALL_OR_NOTHING} and any row is bad,
   *     or in either mode if the file has no usable header
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static ImportResult<Member> read(InputStream in, ImportMode mode) {
    return read(in, mode, ImportOptions.standard());
  }

  /**
   * Reads members from a CSV file with options, as it streams in.
   *
   * @param in the file's bytes, not null; read to the end and closed
   * @param mode what to do with bad rows, not null
   * @param options the vocabulary, how unknown offers are treated and how homes are found; not
   *     null
   * @return the valid members with their row numbers, every problem found, and the problems in
   *     rows that were kept
   * @throws ImportException as {@link #read(InputStream, ImportMode)}
   * @throws UncheckedIOException if the stream cannot be read
   * @since 0.1.0
   */
  public static ImportResult<Member> read(InputStream in, ImportMode mode, ImportOptions options) {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(options, "options");
    try (CsvTable table = CsvTable.open(in)) {
      return read(table, mode, options, MEMBERS);
    }
  }

  /**
   * Reads members from a CSV file of any size and hands each valid one to {@code action} as soon
   * as it is read, keeping none: for files too large to hold (a member list of millions). The
   * memory needed is about the ids read so far (to find repeats), whatever the file's size.
   *
   * @param in the file's bytes, not null; read to the end and closed
   * @param action what to do with each valid row, in file order; not null
   * @return the problems found and the ignored columns; its {@link ImportResult#rows()} is empty,
   *     as the rows went to {@code action}
   * @throws ImportException if the file has no usable header
   * @throws UncheckedIOException if the stream cannot be read
   * @since 0.1.0
   */
  public static ImportResult<Member> read(InputStream in, Consumer<ImportResult.Row<Member>> action) {
    return read(in, ImportOptions.standard(), action);
  }

  /**
   * Reads members from a CSV file of any size with options, handing each valid one to {@code
   * action} as soon as it is read, as {@link #read(InputStream, Consumer)} does: for a large list
   * read with a vocabulary of one's own or with the {@linkplain ImportOptions#withClock clock} of
   * the import's day.
   *
   * @param in the file's bytes, not null; read to the end and closed
   * @param options the vocabulary, how unknown offers are treated, how homes are found and the
   *     import's clock; not null
   * @param action what to do with each valid row, in file order; not null
   * @return the problems found, the problems in rows that were kept, and the ignored columns; its
   *     {@link ImportResult#rows()} is empty, as the rows went to {@code action}
   * @throws NullPointerException if an argument is null
   * @throws ImportException if the file has no usable header
   * @throws UncheckedIOException if the stream cannot be read
   * @since 0.1.0
   */
  public static ImportResult<Member> read(InputStream in, ImportOptions options,
      Consumer<ImportResult.Row<Member>> action) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(action, "action");
    try (CsvTable table = CsvTable.open(in)) {
      return read(table, options, MEMBERS, action);
    }
  }

  /**
   * Reads members from a CSV file's bytes.
   *
   * @param bytes the file, not null
   * @param mode what to do with bad rows, not null
   * @return the valid members with their row numbers, and every problem found
   * @throws ImportException as {@link #read(InputStream, ImportMode)}
   */
  public static ImportResult<Member> read(byte[] bytes, ImportMode mode) {
    Objects.requireNonNull(bytes, "bytes");
    return read(new ByteArrayInputStream(bytes), mode);
  }

  /**
   * Reads members from a CSV file's bytes with options, as {@link #read(InputStream, ImportMode,
   * ImportOptions)} reads a stream (the {@code byte[]} form {@code CandidateCsv} has too). Thread-safe:
   * the bytes are not kept or changed.
   *
   * @param bytes the file, not null
   * @param mode what to do with bad rows, not null
   * @param options the vocabulary, how unknown offers are treated and how homes are found; not
   *     null
   * @return the valid members with their row numbers, every problem found, and the problems in
   *     rows that were kept; never null
   * @throws NullPointerException if an argument is null
   * @throws ImportException as {@link #read(InputStream, ImportMode)}
   * @since 0.1.0
   */
  public static ImportResult<Member> read(byte[] bytes, ImportMode mode, ImportOptions options) {
    Objects.requireNonNull(bytes, "bytes");
    return read(new ByteArrayInputStream(bytes), mode, options);
  }

  /**
   * Reads members from a table, parsed or streamed.
   *
   * @param table the file, not null
   * @param mode what to do with bad rows, not null
   * @return the valid members with their row numbers, and every problem found
   * @throws ImportException as {@link #read(InputStream, ImportMode)}
   */
  public static ImportResult<Member> read(CsvTable table, ImportMode mode) {
    return read(table, mode, ImportOptions.standard(), MEMBERS);
  }

  /**
   * What an importer of a list with more columns makes of a row whose member columns were read:
   * for example a candidate for forming circles, from the member and the columns about wishes.
   *
   * @param <T> what a row becomes
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface RowExtension<T> {
    /**
     * Reads the rest of a row.
     *
     * @param line the row, not null
     * @param member the valid member its member columns make, not null
     * @param errors where to add the problems of the other columns, not null
     * @return what the row becomes, or null to leave the row out; ignored if a problem was added
     */
    @Nullable T extend(CsvTable.Line line, Member member, List<RowError> errors);

    /**
     * The ids of other people that a kept row names in this extension's columns ({@code graag
     * met}), by column. Once the whole file is read they are checked as the avoids column is: an
     * id that no row of the file has (good or bad) is kept and listed in {@link
     * ImportResult#reviews()} ({@code unknown-id}, with the column, the row and the item's place in
     * its cell, never the id), so a typing error never loses a wish without a word. By default
     * none.
     *
     * @param value what the row became, not null
     * @return each column's header name with the ids of its cell, in the cell's order (the item
     *     numbers of the review), not null
     * @since 0.1.0
     */
    default Map<String, List<MemberId>> references(T value) {
      return Map.of();
    }
  }

  /** The rows as members, reading no other column. */
  private static final RowExtension<Member> MEMBERS = new RowExtension<>() {
    @Override
    public Member extend(CsvTable.Line line, Member member, List<RowError> errors) {
      return member;
    }
  };

  /**
   * Reads members from a table and makes more of each row, for importers that read more columns
   * of the same file: {@link ImportMode} applies to the problems of all columns.
   *
   * @param table the file, parsed or streamed, not null
   * @param mode what to do with bad rows, not null
   * @param extension what each valid row becomes, not null
   * @param <T> what a row becomes
   * @return the valid rows, and every problem found
   * @throws ImportException as {@link #read(InputStream, ImportMode)}
   * @since 0.1.0
   */
  public static <T> ImportResult<T> read(CsvTable table, ImportMode mode, RowExtension<T> extension) {
    return read(table, mode, ImportOptions.standard(), extension);
  }

  /**
   * Reads members from a table with options and makes more of each row, for importers that read
   * more columns of the same file: {@link ImportMode} applies to the problems of all columns.
   *
   * @param table the file, parsed or streamed, not null
   * @param mode what to do with bad rows, not null
   * @param options the vocabulary, how unknown offers are treated and how homes are found; not
   *     null
   * @param extension what each valid row becomes, not null
   * @param <T> what a row becomes
   * @return the valid rows, every problem found, and the problems in rows that were kept
   * @throws ImportException as {@link #read(InputStream, ImportMode)}
   * @since 0.1.0
   */
  public static <T> ImportResult<T> read(CsvTable table, ImportMode mode, ImportOptions options,
      RowExtension<T> extension) {
    Objects.requireNonNull(mode, "mode");
    List<ImportResult.Row<T>> rows = new ArrayList<>();
    ImportResult<T> result = read(table, options, extension, rows::add);
    if (mode == ImportMode.ALL_OR_NOTHING && !result.errors().isEmpty()) {
      throw new ImportException(result.errors());
    }
    return new ImportResult<>(rows, result.errors(), result.reviews(), result.ignoredColumns());
  }

  /** The one reading loop: rows go to {@code rows} as they are read. */
  private static <T> ImportResult<T> read(CsvTable table, ImportOptions options, RowExtension<T> extension,
      Consumer<ImportResult.Row<T>> rows) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(extension, "extension");
    Offers offers = new Offers(options);
    HomeReader homes = options.homes().orElse(null);
    // the import's day, once for the whole import; none without a clock (no check: see ImportOptions)
    LocalDate today = options.clock().map(LocalDate::now).orElse(null);
    List<RowError> reviews = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    int headerRow = table.headerRow();
    Map<Column, Integer> index = new LinkedHashMap<>();
    Map<Column, String> headerName = new HashMap<>();
    List<String> ignored = new ArrayList<>();
    List<Integer> ignoredAt = new ArrayList<>(); // the indices of the ignored names, for a "did you mean"
    // columns without a name (Excel writes empty header cells after the last one): read by nobody
    List<Integer> unnamed = new ArrayList<>();
    for (int i = 0; i < table.header().size(); i++) {
      String name = table.header().get(i);
      Column column = column(name);
      if (name.isBlank()) {
        unnamed.add(i);
      } else if (column == null) {
        ignored.add(name);
        ignoredAt.add(i);
      } else if (index.containsKey(column)) {
        errors.add(RowError.ofDuplicateColumn(headerRow, table.header(), i, index.get(column)));
      } else {
        index.put(column, i);
        headerName.put(column, name);
      }
    }
    for (Column column : Column.values()) {
      boolean found = homes != null && (column == Column.LATITUDE || column == Column.LONGITUDE);
      if (column.required && !found && !index.containsKey(column)) {
        Optional<Integer> near = ignoredAt.stream()
            .filter(i -> Spelling.nearest(CsvTable.normalName(table.header().get(i)), column.names).isPresent())
            .findFirst();
        errors.add(near.map(i -> RowError.ofMissingNear(headerRow, column.display, table.header(), i))
            .orElseGet(() -> RowError.ofMissing(headerRow, column.display, "missing-column")));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportException(errors);
    }
    Map<MemberId, Integer> firstRow = new HashMap<>();
    // the ids of every row, good or bad, and the wishes of kept rows to check against them at the end
    Set<String> ids = new HashSet<>();
    List<Reference> references = new ArrayList<>();
    Set<Integer> unnamedReported = new HashSet<>();
    String separators = table.listSeparators();
    Integer idColumn = index.get(Column.ID);
    table.forEachLine(line -> {
      if (idColumn != null && !line.cell(idColumn).isEmpty()) {
        ids.add(line.cell(idColumn)); // also after the import stopped: a kept row may name a later one
      }
      if (errors.size() >= MAX_ERRORS) {
        return;
      }
      Optional<RowError> refused = line.error();
      for (int i : unnamed) {
        // once per column: its values are lost on every row, and one word about it is enough
        if (!line.cell(i).isEmpty() && unnamedReported.add(i)) {
          reviews.add(RowError.ofUnnamedColumn(line.row(), i));
        }
      }
      if (refused.isPresent()) {
        errors.add(refused.get());
      } else {
        int rowStart = errors.size();
        RowReader reader = new RowReader(line, index, headerName, separators, table.delimiter(), offers, homes, today);
        Member member = reader.member();
        errors.addAll(reader.errors);
        // every well-formed id counts, whatever else is wrong with its row: a second row with the
        // same id is a duplicate also when the first was refused
        MemberId id = reader.id;
        Integer earlier = id == null ? null : firstRow.putIfAbsent(id, line.row());
        if (id != null && earlier != null) {
          // the row only, never the id: the id column may hold what belongs in another (a name,
          // when the columns were swapped or a separator was lost)
          errors.add(new RowError(line.row(), headerName.get(Column.ID), "duplicate-id", "csv.duplicate-id",
              Map.of("row", earlier)));
        } else if (member != null) {
          int before = errors.size();
          T value = extension.extend(line, member, errors);
          if (errors.size() == before && value != null) {
            rows.accept(new ImportResult.Row<>(line.row(), value));
            reviews.addAll(reader.reviews);
            references.addAll(reader.avoided);
            extension.references(value).forEach((column, named) -> {
              for (int item = 0; item < named.size(); item++) {
                references.add(new Reference(line.row(), column, item + 1, named.size(), named.get(item)));
              }
            });
          }
        }
        // the cell errors of a row with empty fields beyond the header, all of them, give way to
        // the one that says its length (a short row never gets here: it is refused as it is read)
        List<RowError> own = new ArrayList<>(errors.subList(rowStart, errors.size()));
        errors.subList(rowStart, errors.size()).clear();
        errors.addAll(line.orFieldCount(own));
      }
      if (errors.size() >= MAX_ERRORS) {
        errors.add(new RowError(line.row(), null, "too-many-errors", "csv.too-many-errors",
            Map.of("max", MAX_ERRORS)));
      }
    });
    for (Reference wish : references) {
      if (!ids.contains(wish.id().value())) {
        // kept, as the list may be one of several; but most often a typing error that loses the wish
        reviews.add(new RowError(wish.row(), wish.column(), "unknown-id", "csv.unknown-id",
            Map.of("item", wish.item(), "items", wish.items())));
      }
    }
    reviews.sort(Comparator.comparingInt(RowError::row));
    return new ImportResult<>(List.of(), RowError.withEncodingHint(errors), reviews, ignored);
  }

  /**
   * An id of another person in a kept row's cell (avoids, or an extension's column such as wants
   * with): the item's place among the cell's items, for the review.
   */
  private record Reference(int row, @Nullable String column, int item, int items, MemberId id) {}

  /**
   * The id column's name in a header row, as the file writes it, for messages about the columns
   * that list ids ({@link RowError#ofIdListItem}); its Dutch name if the header has none.
   */
  static String idColumnName(List<String> header) {
    for (String name : header) {
      if (column(name) == Column.ID) {
        return name;
      }
    }
    return Column.ID.display.dutch();
  }

  private static @Nullable Column column(String header) {
    String key = CsvTable.normalName(header);
    for (Column column : Column.values()) {
      if (column.names.contains(key)) {
        return column;
      }
    }
    return null;
  }

  private static <E> Map<String, E> words(Map<E, List<String>> byValue) {
    Map<String, E> out = new HashMap<>();
    byValue.forEach((value, list) -> list.forEach(word -> out.put(normal(word), value)));
    return Map.copyOf(out);
  }

  private static String normal(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ").strip();
  }

  /** Reads one line into a member, collecting every problem. */
  private static final class RowReader {
    private final CsvTable.Line line;
    private final Map<Column, Integer> index;
    private final Map<Column, String> headerName;
    private final String listSeparators;
    /** The file's field separator, which list items are not separated by. */
    private final char delimiter;
    private final Offers offers;
    /** Finds the home of a row without coordinates; null if every row must have them. */
    private final @Nullable HomeReader homes;
    /** The import's day, after which nobody can have joined; null if the options have no clock. */
    private final @Nullable LocalDate today;
    final List<RowError> errors = new ArrayList<>();
    /** The row's id once {@link #member()} found it well formed, whatever else is wrong; else null. */
    @Nullable MemberId id;
    /** Problems that keep the row: unknown offers in lenient mode, a phone contact without a number. */
    final List<RowError> reviews = new ArrayList<>();
    /** The ids of the avoids cell, to check once every row's id is known. */
    final List<Reference> avoided = new ArrayList<>();

    RowReader(CsvTable.Line line, Map<Column, Integer> index, Map<Column, String> headerName,
        String listSeparators, char delimiter, Offers offers, @Nullable HomeReader homes, @Nullable LocalDate today) {
      this.line = line;
      this.index = index;
      this.headerName = headerName;
      this.listSeparators = listSeparators;
      this.delimiter = delimiter;
      this.offers = offers;
      this.homes = homes;
      this.today = today;
    }

    private String cell(Column column) {
      Integer i = index.get(column);
      return i == null || i >= line.fields().size() ? "" : line.fields().get(i);
    }

    private void problem(Column column, String rule) {
      errors.add(new RowError(line.row(), headerName.get(column), rule, "csv." + rule, Map.of()));
    }

    @Nullable Member member() {
      Member.Builder b = Member.builder();
      String id = cell(Column.ID);
      String name = cell(Column.NAME);
      if (!name.isEmpty()) {
        b.displayName(name);
      }
      BigDecimal year = number(Column.BIRTH_YEAR, BIRTH_YEARS, true);
      if (year != null) {
        b.birthYear(year.intValueExact());
      }
      HomeReader finder = homes;
      boolean coordinates = finder == null || !cell(Column.LATITUDE).isEmpty() || !cell(Column.LONGITUDE).isEmpty();
      BigDecimal lat = coordinates ? number(Column.LATITUDE, NumberCells.LATITUDE, true) : null;
      BigDecimal lon = coordinates ? number(Column.LONGITUDE, NumberCells.LONGITUDE, true) : null;
      boolean homeReported = false;
      if (finder != null && !coordinates) {
        int before = errors.size();
        GeoPoint home = finder.home(line, errors);
        if (home != null) {
          b.home(coarse(home));
        }
        homeReported = errors.size() > before;
      }
      LocalDate joined = date(Column.JOINED, true);
      if (joined != null) {
        LocalDate day = today;
        if (day != null && joined.isAfter(day)) {
          // the import's day, not the cell's date, in the message
          errors.add(new RowError(line.row(), headerName.get(Column.JOINED), "joined-future", "csv.joined-future",
              Map.of("today", new Bilingual(day.toString(), day.format(DUTCH_DATE)))));
        }
        b.joined(joined); // the other rules are still checked against it
      } else {
        Integer joinedYear = writtenYear(Column.JOINED);
        if (joinedYear != null) {
          // A day its month lacks (31-02-2025), reported as a date error, still has its year: a
          // stand-in on that year lets the birth year's rule, which needs only the year, report in
          // the same pass. Never a member: the row has an error, so no member is returned.
          b.joined(LocalDate.of(joinedYear, 1, 1));
        }
      }
      String offered = cell(Column.CAPABILITIES);
      if (!offered.isEmpty()) {
        offers.read(offered, line.row(), headerName.get(Column.CAPABILITIES), b, errors, reviews);
      }
      BigDecimal hours = number(Column.HOURS, HOURS, false);
      if (hours != null) {
        // in the column's range, so in the model's: to the minute
        b.capacityPerWeek(Duration.ofMinutes(hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP)
            .longValueExact()));
      }
      word(Column.VITALITY, VITALITY, b::vitality);
      word(Column.ROLE, ROLES, b::role);
      word(Column.CONTACT, CONTACTS, b::contact);
      word(Column.STATUS, STATUSES, b::status);
      word(Column.LIVES_ALONE, YES_NO, b::livesAlone);
      LocalDate pausedUntil = date(Column.PAUSED_UNTIL, false);
      if (pausedUntil != null) {
        b.pausedUntil(pausedUntil);
      }
      String avoids = cell(Column.AVOIDS);
      if (!avoids.isEmpty()) {
        List<String> items = new ArrayList<>();
        for (String part : parts(avoids)) {
          if (!part.isBlank()) {
            items.add(part.strip());
          }
        }
        for (int item = 0; item < items.size(); item++) {
          try {
            MemberId other = MemberId.of(items.get(item));
            b.addAvoids(other);
            avoided.add(new Reference(line.row(), headerName.get(Column.AVOIDS), item + 1, items.size(), other));
          } catch (InvalidValueException e) {
            // one error per item, saying what the column holds: a name here is a common mistake
            errors.add(RowError.idListItem(line.row(), headerName.get(Column.AVOIDS), item + 1, items.size(),
                delimiter, Objects.requireNonNullElse(headerName.get(Column.ID), Column.ID.display.dutch())));
          }
        }
      }
      String phone = cell(Column.PHONE);
      if (!phone.isEmpty()) {
        b.phoneNumber(phone);
      }
      try {
        this.id = MemberId.of(id);
        b.id(this.id);
      } catch (InvalidValueException e) {
        e.violations().forEach(v -> errors.add(new RowError(line.row(), headerName.get(Column.ID), v)));
      }
      if (lat != null && lon != null) {
        try {
          b.home(coarse(GeoPoint.of(lat.doubleValue(), lon.doubleValue()))); // checked as written, kept coarse
        } catch (InvalidValueException e) {
          e.violations().forEach(v -> errors.add(new RowError(line.row(),
              headerName.get(v.path().equals("longitude") ? Column.LONGITUDE : Column.LATITUDE), v)));
        }
      }
      // Build even when cells failed, to report every rule the row breaks at once; a column that
      // already has a problem is not reported again.
      Set<String> blamed = new HashSet<>();
      errors.forEach(e -> e.column().ifPresent(blamed::add));
      try {
        Member member = b.build();
        if (errors.isEmpty() && member.contact() != ContactChannel.GROUP_CHAT && member.phoneNumber().isEmpty()) {
          // kept: the number may come later, but until then an ask waits on a call nobody can make
          String column = headerName.get(Column.PHONE);
          reviews.add(new RowError(line.row(), column != null ? column : headerName.get(Column.CONTACT),
              "phone-missing", "csv.phone-missing", Map.of()));
        }
        return errors.isEmpty() ? member : null;
      } catch (InvalidValueException e) {
        for (Violation v : e.violations()) {
          if (v.path().equals("home") && (homeReported || blamed.contains(headerName.get(Column.LATITUDE))
              || blamed.contains(headerName.get(Column.LONGITUDE)))) {
            continue; // the home reader, or the coordinate that could not be read, said why there is none
          }
          Column blamedColumn = columnOf(v.path());
          String column = blamedColumn == null ? null : headerName.get(blamedColumn);
          if (column != null && blamed.contains(column)) {
            continue;
          }
          if (v.rule().equals("Member.birthYearFitsJoined")) {
            // the model's rule (one rule, in Member), in the list's words
            errors.add(birthYear(column));
          } else if (column == null && blamedColumn != null && blamedColumn != Column.LATITUDE) {
            // the column the rule blames, which the file lacks (a pause without "Pauze tot"): named
            errors.add(RowError.ofMissing(line.row(), blamedColumn.display, v));
          } else {
            errors.add(new RowError(line.row(), column, v));
          }
        }
        return null;
      }
    }

    /**
     * A home as it is kept: rounded by {@link GeoPoint#coarse} to 0.001 degrees (about 100 m),
     * however precisely the list or the home reader gave it. A home is personal data, and a
     * member list is often a spreadsheet of exact addresses' coordinates.
     */
    private static GeoPoint coarse(GeoPoint home) {
      return GeoPoint.coarse(home.latitude(), home.longitude());
    }

    /** The items of a list cell, separated by {@code |} or by the separator the file does not use. */
    private String[] parts(String cell) {
      return cell.split(listSeparators);
    }

    /** The cell's text, or null when empty (a problem if the column is required). */
    private @Nullable String present(Column column, boolean required) {
      String text = cell(column);
      if (text.isEmpty()) {
        if (required) {
          problem(column, "required");
        }
        return null;
      }
      return text;
    }

    /**
     * A number cell as {@link NumberCells} reads it: the value in the column's range, or null and
     * one problem (not a number, not whole, or outside the range in the column's unit).
     */
    private @Nullable BigDecimal number(Column column, NumberCells.Range range, boolean required) {
      String text = present(column, required);
      if (text == null) {
        return null;
      }
      NumberCells.Cell read = NumberCells.read(text, range);
      String rule = read.rule();
      if (column == Column.BIRTH_YEAR && "number-range".equals(rule)) {
        // a whole number that is no year of birth (19500, 0): the birth year's own rule, as the
        // README's table names it, not the bounds of the number the model can hold (user test 17)
        errors.add(birthYear(headerName.get(column)));
      } else if (rule != null) {
        errors.add(new RowError(line.row(), headerName.get(column), rule, "csv." + rule, read.arguments()));
      }
      return read.value();
    }

    /** The rule of {@link Member#birthYear()} broken, in the list's words: rule {@code birth-year}. */
    private RowError birthYear(@Nullable String column) {
      return new RowError(line.row(), column, "birth-year", "csv.birth-year",
          Map.of("min", Member.MIN_AGE_AT_JOINING, "max", Member.MAX_AGE_AT_JOINING));
    }

    private @Nullable LocalDate date(Column column, boolean required) {
      String text = present(column, required);
      if (text == null) {
        return null;
      }
      try {
        return DAY_MONTH_YEAR.matcher(text).matches() ? LocalDate.parse(text, DUTCH_DATE) : LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        problem(column, "date");
        return null;
      }
    }

    /**
     * The year of a date cell that has the form of a date but names no day (31-02-2025,
     * 2025-13-01): the part of it the row's other rules can still use; null for an empty cell, a
     * readable date or text that is no date at all.
     */
    private @Nullable Integer writtenYear(Column column) {
      Matcher form = DATE_FORM.matcher(cell(column));
      if (!form.matches()) {
        return null;
      }
      return Integer.valueOf(form.group(1) != null ? form.group(1) : form.group(2));
    }

    private <E> void word(Column column, Map<String, E> words, java.util.function.Consumer<E> set) {
      String text = cell(column);
      if (text.isEmpty()) {
        return;
      }
      E value = words.get(normal(text));
      if (value == null) {
        // the words are the column's, never the cell's
        errors.add(new RowError(line.row(), headerName.get(column), "choice", "csv.choice",
            Map.of("words", String.join(", ", new java.util.TreeSet<>(words.keySet())))));
      } else {
        set.accept(value);
      }
    }

    /**
     * The column of a property a rule of {@link Member} names as its path (a rule that checks two
     * fields names the one it blames: {@code pausedUntil} for the pause's rule), or null.
     */
    private static @Nullable Column columnOf(String path) {
      switch (path.replaceAll("\\[\\d+]", "")) {
        case "displayName":
          return Column.NAME;
        case "birthYear":
          return Column.BIRTH_YEAR;
        case "home":
          return Column.LATITUDE;
        case "phoneNumber":
          return Column.PHONE;
        case "capacityPerWeek":
          return Column.HOURS;
        case "capabilities":
          return Column.CAPABILITIES;
        case "joined":
          return Column.JOINED;
        case "livesAlone":
          return Column.LIVES_ALONE;
        case "pausedUntil":
          return Column.PAUSED_UNTIL;
        case "id":
          return Column.ID;
        case "avoids":
          return Column.AVOIDS;
        default:
          return null;
      }
    }
  }

  /**
   * Reads the offers column against the options' vocabulary: what the vocabulary knows becomes
   * the member's capabilities; what a circle does not give refuses the row with the scope reason;
   * what it does not know is an error or, in lenient mode, a review, with a "did you mean".
   */
  private static final class Offers {
    private final CapabilityVocabulary vocabulary;
    private final OfferMode mode;
    /** The labels of every kind of circle help, for the errors' list of what is known. */
    private final Bilingual known;

    Offers(ImportOptions options) {
      this.vocabulary = options.vocabulary();
      this.mode = options.offers();
      List<String> english = new ArrayList<>();
      List<String> dutch = new ArrayList<>();
      for (VocabularyEntry entry : vocabulary.entries()) {
        if (entry.category().isCircleHelp()) {
          english.add(entry.englishLabel());
          dutch.add(entry.dutchLabel());
        }
      }
      this.known = new Bilingual(String.join(", ", english), String.join(", ", dutch));
    }

    void read(String cell, int row, @Nullable String column, Member.Builder member, List<RowError> errors,
        List<RowError> reviews) {
      OfferReading reading = vocabulary.readOffers(cell);
      for (Capability capability : reading.found()) {
        HelpCategory category = vocabulary.category(capability);
        if (category.isCircleHelp()) {
          member.addCapabilities(CapabilityOffer.of(capability));
        } else {
          ScopeDecision decision = ScopePolicies.decisionFor(category);
          errors.add(new RowError(row, column, "offer-out-of-scope", "csv.offer-out-of-scope", Map.of(
              "offer", label(capability),
              "reason", new Bilingual(decision.reason(Locale.ENGLISH), decision.reason(DUTCH)))));
        }
      }
      for (OfferReading.Unknown unknown : reading.unknown()) {
        List<String> english = new ArrayList<>();
        List<String> dutch = new ArrayList<>();
        for (Capability suggestion : unknown.suggestions()) {
          if (vocabulary.category(suggestion).isCircleHelp()) {
            english.add("'" + vocabulary.label(suggestion, Locale.ENGLISH) + "'");
            dutch.add("'" + vocabulary.label(suggestion, DUTCH) + "'");
          }
        }
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("item", unknown.item());
        arguments.put("items", reading.items());
        arguments.put("known", known);
        String key = "csv.offer-unknown";
        if (!english.isEmpty()) {
          arguments.put("suggestion", new Bilingual(String.join(" or ", english), String.join(" of ", dutch)));
          key = "csv.offer-unknown-suggestion";
        }
        RowError error = new RowError(row, column, "offer-unknown", key, arguments);
        (mode == OfferMode.STRICT ? errors : reviews).add(error);
      }
    }

    private Bilingual label(Capability capability) {
      return new Bilingual(vocabulary.label(capability, Locale.ENGLISH), vocabulary.label(capability, DUTCH));
    }
  }

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
}
