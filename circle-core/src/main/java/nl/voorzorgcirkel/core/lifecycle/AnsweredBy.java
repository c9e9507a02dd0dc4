package nl.voorzorgcirkel.core.lifecycle;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.FamilyCarerId;
import nl.voorzorgcirkel.core.model.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * Who gave a member's answer to an ask (yes or no) and so is accountable for it in the history:
 * the member themselves, a connector of the circle (after phoning a member without a smartphone,
 * or for a member who asked the connectors to answer for them), or a family carer who is not a
 * member of the circle (a daughter answers for her father). The answer stays the member's: they
 * are the helper or the one who said no; this records only who gave it.
 *
 * <p>Whether someone may answer for a member is the circle's rule, declared in advance (see the
 * coordination module's {@code AnswerMandates}); the lifecycle only refuses a connector or member
 * recorded as answering for themselves ({@code answered-for-themselves}).
 *
 * <p>Written to JSON and read back as its {@link #toString()}: {@code "member"}, {@code
 * "connector:m-1"} or {@code "family-carer:fc-7"}; ids only, never a name. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class AnsweredBy {

  /** Who answered. */
  public enum Kind {
    /** The member themselves. */
    MEMBER,
    /** A connector of the circle, for the member. */
    CONNECTOR,
    /** A family carer (mantelzorger) who is not a circle member, for the member. */
    FAMILY_CARER
  }

  private static final AnsweredBy MEMBER = new AnsweredBy(Kind.MEMBER, null, null);
  private static final String CONNECTOR_PREFIX = "connector:";
  private static final String CARER_PREFIX = "family-carer:";

  private final Kind kind;
  private final @Nullable MemberId connector;
  private final @Nullable FamilyCarerId familyCarer;

  private AnsweredBy(Kind kind, @Nullable MemberId connector, @Nullable FamilyCarerId familyCarer) {
    this.kind = kind;
    this.connector = connector;
    this.familyCarer = familyCarer;
  }

  /**
   * The member answered themselves (the default of every answer).
   *
   * @return the member
   */
  public static AnsweredBy member() {
    return MEMBER;
  }

  /**
   * A connector answered for the member.
   *
   * @param connector the connector, not null
   * @return who answered
   */
  public static AnsweredBy connector(MemberId connector) {
    return new AnsweredBy(Kind.CONNECTOR, Objects.requireNonNull(connector, "connector"), null);
  }

  /**
   * A family carer answered for the member.
   *
   * @param carer the family carer's id, not null; never their name
   * @return who answered
   */
  public static AnsweredBy familyCarer(FamilyCarerId carer) {
    return new AnsweredBy(Kind.FAMILY_CARER, null, Objects.requireNonNull(carer, "carer"));
  }

  /**
   * Reads the text form of {@link #toString()}.
   *
   * @param text {@code "member"}, {@code "connector:<member id>"} or {@code
   *     "family-carer:<family carer id>"}, not null
   * @return who answered
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if the text is none of these
   *     (an {@link IllegalArgumentException}, in English and Dutch; the text is not quoted)
   */
  public static AnsweredBy parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.equals("member")) {
      return MEMBER;
    }
    if (text.startsWith(CONNECTOR_PREFIX)) {
      return connector(MemberId.of(text.substring(CONNECTOR_PREFIX.length())));
    }
    if (text.startsWith(CARER_PREFIX)) {
      return familyCarer(FamilyCarerId.of(text.substring(CARER_PREFIX.length())));
    }
    throw Arguments.invalid("AnsweredBy", "text", "answeredBy", Map.of());
  }

  /**
   * Who answered.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The connector who answered.
   *
   * @return the connector for {@link Kind#CONNECTOR}, empty otherwise
   */
  public Optional<MemberId> connector() {
    return Optional.ofNullable(connector);
  }

  /**
   * The family carer who answered.
   *
   * @return the carer's id for {@link Kind#FAMILY_CARER}, empty otherwise
   */
  public Optional<FamilyCarerId> familyCarer() {
    return Optional.ofNullable(familyCarer);
  }

  /**
   * Whether someone else answered for the member.
   *
   * @return true unless the member answered themselves
   */
  public boolean isOnBehalf() {
    return kind != Kind.MEMBER;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AnsweredBy o && o.kind == kind && Objects.equals(o.connector, connector)
        && Objects.equals(o.familyCarer, familyCarer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, connector, familyCarer);
  }

  /**
   * The text form, read back by {@link #parse}: ids only.
   *
   * @return {@code "member"}, {@code "connector:m-1"} or {@code "family-carer:fc-7"}
   */
  @Override
  public String toString() {
    return connector != null ? CONNECTOR_PREFIX + connector
        : familyCarer != null ? CARER_PREFIX + familyCarer : "member";
  }
}
