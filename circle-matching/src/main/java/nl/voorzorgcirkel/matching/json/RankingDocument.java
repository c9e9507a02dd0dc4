package nl.voorzorgcirkel.matching.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.matching.ranking.AskStatus;
import nl.voorzorgcirkel.matching.ranking.Audience;
import nl.voorzorgcirkel.matching.ranking.ExclusionReason;
import nl.voorzorgcirkel.matching.ranking.Ranking;

/**
 * A {@link Ranking} as an audience may read it, as JSON (schema {@code ranking}, version {@value
 * #VERSION}).
 *
 * <p>For {@link Audience#CONNECTOR} everything: every candidate with their answer and earliest
 * start, every exclusion with its rule and figures. For {@link Audience#MEMBER} what {@link
 * Ranking#explain(Audience, java.util.Locale)} shows a member: candidates who said no are not
 * candidates but exclusions, and a private reason (a requester's wish not to be helped by someone,
 * an absence, a pause, a decline, a rule of the caller's own) is only {@value #PRIVATE}, without
 * figures; no earliest starts.
 *
 * <p>A request whose time has passed ({@link ExclusionReason#TOO_LATE}) is not private: members
 * read it in words ({@link nl.voorzorgcirkel.matching.ranking.Exclusion#message(Audience,
 * java.util.Locale)}, {@link Ranking#explain(Audience, java.util.Locale)}), and members' batch
 * plans give the unplaced code {@code too-late}. In a members' ranking document it is still
 * written {@value #PRIVATE}: version 1 of the schema, frozen, lists the only codes a members'
 * document may hold, and {@code too-late} came after it. Of the codes listed, {@value #PRIVATE}
 * ("cannot take it this time", also the code of any reason version 1 does not list) is the only
 * one that is true of a request that is over; any other (such as {@code not-available}) would
 * tell something false about the member. A next schema version will list {@code too-late}.
 *
 * @param schemaVersion {@value #VERSION}
 * @param audience who may read it, not null
 * @param request the request ranked, not null
 * @param scope whether the circle can take it on, and if not where it belongs, not null
 * @param notificationBudget how many members to ask at once, 1 or more
 * @param candidates the eligible members in the ranking's order, not null
 * @param exclusions the members who cannot take it, by member id, not null
 * @since 0.1.0
 */
