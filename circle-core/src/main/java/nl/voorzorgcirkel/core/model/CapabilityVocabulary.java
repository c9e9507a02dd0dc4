package nl.voorzorgcirkel.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.internal.Arguments;

/**
 * The words for kinds of help: for each {@link Capability} its English and Dutch labels, the
 * synonyms people use ("boodschappen", "shopping", "douchen", "wondzorg") and its {@link
 * HelpCategory} (circle help, or personal care, nursing care, household help or medical, which
 * belong with professional care).
 *
 * <p>Words are looked up {@linkplain #normalise(String) normalised}: without regard to case,
 * accents, spaces, hyphens and punctuation, so {@code "Wond-Zorg"}, {@code "wondzorg"} and {@code
 * "wond zorg"} are different words but {@code "Douchen"}, {@code "douchen"} and {@code "dóuchen"}
 * are the same. A capability whose code is a synonym ({@code Capability.of("douchen")}) is the
 * entry's capability for every purpose of this vocabulary; a code that no entry names is circle
 * help with its code as label, so organisations can add kinds of help of their own.
 *
 * <p>{@link #standard()} covers the 11 kinds of help of {@link Capability#standard()} and the
 * needs a circle refers to professional care; it is read from the table {@code
 * capability-vocabulary.properties} beside this class. Extend it with {@link
 * #with(VocabularyEntry)} and {@link #withSynonyms(Capability, String...)}; a word may name only
 * one kind of help.
 *
 * <p>Immutable and thread-safe; lookups take constant time.
 *
 * @since 0.1.0
 */
public final class CapabilityVocabulary {

  private final List<VocabularyEntry> entries;
  /** Every normalised term, to the entry it names. */
  private final Map<String, VocabularyEntry> byTerm;
  /** Every term that is also a capability code (with hyphens for spaces), to its entry. */
  private final Map<Capability, VocabularyEntry> byCapability;
  /** Every normalised term, sorted, to the capability it names: {@link #terms()}. */
  private final SortedMap<String, Capability> sortedTerms;
  /** Terms of several words written as one ({@code medicijnenophalen}), to their entries. */
  private final Map<String, VocabularyEntry> byGluedTerm;
  /** The same, to the capability, for reading offers: looked up after the terms, never corrected. */
  private final Map<String, Capability> gluedTerms;
  /** The most words in one term. */
  private final int longestTerm;
  /** Categories of codes no term names, as read from their words (see {@link #category}). */
  private final Map<Capability, HelpCategory> readCodes = new java.util.concurrent.ConcurrentHashMap<>();

  private CapabilityVocabulary(List<VocabularyEntry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, VocabularyEntry> terms = new HashMap<>();
    Map<Capability, VocabularyEntry> codes = new HashMap<>();
    for (VocabularyEntry entry : this.entries) {
      for (String term : entry.terms()) {
        String key = normalise(term);
        VocabularyEntry earlier = terms.putIfAbsent(key, entry);
        if (earlier != null && earlier != entry) {
          throw Arguments.invalid("CapabilityVocabulary", "entries", "wordTwice", Map.of("word", key,
              "first", earlier.capability().code(), "second", entry.capability().code()));
        }
        String code = key.replace(' ', '-');
        if (code.length() <= 64 && code.chars().allMatch(c -> c < 128)) {
          codes.put(Capability.of(code), entry);
        }
      }
    }
    this.byTerm = terms;
    this.byCapability = codes;
    int words = 1;
    Map<String, VocabularyEntry> glued = new HashMap<>();
    for (VocabularyEntry entry : this.entries) { // in order: the first entry of a glued word keeps it
      for (String term : entry.terms()) {
        String key = normalise(term);
        words = Math.max(words, key.split(" ", -1).length);
        if (key.indexOf(' ') >= 0) {
          glued.putIfAbsent(key.replace(" ", ""), entry);
        }
      }
    }
    this.longestTerm = words;
    this.byGluedTerm = glued;
    Map<String, Capability> gluedCapabilities = new HashMap<>();
    glued.forEach((word, entry) -> gluedCapabilities.put(word, entry.capability()));
    this.gluedTerms = gluedCapabilities;
    SortedMap<String, Capability> sorted = new TreeMap<>();
    terms.forEach((term, entry) -> sorted.put(term, entry.capability()));
    this.sortedTerms = Collections.unmodifiableSortedMap(sorted);
  }

