package nl.voorzorgcirkel.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.voorzorgcirkel.core.internal.Spelling;
import org.jspecify.annotations.Nullable;

/**
 * What a cell of offers in people's own words says, read against a {@link CapabilityVocabulary}
 * ({@link CapabilityVocabulary#readOffers(String)}): the kinds of help it names, how many of them
 * were named with a typing error or in another word form, and the parts it does not understand, with the kinds of help
 * they are nearest to ("did you mean").
 *
 * <p>A cell is a list ({@code "boodschappen, autorijden en koken"}): items separated by commas,
 * semicolons, slashes, plus signs, ampersands, vertical bars or line breaks. In an item the longest
 * runs of words that the vocabulary knows are taken first ({@code "brengen en halen"} is one kind
 * of help, {@code "autorijden en koken"} two), and a term of several words may be written as one
 * ({@code "ramenwassen"} is {@code "ramen wassen"}). A word is also read in its other forms
 * (plural, diminutive, verb or noun: {@code "douche"} is {@code "douchen"}, {@code "bezoekjes"}
 * {@code "bezoek"}, {@code "nagel"} {@code "nagels"}), and a Dutch compound of a word of personal or
 * nursing care and a verb, another care word or a word such as "hulp" is that care ({@code
 * "insulinespuiten"}, {@code "douchehulp"}). The same reading decides the category of a request's
 * code ({@link CapabilityVocabulary#category}), so an offer is refused exactly where a request with
 * the same words is referred. The small words between them ({@code en}, {@code
 * and}, {@code of}, {@code graag}, {@code naar}, ...) are skipped. After {@code naar}, or after
 * {@code to} and an article, words the vocabulary does not know are the place a trip goes to, not
 * words not understood: {@code "naar de kapper"} and {@code "to the dentist"} are rides, while
 * {@code "happy to knit"} is not understood (right after {@code to} a word may be a verb). Words of household help and
 * medical questions ({@code dokter}, {@code huisarts}, {@code ziekenhuis}, {@code stofzuigen}) name
 * a kind of help only as the whole of a part of an item ({@code en}, {@code and}, {@code of} or
 * {@code or} after a kind of help starts a new part), as in a code ({@link CapabilityVocabulary#category}); in a part that names
 * another kind of help they say what that help is about: {@code "rit naar de dokter"} is a ride,
 * {@code "boodschappen voor het huishouden"} groceries, while {@code "koken en stofzuigen"} still
 * names household cleaning and {@code "rit naar de dokter en insuline spuiten"} medication (words
 * of personal and nursing care always count). The other words of a part that names personal or
 * nursing care say whom or what the care is for ({@code "moeder wassen"}, {@code "insuline spuiten
 * bij de buurman"}): the part is that care, and none of its words is unknown. A run of words within one typing error of a
 * word of at least {@value #MIN_CORRECTED} letters, and no nearer to another kind of help, is read
 * as that word ({@code "boodschapen"}, {@code "koekn"}), but a word that names a kind of help alone
 * is read as written ({@code "tillen geven"} is lifting, not {@code "pillen geven"}) unless the
 * correction keeps the kind of help the run names ({@code "ride by cat"}) or makes it personal or
 * nursing care that the run as written does not name ({@code "personal car"}: a typing error never
 * takes care out of a referral); anything else is not understood and never
 * becomes a kind of help of its own. Suggestions are the kinds of help whose words are within a
 * third of the length (at least 2, at most 4) typing errors, nearest first, at most three.
 *
 * <p>The kinds of help found may include ones a circle does not give ({@code "douchen"} is {@code
 * washing}); ask the vocabulary's {@link CapabilityVocabulary#category(Capability) category}.
 *
 * <p>Immutable and thread-safe. The words of a cell are personal data: {@code toString()} shows
 * the kinds of help found and the counts, never the words not understood.
 *
 * @param found the kinds of help named, in the order named, without repeats; not null
 * @param corrected how many of them were named with a typing error or in another word form than the
 *     vocabulary's, 0 or more
 * @param unknown the parts not understood, in order; not null
 * @param items how many items the cell lists, 0 or more
 * @since 0.1.0
 */