public record RankingDocument(
    @JsonProperty(required = true) int schemaVersion,
    Audience audience,
    RequestId request,
    Scope scope,
    @JsonProperty(required = true) int notificationBudget,
    List<Candidate> candidates,
    List<Exclusion> exclusions) implements ResultDocument {

  /** The current version of the ranking schema. */
  public static final int VERSION = 1;

  /** The code of an exclusion whose reason the audience may not see. */
  public static final String PRIVATE = "private";

  private static final String TYPE = "Ranking";

  /**
   * Checks every field.
   *
   * @param schemaVersion see the record description
   * @param audience see the record description
   * @param request see the record description
   * @param scope see the record description
   * @param notificationBudget see the record description
   * @param candidates see the record description
   * @param exclusions see the record description
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the rule
   */
  public RankingDocument {
    schemaVersion = Rules.atLeast(schemaVersion, 1, TYPE, "schemaVersion");
    Rules.given(audience, TYPE, "audience");
    Rules.given(request, TYPE, "request");
    Rules.given(scope, TYPE, "scope");
    notificationBudget = Rules.atLeast(notificationBudget, 1, TYPE, "notificationBudget");
    candidates = Rules.list(candidates, TYPE, "candidates");
    exclusions = Rules.list(exclusions, TYPE, "exclusions");
    if (audience == Audience.MEMBER) {
      for (int i = 0; i < candidates.size(); i++) {
        Candidate c = candidates.get(i);
        if (c.askStatus() == AskStatus.DECLINED) {
          throw Rules.notForMembers(TYPE, "candidates[" + i + "].askStatus");
        }
        if (c.earliestStart().isPresent()) {
          throw Rules.notForMembers(TYPE, "candidates[" + i + "].earliestStart");
        }
      }
    }
    Exclusion.check(exclusions, audience, TYPE, "exclusions");
  }

  /**
   * A ranking as an audience may read it.
   *
   * @param ranking the ranking, not null
   * @param audience who reads it, not null
   * @return the document, in the current version
   */
  public static RankingDocument of(Ranking ranking, Audience audience) {
    Objects.requireNonNull(ranking, "ranking");
    Objects.requireNonNull(audience, "audience");
    boolean member = audience == Audience.MEMBER;
    List<Candidate> candidates = new ArrayList<>();
    List<Exclusion> exclusions = new ArrayList<>();
    for (nl.voorzorgcirkel.matching.ranking.RankedCandidate c : ranking.candidates()) {
      if (member && c.askStatus() == AskStatus.DECLINED) {
        exclusions.add(new Exclusion(c.member(), PRIVATE, Map.of()));
      } else {
        candidates.add(Candidate.of(c, audience));
      }
    }
    ranking.exclusions().forEach(e -> exclusions.add(Exclusion.of(e, audience)));
    exclusions.sort(Comparator.comparing(Exclusion::member));
    return new RankingDocument(VERSION, audience, ranking.request(), Scope.of(ranking.scope()),
        ranking.notificationBudget(), candidates, exclusions);
  }

  /**
   * Whether the circle can take the request on, and if not where it belongs.
   *
   * @param reasonCode the scope policy's code, {@code "in-scope"} for a request the circle takes
   *     on; not null, of the form {@link ScopeDecision#refer} requires (lower-case letters and
   *     digits in words joined by single hyphens or dots, at most 60 characters), as the v1 schema
   *     says: never free text
   * @param referral where an out-of-scope request belongs; empty when in scope
   * @since 0.1.0
   */
  public record Scope(String reasonCode, Optional<ReferralTarget> referral) {

    /**
     * Checks every field.
     *
     * @param reasonCode see the record description
     * @param referral see the record description
     * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the
     *     rule
     */
    public Scope {
      // the shape ScopeDecision.refer requires, as the schema says: free text would carry personal data
      Arguments.reasonCode(Rules.given(reasonCode, "Scope", "reasonCode"), "Scope", "reasonCode");
      Rules.given(referral, "Scope", "referral");
    }

    static Scope of(ScopeDecision decision) {
      return new Scope(decision.reasonCode(), decision.referral());
    }
  }

  /**
   * An eligible member.
   *
   * @param member the member, not null
   * @param rank the position, 1 for the best
   * @param score the total score, 0 to 1
   * @param askStatus where they stand with the request, not null; never {@code DECLINED} for
   *     members
   * @param earliestStart when they would help; empty for members, or when the rules did not look
   *     at availability
   * @param parts the parts of the score, not null
   * @since 0.1.0
   */
  public record Candidate(
      MemberId member,
      @JsonProperty(required = true) int rank,
      @JsonProperty(required = true) double score,
      AskStatus askStatus,
      Optional<Instant> earliestStart,
      List<ScorePart> parts) {

    /**
     * Checks every field.
     *
     * @param member see the record description
     * @param rank see the record description
     * @param score see the record description
     * @param askStatus see the record description
     * @param earliestStart see the record description
     * @param parts see the record description
     * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the
     *     rule
     */
    public Candidate {
      Rules.given(member, "Candidate", "member");
      rank = Rules.atLeast(rank, 1, "Candidate", "rank");
      score = Rules.between(score, 0, 1, "Candidate", "score");
      Rules.given(askStatus, "Candidate", "askStatus");
      Rules.given(earliestStart, "Candidate", "earliestStart");
      parts = Rules.list(parts, "Candidate", "parts");
    }

    static Candidate of(nl.voorzorgcirkel.matching.ranking.RankedCandidate c, Audience audience) {
      List<ScorePart> parts = new ArrayList<>();
      c.parts().forEach(p -> parts.add(new ScorePart(p.code(), p.weight(), p.value(), p.contribution(),
          Rules.figures(p.figures(), "ScorePart", "figures", false))));
      return new Candidate(c.member(), c.rank(), c.score(), c.askStatus(),
          audience == Audience.MEMBER ? Optional.empty() : c.earliestStart(), parts);
    }
  }

  /**
   * One part of a candidate's score.
   *
   * @param code the score's code, such as {@code "distance"}; not blank
   * @param weight its weight, 0 or more
   * @param value its value for the candidate, 0 to 1
   * @param contribution what it adds to the total, 0 to 1
   * @param figures the figures behind the value, by name: numbers, texts or true/false; not null
   * @since 0.1.0
   */
  public record ScorePart(
      String code,
      @JsonProperty(required = true) double weight,
      @JsonProperty(required = true) double value,
      @JsonProperty(required = true) double contribution,
      Map<String, Object> figures) {

    /**
     * Checks every field; the figures are kept ordered by name.
     *
     * @param code see the record description
     * @param weight see the record description
     * @param value see the record description
     * @param contribution see the record description
     * @param figures see the record description
     * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the
     *     rule
     */
    public ScorePart {
      Rules.notBlank(code, "ScorePart", "code");
      weight = Rules.notNegative(weight, "ScorePart", "weight");
      value = Rules.between(value, 0, 1, "ScorePart", "value");
      contribution = Rules.between(contribution, 0, 1, "ScorePart", "contribution");
      figures = Rules.figures(figures, "ScorePart", "figures", true);
    }
  }

  /**
   * A member who cannot take the request, and the rule that ruled them out.
   *
   * @param member the member, not null
   * @param code the rule's code (see {@link nl.voorzorgcirkel.matching.ranking.ExclusionReason}),
   *     or {@value RankingDocument#PRIVATE} where the audience may not see it; not blank
   * @param figures the figures behind it, by name; empty when private; not null
   * @since 0.1.0
   */
  public record Exclusion(MemberId member, String code, Map<String, Object> figures) {

    /**
     * Checks every field; the figures are kept ordered by name.
     *
     * @param member see the record description
     * @param code see the record description
     * @param figures see the record description
     * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the
     *     rule
     */
    public Exclusion {
      Rules.given(member, "Exclusion", "member");
      Rules.notBlank(code, "Exclusion", "code");
      figures = Rules.figures(figures, "Exclusion", "figures", true);
      if (code.equals(PRIVATE) && !figures.isEmpty()) {
        throw Arguments.invalid("Exclusion", "figures", "emptyWhenPrivate", Map.of());
      }
    }

    /** Members see no private reason but as {@value RankingDocument#PRIVATE}. */
    static void check(List<Exclusion> exclusions, Audience audience, String type, String field) {
      if (audience != Audience.MEMBER) {
        return;
      }
      for (int i = 0; i < exclusions.size(); i++) {
        String code = exclusions.get(i).code();
        if (!code.equals(PRIVATE) && (ExclusionReason.ofCode(code).map(ExclusionReason::isPrivate).orElse(true)
            || afterVersion1(code))) {
          throw Rules.notForMembers(type, field + "[" + i + "].code");
        }
      }
    }

    /**
     * Whether a standard reason came after schema version 1, whose members' documents list the
     * reasons members may read: members read it as {@value RankingDocument#PRIVATE} until a new
     * version lists it ({@link ExclusionReason#TOO_LATE}; connectors read every code).
     */
    private static boolean afterVersion1(String code) {
      return code.equals(ExclusionReason.TOO_LATE.code());
    }

    static Exclusion of(nl.voorzorgcirkel.matching.ranking.Exclusion e, Audience audience) {
      return audience == Audience.MEMBER && (e.isPrivate() || afterVersion1(e.code()))
          ? new Exclusion(e.member(), PRIVATE, Map.of())
          : new Exclusion(e.member(), e.code(), Rules.figures(e.figures(), "Exclusion", "figures", false));
    }
  }
}