  /**
   * The vocabulary described above, read once from the library's table.
   *
   * @return the standard vocabulary
   */
  public static CapabilityVocabulary standard() {
    return Standard.VOCABULARY;
  }

  /**
   * A vocabulary of the given entries, in order.
   *
   * @param entries the entries, not null, without null elements, at most one per capability
   * @return the vocabulary
   * @throws IllegalArgumentException if two entries name the same capability or share a word
   */
  public static CapabilityVocabulary of(Collection<VocabularyEntry> entries) {
    List<VocabularyEntry> copy = new ArrayList<>(entries.size());
    for (VocabularyEntry entry : entries) {
      for (VocabularyEntry earlier : copy) {
        if (earlier.capability().equals(Objects.requireNonNull(entry, "entry").capability())) {
          throw Arguments.invalid("CapabilityVocabulary", "entries", "unique",
              Map.of("id", entry.capability().code()));
        }
      }
      copy.add(entry);
    }
    return new CapabilityVocabulary(copy);
  }

  /**
   * A copy with an entry added at the end, or replacing the entry of the same capability in place.
   *
   * @param entry the entry, not null
   * @return the changed vocabulary
   * @throws IllegalArgumentException if a word of the entry already names another kind of help
   */
  public CapabilityVocabulary with(VocabularyEntry entry) {
    Objects.requireNonNull(entry, "entry");
    List<VocabularyEntry> changed = new ArrayList<>(entries);
    boolean replaced = false;
    for (int i = 0; i < changed.size() && !replaced; i++) {
      if (changed.get(i).capability().equals(entry.capability())) {
        changed.set(i, entry);
        replaced = true;
      }
    }
    if (!replaced) {
      changed.add(entry);
    }
    return new CapabilityVocabulary(changed);
  }

  /**
   * A copy in which a kind of help has more synonyms.
   *
   * @param capability a capability with an entry here, not null
   * @param words the synonyms, not null
   * @return the changed vocabulary
   * @throws IllegalArgumentException if the capability has no entry, or a word already names
   *     another kind of help
   */
  public CapabilityVocabulary withSynonyms(Capability capability, String... words) {
    VocabularyEntry entry = entry(capability).orElseThrow(
        () -> Arguments.invalid("CapabilityVocabulary", "capability", "hasEntry",
            Map.of("capability", capability.code())));
    return with(entry.withSynonyms(words));
  }

  /**
   * Every entry, in order.
   *
   * @return an unmodifiable list
   */
  public List<VocabularyEntry> entries() {
    return entries;
  }

  /**
   * Every word this vocabulary knows, normalised, with the kind of help it names; for matching
   * words people write against the vocabulary.
   *
   * @return an unmodifiable map sorted by word
   */
  public SortedMap<String, Capability> terms() {
    return sortedTerms;
  }

  /**
   * Reads a cell of offers in people's own words ({@code "boodschappen, autorijden en koken"})
   * against this vocabulary's labels and synonyms, tolerating case, accents and one typing error
   * in a word of five letters or more; see {@link OfferReading} for the rules. Words it does not
   * know are returned as {@linkplain OfferReading#unknown() unknown} with the nearest kinds of
   * help, never invented as kinds of help of their own.
   *
   * @param cell the cell, not null; may be empty
   * @return the reading; the kinds of help found may include ones that are not circle help
   * @since 0.1.0
   */
  public OfferReading readOffers(String cell) {
    return OfferReading.read(Objects.requireNonNull(cell, "cell"), sortedTerms, gluedTerms,
        capability -> countsOnlyAlone(category(capability)), capability -> isCare(category(capability)));
  }

  /**
   * The kind of help a word names: a code, a label or a synonym, in any case and with or without
   * accents.
   *
   * @param words the word or words, for example {@code "Boodschappen"} or {@code "wound care"};
   *     not null
   * @return the capability of the entry, or empty if no entry has that word
   */
  public Optional<Capability> resolve(String words) {
    VocabularyEntry entry = byTerm.get(normalise(Objects.requireNonNull(words, "words")));
    return entry == null ? Optional.empty() : Optional.of(entry.capability());
  }

