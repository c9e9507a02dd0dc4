package nl.voorzorgcirkel.core.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.immutables.value.Value;

/**
 * A help request (hulpvraag): a member needs a kind of help, within a time window, for about so
 * long, perhaps at a place or with a destination.
 *
 * <p>The request itself does not change; its progress (asked, accepted, done, ...) is tracked by
 * {@code nl.voorzorgcirkel.core.lifecycle.RequestLifecycle}. Places and the description are
 * personal data and never appear in {@code toString()}. The expected duration fits in the window.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class HelpRequest {

  HelpRequest() {}

  /**
   * A new builder. Required: {@code id}, {@code requester}, {@code capability}, {@code window},
   * {@code expectedDuration}, {@code createdAt}.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this request's values, for a changed copy.
   *
   * @return a builder; not thread-safe
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The request's identifier.
   *
   * @return the id, never null
   */
  @NotNull
  public abstract RequestId id();

  /**
   * The member who needs help. A family member may have posted the request on their behalf; the
   * requester is still the member.
   *
   * @return the member id, never null
   */
  @NotNull
  public abstract MemberId requester();

  /**
   * The kind of help needed.
   *
   * @return the capability, never null
   */
  @NotNull
  public abstract Capability capability();

  /**
   * When the help is needed.
   *
   * @return the window, never null
   */
  @NotNull
  public abstract TimeWindow window();

  /**
   * How long the help is expected to take, including travel.
   *
   * @return 1 minute to 24 hours, no longer than the window
   */
  @NotNull
  @DurationMin(minutes = 1)
  @DurationMax(hours = 24)
  public abstract Duration expectedDuration();

  /**
   * Where the help happens, when that matters (personal data).
   *
   * @return the place, empty if it does not matter or is the requester's home
   */
  @Value.Redacted
  public abstract Optional<GeoPoint> place();

  /**
   * Where a ride or errand goes, when that matters (personal data).
   *
   * @return the destination, empty if there is none
   */
  @Value.Redacted
  public abstract Optional<GeoPoint> destination();

  /**
   * How soon an answer is needed.
   *
   * @return the urgency, {@link Urgency#ROUTINE} unless set
   */
  @Value.Default
  @NotNull
  public Urgency urgency() {
    return Urgency.ROUTINE;
  }

  /**
   * Whether the request comes back.
   *
   * @return the recurrence, {@link Recurrence#oneOff()} unless set
   */
  @Value.Default
  @NotNull
  public Recurrence recurrence() {
    return Recurrence.oneOff();
  }

  /**
   * A free-text description (personal data: never logged or shown in {@code toString()}).
   *
   * @return up to 2,000 characters, empty if none; line breaks and tabs are the only control
   *     characters allowed
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 2000) @Pattern(regexp = Texts.FREE, message = "{vzc.Text.free}") String> description();

  /**
   * When the request was filed.
   *
   * @return the instant, never null, in the years 1 to 9999
   */
  @NotNull
  public abstract Instant createdAt();

  @AssertTrue(message = "{vzc.HelpRequest.supportedYears}")
  boolean supportedYears() {
    return Arguments.supported(createdAt());
  }

  @AssertTrue(message = "{vzc.HelpRequest.durationFitsWindow}")
  boolean durationFitsWindow() {
    return window() == null
        || expectedDuration() == null
        || expectedDuration().compareTo(window().length()) <= 0;
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }

  /** The builder. Not thread-safe. */
  public static final class Builder extends ImmutableHelpRequest.Builder {
    Builder() {}
  }
}