public record OfferReading(List<Capability> found, int corrected, List<Unknown> unknown, int items) {

  /** Words shorter than this are never corrected: "tuim" may be "tuin", or not. */
  static final int MIN_CORRECTED = 5;

  private static final Set<String> SMALL_WORDS = Set.of("en", "and", "of", "or", "ook", "wel", "graag",
      "met", "de", "het", "een", "the", "a", "an", "to", "in", "bij", "voor", "for", "with", "etc", "enz", "ik",
      "kan", "i", "can", "naar", "van", "from");
  /** Words of purpose: care after them, in a part that names circle help, is what the help is for. */
  private static final Set<String> PURPOSE_WORDS = Set.of("voor", "for");
  /** Words of going somewhere: before a place or a professional they make the part a ride or an errand. */
  private static final Set<String> TRIP_WORDS = Set.of("naar", "to");
  /**
   * Articles and possessives: after {@code to}, words the vocabulary does not know are a place ({@code "to the
   * dentist"}); right after it they may be a verb ({@code "happy to knit"}), and stay unknown.
   */
  private static final Set<String> ARTICLES = Set.of("de", "het", "een", "the", "a", "an", "my",
      "his", "her", "their", "our", "mijn", "zijn", "haar", "hun", "ons", "onze");
  /**
   * Words that carry no meaning for the kind of help: articles, possessives, personal pronouns and
   * family words used as possessors, in English and Dutch ({@code "brush my teeth"} is {@code "brush
   * teeth"}, {@code "hulp bij het eten"} {@code "hulp bij eten"}), and {@code doen} or {@code do} as a
   * verb without content ({@code "tuin doen"}). A term that has such a word is still read as written
   * first ({@code "de was doen"}, {@code "haar kammen"}); they are skipped inside a run of words that
   * names nothing as written, and never read as words not understood. A family word never changes
   * the kind of help: it names whom the help is for, a person, never a thing.
   */
  static final Set<String> IGNORED = Set.of("the", "a", "an", "my", "your", "his", "her", "its", "our",
      "their", "me", "him", "them", "us", "mum", "mom", "mums", "moms", "s", "de", "het", "een", "n", "mijn", "m",
      "je", "jouw", "zijn", "z", "haar", "hun", "ons", "onze", "mij", "hem", "moeders", "vaders", "moeder", "vader",
      "mama", "papa", "mamas", "papas", "oma", "opa", "omas", "opas", "partner", "partners", "husband", "husbands",
      "wife", "wifes", "man", "mans", "vrouw", "vrouws", "doen", "do");

  /** The small words that join two offers in one item: a part ends at each that follows a kind of help. */
  private static final Set<String> CONJUNCTIONS = Set.of("en", "and", "of", "or");

  /**
   * A part of a cell that names no kind of help.
   *
   * @param item which item of the cell it is in, 1 for the first
   * @param words the part as the vocabulary compares it (lower case, without accents); personal
   *     data, left out of {@code toString()}; not null
   * @param suggestions the nearest kinds of help, nearest first, at most three; empty if none is
   *     near; not null
   */
  public record Unknown(int item, String words, List<Capability> suggestions) {
    /**
     * Checks and copies the components.
     *
     * @param item see the record description
     * @param words see the record description
     * @param suggestions see the record description
     * @throws IllegalArgumentException if {@code item} is below 1
     */
    public Unknown {
      if (item < 1) {
        throw new IllegalArgumentException("item must be 1 or more");
      }
      Objects.requireNonNull(words, "words");
      suggestions = List.copyOf(suggestions);
    }

    /**
     * The item and the suggestions, never the words.
     *
     * @return for example {@code "Unknown{item=2, suggestions=[meals]}"}
     */
    @Override
    public String toString() {
      return "Unknown{item=" + item + ", suggestions=" + suggestions + "}";
    }
  }

  /**
   * Checks and copies the components.
   *
   * @param found see the record description
   * @param corrected see the record description
   * @param unknown see the record description
   * @param items see the record description
   * @throws IllegalArgumentException if a count is negative
   */
  public OfferReading {
    found = List.copyOf(found);
    unknown = List.copyOf(unknown);
    if (corrected < 0 || items < 0) {
      throw new IllegalArgumentException("counts must be 0 or more");
    }
  }

