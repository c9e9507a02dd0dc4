package nl.voorzorgcirkel.core.contact;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * One contact: a member was seen or heard at an instant, how, and with whom if that is known. A
 * contact counts for both people: {@link ContactLog} indexes it under {@link #member()} and
 * {@link #with()}. No free text: what was said stays between them.
 *
 * @param member the member who was seen or heard, not null
 * @param at when, not null
 * @param kind how, not null
 * @param with the other person, if a member of the circle; not null (may be empty), not {@code
 *     member}
 * @since 0.1.0
 */
public record ContactSignal(MemberId member, Instant at, ContactKind kind, Optional<MemberId> with) {

  /**
   * Checks the components.
   *
   * @param member see the record description
   * @param at see the record description
   * @param kind see the record description
   * @param with see the record description
   * @throws IllegalArgumentException if {@code with} is the member
   */
  public ContactSignal {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(with, "with");
    if (with.filter(member::equals).isPresent()) {
      throw new IllegalArgumentException("a member has no contact with themselves");
    }
  }

  /**
   * A check-in: {@code by} reached {@code member} (by phone or at the door) at an instant.
   *
   * @param member the member checked on, not null
   * @param at when, not null
   * @param by who checked in (a buddy or a connector), not null, not {@code member}
   * @return the signal
   */
  public static ContactSignal checkIn(MemberId member, Instant at, MemberId by) {
    return new ContactSignal(member, at, ContactKind.CHECK_IN, Optional.of(by));
  }

  /**
   * A call or visit logged, with a member of the circle.
   *
   * @param member the member reached, not null
   * @param at when, not null
   * @param by who called, not null, not {@code member}
   * @return the signal
   */
  public static ContactSignal call(MemberId member, Instant at, MemberId by) {
    return new ContactSignal(member, at, ContactKind.CALL, Optional.of(by));
  }

  /**
   * A member seen or heard without another member of the circle (a call from family, logged by the
   * member themselves).
   *
   * @param member the member, not null
   * @param at when, not null
   * @param kind how, not null
   * @return the signal
   */
  public static ContactSignal of(MemberId member, Instant at, ContactKind kind) {
    return new ContactSignal(member, at, kind, Optional.empty());
  }
}
