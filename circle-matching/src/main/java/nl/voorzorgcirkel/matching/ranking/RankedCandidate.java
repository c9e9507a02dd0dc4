package nl.voorzorgcirkel.matching.ranking;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.i18n.MessageTable;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.matching.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * An eligible member in a ranking, with their total score and its parts. Not a {@link
 * nl.voorzorgcirkel.matching.formation.Candidate}, a senior in a pool from which circles are
 * formed: the names differ so that code that forms circles and ranks helpers needs no qualified
 * names.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RankedCandidate {

  private final MemberId member;
  private final int rank;
  private final double score;
  private final List<ScorePart> parts;
  private final @Nullable Instant earliestStart;
  private final AskStatus status;

  RankedCandidate(MemberId member, int rank, double score, List<ScorePart> parts, @Nullable Instant earliestStart,
      AskStatus status) {
    this.member = Objects.requireNonNull(member, "member");
    this.rank = rank;
    this.score = score;
    this.parts = List.copyOf(parts);
    this.earliestStart = earliestStart;
    this.status = Objects.requireNonNull(status, "status");
  }

  RankedCandidate withRank(int newRank) {
    return new RankedCandidate(member, newRank, score, parts, earliestStart, status);
  }

  RankedCandidate withStatus(AskStatus newStatus) {
    return new RankedCandidate(member, rank, score, parts, earliestStart, newStatus);
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
   * When the member would help: the earliest moment in the request's window that fits their
   * weekly slots and overlaps none of the help they promised at set times. The week of this
   * instant is the week whose capacity the help counts against.
   *
   * @return the instant, or empty if the strategy's rules did not look at availability
   */
  public Optional<Instant> earliestStart() {
    return Optional.ofNullable(earliestStart);
  }

  /**
   * Where the member stands with this request: not asked, asked and not answered, or said no.
   *
   * @return the status; {@link AskStatus#NOT_ASKED} when the request was ranked without its
   *     lifecycle
   */
  public AskStatus askStatus() {
    return status;
  }

  /**
   * The candidate explained to a member, one line, without their answer to the request.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return for example {@code "1. m-04 0.81: 240 m away (+0.22), ..."}
   */
  public String explain(Locale locale) {
    return explain(Audience.MEMBER, locale);
  }

  /**
   * The candidate explained to an audience, one line; for a connector with whether they said no.
   *
   * @param audience who reads it, not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return for example {@code "1. m-04 0.81: 240 m away (+0.22), ..."}
   */
  public String explain(Audience audience, Locale locale) {
    String line = rank + ". " + member + " " + MessageTable.number(score, "0.00", locale) + ": "
        + parts.stream().map(p -> p.explain(locale)).collect(Collectors.joining(", "));
    return audience == Audience.CONNECTOR && status == AskStatus.DECLINED
        ? line + " " + Texts.format("candidate.declined", locale, java.util.Map.of()) : line;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RankedCandidate candidate
        && candidate.member.equals(member)
        && candidate.rank == rank
        && Double.compare(candidate.score, score) == 0
        && candidate.parts.equals(parts)
        && Objects.equals(candidate.earliestStart, earliestStart)
        && candidate.status == status;
  }

  @Override
  public int hashCode() {
    return Objects.hash(member, rank, score, parts, earliestStart, status);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d. %s %.3f %s", rank, member, score, parts);
  }
}