  /**
   * Whether every item was understood.
   *
   * @return true if nothing is unknown
   */
  public boolean isComplete() {
    return unknown.isEmpty();
  }

  /**
   * The kinds of help found and the counts, never the words of the cell.
   *
   * @return for example {@code "OfferReading{found=[meals], corrected=1, unknown=[...], items=2}"}
   */
  @Override
  public String toString() {
    return "OfferReading{found=" + found + ", corrected=" + corrected + ", unknown=" + unknown
        + ", items=" + items + "}";
  }

  /**
   * Reads a cell: the one reading of words against a vocabulary, for offers and for the codes of
   * requests alike ({@link CapabilityVocabulary#category}).
   *
   * @param cell the cell, not null
   * @param vocabulary the vocabulary, not null
   * @return the reading
   */
  static OfferReading read(String cell, CapabilityVocabulary vocabulary) {
    Objects.requireNonNull(cell, "cell");
    SortedMap<String, Capability> terms = vocabulary.terms();
    List<Capability> found = new ArrayList<>();
    List<Match> part = new ArrayList<>();
    List<Unknown> unknown = new ArrayList<>();
    // the words of the part so far that name no kind of help: unknown unless the part names care
    List<Unknown> unread = new ArrayList<>();
    int corrected = 0;
    int items = 0;
    for (String raw : cell.split("[,;/+&|\\r\\n]+", -1)) {
      String[] written = CapabilityVocabulary.normalise(raw).split(" ", -1);
      if (written.length == 1 && written[0].isEmpty()) {
        continue;
      }
      items++;
      String[] words = new String[written.length]; // each word as the vocabulary has it: douche, douchen
      for (int w = 0; w < written.length; w++) {
        words[w] = vocabulary.canonical(written[w]);
      }
      StringBuilder missed = new StringBuilder();
      boolean afterMatch = false; // "koken en stofzuigen" joins two offers, "rit van en naar" does not
      Trip trip = new Trip();
      boolean purpose = false; // voor after circle help: the care named next is what it is for
      int i = 0;
      while (i < words.length) {
        Match best = null;
        for (int j = words.length; j > i && best == null; j--) {
          best = match(String.join(" ", Arrays.asList(written).subList(i, j)),
              String.join(" ", Arrays.asList(words).subList(i, j)), terms, vocabulary, j - i);
          if (best == null && j - i > 1) {
            best = withoutIgnored(written, words, i, j, terms, vocabulary); // brush my teeth: brush teeth
          }
        }
        if (best == null) {
          Capability care = vocabulary.compound(words[i]); // insulinespuiten, douchehulp
          best = care == null ? null : new Match(care, false, 1, false);
        }
        if (best != null) {
          if (trip.pending) { // naar de pedicure: a trip; naar het bad, to the toilet: care
            trip.pending = false;
            boolean toCare = vocabulary.namesCare(best.capability) && !vocabulary.countsOnlyAlone(best.capability);
            trip.taken |= !toCare;
            if (toCare && best.thing) { // naar het bad brengen: taking someone to the bath is care, not a ride
              best = new Match(best.capability, best.corrected, best.words, false);
            }
          }
          if (purpose && vocabulary.namesCare(best.capability)) { // boodschappen voor wondzorg: an errand
            best = new Match(best.capability, best.corrected, best.words, true);
          }
          purpose = false;
          part.add(best);
          i += best.words;
          afterMatch = true;
          flush(missed, items, terms, unread);
        } else {
          if ((afterMatch || trip.place) && CONJUNCTIONS.contains(words[i])) {
            corrected += endPart(part, trip, found, vocabulary, unread, unknown);
          }
          boolean article = trip.pending && ARTICLES.contains(words[i]);
          boolean place = trip.pending && !article && !SMALL_WORDS.contains(words[i]) && (trip.naar || trip.article);
          if (TRIP_WORDS.contains(words[i])) {
            trip.pending = true;
            trip.naar = words[i].equals("naar");
            trip.article = false;
          }
          trip.article |= article;
          trip.place |= place;
          purpose = PURPOSE_WORDS.contains(words[i]) // only right before the care: voor de wondzorg
              ? part.stream().anyMatch(m -> !m.thing && !vocabulary.namesCare(m.capability))
              : purpose && SMALL_WORDS.contains(words[i]) && !CONJUNCTIONS.contains(words[i]);
          afterMatch = false;
          if (place || article) {
            flush(missed, items, terms, unread); // the words before the trip, if any, are not the place
          } else if (!SMALL_WORDS.contains(words[i]) && !IGNORED.contains(words[i])) {
            missed.append(missed.length() == 0 ? "" : " ").append(written[i]);
          } else if (missed.length() > 0) {
            missed.append(' ').append(written[i]);
          }
          i++;
        }
      }
      flush(missed, items, terms, unread);
      corrected += endPart(part, trip, found, vocabulary, unread, unknown);
    }
    return new OfferReading(found, corrected, unknown, items);
  }

