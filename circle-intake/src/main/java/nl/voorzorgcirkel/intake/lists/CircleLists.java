package nl.voorzorgcirkel.intake.lists;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.csv.SpreadsheetCells;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.ContactChannel;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.intake.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The lists a circle needs on paper, made from a {@link Circle} (a formed one, or one an
 * organisation already has): a member list for everyone, a phone list for the connectors, and a
 * printable welcome sheet. The lists come as CSV (for a spreadsheet) and HTML (to print); the
 * welcome sheet, a letter, as HTML.
 *
 * <ul>
 *   <li><b>Member list</b>: name, role, how each is reached, and what each offers ("wat ik kan"),
 *       each kind of help once as the {@linkplain Builder#vocabulary vocabulary} reads the offers.
 *       No phone numbers, birth years or vitality: it goes to every member.
 *   <li><b>Phone list</b>: name, phone number, how each is reached, whether to call them (members
 *       without the group chat), and role. For the connectors only, and headed so.
 *   <li><b>Welcome sheet</b>: what a circle is and is not (no personal or nursing care), how to ask
 *       for help, the connectors with their phone numbers, the members with what they offer, and
 *       the circle's agreements. Dutch by default; the text is a Mustache template an
 *       organisation can replace ({@link Builder#welcomeTemplate}).
 * </ul>
 *
 * <p>Lists hold the members in the circle on the given day, by name (Dutch collation, then id).
 * CSV uses the semicolon (what a Dutch spreadsheet expects; a comma on request), CRLF line ends,
 * and in files a byte-order mark so that spreadsheets read accents right; a text cell that a
 * spreadsheet could take for a formula (starting with {@code = + - @}, a tab or a carriage return,
 * phone numbers such as {@code +31 6 12345678} too: Excel would compute them) gets a leading
 * apostrophe ({@link nl.voorzorgcirkel.core.csv.SpreadsheetCells}), and so does a phone number a
 * spreadsheet would read as a number ({@code 0612345678} would lose its leading 0; {@link
 * nl.voorzorgcirkel.core.csv.SpreadsheetCells#asText}).
 * HTML is escaped. The lists hold personal data by design: write them only where the
 * organisation keeps such data. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CircleLists {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final DefaultMustacheFactory MUSTACHE = new DefaultMustacheFactory();
  private static final Mustache LIST = MUSTACHE.compile(new StringReader(resource("list.mustache")), "list");
  private static final String WELCOME_NL = resource("welcome_nl.mustache");
  private static final String WELCOME_EN = resource("welcome_en.mustache");

  private final Locale locale;
  private final char separator;
  private final Mustache welcome;
  private final @Nullable String organisation;
  private final @Nullable String contact;
  private final CapabilityVocabulary vocabulary;

  private CircleLists(Builder b) {
    this.vocabulary = b.vocabulary;
    this.locale = b.locale;
    this.separator = b.separator;
    this.welcome = MUSTACHE.compile(new StringReader(b.welcomeTemplate != null ? b.welcomeTemplate
        : "nl".equals(b.locale.getLanguage()) ? WELCOME_NL : WELCOME_EN), "welcome");
    this.organisation = b.organisation;
    this.contact = b.contact;
  }

  /**
   * Lists in Dutch, CSV with semicolons, the standard welcome sheet without an organisation's name.
   *
   * @return the lists
   */
  public static CircleLists standard() {
    return builder().build();
  }

  /**
   * A new builder, starting from {@link #standard()}.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The member list as CSV: a header row, then one member a row.
   *
   * @param circle the circle, not null
   * @param on the day, not null
   * @return the CSV text, without byte-order mark
   */
  public String memberListCsv(Circle circle, LocalDate on) {
    return csv(memberTable(circle, on), -1);
  }

  /**
   * The member list as a printable HTML page.
   *
   * @param circle the circle, not null
   * @param on the day, not null
   * @return the HTML page
   */
  public String memberListHtml(Circle circle, LocalDate on) {
    return html(memberTable(circle, on), text("list.members.title", Map.of("circle", circle.name())),
        subtitle(circle, on), null);
  }

  /**
   * The phone list for the connectors as CSV.
   *
   * @param circle the circle, not null
   * @param on the day, not null
   * @return the CSV text, without byte-order mark
   */
  public String phoneListCsv(Circle circle, LocalDate on) {
    return csv(phoneTable(circle, on), PHONE_COLUMN);
  }

  /**
   * The phone list for the connectors as a printable HTML page.
   *
   * @param circle the circle, not null
   * @param on the day, not null
   * @return the HTML page
   */
  public String phoneListHtml(Circle circle, LocalDate on) {
    return html(phoneTable(circle, on), text("list.phone.title", Map.of("circle", circle.name())),
        subtitle(circle, on), text("list.phone.note", Map.of()));
  }

  /**
   * The welcome sheet as a printable HTML page.
   *
   * <p>A replacement template ({@link Builder#welcomeTemplate}) gets these values: {@code circle}
   * (its name), {@code neighbourhood}, {@code founded} (a date in words), {@code count} (members),
   * {@code connectors} and {@code members} (lists of {@code name}, {@code phone} and {@code
   * offers}), {@code agreements} (texts) with {@code hasAgreements}, {@code organisation} and
   * {@code contact}.
   *
   * @param circle the circle, not null
   * @param on the day, not null
   * @return the HTML page
   */
  public String welcomeSheetHtml(Circle circle, LocalDate on) {
    List<Member> members = members(circle, on);
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("circle", circle.name());
    scope.put("neighbourhood", circle.neighbourhood());
    scope.put("founded", DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(circle.founded()));
    scope.put("count", members.size());
    List<Map<String, Object>> connectors = new ArrayList<>();
    List<Map<String, Object>> everyone = new ArrayList<>();
    for (Member m : members) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", m.displayName());
      row.put("phone", m.phoneNumber().orElse(text("no-number", Map.of())));
      row.put("offers", offers(m));
      everyone.add(row);
      if (m.role() == Role.CONNECTOR) {
        connectors.add(row);
      }
    }
    scope.put("connectors", connectors);
    scope.put("members", everyone);
    scope.put("agreements", circle.agreements());
    scope.put("hasAgreements", !circle.agreements().isEmpty());
    scope.put("organisation", organisation);
    scope.put("contact", contact);
    return render(welcome, scope);
  }

  /**
   * Writes every list of every circle into a directory: per circle {@code ID-members.csv}, {@code
   * ID-members.html}, {@code ID-phone-list.csv}, {@code ID-phone-list.html} and {@code
   * ID-welcome.html}, UTF-8, CSV files with a byte-order mark. Existing files are replaced.
   *
   * @param circles the circles, not null; ids unique
   * @param on the day, not null
   * @param directory the directory, created if missing; not null
   * @return the files written, in order
   * @throws IOException if a file cannot be written
   */
  public List<Path> writeAll(Collection<Circle> circles, LocalDate on, Path directory) throws IOException {
    Objects.requireNonNull(on, "on");
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (Circle circle : circles) {
      String id = circle.id().value();
      written.add(write(directory.resolve(id + "-members.csv"), "\uFEFF" + memberListCsv(circle, on)));
      written.add(write(directory.resolve(id + "-members.html"), memberListHtml(circle, on)));
      written.add(write(directory.resolve(id + "-phone-list.csv"), "\uFEFF" + phoneListCsv(circle, on)));
      written.add(write(directory.resolve(id + "-phone-list.html"), phoneListHtml(circle, on)));
      written.add(write(directory.resolve(id + "-welcome.html"), welcomeSheetHtml(circle, on)));
    }
    return written;
  }

  private static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  // ---- the tables -----------------------------------------------------------------------

  private List<List<String>> memberTable(Circle circle, LocalDate on) {
    List<List<String>> table = new ArrayList<>();
    table.add(List.of(text("column.name"), text("column.role"), text("column.reachedBy"), text("column.offers")));
    for (Member m : members(circle, on)) {
      table.add(List.of(m.displayName(), text("role." + m.role()), text("contact." + m.contact()), offers(m)));
    }
    return table;
  }

  private List<List<String>> phoneTable(Circle circle, LocalDate on) {
    List<List<String>> table = new ArrayList<>();
    table.add(List.of(text("column.name"), text("column.phone"), text("column.reachedBy"),
        text("column.callFirst"), text("column.role")));
    for (Member m : members(circle, on)) {
      table.add(List.of(m.displayName(), m.phoneNumber().orElse(text("no-number")),
          text("contact." + m.contact()), text(m.contact() == ContactChannel.GROUP_CHAT ? "no" : "yes"),
          text("role." + m.role())));
    }
    return table;
  }

  /** The members in the circle on the day, by name in Dutch collation, then by id. */
  private static List<Member> members(Circle circle, LocalDate on) {
    Collator collator = Collator.getInstance(DUTCH);
    collator.setStrength(Collator.SECONDARY);
    List<Member> members = new ArrayList<>(circle.membersOn(Objects.requireNonNull(on, "on")));
    members.sort(Comparator.comparing(Member::displayName, collator).thenComparing(Member::id));
    return members;
  }

  /**
   * What a member offers, by kind of help as the lists' vocabulary reads the offers ({@link
   * CapabilityVocabulary#canonical}, {@link CapabilityVocabulary#label}): each kind once, in the
   * order first offered, so offers written {@code boodschappen} and {@code groceries} read
   * "boodschappen en klusjes buiten de deur" once.
   */
  private String offers(Member m) {
    return m.capabilities().stream().map(CapabilityOffer::capability).map(vocabulary::canonical).distinct()
        .map(kind -> vocabulary.label(kind, locale)).collect(Collectors.joining(", "));
  }

  private String subtitle(Circle circle, LocalDate on) {
    return text("list.subtitle", Map.of("neighbourhood", circle.neighbourhood(),
        "count", circle.membersOn(on).size(), "date", DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(on)));
  }

  private String text(String key) {
    return Texts.format(key, locale);
  }

  private String text(String key, Map<String, ?> arguments) {
    return Texts.format(key, locale, arguments);
  }

  // ---- CSV and HTML ---------------------------------------------------------------------

  /** The phone list's column of phone numbers: text a spreadsheet must keep as written. */
  private static final int PHONE_COLUMN = 1;

  /** The table as CSV for a spreadsheet; the cells of {@code textColumn} (-1: none) are kept as text. */
  private String csv(List<List<String>> table, int textColumn) {
    StringWriter out = new StringWriter();
    CsvWriter writer = CsvWriter.builder().fieldSeparator(separator).lineDelimiter(LineDelimiter.CRLF).build(out);
    for (int r = 0; r < table.size(); r++) {
      List<String> row = table.get(r);
      List<String> cells = new ArrayList<>(row.size());
      for (int c = 0; c < row.size(); c++) {
        // the header is the column's name, not a number
        cells.add(c == textColumn && r > 0 ? SpreadsheetCells.asText(row.get(c)) : SpreadsheetCells.defused(row.get(c)));
      }
      writer.writeRecord(cells);
    }
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private String html(List<List<String>> table, String title, String subtitle, @Nullable String note) {
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("lang", locale.getLanguage().equals("nl") ? "nl" : "en");
    scope.put("title", title);
    scope.put("subtitle", subtitle);
    scope.put("note", note);
    scope.put("headers", table.get(0));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (List<String> row : table.subList(1, table.size())) {
      rows.add(Map.of("cells", row));
    }
    scope.put("rows", rows);
    return render(LIST, scope);
  }

  private static String render(Mustache template, Map<String, Object> scope) {
    StringWriter out = new StringWriter();
    template.execute(out, scope);
    return out.toString();
  }

  private static String resource(String name) {
    try (InputStream in = CircleLists.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing template " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Configures the lists. Not thread-safe. */
  public static final class Builder {
    private Locale locale = DUTCH;
    private char separator = ';';
    private @Nullable String welcomeTemplate;
    private @Nullable String organisation;
    private @Nullable String contact;
    private CapabilityVocabulary vocabulary = CapabilityVocabulary.standard();

    private Builder() {}

    /**
     * The vocabulary by which what members offer is read and named on the lists and the welcome
     * sheet: each kind of help once, by its label, as matching with a scope policy of that
     * vocabulary reads the offers. A circle whose platform has codes of its own ({@code regiotaxi}
     * as a synonym of rides) gives its vocabulary here, so that {@code regiotaxi} and {@code autorit}
     * read as one kind, named by the vocabulary's label.
     *
     * @param vocabulary the vocabulary, not null; default {@link CapabilityVocabulary#standard()}
     * @return this builder
     * @throws NullPointerException naming {@code vocabulary} if it is null
     * @since 0.1.0
     */
    public Builder vocabulary(CapabilityVocabulary vocabulary) {
      this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
      return this;
    }

    /**
     * The language of the lists and, unless a template is given, of the welcome sheet.
     *
     * @param locale Dutch for Dutch, any other locale for English; not null; default Dutch
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * The CSV field separator.
     *
     * @param separator {@code ';'} (default) or {@code ','}
     * @return this builder
     */
    public Builder csvSeparator(char separator) {
      if (separator != ';' && separator != ',') {
        throw new IllegalArgumentException("the separator must be ';' or ','");
      }
      this.separator = separator;
      return this;
    }

    /**
     * The organisation that starts the circle, printed at the foot of the welcome sheet.
     *
     * @param name the name, 1 to 200 characters, not null
     * @param contact how to reach it (a phone number, an e-mail address), or null
     * @return this builder
     */
    public Builder organisation(String name, @Nullable String contact) {
      if (name.isBlank() || name.length() > 200 || (contact != null && contact.length() > 200)) {
        throw new IllegalArgumentException("the organisation's name and contact must be 1 to 200 characters");
      }
      this.organisation = name;
      this.contact = contact;
      return this;
    }

    /**
     * A welcome sheet of the organisation's own: a Mustache template (values are HTML-escaped)
     * with the values listed at {@link CircleLists#welcomeSheetHtml}.
     *
     * @param template the template's text, not null
     * @return this builder
     * @throws IllegalArgumentException if the template cannot be compiled
     */
    public Builder welcomeTemplate(String template) {
      Objects.requireNonNull(template, "template");
      try {
        MUSTACHE.compile(new StringReader(template), "welcome-check");
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("the welcome template is not a valid Mustache template", e);
      }
      this.welcomeTemplate = template;
      return this;
    }

    /**
     * The lists.
     *
     * @return the lists
     */
    public CircleLists build() {
      return new CircleLists(this);
    }
  }
}
