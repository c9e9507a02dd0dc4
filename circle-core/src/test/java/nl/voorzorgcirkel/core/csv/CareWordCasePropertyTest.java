package nl.voorzorgcirkel.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpCategory;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.VocabularyEntry;
import nl.voorzorgcirkel.core.scope.ScopePolicies;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * User test 7, K3: is {@code Capability.of("Douchen")} (showering, capitalised) out of scope as
 * {@code "douchen"} is, and refused as a member's offer, also from a file? For every word of
 * personal and nursing care of the standard vocabulary, in any mix of upper and lower case: a
 * file's offer is refused with the scope reason, and a capability code either is not a code at all
 * (codes are lower case: refused by {@link Capability#of}) or, in lower case, is referred by the
 * standard scope policy and cannot be a member's offer. No variant gets through as circle help.
 */
class CareWordCasePropertyTest {

  private static final CapabilityVocabulary STANDARD = CapabilityVocabulary.standard();

  /** Every label and synonym of personal and nursing care, with its entry's capability. */
  private static final List<VocabularyEntry> ENTRIES = new ArrayList<>();
  private static final List<String> WORDS = new ArrayList<>();

  static {
    for (VocabularyEntry entry : STANDARD.entries()) {
      if (entry.category() == HelpCategory.PERSONAL_CARE || entry.category() == HelpCategory.NURSING_CARE) {
        for (String term : entry.terms()) {
          ENTRIES.add(entry);
          WORDS.add(term);
        }
      }
    }
  }

  /** The word with the letters whose bit is set in {@code mask} (by position, modulo 64) upper case. */
  private static String caseVariant(String word, long mask) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      out.append((mask >>> (i % 64) & 1) == 1 ? Character.toUpperCase(c) : Character.toLowerCase(c));
    }
    return out.toString();
  }

  @Test
  void everyCaseOfEveryCareWordIsRefusedAsAnOfferAndNeverCircleHelp() {
    assertTrue(WORDS.size() > 50, "too few care words: " + WORDS.size());
    Props.property("care-words-in-any-case-refused", 3_000)
        .forAll(integers().between(0, WORDS.size() - 1), longs().all())
        .checkAssert((index, mask) -> {
          String word = WORDS.get(index);
          VocabularyEntry entry = ENTRIES.get(index);
          String variant = caseVariant(word, mask);
          assertEquals(STANDARD.resolve(word), STANDARD.resolve(variant), variant);

          // from a file: a Dutch spreadsheet's export, the offer in its own quoted cell
          String file = "\uFEFFNr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Hulpaanbod\r\n"
              + "m-1;Anna;1948;52,379;5,223;1-3-2025;\"" + variant.replace("\"", "\"\"") + "\"\r\n";
          ImportResult<Member> read = MemberCsv.read(file.getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS);
          assertEquals(List.of(), read.values(), variant);
          assertFalse(read.errors().isEmpty(), variant);
          read.errors().forEach(e -> assertEquals("offer-out-of-scope", e.rule(), variant + ": " + e));

          // as a code: lower case is the only code, and it is care
          String code = CapabilityVocabulary.normalise(word).replace(' ', '-');
          String codeVariant = caseVariant(code, mask);
          if (!codeVariant.equals(code)) {
            InvalidValueException refused = assertThrows(InvalidValueException.class, () -> Capability.of(codeVariant));
            assertEquals("Pattern", refused.violations().get(0).rule(), codeVariant);
            return;
          }
          Capability capability = Capability.of(code);
          assertEquals(entry.category(), STANDARD.category(capability), code);
          assertFalse(ScopePolicies.standard()
              .assess(Fixtures.request("r-1", "m-1").capability(capability).build()).isInScope(), code);
          InvalidValueException offered = assertThrows(InvalidValueException.class,
              () -> Fixtures.member("m-1").addCapabilities(CapabilityOffer.of(capability)).build());
          assertTrue(offered.violations().stream().anyMatch(v -> v.rule().equals("Member.offersOnlyCircleHelp") && v.path().equals("capabilities")), code);
        });
  }

  /** The case of the user test itself, spelled out. */
  @Test
  void douchenCapitalisedIsNoCodeAndNoOffer() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Capability.of("Douchen"));
    assertTrue(e.message(Locale.ENGLISH).contains("must be lower-case letters"), e.message(Locale.ENGLISH));
    assertFalse(ScopePolicies.standard()
        .assess(Fixtures.request("r-1", "m-1").capability(Capability.of("douchen")).build()).isInScope());
  }
}
