package nl.voorzorgcirkel.core.care;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.i18n.Messages;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.scope.ReferralTarget;

/**
 * A suggestion that a member may need more than the circle should give: why, and where a referral
 * could go. The member stays in the circle for company; the signal is for the connectors (health
 * data), names the member by id only, and is never a judgement of the member.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CareSignal {

  private final MemberId member;
  private final List<CareReason> reasons;
  private final List<ReferralTarget> referrals;
  private final Map<String, Object> figures;

  CareSignal(MemberId member, List<CareReason> reasons, List<ReferralTarget> referrals,
      Map<String, ?> figures) {
    this.member = Objects.requireNonNull(member, "member");
    this.reasons = List.copyOf(reasons);
    this.referrals = List.copyOf(referrals);
    this.figures = java.util.Collections.unmodifiableMap(new TreeMap<>(figures));
  }

  /**
   * The member concerned.
   *
   * @return the id, never null
   */
  public MemberId member() {
    return member;
  }

  /**
   * What crossed the circle's thresholds, in the order of {@link CareReason}.
   *
   * @return an unmodifiable list, never empty
   */
  public List<CareReason> reasons() {
    return reasons;
  }

  /**
   * Where a referral could go, most fitting first: the municipality's social team and a family
   * carers' meeting, and district nursing when the member became dependent.
   *
   * @return an unmodifiable list, never empty
   */
  public List<ReferralTarget> referrals() {
    return referrals;
  }

  /**
   * The figures behind the signal: {@code weeks} (heavy weeks in a row), {@code hours} and {@code
   * kinds} (of the last week), each present when it applies.
   *
   * @return an unmodifiable sorted map
   */
  public Map<String, Object> figures() {
    return figures;
  }

  /**
   * The suggestion as a sentence for a connector, naming the member by id.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the text, never null
   */
  public String message(Locale locale) {
    Map<String, Object> arguments = new TreeMap<>(figures);
    arguments.put("member", member);
    arguments.put("reasons", reasons.stream()
        .map(r -> Messages.format("care." + r.name(), locale, figures))
        .collect(Collectors.joining("; ")));
    arguments.put("referrals", referrals.stream().map(r -> r.label(locale))
        .collect(Collectors.joining(Messages.format("care.or", locale))));
    return Messages.format("care.suggestion", locale, arguments);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CareSignal
        && ((CareSignal) other).member.equals(member)
        && ((CareSignal) other).reasons.equals(reasons)
        && ((CareSignal) other).referrals.equals(referrals)
        && ((CareSignal) other).figures.equals(figures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(member, reasons, referrals, figures);
  }

  /**
   * The member id and reason codes only: the figures are health data.
   *
   * @return for example {@code "CareSignal{m-3 [HOURS_PER_WEEK]}"}
   */
  @Override
  public String toString() {
    return "CareSignal{" + member + " " + reasons + "}";
  }
}
