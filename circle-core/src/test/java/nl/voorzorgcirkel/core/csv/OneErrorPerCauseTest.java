package nl.voorzorgcirkel.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.BuildingId;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.HelpCategory;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.SeriesId;
import nl.voorzorgcirkel.core.model.TripId;
import nl.voorzorgcirkel.core.model.VocabularyEntry;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * One error per cause in a cell (user test 9, L8): a blank id is "must not be blank" alone, not
 * also the identifier's form it breaks by being blank; an offer of personal care with words saying
 * whom it is for ("moeder wassen") is the care alone, not also an unknown kind of help.
 */
class OneErrorPerCauseTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final String HEADER = "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Wil helpen met";

  private static ImportResult<Member> read(String... rows) {
    String file = HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
    return MemberCsv.read(file.getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS);
  }

  private static String row(String id, String offers) {
    return id + ";Anna;1948;52,379;5,223;1-3-2025;" + offers;
  }

  private static List<String> problems(ImportResult<?> result) {
    return result.errors().stream().map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule())
        .collect(Collectors.toList());
  }

  @Test
  void aBlankIdIsOneErrorNamingTheRowTheColumnAndTheRule() {
    ImportResult<Member> result = read(row("", "boodschappen"), row("  ", "koken"), row("m-3", "koken"));
    assertEquals(List.of("2:Nr:required", "3:Nr:required"), problems(result));
    RowError blank = result.errors().get(0);
    assertEquals("row 2, column Nr: must not be blank", blank.message(Locale.ENGLISH));
    assertEquals("rij 2, kolom Nr: mag niet leeg zijn", blank.message(DUTCH));
    assertEquals(List.of("m-3"), result.values().stream().map(m -> m.id().value()).toList());
  }

  /** The rule behind it, in the model: a blank text breaks its form only by being blank. */
  @Test
  void aBlankIdentifierOfAnyKindBreaksOneRule() {
    List<Function<String, ?>> kinds = List.of(MemberId::of, RequestId::of, CircleId::of, BuildingId::of,
        TripId::of, SeriesId::of, Capability::of);
    for (Function<String, ?> kind : kinds) {
      for (String blank : List.of("", " ", "\t")) {
        List<String> rules = new ArrayList<>();
        try {
          kind.apply(blank);
        } catch (InvalidValueException e) {
          e.violations().forEach(v -> rules.add(v.path() + ":" + v.rule()));
        }
        assertEquals(1, rules.size(), rules.toString());
        assertEquals("NotBlank", rules.get(0).substring(rules.get(0).indexOf(':') + 1), rules.toString());
      }
    }
    // a value that is there but of the wrong form still breaks the form, and one too long both rules
    assertEquals(List.of("Pattern"), rules(() -> MemberId.of("-x")));
    assertEquals(List.of("Pattern", "Size"), rules(() -> MemberId.of("-" + "x".repeat(64))));
  }

  private static List<String> rules(Runnable build) {
    try {
      build.run();
      return List.of();
    } catch (InvalidValueException e) {
      return e.violations().stream().map(Violation::rule).sorted().toList();
    }
  }

  @Test
  void personalCareWithWordsSayingWhomItIsForIsOneErrorTheCare() {
    ImportResult<Member> result = read(row("m-1", "moeder wassen"));
    assertEquals(List.of("2:Wil helpen met:offer-out-of-scope"), problems(result));
    RowError care = result.errors().get(0);
    assertEquals("row 2, column Wil helpen met: washing or showering cannot be offered in a circle: personal care"
        + " is not something the circle does: it belongs with district nursing", care.message(Locale.ENGLISH));
    assertEquals("rij 2, kolom Wil helpen met: wassen of douchen kan in een cirkel niet aangeboden worden:"
        + " persoonlijke verzorging doet de cirkel niet: dit hoort bij de wijkverpleging", care.message(DUTCH));
    for (String cell : List.of("mijn moeder wassen", "wassen van moeder", "buurvrouw douchen",
        "oma helpen met douchen", "moeder aankleden", "wondzorg moeder", "insuline spuiten bij de buurman")) {
      assertEquals(List.of("2:Wil helpen met:offer-out-of-scope"), problems(read(row("m-1", cell))), cell);
    }
  }

  /** Every word of personal and nursing care, with a person's word before or after it. */
  @Test
  void everyCareWordBesideAnotherWordIsOneError() {
    CapabilityVocabulary vocabulary = CapabilityVocabulary.standard();
    int cells = 0;
    for (VocabularyEntry entry : vocabulary.entries()) {
      if (entry.category() != HelpCategory.PERSONAL_CARE && entry.category() != HelpCategory.NURSING_CARE) {
        continue;
      }
      List<String> words = new ArrayList<>(entry.synonyms());
      words.add(entry.dutchLabel());
      words.add(entry.englishLabel());
      for (String word : words) {
        for (String cell : List.of("moeder " + word, word + " buurman", "mijn vader " + word)) {
          assertEquals(List.of("2:Wil helpen met:offer-out-of-scope"), problems(read(row("m-1", cell))), cell);
          cells++;
        }
      }
    }
    assertEquals(true, cells > 30, "cells " + cells);
  }

  @Test
  void twoCausesInACellAreStillTwoErrors() {
    assertEquals(List.of("2:Wil helpen met:offer-out-of-scope", "2:Wil helpen met:offer-unknown"),
        problems(read(row("m-1", "douchen en breien"))), "care, and knitting as an offer of its own");
    assertEquals(List.of("2:Wil helpen met:offer-out-of-scope", "2:Wil helpen met:offer-unknown"),
        problems(read(row("m-1", "moeder wassen, pianoles"))));
    assertEquals(List.of("2:Wil helpen met:offer-unknown"), problems(read(row("m-1", "koken pianoles"))),
        "beside circle help an unknown word may be an offer of its own: still told");
    assertEquals(List.of("2:Wil helpen met:offer-out-of-scope", "2:Nr:required"),
        problems(read(row("", "moeder wassen"))));
  }
}
