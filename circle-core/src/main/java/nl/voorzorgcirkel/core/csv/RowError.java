package nl.voorzorgcirkel.core.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.i18n.Bilingual;
import nl.voorzorgcirkel.core.i18n.Messages;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * One problem in an imported file: the row (as a spreadsheet shows it, the header being row 1; see
 * {@link #row()}), the column if one is to blame, the rule and a readable message in English or Dutch. Never holds
 * the rejected value.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RowError {

  private final int row;
  private final @Nullable String column;
  private final String rule;
  private final String messageKey;
  private final Map<String, Object> arguments;
  private final @Nullable Violation violation;
  /** The column's name in each language, for a column the file does not have; else null. */
  private final @Nullable Bilingual columnNames;

  RowError(int row, @Nullable String column, String rule, String messageKey, Map<String, ?> arguments) {
    this.row = row;
    this.column = column;
    this.rule = Objects.requireNonNull(rule, "rule");
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.arguments = Map.copyOf(arguments);
    this.violation = null;
    this.columnNames = null;
  }

  private RowError(int row, Bilingual column, String rule, String messageKey, Map<String, ?> arguments) {
    this.row = row;
    this.column = column.english();
    this.rule = rule;
    this.messageKey = messageKey;
    this.arguments = Map.copyOf(arguments);
    this.violation = null;
    this.columnNames = column;
  }

  /**
   * A header that names a column twice (one name twice, or two names of one column): which of the
   * two holds the values cannot be guessed. Shared by {@link CsvTable#column} and {@link MemberCsv}.
   * The cells are named as {@link #headerCell} names them.
   *
   * @param header the header row's cells
   * @param second the index of the second cell naming the column
   * @param first the index of the first
   */
  static RowError ofDuplicateColumn(int headerRow, List<String> header, int second, int first) {
    Map<String, Object> arguments = Map.of("first", headerCell(header, first));
    return namesColumns(header)
        ? new RowError(headerRow, header.get(second), "duplicate-column", "csv.duplicate-column", arguments)
        : new RowError(headerRow, position(second), "duplicate-column", "csv.duplicate-column", arguments);
  }

  /**
   * Whether a header row names columns, so that its cells may be quoted in messages: none of its
   * cells is a number, a date or a phone number (a cell without a letter), as a data row's birth
   * year, coordinates and join date are. A file without its header row makes its first data row
   * the header, and its names and phone numbers must not appear in messages (user test 11).
   */
  static boolean namesColumns(List<String> header) {
    return header.stream().filter(cell -> !cell.isBlank()).allMatch(cell -> cell.codePoints().anyMatch(Character::isLetter));
  }

  /**
   * A header cell as a message names it, in English and Dutch: quoted ("the column 'Lengtegrad'")
   * when the header row {@linkplain #namesColumns names columns}, else by its position ("column 3
   * (C)"), which holds no value of the file. Only cells near a known column name come here.
   */
  static Bilingual headerCell(List<String> header, int index) {
    if (namesColumns(header)) {
      Map<String, Object> name = Map.of("name", header.get(index));
      return new Bilingual(Messages.format("csv.header-named", Locale.ENGLISH, name),
          Messages.format("csv.header-named", DUTCH, name));
    }
    Map<String, Object> at = Map.of("position", index + 1, "letter", spreadsheetLetter(index));
    return new Bilingual(Messages.format("csv.header-at", Locale.ENGLISH, at), Messages.format("csv.header-at", DUTCH, at));
  }

  /** A column by its position and letter, "3 (C)", for the "column ..." of a row's place. */
  private static Bilingual position(int index) {
    String at = (index + 1) + " (" + spreadsheetLetter(index) + ")";
    return new Bilingual(at, at);
  }

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  /** An error about a column the file lacks, named in the reader's language. */
  static RowError ofMissing(int row, Bilingual column, String rule) {
    return new RowError(row, column, rule, "csv." + rule, Map.of());
  }

  /**
   * A model rule broken on a row, blamed on a column the file lacks (a member paused without a
   * "Pauze tot" column), named in the reader's language.
   */
  static RowError ofMissing(int row, Bilingual column, Violation violation) {
    return new RowError(row, column, violation);
  }

  private RowError(int row, Bilingual column, Violation violation) {
    this.row = row;
    this.column = column.english();
    this.rule = ruleOf(violation);
    this.messageKey = "";
    this.arguments = Map.of();
    this.violation = violation;
    this.columnNames = column;
  }

  /**
   * A required column the file lacks, where a header of the file that no column took is one typing
   * error or so away from its names: rule {@code missing-column}, with a "did you mean" that names
   * that cell as {@link #headerCell} does.
   */
  static RowError ofMissingNear(int row, Bilingual column, List<String> header, int near) {
    return new RowError(row, column, "missing-column", "csv.missing-column-near",
        Map.of("header", headerCell(header, near)));
  }

  /**
   * A column without a name in the header row (Excel writes empty header cells) that holds a value
   * on this row: nobody reads it. Named by its position, counted from 1, and its spreadsheet
   * letter, as the file gives it no name.
   */
  static RowError ofUnnamedColumn(int row, int index) {
    return new RowError(row, (String) null, "unnamed-column", "csv.unnamed-column",
        Map.of("position", index + 1, "letter", spreadsheetLetter(index)));
  }

  /** The letters a spreadsheet shows above a column: A for index 0, Z for 25, AA for 26. */
  static String spreadsheetLetter(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  /** A line, or the header, whose bytes are not UTF-8, with the hint to save the file as such. */
  static RowError ofEncodingHint(int row) {
    return new RowError(row, (String) null, "encoding", "csv.encoding-hint", Map.of());
  }

  /**
   * The errors with the first one of rule {@code encoding} given the hint to save the file as CSV
   * UTF-8: once, as every line with a letter outside ASCII of a file in another encoding fails
   * alike; the others keep the short text. Other errors, and their order, are unchanged.
   */
  static List<RowError> withEncodingHint(List<RowError> errors) {
    for (int i = 0; i < errors.size(); i++) {
      RowError error = errors.get(i);
      if (error.rule.equals("encoding")) {
        if (!error.messageKey.equals("csv.encoding-hint")) {
          List<RowError> hinted = new ArrayList<>(errors);
          hinted.set(i, ofEncodingHint(error.row));
          return hinted;
        }
        return errors;
      }
    }
    return errors;
  }

  RowError(int row, @Nullable String column, Violation violation) {
    this.row = row;
    this.column = column;
    this.rule = ruleOf(violation);
    this.messageKey = "";
    this.arguments = Map.of();
    this.violation = violation;
    this.columnNames = null;
  }

  /**
   * The CSV code of a model rule a cell breaks: lower-case words joined by hyphens, as every other
   * rule of a list, never the name of a constraint or a class ({@code Pattern}, {@code Text.name},
   * {@code Member.doesNotAvoidThemselves}), which a program matching on codes would have to know
   * from the library's inside (user test 17). The code of a {@code @Pattern} depends on what the
   * value is: an identifier, a phone number, a postcode. A rule this table does not know
   * (one added to the model later) is written the same way, from its last name
   * ({@code Circle.someRule} becomes {@code some-rule}).
   */
  static String ruleOf(Violation violation) {
    String rule = violation.rule();
    String code = switch (rule) {
      case "NotNull", "NotBlank" -> "required";
      case "Size" -> "length";
      case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Negative", "NegativeOrZero",
          "DurationMin", "DurationMax", "Range" -> "number-range";
      case "finite" -> "number";
      case "Pattern" -> patternCode(violation);
      case "Text.name" -> "name-format";
      case "Text.free" -> "text-format";
      case "Member.birthYearFitsJoined" -> "birth-year";
      case "Member.pausedUntilOnlyWhenPaused" -> "paused-until";
      case "Member.doesNotAvoidThemselves" -> "avoids-self";
      case "Member.offersOnlyCircleHelp" -> "offer-out-of-scope";
      case "Member.capabilitiesUnique" -> "offer-twice";
      case "Address.locatable" -> "address-incomplete";
      default -> null;
    };
    return code != null ? code : hyphenated(rule);
  }

  /**
   * The code of a {@code @Pattern}, by what the value is: an identifier ({@code MemberId}, {@code
   * BuildingId}, ...), a phone number, a capability's code, a postcode.
   */
  private static String patternCode(Violation violation) {
    String field = violation.path().replaceAll("\\[\\d+]", "");
    field = field.substring(field.lastIndexOf('.') + 1);
    if (violation.type().endsWith("Id") && (field.equals("value") || field.isEmpty())) {
      return "id-format";
    }
    return switch (field) {
      case "id", "avoids" -> "id-format";
      case "phoneNumber" -> "phone-format";
      case "postcode" -> "address-postcode";
      case "code" -> "capability-format";
      default -> "format";
    };
  }

  /**
   * A rule's last name in lower-case words joined by hyphens: {@code Circle.oneOfferPerKind} is
   * {@code one-offer-per-kind}; anything but letters is dropped, so the code is always of the form
   * {@code [a-z]+(-[a-z]+)*}.
   */
  static String hyphenated(String rule) {
    String last = rule.substring(rule.lastIndexOf('.') + 1);
    String words = last.replaceAll("([a-z])([A-Z])", "$1-$2").replaceAll("[^A-Za-z]+", "-")
        .toLowerCase(Locale.ROOT).replaceAll("^-+|-+$", "");
    return words.isEmpty() ? "rule" : words;
  }

  /**
   * An item of a cell that lists the ids of other people in the list ({@code Liever niet met},
   * {@code Graag met}) that cannot be an id: rule {@code id-list}. The text says what the column
   * holds (the ids other people have in the list's id column, by its name in the header, separated
   * as the file separates list items) and what an id is: no spaces, as people write a name where
   * an id belongs. It names the item by its place in the cell, never by its value, which may be a
   * person's name.
   *
   * @param table the list, for the name of its id column and its separator; not null
   * @param row the row as a spreadsheet shows it ({@link CsvTable.Line#row()}), 1 or more
   * @param column the list column's header name, or null
   * @param item the item's place in the cell, from 1
   * @param items the number of items in the cell, {@code item} or more
   * @return the error
   * @throws NullPointerException if {@code table} is null
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException (an {@link
   *     IllegalArgumentException}) with rule {@code between}, in English and Dutch, if {@code item}
   *     is less than 1 or more than {@code items}
   * @since 0.1.0
   */
  public static RowError ofIdListItem(CsvTable table, int row, @Nullable String column, int item, int items) {
    Objects.requireNonNull(table, "table");
    Arguments.between(item, 1, Math.max(1, items), "RowError", "item");
    Arguments.between(items, item, Integer.MAX_VALUE, "RowError", "items");
    return idListItem(row, column, item, items, table.delimiter(), MemberCsv.idColumnName(table.header()));
  }

  /**
   * The error of {@link #ofIdListItem} from what a reader knows of its table: the file's field
   * separator (list items are separated by the other one of comma and semicolon, see {@link
   * CsvTable#listSeparators()}) and the id column's name.
   */
  static RowError idListItem(int row, @Nullable String column, int item, int items, char delimiter, String ids) {
    Bilingual separator = delimiter == ','
        ? new Bilingual("semicolons", "puntkomma's")
        : new Bilingual("commas", "komma's");
    return new RowError(row, column, "id-list", "csv.id-list",
        Map.of("item", item, "items", items, "ids", ids, "separator", separator));
  }

  /**
   * An error by one of this library's CSV rules, with its English and Dutch text: {@code
   * required}, {@code whole-number}, {@code number}, {@code date}, {@code choice}, {@code
   * capability}, {@code duplicate-id}, {@code missing-column}, {@code wants-self}; another code is
   * shown as it is.
   *
   * @param row the row as a spreadsheet shows it ({@link CsvTable.Line#row()}), 1 or more
   * @param column the column's header name, or null for the row as a whole
   * @param rule the rule's code, not null
   * @return the error
   */
  public static RowError of(int row, @Nullable String column, String rule) {
    return new RowError(row, column, rule, "csv." + rule, Map.of());
  }

  /**
   * An error by one of this library's CSV rules whose text has placeholders, such as {@code
   * geocoding-failed} with its {@code reason}.
   *
   * @param row the row as a spreadsheet shows it ({@link CsvTable.Line#row()}), 1 or more
   * @param column the column's header name, or null for the row as a whole
   * @param rule the rule's code, not null
   * @param arguments the values of the text's placeholders, not null; never personal data
   * @return the error
   * @since 0.1.0
   */
  public static RowError of(int row, @Nullable String column, String rule, Map<String, ?> arguments) {
    return new RowError(row, column, rule, "csv." + rule, Objects.requireNonNull(arguments, "arguments"));
  }

  /**
   * An error for a model rule a cell's value breaks, with the rule's text and a CSV code of its
   * own ({@link #rule()}: {@code Pattern} of a phone number is {@code phone-format}).
   *
   * @param row the row as a spreadsheet shows it ({@link CsvTable.Line#row()}), 1 or more
   * @param column the column's header name, or null
   * @param violation the broken rule, not null
   * @return the error
   */
  public static RowError of(int row, @Nullable String column, Violation violation) {
    return new RowError(row, column, Objects.requireNonNull(violation, "violation"));
  }

  /**
   * The row as a spreadsheet (Excel, LibreOffice) shows it: the file's records counted from 1, the
   * header row and blank lines included, a line break inside a quoted cell not starting a row; the
   * "row" ("rij") of the message. Not the line of the file where they differ (a note over two
   * lines before it); the readers give that as {@link CsvTable.Line#line()}.
   *
   * @return 1 or more
   */
  public int row() {
    return row;
  }

  /**
   * The column to blame, by its name in the file's header; for a column the file lacks, its
   * English name (the messages name it in the reader's language); for a header cell of a row that
   * does not name columns (a file without its header row), its position and letter, {@code "3 (C)"}.
   *
   * @return the column, or empty for a problem with the row as a whole
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /**
   * A stable code of the rule, for example {@code "number"}, {@code "missing-column"} or {@code
   * "phone-format"}: lower-case letters, words joined by single hyphens ({@code [a-z]+(-[a-z]+)*}),
   * also for a rule of the model a cell breaks ({@code Member}'s rule of the birth year is {@code
   * birth-year}, a name that would run as a spreadsheet formula {@code name-format}); never the name
   * of a Java class or constraint. The README's table of a sign-up list's rules lists them; the
   * message says the same in words.
   *
   * @return the code, never null
   */
  public String rule() {
    return rule;
  }

  /**
   * The problem in the reader's language.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return for example {@code "row 7, column geboortejaar: must be a whole number"}
   */
  public String message(Locale locale) {
    Object named = columnNames != null ? columnNames : column;
    String where = named == null
        ? Messages.format("csv.row", locale, Map.of("row", row))
        : Messages.format("csv.rowColumn", locale, Map.of("row", row, "column", named));
    Violation broken = violation;
    return where + ": " + (broken != null
        ? broken.ruleMessage(locale)
        : Messages.format(messageKey, locale, arguments));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RowError rowError
        && rowError.row == row
        && Objects.equals(rowError.column, column)
        && rowError.rule.equals(rule)
        && rowError.messageKey.equals(messageKey)
        && rowError.arguments.equals(arguments)
        && Objects.equals(rowError.violation, violation)
        && Objects.equals(rowError.columnNames, columnNames);
  }

  @Override
  public int hashCode() {
    return Objects.hash(row, column, rule, messageKey, arguments, violation);
  }

  /**
   * The English message.
   *
   * @return same as {@code message(Locale.ENGLISH)}
   */
  @Override
  public String toString() {
    return message(Locale.ENGLISH);
  }
}
