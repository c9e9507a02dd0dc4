package nl.voorzorgcirkel.coordination.messaging;

import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * To whom a message goes: the circle's app group, or one member. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Recipient {

  private static final Recipient GROUP = new Recipient(null);

  private final @Nullable MemberId member;

  private Recipient(@Nullable MemberId member) {
    this.member = member;
  }

  /**
   * The circle's app group.
   *
   * @return the group recipient
   */
  public static Recipient group() {
    return GROUP;
  }

  /**
   * One member.
   *
   * @param member the member, not null
   * @return the recipient
   */
  public static Recipient member(MemberId member) {
    return new Recipient(Objects.requireNonNull(member, "member"));
  }

  /**
   * Whether this is the app group.
   *
   * @return true for the group
   */
  public boolean isGroup() {
    return member == null;
  }

  /**
   * The member, for a message to one member.
   *
   * @return the member, empty for the group
   */
  public Optional<MemberId> member() {
    return Optional.ofNullable(member);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Recipient && Objects.equals(((Recipient) other).member, member);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(member);
  }

  /**
   * The group or the member id.
   *
   * @return {@code "group"} or the member id, for example {@code "m-3"}
   */
  @Override
  public String toString() {
    return member == null ? "group" : member.toString();
  }
}