  /**
   * The entry of a capability, by its code or by a synonym that is a code ({@code douchen}).
   *
   * @param capability the capability, not null
   * @return the entry, or empty if no entry names it
   */
  public Optional<VocabularyEntry> entry(Capability capability) {
    return Optional.ofNullable(byCapability.get(Objects.requireNonNull(capability, "capability")));
  }

  /**
   * Whether a capability is circle help or which kind of professional care.
   *
   * <p>A known term comes before the words inside it. A code an entry names has that entry's
   * category, also when it is a term written as one word or with its words split differently
   * ({@code kledingwassen}, laundry; {@code wond-zorg}, wound care). Any other code is read word by word
   * ({@code insuline-spuiten}: "insuline", "spuiten"), taking at each word the longest term of this
   * vocabulary that starts there ({@code medicijnen-ophalen-apotheek} is the errand "medicijnen
   * ophalen", not the medication "medicijnen"); a Dutch compound word that no term names is also
   * read as a term of several words written as one ({@code medicijnenophalen} is the errand), or
   * else as a care term and the rest ({@code insulinespuiten}, {@code stomaverzorging}) when the
   * care term has 4 letters or more and the rest is itself a care term or reads as a Dutch verb
   * (ends in "en"). The first term of personal or nursing care found decides: a code made of such
   * a word and other words ({@code moeder-douchen}, {@code wondzorg-thuis}) is that care, however
   * it is combined. Words of household help and medical questions count only as the whole code
   * ({@code rit-naar-dokter}, a ride to the doctor, is circle help). A code with no such term is
   * circle help, so
   * organisations can add kinds of help of their own. Washing or lifting a person is care, washing
   * or lifting a thing is not: a code that reads as care only by such a word ({@code boot-wassen},
   * washing a boat, would be "wassen") is put right by adding it as a synonym of the kind of help it
   * is ({@link #withSynonyms}); the standard vocabulary has the common ones (windows, cars, dishes,
   * laundry, furniture, pets), in the word orders people write.
   *
   * <p>Constant time for a code an entry names; otherwise linear in the code's length, once per
   * code (the answer is kept).
   *
   * @param capability the capability, not null
   * @return the category; {@link HelpCategory#CIRCLE_HELP} for a code in which no term of
   *     professional care is found
   */
  public HelpCategory category(Capability capability) {
    VocabularyEntry entry = byCapability.get(capability);
    if (entry != null) {
      return entry.category();
    }
    HelpCategory known = readCodes.get(Objects.requireNonNull(capability, "capability"));
    if (known == null) {
      String words = normalise(capability.code());
      VocabularyEntry whole = byTerm.get(words.replace(" ", "")); // the whole code first, also written as one word
      if (whole == null) {
        whole = byGluedTerm.get(words.replace(" ", ""));
      }
      known = whole != null ? whole.category() : readWords(words.split(" ", -1));
      if (readCodes.size() < 10_000) { // codes are a circle's kinds of help: few; never unbounded
        readCodes.put(capability, known);
      }
    }
    return known;
  }

  /** The category of words in order: the first care term among the longest terms found. */
  private HelpCategory readWords(String[] words) {
    for (int i = 0; i < words.length; ) {
      int taken = 0;
      for (int n = Math.min(longestTerm, words.length - i); n > 0 && taken == 0; n--) {
        VocabularyEntry found = byTerm.get(String.join(" ", java.util.Arrays.asList(words).subList(i, i + n)));
        if (found != null) {
          if (isCare(found.category())) {
            return found.category();
          }
          taken = n;
        }
      }
      if (taken == 0) {
        HelpCategory compound = compound(words[i]);
        if (isCare(compound)) {
          return compound;
        }
        taken = 1;
      }
      i += taken;
    }
    return HelpCategory.CIRCLE_HELP;
  }

