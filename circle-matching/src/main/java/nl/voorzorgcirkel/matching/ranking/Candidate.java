package nl.voorzorgcirkel.matching.ranking;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * An eligible member in a ranking, with their total score and its parts.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Candidate {

  private final MemberId member;
  private final int rank;
  private final double score;
  private final List<ScorePart> parts;
  private final @Nullable Instant earliestStart;

  Candidate(MemberId member, int rank, double score, List<ScorePart> parts, @Nullable Instant earliestStart) {
    this.member = Objects.requireNonNull(member, "member");
    this.rank = rank;
    this.score = score;
    this.parts = List.copyOf(parts);
    this.earliestStart = earliestStart;
  }

  Candidate withRank(int newRank) {
    return new Candidate(member, newRank, score, parts, earliestStart);
  }

  /**
   * The member.
   *
   * @return the id, never null
   */
  public MemberId member() {
    return member;
  }

  /**
   * The position in the ranking.
   *
   * @return 1 for the best candidate
   */
  public int rank() {
    return rank;
  }

  /**
   * The total score: the weighted mean of the parts.
   *
   * @return 0 to 1, 1 best
   */
  public double score() {
    return score;
  }

  /**
   * The parts of the score, in the order the strategy weighs them.
   *
   * @return an unmodifiable list whose contributions add up to {@link #score()}
   */
  public List<ScorePart> parts() {
    return parts;
  }

  /**
   * The part with a code.
   *
   * @param code the code, not null
   * @return the part, or empty
   */
  public Optional<ScorePart> part(String code) {
    return parts.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /**
   * The score the candidate would have without one part, reweighted over the others.
   *
   * @param code the code of the part to leave out, not null
   * @return 0 to 1
   */
  public double scoreWithout(String code) {
    double weights = 0;
    double sum = 0;
    for (ScorePart part : parts) {
      if (!part.code().equals(code)) {
        weights += part.weight();
        sum += part.weight() * part.value();
      }
    }
    return weights == 0 ? 0.0 : sum / weights;
  }

  /**
   * The earliest moment the member could start, within the request's window.
   *
   * @return the instant, or empty if the strategy's rules did not look at availability
   */
  public Optional<Instant> earliestStart() {
    return Optional.ofNullable(earliestStart);
  }

  /**
   * The candidate explained in the reader's language, one line.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return for example {@code "1. m-04 0.81: 240 m away (+0.22), ..."}
   */
  public String explain(Locale locale) {
    return String.format(Locale.ROOT, "%d. %s %.2f: ", rank, member, score)
        + parts.stream().map(p -> p.explain(locale)).collect(Collectors.joining(", "));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Candidate candidate
        && candidate.member.equals(member)
        && candidate.rank == rank
        && Double.compare(candidate.score, score) == 0
        && candidate.parts.equals(parts)
        && Objects.equals(candidate.earliestStart, earliestStart);
  }

  @Override
  public int hashCode() {
    return Objects.hash(member, rank, score, parts, earliestStart);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d. %s %.3f %s", rank, member, score, parts);
  }
}
