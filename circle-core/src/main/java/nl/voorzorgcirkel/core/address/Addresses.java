package nl.voorzorgcirkel.core.address;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses as people write them, cleaned up once for every part of the library that reads or
 * compares them (the sign-up list import, {@link Buildings}, {@link PostcodeCentroids} and the
 * geocoders): postcodes ({@code "1318 ab"} is {@code "1318AB"}), house numbers with a letter or
 * addition ({@code "12a"}, {@code "12-2"}, {@code "12 bis"}), a street and number in one cell
 * ({@code "Kerkstraat 12A"}), street and place names in tidy case and spacing, and the key two
 * names are compared by.
 *
 * <p>Addresses are personal data: these functions never log, and their failures carry no value.
 * Thread-safe: stateless.
 *
 * @since 0.1.0
 */
public final class Addresses {

  /** A house number and what follows it: a letter, a hyphen, slash or space and an addition. */
  private static final Pattern HOUSE_NUMBER = Pattern.compile("([0-9]{1,5})(?:(?:\\s*[-/]\\s*|\\s+)"
      + "([A-Za-z0-9](?:[A-Za-z0-9 -]{0,8}[A-Za-z0-9])?)|([A-Za-z](?:[A-Za-z0-9 -]{0,8}[A-Za-z0-9])?))?");
  /** A street, then (after the last space before a number) the house number and addition. */
  private static final Pattern STREET_AND_NUMBER =
      Pattern.compile("(.*[^\\s,])[\\s,]+([0-9]{1,5}(?:\\s*[-/]?\\s*[A-Za-z0-9][A-Za-z0-9 -]{0,8})?)");
  private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");
  /** Words that stay in lower case inside a Dutch street or place name. */
  private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "'t", "'s", "in", "op",
      "aan", "bij", "te", "ten", "ter", "en", "voor", "over", "onder", "tot", "a", "d", "la", "le");

  private Addresses() {}

  /**
   * A house number and its addition (huisletter and huisnummertoevoeging), as {@link Address}
   * holds them.
   *
   * @param number the number, 1 to 99,999
   * @param addition the letter or addition, a single letter in upper case ({@code "A"}), else as
   *     written with spacing tidied ({@code "2"}, {@code "bis"}, {@code "A-3"}); empty if none
   */
  public record HouseNumber(int number, Optional<String> addition) {
    /**
     * Checks the components.
     *
     * @param number see the record description
     * @param addition see the record description
     * @throws IllegalArgumentException if the number is out of range
     */
    public HouseNumber {
      if (number < 1 || number > 99_999) {
        throw new IllegalArgumentException("a house number is 1 to 99,999");
      }
      Objects.requireNonNull(addition, "addition");
    }

    /**
     * The number and addition, for example {@code "12A"}; personal data while it belongs to
     * someone, so never log it.
     *
     * @return for example {@code "12A"} or {@code "12-2"}
     */
    @Override
    public String toString() {
      return addition.map(a -> a.length() == 1 && Character.isLetter(a.charAt(0)) ? number + a
          : number + "-" + a).orElse(String.valueOf(number));
    }
  }

  /**
   * A street and house number written in one cell, as an {@code Adres} column holds them.
   *
   * @param street the street, {@linkplain #name(String) tidied}; not null
   * @param houseNumber the house number and addition, not null
   */
  public record StreetAddress(String street, HouseNumber houseNumber) {
    /**
     * Checks the components.
     *
     * @param street see the record description
     * @param houseNumber see the record description
     */
    public StreetAddress {
      Objects.requireNonNull(street, "street");
      Objects.requireNonNull(houseNumber, "houseNumber");
    }

    /**
     * Shows nothing of the address.
     *
     * @return {@code "StreetAddress[redacted]"}
     */
    @Override
    public String toString() {
      return "StreetAddress[redacted]";
    }
  }

  /**
   * A postcode as a key: white space and hyphens removed, letters in upper case. {@code " 1318
   * ab"} and {@code "1318-AB"} become {@code "1318AB"}, {@code "1318"} stays {@code "1318"}. Does
   * not check the form; see {@link #postcode(String)}.
   *
   * @param text the postcode as written, not null
   * @return the compact form, possibly empty
   */
  public static String compactPostcode(String text) {
    return text.replaceAll("[\\s\\p{Z}\\-]+", "").toUpperCase(Locale.ROOT);
  }

  /**
   * A Dutch postcode in its compact form.
   *
   * @param text the postcode as written ({@code "1318 ab"}, {@code "1318AB"}, {@code "1318-ab"}),
   *     not null
   * @return {@code "1318AB"}; empty if the text is not four digits (not starting with 0) and two
   *     letters
   */
  public static Optional<String> postcode(String text) {
    String compact = compactPostcode(text);
    return POSTCODE.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
  }

  /**
   * A house number with its letter or addition, as people write it: {@code "12"}, {@code "12a"},
   * {@code "12 A"}, {@code "12-2"}, {@code "12/2"}, {@code "12 bis"}, {@code "12A-3"}.
   *
   * @param text the house number as written, not null
   * @return the number and addition; empty if the text is not a house number from 1 to 99,999
   *     with an addition of at most 10 letters, digits, spaces or hyphens
   */
  public static Optional<HouseNumber> houseNumber(String text) {
    Matcher m = HOUSE_NUMBER.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int number = Integer.parseInt(m.group(1));
    if (number < 1) {
      return Optional.empty();
    }
    String written = m.group(2) != null ? m.group(2) : m.group(3);
    String addition = written == null ? "" : written.replaceAll("\\s+", " ").replaceAll(" ?- ?", "-");
    if (addition.length() == 1 && Character.isLetter(addition.charAt(0))) {
      addition = addition.toUpperCase(Locale.ROOT);
    }
    return Optional.of(new HouseNumber(number, addition.isEmpty() ? Optional.empty() : Optional.of(addition)));
  }

  /**
   * A street and house number written in one cell: {@code "Kerkstraat 12A"}, {@code "kerkstraat
   * 12 a"}, {@code "Van 't Hoffstraat 3-2"}, {@code "2e Helmersstraat 5"}. The house number is
   * the last number that follows a space, so a street with a number in its name ({@code "Plein
   * 1944 12"}) keeps it; write an addition after a hyphen ({@code "12-2"}), not after a space.
   *
   * @param text the cell, not null
   * @return the street and number; empty if the text does not end in a house number after a
   *     street
   */
  public static Optional<StreetAddress> streetAddress(String text) {
    Matcher m = STREET_AND_NUMBER.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String street = name(m.group(1));
    if (street.chars().noneMatch(Character::isLetter)) {
      return Optional.empty();
    }
    return houseNumber(m.group(2)).map(number -> new StreetAddress(street, number));
  }

  /**
   * A street or place name tidied: white space collapsed and trimmed; a name written all in lower
   * or all in upper case gets a capital at the start of each word, except the small words inside
   * Dutch names ({@code van}, {@code de}, {@code 't}, ...): {@code " KERKSTRAAT "} becomes {@code
   * "Kerkstraat"}, {@code "van 't hoffstraat"} {@code "Van 't Hoffstraat"}. A name in mixed case is
   * kept as written.
   *
   * @param text the name as written, not null
   * @return the tidied name, possibly empty
   */
  public static String name(String text) {
    String spaced = text.strip().replaceAll("\\s+", " ");
    boolean upper = spaced.chars().anyMatch(Character::isUpperCase);
    boolean lower = spaced.chars().anyMatch(Character::isLowerCase);
    if (upper && lower) {
      return spaced;
    }
    String[] words = spaced.toLowerCase(Locale.ROOT).split(" ", -1);
    StringBuilder out = new StringBuilder(spaced.length());
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (i > 0) {
        out.append(' ');
      }
      out.append(i > 0 && PARTICLES.contains(word) ? word : capitalise(word));
    }
    return out.toString();
  }

  /** A capital at the first letter and after each hyphen; {@code 's-} and {@code 't} stay small. */
  private static String capitalise(String word) {
    StringBuilder out = new StringBuilder(word);
    boolean start = true;
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c == '-') {
        start = true;
      } else if (Character.isLetter(c)) {
        if (start && (i == 0 || out.charAt(i - 1) == '-')) {
          out.setCharAt(i, Character.toUpperCase(c));
        }
        start = false;
      }
    }
    return out.toString();
  }

  /**
   * The key two names or additions are compared by: lower case, without accents, spaces, hyphens,
   * dots, slashes and apostrophes. {@code "Van 't Hoff-straat"} and {@code "van t hoffstraat"}
   * have the same key.
   *
   * @param text a street, place or addition as written, not null
   * @return the key, possibly empty
   */
  public static String key(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replaceAll("[\\s\\-./'’]+", "");
  }
}
