package nl.voorzorgcirkel.core.checkin;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import nl.voorzorgcirkel.core.internal.Blames;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import nl.voorzorgcirkel.core.model.MemberId;
import org.immutables.value.Value;

/**
 * A member's agreement to be checked on (omkijken): "my buddy rings me if I have not been seen for
 * {@code buddyAfterDays} days, a connector after {@code connectorAfterDays}". Without a buddy, a
 * connector rings after {@code connectorAfterDays}.
 *
 * <p>Made only with the member's consent; withdrawing it ({@link CheckIns#optOut}) is always
 * possible. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CheckInAgreement {

  CheckInAgreement() {}

  /**
   * A new builder.
   *
   * <p>Required: {@code member}. Optional, with their defaults: {@code buddy} (empty: no buddy);
   * {@code buddyAfterDays} (3); {@code connectorAfterDays} (5); {@code start} (empty: set one, see
   * {@link #start()}).
   *
   * <p>{@code build()} throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException}
   * listing every broken rule at once, each by attribute and rule, in English and Dutch and without
   * personal data: a required attribute left out as {@code NotNull} ("must be given"), a value
   * outside its accessor's range by that constraint, and the rules between attributes: the buddy
   * not the member ({@code CheckInAgreement.buddyIsNotTheMember}), {@code connectorAfterDays} after
   * {@code buddyAfterDays} ({@code CheckInAgreement.connectorAfterBuddy}) and a {@code start} in
   * the years 1 to 9999 ({@code CheckInAgreement.supportedStart}).
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An agreement with a buddy.
   *
   * @param member the member checked on, not null
   * @param buddy who rings first, not null, not the member
   * @param buddyAfterDays days without contact before the buddy rings, 1 to 30
   * @param connectorAfterDays days without contact before a connector rings, more than {@code
   *     buddyAfterDays}, at most 60
   * @return the agreement
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if a rule is broken
   */
  public static CheckInAgreement of(MemberId member, MemberId buddy, int buddyAfterDays,
      int connectorAfterDays) {
    return builder().member(member).buddy(buddy).buddyAfterDays(buddyAfterDays)
        .connectorAfterDays(connectorAfterDays).build();
  }

  /**
   * An agreement with a buddy, made on a day: quiet days count from that day at the earliest.
   *
   * @param member the member checked on, not null
   * @param buddy who rings first, not null, not the member
   * @param buddyAfterDays days without contact before the buddy rings, 1 to 30
   * @param connectorAfterDays days without contact before a connector rings, more than {@code
   *     buddyAfterDays}, at most 60
   * @param start the day the agreement was made (or the platform began checking in), not null
   * @return the agreement
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if a rule is broken
   * @since 0.1.0
   */
  public static CheckInAgreement of(MemberId member, MemberId buddy, int buddyAfterDays,
      int connectorAfterDays, LocalDate start) {
    return builder().member(member).buddy(buddy).buddyAfterDays(buddyAfterDays)
        .connectorAfterDays(connectorAfterDays).start(start).build();
  }

  /**
   * The day the agreement was made, or the platform began checking in: quiet days never count from
   * before it, so a member with no contact logged yet is first rung {@link #buddyAfterDays()} after
   * it, and that day the call {@linkplain CheckInCall#isNewToday() is new}. Set it when the agreement
   * is made; a platform that takes up check-ins for existing agreements sets it to that day.
   *
   * @return the day, in the years 1 to 9999; empty if not known, and then quiet days may count from
   *     the day the member joined (a member who joined two years ago with no contact logged is
   *     "730 days quiet" on the first day, and the call was reached long ago, so it is never new)
   */
  public abstract Optional<LocalDate> start();

  @AssertTrue(message = "{vzc.CheckInAgreement.supportedStart}")
  @Blames("start")
  boolean supportedStart() {
    return start().map(day -> day.getYear() >= 1 && day.getYear() <= 9999).orElse(true);
  }

  /**
   * The member checked on.
   *
   * @return the id, never null
   */
  @NotNull
  public abstract MemberId member();

  /**
   * Who rings first: a member the member chose.
   *
   * @return the buddy, or empty if a connector rings first
   */
  public abstract Optional<MemberId> buddy();

  /**
   * Days without contact before the buddy rings.
   *
   * @return 1 to 30, default 3
   */
  @Value.Default
  @Min(1)
  @Max(30)
  public int buddyAfterDays() {
    return 3;
  }

  /**
   * Days without contact before a connector rings.
   *
   * @return 1 to 60, more than {@link #buddyAfterDays()} when there is a buddy; default 5
   */
  @Value.Default
  @Min(1)
  @Max(60)
  public int connectorAfterDays() {
    return 5;
  }

  @AssertTrue(message = "{vzc.CheckInAgreement.buddyIsNotTheMember}")
  @Blames("buddy")
  boolean buddyIsNotTheMember() {
    return member() == null || !buddy().filter(member()::equals).isPresent();
  }

  @AssertTrue(message = "{vzc.CheckInAgreement.connectorAfterBuddy}")
  @Blames("connectorAfterDays")
  boolean connectorAfterBuddy() {
    return buddy().isEmpty() || connectorAfterDays() > buddyAfterDays();
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }

  /**
   * The builder. Not thread-safe.
   *
   * <p>One method per attribute of {@link CheckInAgreement}, named after it and taking its value, with the
   * rules, units and ranges its accessor states; for a list or set attribute also {@code addX} (one
   * or several values) and {@code addAllX} (an iterable), the {@code x(iterable)} method replacing
   * what was added; for an optional attribute one method taking the value (not null) and one taking
   * an {@code Optional}. {@code from(value)} copies every attribute of a value. A missing or null
   * required attribute is not refused where it is set but by {@code build()}, which checks every
   * rule at once and throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException} listing
   * each broken one by attribute, in English and Dutch, without personal data.
   */
  public static final class Builder extends ImmutableCheckInAgreement.Builder {
    Builder() {}
  }
}