  /**
   * Adds the kinds of help of a part of an item to those found, and the part's words not understood
   * to the unknown, unless the part names personal or nursing care ({@code "moeder wassen"}: the
   * other words say whom the care is for, and the care alone refuses the offer: one cause, one
   * error); empties the part. What the part names is read as an act and its object:
   *
   * <ol>
   *   <li>a {@linkplain VocabularyEntry#things() thing} that is not care (a dog, a bike, curtains)
   *       with an act of care says the care word is done to that thing, not to a person: {@code
   *       "hond wassen"} is pet care, {@code "gordijnen wassen"} household help;
   *   <li>a trip ({@code naar} or {@code to} before anything but care: {@code "naar de pedicure"},
   *       {@code "kunstgebit naar de tandarts"}) is a ride, or an errand when a thing goes along; a
   *       thing of care after {@code naar} is where care happens, an act ({@code "naar het bad
   *       brengen"}), and care right after {@code voor} or {@code for} in a part that already names
   *       circle help is what that help is for, a thing ({@code "boodschappen voor wondzorg"});
   *   <li>with any act, things are what the act is about: {@code "insuline ophalen"} is an errand,
   *       {@code "douche repareren"} a small job, {@code "douche schoonmaken"} household help;
   *       alone a thing names its kind of help ({@code "insuline"} is giving medication);
   *   <li>words that count only alone (household help, medical questions, the pedicure) are left out
   *       when the part names another kind of help ({@code "rit naar de dokter"}).
   * </ol>
   *
   * @return how many kinds of help added were named with a typing error
   */
  private static int endPart(List<Match> part, Trip trip, List<Capability> found, CapabilityVocabulary vocabulary,
      List<Unknown> unread, List<Unknown> unknown) {
    Predicate<Match> care = m -> vocabulary.namesCare(m.capability);
    Predicate<Match> careAct = m -> !m.thing && care.test(m) && !vocabulary.countsOnlyAlone(m.capability);
    if (part.stream().anyMatch(m -> m.thing && !care.test(m))) {
      part.removeIf(careAct); // the object decides: washing a dog is not personal care
    }
    trip.taken |= trip.pending; // kunstgebit naar de tandarts: a place the vocabulary does not name
    if (trip.taken && (!part.isEmpty() || trip.place) && part.stream().noneMatch(careAct)
        && part.stream().allMatch(m -> m.thing || vocabulary.countsOnlyAlone(m.capability))) {
      boolean carried = part.stream().anyMatch(m -> m.thing);
      part.add(new Match(carried ? Capability.GROCERIES_AND_ERRANDS : Capability.RIDE_BY_CAR, false, 0, false));
    }
    trip.pending = false;
    trip.taken = false;
    trip.place = false;
    trip.article = false;
    if (part.stream().anyMatch(m -> !m.thing)) {
      part.removeIf(m -> m.thing); // the act decides what is done with the thing
    }
    if (part.stream().noneMatch(care)) {
      unknown.addAll(unread);
    }
    unread.clear();
    Predicate<Capability> onlyAlone = vocabulary::countsOnlyAlone;
    boolean other = part.stream().anyMatch(m -> !onlyAlone.test(m.capability));
    int corrected = 0;
    for (Match match : part) {
      if ((!other || !onlyAlone.test(match.capability)) && !found.contains(match.capability)) {
        found.add(match.capability);
        corrected += match.corrected ? 1 : 0;
      }
    }
    part.clear();
    return corrected;
  }