  /**
   * A Dutch compound of a care term and a verb or another care term ({@code insulinespuiten},
   * {@code stomaverzorging}); circle help for any other word ({@code toiletpapier}, {@code badkamer},
   * {@code afwassen}: the care word must come first, and the rest must be care or a verb).
   */
  private HelpCategory compound(String word) {
    VocabularyEntry whole = byGluedTerm.get(word); // "medicijnenophalen" is the errand, written as one word
    if (whole != null) {
      return whole.category();
    }
    for (int cut = word.length() - 2; cut >= 4; cut--) {
      VocabularyEntry head = byTerm.get(word.substring(0, cut));
      if (head != null && isCare(head.category())) {
        String rest = word.substring(cut);
        VocabularyEntry tail = byTerm.get(rest);
        boolean verb = rest.length() >= 4 && rest.endsWith("en");
        if (verb || (tail != null && isCare(tail.category()))) {
          return head.category();
        }
      }
    }
    return HelpCategory.CIRCLE_HELP;
  }

  /**
   * Whether words of a category mark a code as that category wherever they stand in it: personal
   * and nursing care, which a circle never does. Words of household help and medical questions
   * count only as the whole code: a ride to the doctor ({@code rit-naar-dokter}) is circle help.
   */
  private static boolean isCare(HelpCategory category) {
    return category == HelpCategory.PERSONAL_CARE || category == HelpCategory.NURSING_CARE;
  }

  /**
   * Whether words of a category count only as the whole code, or the whole of a part of an offer
   * ({@link OfferReading}): household help and medical questions, whose words in a longer code or
   * offer say what the help is about ("rit naar de dokter" is a ride).
   */
  private static boolean countsOnlyAlone(HelpCategory category) {
    return !category.isCircleHelp() && !isCare(category);
  }

  /**
   * A readable name of a capability.
   *
   * @param capability the capability, not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the entry's label, or the code for a capability no entry names
   */
  public String label(Capability capability, Locale locale) {
    VocabularyEntry entry = byCapability.get(Objects.requireNonNull(capability, "capability"));
    return entry == null ? capability.code() : entry.label(locale);
  }

  /**
   * A word as this vocabulary compares it: accents removed, lower case, every run of other
   * characters than letters and digits one space, no space at either end. {@code " Wond-Zorg! "}
   * becomes {@code "wond zorg"}, {@code "Crème brûlée"} {@code "creme brulee"}.
   *
   * @param words any text, not null
   * @return the normalised text, possibly empty
   */
  public static String normalise(String words) {
    String decomposed = Normalizer.normalize(words, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean gap = false;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.appendCodePoint(Character.toLowerCase(c));
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /** The number of entries only. */
  @Override
  public String toString() {
    return "CapabilityVocabulary{entries=" + entries.size() + "}";
  }

  /** Vocabularies are equal when their entries are, in order. */
  @Override
  public boolean equals(Object other) {
    return other instanceof CapabilityVocabulary && ((CapabilityVocabulary) other).entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  /** Reads the standard table on first use. */
  private static final class Standard {
    static final CapabilityVocabulary VOCABULARY = read("capability-vocabulary.properties");

    private static CapabilityVocabulary read(String name) {
      Properties table = new Properties();
      try (InputStream in = CapabilityVocabulary.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing " + name + " beside " + CapabilityVocabulary.class.getName());
        }
        table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
      List<VocabularyEntry> entries = new ArrayList<>();
      List<String> order = new ArrayList<>();
      for (String code : table.getProperty("order", "").split(",", -1)) {
        String key = code.strip();
        if (key.isEmpty()) {
          continue;
        }
        order.add(key);
        VocabularyEntry.Builder entry = VocabularyEntry.builder()
            .capability(Capability.of(key))
            .category(HelpCategory.ofCode(table.getProperty(key + ".category", "circle-help")))
            .englishLabel(table.getProperty(key + ".en"))
            .dutchLabel(table.getProperty(key + ".nl"));
        String synonyms = table.getProperty(key + ".synonyms", "");
        for (String synonym : synonyms.split(",", -1)) {
          if (!synonym.isBlank()) {
            entry.addSynonyms(synonym.strip());
          }
        }
        entries.add(entry.build());
      }
      for (String key : table.stringPropertyNames()) {
        if (!key.equals("order") && !order.contains(key.substring(0, Math.max(0, key.lastIndexOf('.'))))) {
          throw new IllegalStateException("the key " + key + " of " + name + " names no capability of its order");
        }
      }
      return of(entries);
    }
  }
}
