package nl.voorzorgcirkel.core.loneliness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;

/**
 * One member's answers on the six-item De Jong Gierveld scale on one day, and the scores they give,
 * computed as the scale's manual prescribes:
 *
 * <ul>
 *   <li>each statement scores 1 for a lonely answer ({@link LonelinessItem#lonelyAnswer}), else 0;
 *   <li>the total (0 to 6) is the sum, given when at most one statement is unanswered (the
 *       unanswered one scores 0), else absent;
 *   <li>the emotional and the social score (0 to 3 each) are the sums over their three statements,
 *       given only when all three are answered.
 * </ul>
 *
 * <p>The answers are personal data: {@code toString()} shows only the day. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class LonelinessScore {

  private final MemberId member;
  private final LocalDate day;
  private final Map<LonelinessItem, LonelinessAnswer> answers;

  private LonelinessScore(MemberId member, LocalDate day, Map<LonelinessItem, LonelinessAnswer> answers) {
    this.member = member;
    this.day = day;
    this.answers = answers;
  }

  /**
   * A member's answers.
   *
   * @param member who answered, not null
   * @param day the day they answered, not null, in the years 1 to 9999
   * @param answers the answers by statement, not null, without nulls; statements not answered are
   *     left out
   * @return the score
   * @throws InvalidValueException with rule {@code atLeast} on {@code answers} if none is answered
   */
  public static LonelinessScore of(MemberId member, LocalDate day,
      Map<LonelinessItem, LonelinessAnswer> answers) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(answers, "answers");
    if (!Arguments.supported(day)) {
      throw Arguments.invalid("LonelinessScore", "day", "supportedDay", Map.of());
    }
    Map<LonelinessItem, LonelinessAnswer> copy = new EnumMap<>(LonelinessItem.class);
    answers.forEach((item, answer) -> copy.put(Objects.requireNonNull(item, "answers key"),
        Objects.requireNonNull(answer, "answers value")));
    if (copy.isEmpty()) {
      throw Arguments.invalid("LonelinessScore", "answers", "atLeast", Map.of("min", 1));
    }
    return new LonelinessScore(member, day, Collections.unmodifiableMap(copy));
  }

  /**
   * A member's answers as text, one cell per statement in {@link LonelinessItem} order, as a form
   * or a spreadsheet gives them: each read by {@link LonelinessAnswer#parse}; an empty cell is a
   * statement not answered. Every bad cell is reported at once.
   *
   * @param member who answered, not null
   * @param day the day they answered, not null
   * @param cells six cells, not null, without nulls
   * @param row where the cells came from, for the error (for example {@code "row 4"}), not null
   * @return the score
   * @throws InvalidValueException listing every violation, in English and Dutch: rule {@code
   *     lonelinessItems} if there are not six cells, {@code lonelinessAnswer} for each cell that
   *     is not an answer, {@code atLeast} if none is answered
   */
  public static LonelinessScore parse(MemberId member, LocalDate day, List<String> cells,
      String row) {
    Objects.requireNonNull(row, "row");
    List<String> given = Arguments.noNulls(cells, "cells");
    LonelinessItem[] items = LonelinessItem.values();
    if (given.size() != items.length) {
      throw Arguments.invalid("LonelinessScore", row, "lonelinessItems",
          Map.of("count", items.length, "given", given.size()));
    }
    Map<LonelinessItem, LonelinessAnswer> answers = new EnumMap<>(LonelinessItem.class);
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < items.length; i++) {
      if (given.get(i).isBlank()) {
        continue;
      }
      try {
        answers.put(items[i], LonelinessAnswer.parse(given.get(i), row + ", " + items[i].name()));
      } catch (InvalidValueException e) {
        violations.addAll(e.violations());
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidValueException(violations);
    }
    return of(member, day, answers);
  }

  /**
   * Who answered.
   *
   * @return the member, never null
   */
  public MemberId member() {
    return member;
  }

  /**
   * The day they answered.
   *
   * @return the day, never null
   */
  public LocalDate day() {
    return day;
  }

  /**
   * The answers, by statement in {@link LonelinessItem} order; statements not answered are absent.
   *
   * @return an unmodifiable map, 1 to 6 entries
   */
  public Map<LonelinessItem, LonelinessAnswer> answers() {
    return answers;
  }

  /**
   * The total score: lonely answers over all six statements.
   *
   * @return 0 to 6, or empty if more than one statement is unanswered
   */
  public OptionalInt total() {
    return answers.size() < LonelinessItem.values().length - 1 ? OptionalInt.empty()
        : OptionalInt.of(count(null));
  }

  /**
   * The emotional loneliness score.
   *
   * @return 0 to 3, or empty if an emotional statement is unanswered
   */
  public OptionalInt emotional() {
    return subscale(LonelinessItem.Dimension.EMOTIONAL);
  }

  /**
   * The social loneliness score.
   *
   * @return 0 to 3, or empty if a social statement is unanswered
   */
  public OptionalInt social() {
    return subscale(LonelinessItem.Dimension.SOCIAL);
  }

  /**
   * The category of the total score.
   *
   * @return the category, or empty if there is no total
   */
  public Optional<LonelinessLevel> level() {
    OptionalInt total = total();
    return total.isPresent() ? Optional.of(LonelinessLevel.of(total.getAsInt())) : Optional.empty();
  }

  private OptionalInt subscale(LonelinessItem.Dimension dimension) {
    for (LonelinessItem item : LonelinessItem.values()) {
      if (item.dimension() == dimension && !answers.containsKey(item)) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.of(count(dimension));
  }

  private int count(LonelinessItem.@org.jspecify.annotations.Nullable Dimension dimension) {
    int score = 0;
    for (Map.Entry<LonelinessItem, LonelinessAnswer> e : answers.entrySet()) {
      if ((dimension == null || e.getKey().dimension() == dimension)
          && e.getKey().lonelyAnswer(e.getValue())) {
        score++;
      }
    }
    return score;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LonelinessScore that && member.equals(that.member)
        && day.equals(that.day) && answers.equals(that.answers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(member, day, answers);
  }

  /**
   * The day only: the member and the answers are personal data.
   *
   * @return for example {@code LonelinessScore[2026-03-01]}
   */
  @Override
  public String toString() {
    return "LonelinessScore[" + day + "]";
  }
}
