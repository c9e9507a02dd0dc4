package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * User test 17 (M): {@code resolve("hulp bij het douchen")} was empty while the scope policy
 * referred the code {@code hulp-bij-het-douchen}. Typed words and the code made of them are read the
 * same: for random variants of every label and synonym of the standard vocabulary (case, accents,
 * spaces, hyphens and other separators), {@code resolve} of the typed words, {@code resolve} of
 * {@link Capability#fromWords}'s code and the entry of {@code canonical} of that code agree, and
 * name the term's own kind of help. Seed {@link Props#SEED} (20261126), 4,000 examples.
 */
class ResolveAgreesWithCodePropertyTest {

  private static final CapabilityVocabulary STANDARD = CapabilityVocabulary.standard();
  private static final List<String> TERMS = new ArrayList<>();
  private static final List<Capability> KINDS = new ArrayList<>();

  static {
    for (VocabularyEntry entry : STANDARD.entries()) {
      for (String term : entry.terms()) {
        TERMS.add(term);
        KINDS.add(entry.capability());
      }
    }
  }

  private static final String PLAIN = "aeiouc";
  private static final String[] ACCENTED = {"áàäâ", "éèëê", "íìïî", "óòöô", "úùüû", "ç"};
  private static final String[] GAPS = {" ", "-", "  ", " - ", "_", "/", ", "};

  /** The term typed as someone might: letters in random case and with accents, words apart by any gap. */
  static String typed(String term, long bits) {
    StringBuilder out = new StringBuilder();
    long r = bits;
    for (String word : CapabilityVocabulary.normalise(term).split(" ", -1)) {
      if (out.length() > 0) {
        out.append(GAPS[(int) Long.remainderUnsigned(r, GAPS.length)]);
        r = Long.rotateRight(r * 0x9E3779B97F4A7C15L + 1, 7);
      }
      for (char c : word.toCharArray()) {
        int vowel = PLAIN.indexOf(c);
        char letter = c;
        if (vowel >= 0 && (r & 3) == 0) {
          String accents = ACCENTED[vowel];
          letter = accents.charAt((int) ((r >>> 2) & 0xff) % accents.length());
        }
        out.append((r & 16) == 0 ? letter : Character.toUpperCase(letter));
        r = Long.rotateRight(r * 0x9E3779B97F4A7C15L + 1, 7);
      }
    }
    return (r & 1) == 0 ? out.toString() : " " + out + "! ";
  }

  @Test
  void typedWordsAndTheirCodeReadAsTheSameKindOfHelp() {
    Props.property("resolve-agrees-with-code", 4_000)
        .forAll(integers().between(0, TERMS.size() - 1), longs().all())
        .checkAssert((index, bits) -> {
          String words = typed(TERMS.get(index), bits);
          Capability code = Capability.fromWords(words);
          Optional<Capability> typed = STANDARD.resolve(words);
          assertEquals(Optional.of(KINDS.get(index)), typed, words);
          assertEquals(typed, STANDARD.resolve(code.code()), words);
          assertEquals(typed.orElseThrow(), STANDARD.canonical(code), words);
          assertEquals(STANDARD.category(typed.orElseThrow()), STANDARD.category(code), words);
        });
  }

  /** The words of the user test, typed and as codes. */
  @Test
  void theWordsOfTheUserTest() {
    Capability washing = Capability.of("washing");
    for (String words : List.of("hulp bij het douchen", "hulp-bij-het-douchen", "Hulp bij het Douchen", "mama-wassen",
        "mama wassen", "shower-help", "Shower help", "Hulp bij Douchen", "DOUCHEN", "dóuchen")) {
      assertEquals(Optional.of(washing), STANDARD.resolve(words), words);
      assertEquals(washing, STANDARD.canonical(Capability.fromWords(words)), words);
    }
    assertEquals(Optional.of(Capability.of("medication")), STANDARD.resolve("give-insulin"));
    assertEquals(Optional.of(Capability.of("medication")), STANDARD.resolve("give insulin"));
    assertEquals(Optional.of(Capability.RIDE_BY_CAR), STANDARD.resolve("naar de huisarts"));
    assertEquals(Optional.empty(), STANDARD.resolve("boodschappen en douchen"), "two kinds: none is the one");
    assertEquals(HelpCategory.PERSONAL_CARE, STANDARD.category(Capability.fromWords("boodschappen en douchen")));
    assertEquals(Optional.empty(), STANDARD.resolve("knitting"));
    assertEquals(Optional.empty(), STANDARD.resolve(""));
    assertEquals(Optional.empty(), STANDARD.resolve("straße"), "no code can be made of it, and no term names it");
  }
}
