package nl.voorzorgcirkel.matching.ranking;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.matching.internal.Texts;

/**
 * Why a member cannot take a request: the rule's code, the figures behind it and a readable
 * message in English or Dutch. Never holds personal data.
 *
 * <p>Some reasons are private ({@link #isPrivate()}): a requester's wish not to be helped by
 * someone, a member's absence or pause, a decline, and the codes of rules of your own, whose
 * nature this library cannot know. They are shown in full to connectors only ({@link
 * Audience}), and never in {@code toString()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Exclusion {

  private final MemberId member;
  private final String code;
  private final Map<String, Object> figures;

  private Exclusion(MemberId member, String code, Map<String, ?> figures) {
    this.member = Objects.requireNonNull(member, "member");
    this.code = Objects.requireNonNull(code, "code");
    this.figures = figures.isEmpty() ? Map.of() : Map.copyOf(figures);
  }

  /**
   * An exclusion by one of the standard rules.
   *
   * @param member the member excluded, not null
   * @param reason the rule, not null
   * @param figures the figures behind it (limits, distances), not null
   * @return the exclusion
   */
  public static Exclusion of(MemberId member, ExclusionReason reason, Map<String, ?> figures) {
    return new Exclusion(member, reason.code(), figures);
  }

  /**
   * An exclusion by a rule of your own.
   *
   * @param member the member excluded, not null
   * @param code a stable code of your rule, not null; shown as the message
   * @param figures the figures behind it, not null
   * @return the exclusion
   */
  public static Exclusion of(MemberId member, String code, Map<String, ?> figures) {
    return new Exclusion(member, code, figures);
  }

  /**
   * The member excluded.
   *
   * @return the id, never null
   */
  public MemberId member() {
    return member;
  }

  /**
   * The rule's stable code, for example {@code "lacks-capability"} (see {@link ExclusionReason}).
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * The figures behind the exclusion, for example {@code distanceMetres} and {@code maxMetres}; a
   * {@link Capability} figure is shown by its label.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> figures() {
    return figures;
  }

  /**
   * Whether the reason is for connectors only: a private standard reason ({@link
   * ExclusionReason#isPrivate()}) or the code of a rule of your own.
   *
   * @return true if members should not see it
   */
  public boolean isPrivate() {
    return ExclusionReason.ofCode(code).map(ExclusionReason::isPrivate).orElse(true);
  }

  /**
   * The reason as one audience may read it: in full for a connector; for a member, a private
   * reason becomes "cannot take it this time".
   *
   * @param audience who reads it, not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the message, never null
   */
  public String message(Audience audience, Locale locale) {
    return audience == Audience.MEMBER && isPrivate()
        ? Texts.format("exclusion.private", locale, Map.of()) : message(locale);
  }

  /**
   * The reason in full, in the reader's language: for connectors (see {@link #message(Audience,
   * Locale)}).
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the message, never null
   */
  public String message(Locale locale) {
    String key = "exclusion." + code;
    if (!Texts.has(key)) {
      return code; // a rule of the caller's own, as documented at of(MemberId, String, Map)
    }
    Map<String, Object> shown = new TreeMap<>(figures);
    shown.replaceAll((name, value) -> value instanceof Capability capability ? capability.label(locale) : value);
    return Texts.format(key, locale, shown);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Exclusion exclusion
        && exclusion.member.equals(member)
        && exclusion.code.equals(code)
        && exclusion.figures.equals(figures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(member, code, figures);
  }

  /**
   * The member and, for a reason that is not private, the code and figures.
   *
   * @return for example {@code "m-4 excluded: at-capacity {...}"} or {@code "m-4 excluded"}
   */
  @Override
  public String toString() {
    return isPrivate() ? member + " excluded" : member + " excluded: " + code + " " + new TreeMap<>(figures);
  }
}
