package nl.voorzorgcirkel.matching.ranking;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.matching.internal.Texts;

/**
 * Who could take a request, best first, and why the others cannot; with the notification budget:
 * whom to ask first, and who comes next if they decline or do not answer.
 *
 * <p>Asking a few well-chosen members rather than the whole circle avoids notification fatigue
 * (Manshadi and Rodilitz, "Online volunteer notification", Management Science 2022). A decline
 * carries no penalty: ask the next ones.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Ranking {

  private final RequestId request;
  private final List<Candidate> candidates;
  private final List<Exclusion> exclusions;
  private final int notificationBudget;

  Ranking(RequestId request, List<Candidate> candidates, List<Exclusion> exclusions, int notificationBudget) {
    this.request = Objects.requireNonNull(request, "request");
    this.candidates = List.copyOf(candidates);
    this.exclusions = List.copyOf(exclusions);
    this.notificationBudget = notificationBudget;
  }

  /**
   * The request ranked.
   *
   * @return its id, never null
   */
  public RequestId request() {
    return request;
  }

  /**
   * Every eligible member, best first; ties broken by member id.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Candidate> candidates() {
    return candidates;
  }

  /**
   * Every member who cannot take the request, with the first rule that ruled them out, by member
   * id.
   *
   * @return an unmodifiable list
   */
  public List<Exclusion> exclusions() {
    return exclusions;
  }

  /**
   * How many members to ask at once.
   *
   * @return 1 or more
   */
  public int notificationBudget() {
    return notificationBudget;
  }

  /**
   * Whom to ask first: the best {@link #notificationBudget()} candidates.
   *
   * @return an unmodifiable list, shorter when fewer are eligible
   */
  public List<Candidate> askFirst() {
    return candidates.subList(0, Math.min(notificationBudget, candidates.size()));
  }

  /**
   * Who comes next, in order, if those asked first decline or do not answer.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Candidate> askNext() {
    return candidates.subList(Math.min(notificationBudget, candidates.size()), candidates.size());
  }

  /**
   * The best candidate.
   *
   * @return the first candidate, or empty if nobody is eligible
   */
  public Optional<Candidate> best() {
    return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
  }

  /**
   * The whole ranking explained, one line per member.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the text, never null
   */
  public String explain(Locale locale) {
    String nl = System.lineSeparator();
    StringBuilder out = new StringBuilder();
    out.append(Texts.format("ranking.askFirst", locale, java.util.Map.of("request", request))).append(nl);
    for (Candidate c : askFirst()) {
      out.append("  ").append(c.explain(locale)).append(nl);
    }
    if (!askNext().isEmpty()) {
      out.append(Texts.format("ranking.askNext", locale, java.util.Map.of())).append(nl);
      for (Candidate c : askNext()) {
        out.append("  ").append(c.explain(locale)).append(nl);
      }
    }
    if (!exclusions.isEmpty()) {
      out.append(Texts.format("ranking.excluded", locale, java.util.Map.of())).append(nl);
      for (Exclusion e : exclusions) {
        out.append("  ").append(e.member()).append(": ").append(e.message(locale)).append(nl);
      }
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ranking ranking
        && ranking.request.equals(request)
        && ranking.candidates.equals(candidates)
        && ranking.exclusions.equals(exclusions)
        && ranking.notificationBudget == notificationBudget;
  }

  @Override
  public int hashCode() {
    return Objects.hash(request, candidates, exclusions, notificationBudget);
  }

  @Override
  public String toString() {
    return "Ranking{request=" + request + ", candidates=" + candidates + ", exclusions=" + exclusions + "}";
  }
}
