package nl.voorzorgcirkel.core.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
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
import java.util.TreeSet;
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
  /** Every word of every term, normalised: a word people write that is one of these is read as is. */
  private final java.util.Set<String> words;
  /**
   * Word forms ({@link #forms}) of the words of the terms, to the word they are a form of, where
   * only one word has that form: {@code douche} to {@code douchen}, {@code medicijn} to {@code
   * medicijnen}.
   */
  private final Map<String, String> formsOf;
  /** Terms that have {@linkplain OfferReading#IGNORED ignored} words, without them: care of body. */
  private final Map<String, Capability> byBareTerm;
  /** A bare term of two kinds of help names neither. */
  private static final Capability NO_ONE = Capability.of("no-one-kind-of-help");
  /** The Dutch verb (ending in "en") of the terms a word is the stem of, even a word the terms have: was, wassen. */
  private final Map<String, String> verbOf;
  /** Every normalised {@linkplain VocabularyEntry#things() thing}, also written as one word. */
  private final java.util.Set<String> things;
  /** The capabilities whose words count only alone ({@link VocabularyEntry#countsOnlyAlone()}). */
  private final java.util.Set<Capability> alone;
  /** Categories of codes no term names, as read from their words (see {@link #category}). */
  private final Map<Capability, HelpCategory> readCodes = new java.util.concurrent.ConcurrentHashMap<>();
  /** The kinds of help of codes no term names, as read by {@link #canonical}. */
  private final Map<Capability, Capability> readKinds = new java.util.concurrent.ConcurrentHashMap<>();
  /** Words read by {@link #careWithTypo}, with what they name, if anything. */
  private final Map<String, Optional<Capability>> typoCompounds = new java.util.concurrent.ConcurrentHashMap<>();

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
    Map<String, VocabularyEntry> glued = new HashMap<>();
    for (VocabularyEntry entry : this.entries) { // in order: the first entry of a glued word keeps it
      for (String term : entry.terms()) {
        String key = normalise(term);
        if (key.indexOf(' ') >= 0) {
          glued.putIfAbsent(key.replace(" ", ""), entry);
        }
      }
    }
    this.byGluedTerm = glued;
    Map<String, Capability> bare = new HashMap<>();
    for (VocabularyEntry entry : this.entries) {
      for (String term : entry.terms()) {
        String key = normalise(term);
        List<String> kept = new ArrayList<>();
        for (String word : key.split(" ", -1)) {
          if (!OfferReading.IGNORED.contains(word)) {
            kept.add(word);
          }
        }
        String without = String.join(" ", kept);
        if (!without.equals(key) && !without.isEmpty() && !terms.containsKey(without)) {
          bare.merge(without, entry.capability(), (a, b) -> a.equals(b) ? a : NO_ONE);
        }
      }
    }
    bare.values().removeIf(NO_ONE::equals);
    this.byBareTerm = bare;
    java.util.Set<String> thingWords = new java.util.HashSet<>();
    for (VocabularyEntry entry : this.entries) {
      for (String thing : entry.things()) {
        String key = normalise(thing);
        thingWords.add(key);
        thingWords.add(key.replace(" ", ""));
      }
    }
    this.things = thingWords;
    SortedMap<String, Capability> sorted = new TreeMap<>();
    terms.forEach((term, entry) -> sorted.put(term, entry.capability()));
    this.sortedTerms = Collections.unmodifiableSortedMap(sorted);
    java.util.Set<String> known = new java.util.HashSet<>();
    java.util.Set<Capability> onlyAlone = new java.util.HashSet<>();
    for (VocabularyEntry entry : this.entries) {
      for (String term : entry.terms()) {
        known.addAll(Arrays.asList(normalise(term).split(" ", -1)));
      }
      if (entry.countsOnlyAlone()) {
        onlyAlone.add(entry.capability());
      }
    }
    Map<String, String> forms = new HashMap<>();
    for (String word : new TreeSet<>(known)) {
      for (String form : forms(word)) {
        if (!known.contains(form)) {
          forms.merge(form, word, (a, b) -> a.equals(b) ? a : "");
        }
      }
    }
    forms.values().removeIf(String::isEmpty); // a form of two words is neither
    Map<String, String> verbs = new HashMap<>();
    for (String word : new TreeSet<>(known)) {
      if (word.endsWith("en")) {
        for (String form : forms(word)) {
          verbs.merge(form, word, (a, b) -> a.equals(b) ? a : "");
        }
      }
    }
    verbs.values().removeIf(String::isEmpty);
    this.verbOf = verbs;
    this.words = known;
    this.formsOf = forms;
    this.alone = onlyAlone;
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
    return OfferReading.read(Objects.requireNonNull(cell, "cell"), this);
  }

  /**
   * The one entry typed words name, read as the same words written as a code are read by {@link
   * #canonical} (which the matching uses): first a code, label or synonym in any case, with or without accents and with
   * spaces or hyphens ({@code "Boodschappen"}, {@code "wound care"}, {@code "Hulp bij Douchen"});
   * otherwise the words' reading as a code ({@code "hulp bij het douchen"} and {@code
   * "hulp-bij-het-douchen"} are {@code washing}, {@code "shower help"} too, {@code "give insulin"}
   * {@code medication}, {@code "naar de kapper"} {@code ride-by-car}). For any text {@code t} whose
   * letters and digits are ASCII after accents are removed, {@code resolve(t)} equals {@code
   * resolve(Capability.fromWords(t).code())} and is the entry of {@code
   * canonical(Capability.fromWords(t))}.
   *
   * <p>It names one entry or is empty. Empty when the words name no kind of help of an entry, or
   * several ({@code "boodschappen en douchen"}, or care of two entries such as washing and
   * oral care): the scope policy decides by {@link #category} of the code ({@link
   * Capability#fromWords}), not by this answer, and refers such words when any of them is care;
   * ask {@link #category} to know whether words are care. Articles, possessives, pronouns and family
   * words inside a term are skipped ({@code "brush my teeth"} is oral care), as the code's reading
   * skips them. The answer is empty, not a guess, for words this vocabulary does not know ({@code
   * "dusjen"}): a request with such a code is in scope for the standard scope policy, so a platform
   * maps its own words with {@link #withSynonyms} or has a connector look at such requests first.
   *
   * <p>Constant time for a known term; otherwise as {@link #canonical}, once per code. Thread-safe.
   *
   * @param words the word or words, for example {@code "Boodschappen"} or {@code "wound care"};
   *     not null; may be empty (the answer is then empty)
   * @return the capability of the entry, or empty if the words name no one kind of help of an entry
   * @throws NullPointerException naming {@code words} if it is null
   */
  public Optional<Capability> resolve(String words) {
    String key = normalise(Objects.requireNonNull(words, "words"));
    VocabularyEntry entry = byTerm.get(key);
    if (entry != null) {
      return Optional.of(entry.capability());
    }
    String code = key.replace(' ', '-');
    if (code.isEmpty() || code.length() > 64 || !code.chars().allMatch(c -> c < 128)) {
      return Optional.empty(); // no code can be made of these words: only a known term names anything
    }
    VocabularyEntry read = byCapability.get(canonical(Capability.of(code)));
    return read == null ? Optional.empty() : Optional.of(read.capability());
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
   * The kind of help a capability names as this vocabulary reads it, by the same reading as {@link
   * #category}: the entry's capability for a code that is an entry's code, label or synonym ({@code
   * boodschappen}, {@code boodschappen-doen} and {@code autorit} are {@link
   * Capability#GROCERIES_AND_ERRANDS} and {@link Capability#RIDE_BY_CAR}); for any other code, the
   * one kind of help its words name when every word is understood, as a part of an offer is read
   * ({@code naar-de-kapper} is a trip, so a ride by car; {@code bike-repair} is small jobs, the
   * bike being a thing of small jobs); else the capability itself, so that a code of an
   * organisation's own whose words the vocabulary does not know ({@code knitting}) or one that
   * names several kinds of help ({@code boodschappen-en-koken}) compares by its code alone. Matching judges "offers this help" by it: a member offers what a
   * request asks when both read as the same kind of help ({@link Member#offerOf(Capability,
   * CapabilityVocabulary)}). The answer read for a capability is its own answer again.
   *
   * <p>Constant time for a code an entry names and for a capability value asked about before;
   * otherwise as {@link #category}, once per code (the answer is kept).
   *
   * @param capability the capability, not null
   * @return the kind of help, never null; the capability itself where the reading names none
   * @throws NullPointerException naming {@code capability} if it is null
   * @since 0.1.0
   */
  public Capability canonical(Capability capability) {
    Objects.requireNonNull(capability, "capability");
    Object[] last = capability.kind; // the answer of the vocabulary asked last, for this value
    if (last != null && last[0] == this) {
      return (Capability) last[1];
    }
    VocabularyEntry entry = byCapability.get(capability);
    Capability kind;
    if (entry != null) {
      kind = entry.capability();
    } else {
      kind = readKinds.get(capability);
      if (kind == null) {
        OfferReading reading = OfferReading.read(capability.code().replace('-', ' '), this);
        kind = reading.found().size() == 1 && reading.isComplete() ? reading.found().get(0) : capability;
        if (readKinds.size() < 10_000) { // as readCodes: never unbounded
          readKinds.put(capability, kind);
        }
      }
    }
    capability.kind = new Object[] {this, kind};
    return kind;
  }

  /**
   * Whether a capability is circle help or which kind of professional care.
   *
   * <p>A code an entry names has that entry's category. Any other code is read exactly as a part
   * of an offer is ({@link #readOffers}, {@link OfferReading}), its hyphens as spaces, so that a
   * request is referred whenever the same words offered by a member would be refused: known terms
   * first, the longest first ({@code medicijnen-ophalen-apotheek} is the errand "medicijnen
   * ophalen", not the medication "medicijnen"; {@code auto-wassen} a small job, not washing); word
   * forms ({@code douche} is {@code douchen}, {@code nagel} {@code nagels}, {@code bezoekjes}
   * {@code bezoek}); a term written as one word ({@code medicijnenophalen}); a Dutch compound of a
   * care term and a verb, another care term or a word such as "hulp" ({@code insulinespuiten},
   * {@code stomaverzorging}, {@code douchehulp}); and one typing error in a run of five letters or
   * more ({@code steunkouzen}) that does not turn a word naming a kind of help into another ({@code
   * tillen-geven} is lifting, not {@code pillen geven}), or in such a compound of seven letters or more when the word after
   * the care word is one the vocabulary knows ({@code duochehulp}, {@code douchheulp}). The first kind of personal or nursing care found decides, however
   * it is combined ({@code moeder-douchen}, {@code hulp-bij-douche}, {@code douche-hulp}), with
   * three exceptions that read an act and its object ({@link VocabularyEntry#things()}): a thing of
   * care with an act is what the act is about ({@code insuline-ophalen} an errand, {@code
   * douche-repareren} a small job); an act of care done to a thing or an animal is not care ({@code
   * hond-wassen} pet care, {@code boot-wassen} a small job); and {@code naar} or {@code to} before
   * anything but care is a trip ({@code naar-pedicure} a ride). Words that
   * {@linkplain VocabularyEntry#countsOnlyAlone() count only alone} (household help, medical
   * questions, the pedicure) decide only when no other kind of help is named: {@code
   * rit-naar-dokter} is a ride, {@code dokter} a medical question. A code with none of these is
   * circle help, so organisations can add kinds of help of their own. A code that reads as care only
   * because its object is a thing the vocabulary does not know is put right by adding the thing
   * ({@link VocabularyEntry#things()}) or the code as a synonym ({@link #withSynonyms}); the
   * standard vocabulary has the common ones (windows, cars, bikes, boats, dishes, laundry, curtains,
   * pets), in the word orders people write.
   *
   * <p>Constant time for a code an entry names; otherwise linear in the code's length times the
   * vocabulary's size, once per code (the answer is kept).
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
      known = categoryOf(OfferReading.read(capability.code().replace('-', ' '), this).found());
      if (readCodes.size() < 10_000) { // codes are a circle's kinds of help: few; never unbounded
        readCodes.put(capability, known);
      }
    }
    return known;
  }

  /**
   * The category of kinds of help named together: the first of personal or nursing care, else the
   * first that is not circle help (those that count only alone are left out already when other
   * help is named), else circle help.
   */
  private HelpCategory categoryOf(List<Capability> found) {
    HelpCategory other = HelpCategory.CIRCLE_HELP;
    for (Capability capability : found) {
      HelpCategory category = category(capability);
      if (isCare(category)) {
        return category;
      }
      if (other.isCircleHelp()) {
        other = category;
      }
    }
    return other;
  }

  /**
   * Whether a normalised term, written with spaces or as one word, is a {@linkplain
   * VocabularyEntry#things() thing} rather than an act.
   */
  boolean isThing(String phrase) {
    return things.contains(phrase);
  }

  /**
   * The capability of the term a normalised phrase is without its {@linkplain OfferReading#IGNORED
   * ignored} words ({@code "care of body"}: {@code "care of the body"}), or null.
   */
  @org.jspecify.annotations.Nullable Capability bare(String phrase) {
    return byBareTerm.get(phrase);
  }

  /** The capability a normalised term names exactly, written with spaces or as one word, or null. */
  @org.jspecify.annotations.Nullable Capability exact(String phrase) {
    VocabularyEntry entry = byTerm.get(phrase);
    if (entry == null) {
      entry = byGluedTerm.get(phrase);
    }
    return entry == null ? null : entry.capability();
  }

  /**
   * A normalised word as this vocabulary reads it: the word itself if a term has it, else the one
   * word of the terms it is a {@linkplain #forms form} of ({@code douche}: {@code douchen}; {@code
   * bezoekjes}: {@code bezoek}), else the word itself.
   */
  String canonical(String word) {
    if (words.contains(word)) {
      return word;
    }
    String found = formsOf.get(word); // douche: a form of douchen
    if (found != null) {
      return found;
    }
    for (String form : forms(word)) { // bezoekjes: bezoek; douches: douchen
      String of = words.contains(form) ? form : formsOf.get(form);
      if (of != null) {
        if (found != null && !found.equals(of)) {
          return word; // a form of two words: neither
        }
        found = of;
      }
    }
    return found == null ? word : found;
  }

  /**
   * The Dutch verb of the terms a normalised word is the stem or imperative of ({@code was}: {@code
   * wassen}; {@code knip}: {@code knippen}; {@code kleed}: {@code kleden}), or null; for reading a
   * verb written first ({@code "knip nagels"} as {@code "nagels knippen"}).
   */
  @org.jspecify.annotations.Nullable String verb(String word) {
    return verbOf.get(word);
  }

  /** Endings of Dutch and English word forms, longest first: diminutives, plurals, verbs. */
  private static final List<String> ENDINGS = List.of("tjes", "pjes", "jes", "tje", "pje", "ing", "je", "en",
      "es", "s", "n", "e");

  /**
   * The forms a normalised word may be another form of, by its ending: {@code bezoekjes} of {@code
   * bezoekje} and {@code bezoek}, {@code douchen} of {@code douche} and {@code douch}, {@code
   * pillen} of {@code pil}, {@code showering} of {@code shower}, {@code kleden} of {@code kleed} (the
   * Dutch stem, its vowel written double). A stem keeps 3 letters or more.
   * Two words are forms of each other when one is a form of the other or both have a form in
   * common ({@code douche} and {@code douchen} share {@code douch}).
   */
  static List<String> forms(String word) {
    List<String> out = new ArrayList<>(4);
    for (String ending : ENDINGS) {
      int length = word.length() - ending.length();
      if (length < 3 || !word.endsWith(ending)) {
        continue;
      }
      String stem = word.substring(0, length);
      if ((ending.equals("n") && !stem.endsWith("e")) || (ending.equals("s") && stem.endsWith("s"))) {
        continue;
      }
      out.add(stem);
      char last = stem.charAt(length - 1);
      if (length >= 4 && (ending.equals("en") || ending.equals("ing") || ending.equals("es"))
          && last == stem.charAt(length - 2) && "aeiou".indexOf(last) < 0) {
        out.add(stem.substring(0, length - 1)); // pillen: pil, shopping: shop
      }
      if (ending.equals("en") && "aeou".indexOf(stem.charAt(length - 2)) >= 0
          && "aeiouy".indexOf(last) < 0 && (length < 3 || "aeiouy".indexOf(stem.charAt(length - 3)) < 0)) {
        out.add(stem.substring(0, length - 1) + stem.charAt(length - 2) + last); // kleden: kleed, smeren: smeer
      }
    }
    return out;
  }

  /** Words after a care term that make a Dutch compound care: {@code douchehulp}, {@code wondzorg}. */
  private static final java.util.Set<String> HELP_WORDS = java.util.Set.of("hulp", "help", "zorg", "verzorging",
      "beurt", "ondersteuning", "assistentie");

  /**
   * The kind of help of a Dutch compound word that starts with a word of care: the errand or job of
   * circle help it ends with ({@code pedicurerit}, {@code insulineophalen}), else the care, when a
   * care term of 4 letters or
   * more (in any {@linkplain #forms form}) followed by a verb (ending in "en"), another care term
   * or a word such as "hulp" ({@code insulinespuiten}, {@code stomaverzorging}, {@code
   * douchehulp}); null for any other word ({@code toiletpapier}, {@code badkamer}, {@code
   * douchegordijn}: the care word must come first, and the rest must be care, a verb or help).
   */
  @org.jspecify.annotations.Nullable Capability compound(String word) {
    Capability care = compoundAsWritten(word);
    for (java.util.Iterator<String> form = forms(word).iterator(); care == null && form.hasNext(); ) {
      care = compoundAsWritten(form.next()); // douchehulps: douchehulp
    }
    if (care != null || word.length() < MIN_TYPO_COMPOUND) {
      return care;
    }
    Optional<Capability> typo = typoCompounds.get(word); // a list repeats its words: autorit on every row
    if (typo == null) {
      typo = Optional.ofNullable(careWithTypo(word));
      if (typoCompounds.size() < 10_000) { // never unbounded
        typoCompounds.put(word, typo);
      }
    }
    return typo.orElse(null);
  }

  private @org.jspecify.annotations.Nullable Capability compoundAsWritten(String word) {
    return compoundAsWritten(word, true);
  }

  /**
   * The kind of help of a compound as written; with {@code anyVerb} false a word after the care
   * word counts only when the vocabulary knows it ("hulp", a care term), not for ending in "en":
   * what a typing error is corrected to must be a word, not a guess ({@code douchegordijn} is not
   * {@code douchegordijen}).
   */
  private @org.jspecify.annotations.Nullable Capability compoundAsWritten(String word, boolean anyVerb) {
    for (int cut = word.length() - 2; cut >= 4; cut--) {
      VocabularyEntry head = byTerm.get(canonical(word.substring(0, cut)));
      if (head != null && isCare(head.category())) { // one word names nothing else: pedicurehelpen is care
        String rest = word.substring(cut);
        VocabularyEntry tail = byTerm.get(canonical(rest));
        if (tail != null && tail.category().isCircleHelp() && !things.contains(canonical(rest))) {
          return tail.capability(); // the act decides what the care word is for: pedicurerit, insulineophalen
        }
        boolean verb = anyVerb && rest.length() >= 4 && rest.endsWith("en");
        if (verb || HELP_WORDS.contains(rest) || (tail != null && careAnywhere(tail))) {
          return head.capability();
        }
      }
    }
    return null;
  }

  /**
   * The care a compound of {@value #MIN_TYPO_COMPOUND} letters or more names with one typing error
   * (a letter left out, added, changed or swapped with the next: {@code duochehulp}, {@code
   * douchheulp}), as the reading corrects a whole word; null if no word one error away reads as
   * care, or such words read as two kinds of help.
   */
  private @org.jspecify.annotations.Nullable Capability careWithTypo(String word) {
    if (word.length() < MIN_TYPO_COMPOUND) {
      return null;
    }
    Capability care = null;
    StringBuilder candidate = new StringBuilder(word.length() + 1);
    for (int at = 0; at <= word.length(); at++) {
      for (int kind = 0; kind < 4; kind++) { // 0 left out, 1 swapped, 2 changed, 3 added
        for (char letter = 'a'; letter <= (kind < 2 ? 'a' : 'z'); letter++) {
          if (at == word.length() && kind < 3) {
            continue;
          }
          if (kind == 1 && at + 1 >= word.length()) {
            continue;
          }
          candidate.setLength(0);
          candidate.append(word, 0, at);
          switch (kind) {
            case 0 -> candidate.append(word, at + 1, word.length());
            case 1 -> candidate.append(word.charAt(at + 1)).append(word.charAt(at)).append(word, at + 2, word.length());
            case 2 -> candidate.append(letter).append(word, at + 1, word.length());
            default -> candidate.append(letter).append(word, at, word.length());
          }
          Capability read = compoundAsWritten(candidate.toString(), false);
          if (read != null && isCare(category(read))) {
            if (care != null && !care.equals(read)) {
              return null; // one error from two kinds of care: not a typing error we can correct
            }
            care = read;
          }
        }
      }
    }
    return care;
  }

  /** The fewest letters of a compound read with a typing error ({@link #careWithTypo}). */
  private static final int MIN_TYPO_COMPOUND = 7;

  private static boolean careAnywhere(VocabularyEntry entry) {
    return isCare(entry.category()) && !entry.countsOnlyAlone();
  }

  /** Whether a kind of help is personal or nursing care (the other words of its part say whom for). */
  boolean namesCare(Capability capability) {
    return isCare(category(capability));
  }

  /**
   * Whether a category is personal or nursing care, which a circle never does, whatever else a
   * code or offer names with it.
   */
  private static boolean isCare(HelpCategory category) {
    return category == HelpCategory.PERSONAL_CARE || category == HelpCategory.NURSING_CARE;
  }

  /**
   * Whether a kind of help's words count only as the whole of a code or of a part of an offer
   * ({@link VocabularyEntry#countsOnlyAlone()}).
   */
  boolean countsOnlyAlone(Capability capability) {
    return alone.contains(capability);
  }

  /**
   * A readable name of a capability: the label of the kind of help this vocabulary reads it as
   * ({@link #canonical}), so {@code boodschappen} is "groceries and errands" and {@code
   * naar-de-kapper}, a trip, "ride by car" ("autorit" in Dutch); a code read as no kind of help of
   * an entry ({@code knitting}) is its own label. Constant time for a code an entry names;
   * otherwise as {@link #canonical}.
   *
   * @param capability the capability, not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the label of the entry of its kind of help, or the code where no entry names one
   */
  public String label(Capability capability, Locale locale) {
    VocabularyEntry entry = byCapability.get(canonical(Objects.requireNonNull(capability, "capability")));
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
        String alone = table.getProperty(key + ".alone");
        if (alone != null) {
          entry.countsOnlyAlone(Boolean.parseBoolean(alone.strip()));
        }
        for (String synonym : table.getProperty(key + ".synonyms", "").split(",", -1)) {
          if (!synonym.isBlank()) {
            entry.addSynonyms(synonym.strip());
          }
        }
        for (String thing : table.getProperty(key + ".things", "").split(",", -1)) {
          if (!thing.isBlank()) {
            entry.addThings(thing.strip());
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
