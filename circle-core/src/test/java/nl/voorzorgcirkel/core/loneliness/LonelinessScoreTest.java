package nl.voorzorgcirkel.core.loneliness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** The six-item De Jong Gierveld scale, scored as its manual prescribes. */
class LonelinessScoreTest {

  private static final MemberId M = MemberId.of("m-1");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @Test
  void threeEmotionalAndThreeSocialStatements() {
    long emotional = java.util.Arrays.stream(LonelinessItem.values())
        .filter(i -> i.dimension() == LonelinessItem.Dimension.EMOTIONAL).count();
    assertEquals(6, LonelinessItem.values().length);
    assertEquals(3, emotional);
  }

  @Test
  void emotionalStatementsScoreYesAndMoreOrLessSocialOnesNoAndMoreOrLess() {
    assertTrue(LonelinessItem.EMPTINESS.lonelyAnswer(LonelinessAnswer.YES));
    assertTrue(LonelinessItem.EMPTINESS.lonelyAnswer(LonelinessAnswer.MORE_OR_LESS));
    assertFalse(LonelinessItem.EMPTINESS.lonelyAnswer(LonelinessAnswer.NO));
    assertFalse(LonelinessItem.PEOPLE_CLOSE.lonelyAnswer(LonelinessAnswer.YES));
    assertTrue(LonelinessItem.PEOPLE_CLOSE.lonelyAnswer(LonelinessAnswer.MORE_OR_LESS));
    assertTrue(LonelinessItem.PEOPLE_CLOSE.lonelyAnswer(LonelinessAnswer.NO));
  }

  @Test
  void aCbsStyleRespondentScores() {
    // empty: yes (1), rely on: no (1), trust: yes (0), miss people: no (0), close: more or less (1),
    // rejected: no (0)
    LonelinessScore s = LonelinessScore.parse(M, DAY, List.of("ja", "No", "YES", "nee", "min of meer", "no"), "row 2");
    assertEquals(OptionalInt.of(3), s.total());
    assertEquals(OptionalInt.of(1), s.emotional());
    assertEquals(OptionalInt.of(2), s.social());
    assertEquals(Optional.of(LonelinessLevel.MODERATELY_LONELY), s.level());
  }

  @Test
  void oneMissingAnswerStillGivesATotalButNotItsSubscale() {
    LonelinessScore s = LonelinessScore.parse(M, DAY, List.of("yes", "no", "no", "yes", "", "yes"), "row 3");
    assertEquals(OptionalInt.of(5), s.total(), "the missing one scores 0");
    assertEquals(OptionalInt.of(3), s.emotional());
    assertEquals(OptionalInt.empty(), s.social());
    assertEquals(Optional.of(LonelinessLevel.SEVERELY_LONELY), s.level());
    LonelinessScore two = LonelinessScore.parse(M, DAY, List.of("yes", "", "no", "", "no", "yes"), "row 4");
    assertEquals(OptionalInt.empty(), two.total(), "two missing: no total");
    assertEquals(Optional.empty(), two.level());
  }

  @Test
  void levelsFollowTheManualsCutOffs() {
    int[] totals = {0, 1, 2, 4, 5, 6};
    LonelinessLevel[] levels = {LonelinessLevel.NOT_LONELY, LonelinessLevel.NOT_LONELY,
        LonelinessLevel.MODERATELY_LONELY, LonelinessLevel.MODERATELY_LONELY,
        LonelinessLevel.SEVERELY_LONELY, LonelinessLevel.SEVERELY_LONELY};
    for (int i = 0; i < totals.length; i++) {
      assertEquals(levels[i], LonelinessLevel.of(totals[i]));
    }
    assertThrows(InvalidValueException.class, () -> LonelinessLevel.of(7));
  }

  @Test
  void badCellsAreAllNamedInEnglishAndDutchWithoutQuotingThem() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> LonelinessScore.parse(
        M, DAY, List.of("yes", "sometimes-secret", "no", "soms", "no", "no"), "row 7"));
    assertEquals(2, e.violations().size());
    assertEquals("row 7, PEOPLE_TO_RELY_ON", e.violations().get(0).path());
    assertEquals("row 7, MISS_PEOPLE_AROUND", e.violations().get(1).path());
    assertEquals("lonelinessAnswer", e.violations().get(0).rule());
    String en = e.message(Locale.ENGLISH);
    String nl = e.message(Locale.forLanguageTag("nl"));
    assertTrue(en.contains("more or less"), en);
    assertTrue(nl.contains("min of meer"), nl);
    assertFalse(en.contains("secret") || nl.contains("secret") || en.contains("soms"));
    InvalidValueException five = assertThrows(InvalidValueException.class,
        () -> LonelinessScore.parse(M, DAY, List.of("yes", "no", "no", "no", "no"), "row 8"));
    assertEquals("lonelinessItems", five.violations().get(0).rule());
    assertTrue(five.message(Locale.forLanguageTag("nl")).contains("6 uitspraken"));
    assertThrows(InvalidValueException.class,
        () -> LonelinessScore.parse(M, DAY, List.of("", "", "", "", "", ""), "row 9"));
  }

  @Test
  void toStringShowsNeitherMemberNorAnswers() {
    LonelinessScore s = LonelinessScore.of(M, DAY, Map.of(LonelinessItem.EMPTINESS, LonelinessAnswer.YES));
    assertEquals("LonelinessScore[2026-03-01]", s.toString());
  }

  @Test
  void scoresStayInRangeAndTheTotalIsTheSumOfTheSubscales() {
    Props.property("loneliness-score-ranges", 500)
        .forAll(lists().of(integers().between(0, 3)).ofSize(6))
        .checkAssert(codes -> {
          Map<LonelinessItem, LonelinessAnswer> answers = new EnumMap<>(LonelinessItem.class);
          for (int i = 0; i < 6; i++) {
            if (codes.get(i) < 3) {
              answers.put(LonelinessItem.values()[i], LonelinessAnswer.values()[codes.get(i)]);
            }
          }
          if (answers.isEmpty()) {
            return;
          }
          LonelinessScore s = LonelinessScore.of(M, DAY, answers);
          assertEquals(answers.size() >= 5, s.total().isPresent());
          s.total().ifPresent(t -> assertTrue(t >= 0 && t <= 6));
          s.emotional().ifPresent(t -> assertTrue(t >= 0 && t <= 3));
          s.social().ifPresent(t -> assertTrue(t >= 0 && t <= 3));
          if (s.emotional().isPresent() && s.social().isPresent()) {
            assertEquals(s.emotional().getAsInt() + s.social().getAsInt(), s.total().getAsInt());
          }
        });
  }
}
