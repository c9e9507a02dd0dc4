package nl.voorzorgcirkel.core.csv;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
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
import java.util.regex.Pattern;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.ContactChannel;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.Vitality;
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
 * are ignored and listed in {@link ImportResult#ignoredColumns()}.
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>column (English / Dutch)</th><th>required</th><th>value</th></tr>
 *   <tr><td>id / deelnemer-id</td><td>yes</td><td>the member's identifier, unique in the file</td></tr>
 *   <tr><td>name / naam</td><td>yes</td><td>display name</td></tr>
 *   <tr><td>birth year / geboortejaar</td><td>yes</td><td>for example 1948</td></tr>
 *   <tr><td>latitude / breedtegraad</td><td>yes</td><td>degrees; a decimal comma is accepted</td></tr>
 *   <tr><td>longitude / lengtegraad</td><td>yes</td><td>degrees</td></tr>
 *   <tr><td>joined / lid sinds</td><td>yes</td><td>{@code 2025-03-01} or {@code 01-03-2025}</td></tr>
 *   <tr><td>capabilities / hulpaanbod</td><td>no</td><td>capability codes, or their English or
 *       Dutch labels or synonyms in the {@linkplain CapabilityVocabulary#standard() standard
 *       vocabulary}, separated by {@code |} (or by the separator the file does not use); personal
 *       and nursing care cannot be offered</td></tr>
 *   <tr><td>hours per week / uren per week</td><td>no</td><td>capacity in hours, for example 2 or
 *       1,5</td></tr>
 *   <tr><td>vitality / vitaliteit</td><td>no</td><td>vital / vitaal, some limitations / enige
 *       beperkingen, dependent / afhankelijk</td></tr>
 *   <tr><td>role / rol</td><td>no</td><td>member / deelnemer, connector / verbinder</td></tr>
 *   <tr><td>contact / contactkanaal</td><td>no</td><td>group chat / appgroep, phone / telefoon,
 *       through connector / via verbinder</td></tr>
 *   <tr><td>phone / telefoon</td><td>no</td><td>phone number</td></tr>
 *   <tr><td>status</td><td>no</td><td>active / actief, paused / pauze, left / vertrokken</td></tr>
 *   <tr><td>paused until / pauze tot</td><td>with status paused</td><td>a date</td></tr>
 *   <tr><td>avoids / liever niet met</td><td>no</td><td>ids of members this member would rather
 *       not be helped by or be in a circle with, separated like capabilities</td></tr>
 * </table>
 *
 * <p>An empty optional cell takes the model's default. Every bad row is reported with its row
 * number, column and rule (cell values that cannot be read, and every rule of {@link Member} they
 * break), never with the value itself. Thread-safe: stateless.
 *
 * @since 0.1.0
 */
public final class MemberCsv {

  @SuppressWarnings("ImmutableEnumChecker") // the names are an unmodifiable List.of
  private enum Column {
    ID(true, "id", "memberid", "deelnemerid", "deelnemer"),
    NAME(true, "name", "displayname", "naam"),
    BIRTH_YEAR(true, "birthyear", "geboortejaar"),
    LATITUDE(true, "latitude", "lat", "breedtegraad"),
    LONGITUDE(true, "longitude", "lon", "lng", "lengtegraad"),
    JOINED(true, "joined", "lidsinds", "startdatum"),
    CAPABILITIES(false, "capabilities", "offers", "hulpaanbod", "watikkan"),
    HOURS(false, "hoursperweek", "capacity", "urenperweek", "capaciteit"),
    VITALITY(false, "vitality", "vitaliteit"),
    ROLE(false, "role", "rol"),
    CONTACT(false, "contact", "contactchannel", "contactkanaal"),
    PHONE(false, "phone", "telefoon", "telefoonnummer"),
    STATUS(false, "status"),
    PAUSED_UNTIL(false, "pauseduntil", "pauzetot"),
    AVOIDS(false, "avoids", "rathernotwith", "lievernietmet", "vermijdt");

    final boolean required;
    final List<String> names;

    Column(boolean required, String... names) {
      this.required = required;
      this.names = List.of(names);
    }
  }

  /** Day-month-year as Dutch spreadsheets write dates; strict: 31-02-2025 is no date. */
  private static final DateTimeFormatter DUTCH_DATE =
      DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);
  /** A whole number in ASCII digits, as the columns expect; no other script's digits. */
  private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,9}");
  /** A plain decimal with a point or a comma; no exponent, hex, suffix or infinity. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,15}([.,][0-9]{1,30})?");
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
      Role.MEMBER, List.of("member", "deelnemer"),
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
   * the file.
   *
   * @param in the file's bytes, not null; read to the end and closed
   * @param mode what to do with bad rows, not null
   * @return the valid members with their row numbers, and every problem found
   * @throws ImportException if the mode is {@link ImportMode#ALL_OR_NOTHING} and any row is bad,
   *     or in either mode if the file has no usable header
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static ImportResult<Member> read(InputStream in, ImportMode mode) {
    Objects.requireNonNull(mode, "mode");
    try (CsvTable table = CsvTable.open(in)) {
      return read(table, mode);
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
    Objects.requireNonNull(action, "action");
    try (CsvTable table = CsvTable.open(in)) {
      return read(table, (line, member, errors) -> member, action);
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
   * Reads members from a table, parsed or streamed.
   *
   * @param table the file, not null
   * @param mode what to do with bad rows, not null
   * @return the valid members with their row numbers, and every problem found
   * @throws ImportException as {@link #read(InputStream, ImportMode)}
   */
  public static ImportResult<Member> read(CsvTable table, ImportMode mode) {
    return read(table, mode, (line, member, errors) -> member);
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
  }

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
    Objects.requireNonNull(mode, "mode");
    List<ImportResult.Row<T>> rows = new ArrayList<>();
    ImportResult<T> result = read(table, extension, rows::add);
    if (mode == ImportMode.ALL_OR_NOTHING && !result.errors().isEmpty()) {
      throw new ImportException(result.errors());
    }
    return new ImportResult<>(rows, result.errors(), result.ignoredColumns());
  }

  /** The one reading loop: rows go to {@code rows} as they are read. */
  private static <T> ImportResult<T> read(CsvTable table, RowExtension<T> extension,
      Consumer<ImportResult.Row<T>> rows) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(extension, "extension");
    List<RowError> errors = new ArrayList<>();
    int headerRow = table.headerRow();
    Map<Column, Integer> index = new LinkedHashMap<>();
    Map<Column, String> headerName = new HashMap<>();
    List<String> ignored = new ArrayList<>();
    for (int i = 0; i < table.header().size(); i++) {
      String name = table.header().get(i);
      Column column = column(name);
      if (column == null || index.containsKey(column)) {
        ignored.add(name);
      } else {
        index.put(column, i);
        headerName.put(column, name);
      }
    }
    for (Column column : Column.values()) {
      if (column.required && !index.containsKey(column)) {
        errors.add(new RowError(headerRow, column.names.get(0), "missing-column",
            "csv.missing-column", Map.of()));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportException(errors);
    }
    Map<MemberId, Integer> firstRow = new HashMap<>();
    String separators = table.listSeparators();
    table.forEachLine(line -> {
      if (errors.size() >= MAX_ERRORS) {
        return;
      }
      if (line.error().isPresent()) {
        errors.add(line.error().get());
      } else {
        RowReader reader = new RowReader(line, index, headerName, separators);
        Member member = reader.member();
        errors.addAll(reader.errors);
        if (member != null) {
          Integer earlier = firstRow.putIfAbsent(member.id(), line.row());
          if (earlier != null) {
            errors.add(new RowError(line.row(), headerName.get(Column.ID), "duplicate-id",
                "csv.duplicate-id", Map.of("id", member.id().value(), "row", earlier)));
          } else {
            int before = errors.size();
            T value = extension.extend(line, member, errors);
            if (errors.size() == before && value != null) {
              rows.accept(new ImportResult.Row<>(line.row(), value));
            }
          }
        }
      }
      if (errors.size() >= MAX_ERRORS) {
        errors.add(new RowError(line.row(), null, "too-many-errors", "csv.too-many-errors",
            Map.of("max", MAX_ERRORS)));
      }
    });
    return new ImportResult<>(List.of(), errors, ignored);
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
    final List<RowError> errors = new ArrayList<>();

    RowReader(CsvTable.Line line, Map<Column, Integer> index, Map<Column, String> headerName,
        String listSeparators) {
      this.line = line;
      this.index = index;
      this.headerName = headerName;
      this.listSeparators = listSeparators;
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
      Integer year = integer(Column.BIRTH_YEAR, true);
      if (year != null) {
        b.birthYear(year);
      }
      Double lat = decimal(Column.LATITUDE, true);
      Double lon = decimal(Column.LONGITUDE, true);
      LocalDate joined = date(Column.JOINED, true);
      if (joined != null) {
        b.joined(joined);
      }
      String offers = cell(Column.CAPABILITIES);
      if (!offers.isEmpty()) {
        for (String part : parts(offers)) {
          if (part.isBlank()) {
            continue;
          }
          Capability capability = capability(part);
          if (capability == null) {
            problem(Column.CAPABILITIES, "capability");
          } else {
            b.addCapabilities(CapabilityOffer.of(capability));
          }
        }
      }
      Double hours = decimal(Column.HOURS, false);
      if (hours != null) {
        if (hours.isNaN() || hours.isInfinite() || Math.abs(hours) > 1000) {
          problem(Column.HOURS, "number");
        } else {
          b.capacityPerWeek(Duration.ofMinutes(Math.round(hours * 60)));
        }
      }
      word(Column.VITALITY, VITALITY, b::vitality);
      word(Column.ROLE, ROLES, b::role);
      word(Column.CONTACT, CONTACTS, b::contact);
      word(Column.STATUS, STATUSES, b::status);
      LocalDate pausedUntil = date(Column.PAUSED_UNTIL, false);
      if (pausedUntil != null) {
        b.pausedUntil(pausedUntil);
      }
      String avoids = cell(Column.AVOIDS);
      if (!avoids.isEmpty()) {
        for (String part : parts(avoids)) {
          if (part.isBlank()) {
            continue;
          }
          try {
            b.addAvoids(MemberId.of(part.strip()));
          } catch (InvalidValueException e) {
            e.violations().forEach(v -> errors.add(new RowError(line.row(), headerName.get(Column.AVOIDS), v)));
          }
        }
      }
      String phone = cell(Column.PHONE);
      if (!phone.isEmpty()) {
        b.phoneNumber(phone);
      }
      try {
        b.id(MemberId.of(id));
      } catch (InvalidValueException e) {
        e.violations().forEach(v -> errors.add(new RowError(line.row(), headerName.get(Column.ID), v)));
      }
      if (lat != null && lon != null) {
        try {
          b.home(GeoPoint.of(lat, lon));
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
        return errors.isEmpty() ? member : null;
      } catch (InvalidValueException e) {
        for (Violation v : e.violations()) {
          Column blamedColumn = columnOf(v.path());
          String column = blamedColumn == null ? null : headerName.get(blamedColumn);
          if (column == null || !blamed.contains(column)) {
            errors.add(new RowError(line.row(), column, v));
          }
        }
        return null;
      }
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

    private @Nullable Integer integer(Column column, boolean required) {
      String text = present(column, required);
      if (text == null) {
        return null;
      }
      if (!WHOLE.matcher(text).matches()) {
        problem(column, "whole-number");
        return null;
      }
      return Integer.valueOf(text);
    }

    private @Nullable Double decimal(Column column, boolean required) {
      String text = present(column, required);
      if (text == null) {
        return null;
      }
      if (!DECIMAL.matcher(text).matches()) {
        problem(column, "number"); // 52.3d, 0x1p4, 1e3, NaN and Infinity are no numbers here
        return null;
      }
      return Double.valueOf(text.replace(',', '.'));
    }

    private @Nullable LocalDate date(Column column, boolean required) {
      String text = present(column, required);
      if (text == null) {
        return null;
      }
      try {
        return text.length() == 10 && text.charAt(2) == '-' ? LocalDate.parse(text, DUTCH_DATE) : LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        problem(column, "date");
        return null;
      }
    }

    private <E> void word(Column column, Map<String, E> words, java.util.function.Consumer<E> set) {
      String text = cell(column);
      if (text.isEmpty()) {
        return;
      }
      E value = words.get(normal(text));
      if (value == null) {
        problem(column, "choice");
      } else {
        set.accept(value);
      }
    }

    private static @Nullable Capability capability(String text) {
      Optional<Capability> known = CapabilityVocabulary.standard().resolve(text);
      if (known.isPresent()) {
        return known.get();
      }
      try {
        return Capability.of(text.strip().toLowerCase(Locale.ROOT));
      } catch (InvalidValueException e) {
        return null;
      }
    }

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
        case "capabilitiesUnique":
        case "offersOnlyCircleHelp":
          return Column.CAPABILITIES;
        case "joined":
          return Column.JOINED;
        case "pausedUntilOnlyWhenPaused":
          return Column.STATUS;
        case "id":
          return Column.ID;
        case "avoids":
        case "doesNotAvoidThemselves":
          return Column.AVOIDS;
        default:
          return null;
      }
    }
  }
}