  /** Whether a part goes somewhere: a trip word seen, and whether what followed it was not care. */
  private static final class Trip {
    /** A trip word was read and no kind of help since. */
    boolean pending;
    /** The trip goes somewhere: a place or a professional named, or one the vocabulary does not know. */
    boolean taken;
    /** The last trip word was {@code naar}, which always goes somewhere ("to" also starts a verb). */
    boolean naar;
    /** An article followed the trip word: {@code to the}, {@code to a}. */
    boolean article;
    /** Words the vocabulary does not know were read as the place the trip goes to. */
    boolean place;
  }

  /**
   * The kind of help a run of words names without the {@linkplain #IGNORED ignored} words inside it, as
   * written and in the vocabulary's forms ({@code "brush my teeth"}: {@code "brush teeth"}), or with a
   * Dutch verb written first (an imperative or stem: {@code "knip nagels"}, {@code "was de voeten"})
   * read as the terms have it, last ({@code "nagels knippen"}, {@code "voeten wassen"}); null if none.
   */
  private static @Nullable Match withoutIgnored(String[] written, String[] words, int from, int to,
      SortedMap<String, Capability> terms, CapabilityVocabulary vocabulary) {
    List<String> kept = new ArrayList<>(to - from);
    List<String> keptForms = new ArrayList<>(to - from);
    for (int w = from; w < to; w++) {
      if (w == from || w == to - 1 || !IGNORED.contains(words[w])) { // the first and the last as written: haar borstelen
        kept.add(written[w]);
        keptForms.add(words[w]);
      }
    }
    Match best = null;
    if (kept.size() < to - from) {
      best = match(String.join(" ", kept), String.join(" ", keptForms), terms, vocabulary, to - from);
      for (String phrase : List.of(String.join(" ", kept), String.join(" ", keptForms))) {
        Capability bare = best == null ? vocabulary.bare(phrase) : null; // care of my body: care of the body
        if (bare != null) {
          best = new Match(bare, false, to - from, false);
        }
      }
    }
    if (best == null && kept.size() > 1) {
      String verb = vocabulary.verb(written[from]);
      if (verb == null && words[from].endsWith("en") && !words[from].equals(written[from])) {
        verb = words[from]; // kleed: kleden
      }
      if (verb != null) {
        List<String> last = new ArrayList<>(keptForms.subList(1, keptForms.size()));
        last.add(verb);
        String phrase = String.join(" ", last);
        Capability exact = vocabulary.exact(phrase);
        if (exact != null) {
          best = new Match(exact, true, to - from, vocabulary.isThing(phrase));
        }
      }
    }
    return best;
  }

  /** A run of words and the kind of help it names. */
  private record Match(Capability capability, boolean corrected, int words, boolean thing) {}

  /**
   * The kind of help a run of words names: as written, else with its words in the vocabulary's
   * forms ({@code hulp bij douche}: {@code hulp bij douchen}), else within one typing error as
   * written or in those forms; null if none or as near to two kinds of help.
   */
  private static @Nullable Match match(String written, String canonical, SortedMap<String, Capability> terms,
      CapabilityVocabulary vocabulary, int words) {
    Capability exact = vocabulary.exact(written);
    if (exact != null) {
      return new Match(exact, false, words, vocabulary.isThing(written));
    }
    exact = vocabulary.exact(canonical);
    if (exact != null) {
      return new Match(exact, true, words, vocabulary.isThing(canonical));
    }
    Match near = near(written, terms, vocabulary, words);
    return near != null || canonical.equals(written) ? near : near(canonical, terms, vocabulary, words);
  }

