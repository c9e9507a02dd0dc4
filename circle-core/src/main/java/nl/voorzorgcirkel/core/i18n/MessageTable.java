package nl.voorzorgcirkel.core.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.ChoiceFormat;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An English and a Dutch table of texts, read as UTF-8 from {@code messages.properties} and {@code
 * messages_nl.properties} in the package of the module that owns them. Not API: shared by this
 * library's modules only.
 *
 * <p>Loaded without {@link java.util.ResourceBundle} so that the JVM's default locale never changes
 * which language a caller gets, and the lookup works the same on the class path and the module
 * path. Placeholders {@code {name}} are replaced by arguments; personal data is never passed as
 * an argument. A text that depends on a count chooses with {@link java.text.ChoiceFormat}'s
 * pattern: {@code {times,choice,0#not before|1#once before|1<{times} times before}}, the chosen
 * part with its own placeholders filled in; a yes/no ({@link Boolean}) argument chooses as 0 for
 * false and 1 for true: {@code {takesOtherLeg,choice,0#takes no other leg|1#takes another leg}}.
 *
 * <p>Numbers are written in the reader's notation, here and nowhere else: a fraction with the
 * language's decimal mark ({@code 4.2} in English, {@code 4,2} in Dutch), and {@code
 * {hours,number,0.0}} rounds to a {@link DecimalFormat} pattern in that notation ({@code 66.7} /
 * {@code 66,7}). Whole numbers (int, long) are written as they are, without grouping, so a year
 * stays {@code 1948}. Code that writes a number into a text outside a table uses {@link
 * #number(double, String, Locale)}. Thread-safe: the tables are read once and never modified.
 */
public final class MessageTable {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)(?:,number,([0-9#.,%]+))?}");

  private final Properties english;
  private final Properties dutch;

  private MessageTable(Properties english, Properties dutch) {
    this.english = english;
    this.dutch = dutch;
  }

  /**
   * Reads the tables through the owner's own resource lookup.
   *
   * <p>On the module path a module's resources are encapsulated: only code of that module may read
   * them (unless the package is opened). So the owner passes a function that opens a resource by
   * name relative to its own package, written in its own module, for example {@code name ->
   * Texts.class.getResourceAsStream(name)}; this class, in another module, could not.
   *
   * @param owner the class whose package holds the two files, for messages, not null
   * @param open opens a resource of the owner's package by name, or returns null; not null
   * @return the table
   * @throws IllegalStateException if a file is missing
   */
  public static MessageTable load(Class<?> owner, Function<String, InputStream> open) {
    return new MessageTable(read(owner, open, "messages.properties"),
        read(owner, open, "messages_nl.properties"));
  }

  /**
   * Whether a text exists for the key in both languages.
   *
   * @param key the message key, not null
   * @return true when English and Dutch texts exist
   */
  public boolean has(String key) {
    return english.containsKey(key) && dutch.containsKey(key);
  }

  /**
   * The text for a key in the requested language, with placeholders filled in.
   *
   * @param key the message key, not null; an unknown key is returned as it is
   * @param locale Dutch ({@code nl}) gives Dutch, every other locale English; not null
   * @param arguments values for the placeholders, not null; a missing argument leaves the
   *     placeholder as it is; a {@link Bilingual} gives its text in the language
   * @return the text, never null
   */
  public String format(String key, Locale locale, Map<String, ?> arguments) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(arguments, "arguments");
    Properties table = "nl".equals(locale.getLanguage()) ? dutch : english;
    String template = choose(table.getProperty(key, english.getProperty(key, key)), arguments);
    if (template.indexOf('{') < 0) {
      return template;
    }
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 16);
    while (matcher.find()) {
      Object value = arguments.get(matcher.group(1));
      String text = value == null ? matcher.group() : text(value, matcher.group(2), locale);
      matcher.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** An argument's text in the reader's language and notation. */
  private static String text(Object value, String pattern, Locale locale) {
    if (value instanceof Bilingual) {
      return ((Bilingual) value).in(locale);
    }
    if (value instanceof Number && pattern != null) {
      return number(((Number) value).doubleValue(), pattern, locale);
    }
    if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      String plain = value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : String.valueOf(value);
      boolean finite = !(value instanceof Double || value instanceof Float)
          || Double.isFinite(((Number) value).doubleValue());
      return finite && plain.indexOf('E') < 0 ? plain.replace('.', symbols(locale).getDecimalSeparator())
          : number(((Number) value).doubleValue(), "0.###############", locale);
    }
    if (value instanceof BigInteger) {
      return value.toString();
    }
    return String.valueOf(value);
  }

  /**
   * A number in the reader's notation: the language's decimal mark and grouping (Dutch {@code
   * 1.234,5}, English {@code 1,234.5}), rounded half up from the shortest decimal that reads
   * back as the value, as {@link String#format} does.
   *
   * @param value the number; NaN and infinities are written as {@code NaN} and {@code ∞}
   * @param pattern a {@link DecimalFormat} pattern, such as {@code 0.0} or {@code #,##0.00}; not null
   * @param locale Dutch ({@code nl}) gives Dutch notation, every other locale English; not null
   * @return the text, never null
   */
  public static String number(double value, String pattern, Locale locale) {
    Objects.requireNonNull(pattern, "pattern");
    DecimalFormat format = new DecimalFormat(pattern, symbols(Objects.requireNonNull(locale, "locale")));
    format.setRoundingMode(RoundingMode.HALF_UP);
    // rounded from the shortest decimal that reads back as the value, as String.format does:
    // 0.075 is 0.08, not the 0.07 that its binary value, a shade below, would give
    return Double.isFinite(value) ? format.format(BigDecimal.valueOf(value)) : format.format(value);
  }

  private static DecimalFormatSymbols symbols(Locale locale) {
    return DecimalFormatSymbols.getInstance("nl".equals(locale.getLanguage()) ? DUTCH : Locale.ENGLISH);
  }

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  /**
   * The template with each {@code {name,choice,pattern}} replaced by the part of the pattern that
   * the number argument {@code name} chooses (false as 0, true as 1); left as it is when the
   * argument is missing or neither a number nor true/false.
   */
  private static String choose(String template, Map<String, ?> arguments) {
    int start = template.indexOf(CHOICE_MARK);
    if (start < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length());
    int done = 0;
    while (start >= 0) {
      int open = template.lastIndexOf('{', start);
      int end = closing(template, open);
      if (end < 0) {
        break;
      }
      String name = template.substring(open + 1, start);
      Object value = arguments.get(name);
      out.append(template, done, open);
      if (value instanceof Boolean) {
        value = (Boolean) value ? 1 : 0;
      }
      if (value instanceof Number) {
        String pattern = template.substring(start + CHOICE_MARK.length(), end);
        out.append(new ChoiceFormat(pattern).format(((Number) value).doubleValue()));
      } else {
        out.append(template, open, end + 1);
      }
      done = end + 1;
      start = template.indexOf(CHOICE_MARK, done);
    }
    return out.append(template, done, template.length()).toString();
  }

  private static final String CHOICE_MARK = ",choice,";

  /** The index of the brace that closes the one at {@code open}, counting nested braces; or -1. */
  private static int closing(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static Properties read(Class<?> owner, Function<String, InputStream> open, String name) {
    Properties properties = new Properties();
    try (InputStream in = open.apply(name)) {
      if (in == null) {
        throw new IllegalStateException("missing message table " + name + " beside " + owner.getName());
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message table " + name, e);
    }
    return properties;
  }
}