  private static @Nullable Match near(String phrase, SortedMap<String, Capability> terms,
      CapabilityVocabulary vocabulary, int words) {
    if (phrase.length() < MIN_CORRECTED) {
      return null;
    }
    Capability near = null;
    boolean thing = true;
    for (Map.Entry<String, Capability> term : terms.entrySet()) {
      if (term.getKey().length() >= MIN_CORRECTED && Spelling.distance(phrase, term.getKey(), 1) <= 1
          && correctable(phrase, term.getKey(), term.getValue(), vocabulary)) {
        if (near != null && !near.equals(term.getValue())) {
          return null; // as near to two kinds of help: not a typing error we can correct
        }
        near = term.getValue();
        thing &= vocabulary.isThing(term.getKey()); // a thing only if every word it is near is one
      }
    }
    return near == null ? null : new Match(near, true, words, thing);
  }

  /**
   * Whether a phrase one typing error from a term may be read as that term. Words that name nothing
   * alone are corrected freely ({@code "aride by car"}: {@code "a ride by car"}). A word that names a
   * kind of help alone was meant as written, unless the phrase names the term's kind of help in
   * another word ({@code "ride by cat"}, {@code "smalljobs in the house"}), or the term is personal
   * or nursing care and the phrase as written names none (a typing error never takes care out of a
   * referral: {@code "personal car"}, {@code "foot car"} are care, not a car): {@code "tillen
   * geven"} is lifting, not {@code "pillen geven"}. The words changed are those that touch the
   * letters between the longest common start and end of the two.
   */
  private static boolean correctable(String phrase, String term, Capability kind, CapabilityVocabulary vocabulary) {
    int shorter = Math.min(phrase.length(), term.length());
    int start = 0;
    while (start < shorter && phrase.charAt(start) == term.charAt(start)) {
      start++;
    }
    int end = 0;
    while (end < shorter - start
        && phrase.charAt(phrase.length() - 1 - end) == term.charAt(term.length() - 1 - end)) {
      end++;
    }
    int last = phrase.length() - end; // the typing error lies in [start, last] of the phrase
    boolean changesAKindOfHelp = false;
    boolean namesKind = false;
    boolean namesCare = false;
    int wordStart = 0;
    for (int at = 0; at <= phrase.length(); at++) {
      if (at == phrase.length() || phrase.charAt(at) == ' ') {
        Capability named = vocabulary.exact(phrase.substring(wordStart, at));
        changesAKindOfHelp |= named != null && wordStart <= last && at >= start;
        namesKind |= kind.equals(named);
        namesCare |= named != null && vocabulary.namesCare(named);
        wordStart = at + 1;
      }
    }
    return !changesAKindOfHelp || namesKind || (!namesCare && vocabulary.namesCare(kind));
  }

  private static void flush(StringBuilder missed, int item, SortedMap<String, Capability> terms,
      List<Unknown> unknown) {
    String phrase = missed.toString().strip();
    missed.setLength(0);
    while (endsWithSmallWord(phrase)) {
      phrase = phrase.substring(0, phrase.lastIndexOf(' ')).strip();
    }
    if (!phrase.isEmpty()) {
      unknown.add(new Unknown(item, phrase, suggestions(phrase, terms)));
    }
  }

  private static boolean endsWithSmallWord(String phrase) {
    int space = phrase.lastIndexOf(' ');
    return space > 0 && SMALL_WORDS.contains(phrase.substring(space + 1));
  }

  /**
   * The kinds of help near a phrase, nearest first, then by code; at most three. Near means within
   * one typing error per four letters of the longer of phrase and term (at least one, at most
   * four): a phrase further off is another word, not a typing error ("breien", knitting, is two
   * from "brieven", letters, for paperwork: no suggestion), while "tuim" still suggests "tuin" and
   * "bezoekje" "bezoek".
   */
  static List<Capability> suggestions(String phrase, SortedMap<String, Capability> terms) {
    Map<Capability, Integer> nearest = new TreeMap<>();
    for (Map.Entry<String, Capability> term : terms.entrySet()) {
      int limit = Math.min(4, Math.max(1, Math.max(phrase.length(), term.getKey().length()) / 4));
      int d = Spelling.distance(phrase, term.getKey(), limit);
      if (d <= limit) {
        nearest.merge(term.getValue(), d, Math::min);
      }
    }
    List<Capability> out = new ArrayList<>(nearest.keySet());
    out.sort(Comparator.comparingInt((Capability c) -> nearest.get(c)).thenComparing(c -> c));
    return List.copyOf(out.subList(0, Math.min(3, out.size())));
  }
}
