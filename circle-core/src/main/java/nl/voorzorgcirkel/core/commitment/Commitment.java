package nl.voorzorgcirkel.core.commitment;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.voorzorgcirkel.core.internal.Blames;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.SeriesId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.TripId;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.immutables.value.Value;

/**
 * Help a member said yes to and has not given yet: {@link #helper()} will help {@link
 * #recipient()} with a {@link #capability()}, for about {@link #duration()}, in {@link #window()},
 * starting at about {@link #start()}.
 *
 * <p>A fixed window is a set time: the help starts at the window's start, and no other help of the
 * same helper at a set time may overlap it. A flexible window leaves the time to the helper: it
 * overlaps nothing until a time is agreed ({@link #withAgreedStart(Instant)}), and counts in the
 * week of its planned {@link #start()}: the start the ranking or batch plan proposed ({@link
 * #from(RequestLifecycle, Instant)}), or else the window's start.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Commitment {

  Commitment() {}

  /**
   * A new builder.
   *
   * <p>Required: {@code request}, {@code helper}, {@code recipient}, {@code capability}, {@code
   * window}, {@code duration}. Optional, with their defaults: {@code trip} and {@code series}
   * (empty); {@code start} (the window's start).
   *
   * <p>{@code build()} throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException}
   * listing every broken rule at once, each by attribute and rule, in English and Dutch and without
   * personal data: a required attribute left out as {@code NotNull} ("must be given"), a {@code
   * duration} outside 1 minute to 24 hours, and the rules between attributes: the helper not the
   * recipient ({@code Commitment.helperIsNotRecipient}), the duration within the window ({@code
   * Commitment.durationFitsWindow}) and the start in it ({@code Commitment.startInWindow}).
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The commitment of an accepted request: its helper, requester, capability, window, expected
   * duration, trip and series.
   *
   * @param lifecycle the request's lifecycle, not null
   * @return the commitment, or empty unless the request is {@link RequestState#ACCEPTED}
   */
  public static Optional<Commitment> from(RequestLifecycle lifecycle) {
    if (lifecycle.state() != RequestState.ACCEPTED) {
      return Optional.empty();
    }
    HelpRequest request = lifecycle.request();
    return Optional.of(builder()
        .request(request.id())
        .helper(lifecycle.helper().orElseThrow())
        .recipient(request.requester())
        .capability(request.capability())
        .window(request.window())
        .duration(request.expectedDuration())
        .trip(request.trip())
        .series(request.series())
        .build());
  }

  /**
   * The commitment of an accepted request, at the start the matching proposed for its helper (a
   * ranking candidate's or a batch assignment's start): a fixed window keeps its start; a flexible
   * one counts in the week of {@code plannedStart}.
   *
   * @param lifecycle the request's lifecycle, not null
   * @param plannedStart when the helper would start, within the window, not null
   * @return the commitment, or empty unless the request is {@link RequestState#ACCEPTED}
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if the help does not fit in the
   *     window from {@code plannedStart}
   */
  public static Optional<Commitment> from(RequestLifecycle lifecycle, Instant plannedStart) {
    return from(lifecycle).map(c -> c.window().flexible() ? builder().from(c).start(plannedStart).build() : c);
  }

  /**
   * A copy at a time the helper and the requester agreed: a fixed window from {@code start} for
   * {@link #duration()}.
   *
   * @param start when the help will start, not null
   * @return the changed commitment
   */
  public Commitment withAgreedStart(Instant start) {
    return builder().from(this).window(TimeWindow.fixed(start, start.plus(duration()))).start(start).build();
  }

  /**
   * The request the helper said yes to.
   *
   * @return its id, never null
   */
  @NotNull
  public abstract RequestId request();

  /**
   * Who will help.
   *
   * @return the member id, never null
   */
  @NotNull
  public abstract MemberId helper();

  /**
   * Who will be helped.
   *
   * @return the member id, never null, not the helper
   */
  @NotNull
  public abstract MemberId recipient();

  /**
   * The kind of help.
   *
   * @return the capability, never null
   */
  @NotNull
  public abstract Capability capability();

  /**
   * When the help will happen: a set time (fixed) or some time within (flexible).
   *
   * @return the window, never null; {@link #duration()} fits in it
   */
  @NotNull
  public abstract TimeWindow window();

  /**
   * How long the help is expected to take, including travel.
   *
   * @return 1 minute to 24 hours
   */
  @NotNull
  @DurationMin(minutes = 1)
  @DurationMax(hours = 24)
  public abstract Duration duration();

  /**
   * The trip the request is a leg of.
   *
   * @return the trip, or empty
   */
  public abstract Optional<TripId> trip();

  /**
   * The series the request is an occurrence of.
   *
   * @return the series, or empty
   */
  public abstract Optional<SeriesId> series();

  /**
   * When the help starts: a fixed window's start, or for a flexible window when it is planned to
   * (the window's start unless set). The week of this instant is the week whose capacity the help
   * counts against.
   *
   * @return an instant from which {@link #duration()} fits in the window; for a fixed window its
   *     start
   */
  @Value.Default
  @NotNull
  public Instant start() {
    return window() == null ? Instant.EPOCH : window().start();
  }

  /**
   * Whether the help is at a set time, which other help of the same helper must not overlap.
   *
   * @return true for a fixed window
   */
  public boolean isTimeFixed() {
    return !window().flexible();
  }

  /**
   * Whether this commitment, at a set time, overlaps a period once a travel time is kept free on
   * either side: true when {@code start < end of this + buffer} and {@code this start < end +
   * buffer}.
   *
   * @param from the period's start, not null
   * @param to the period's end, after {@code from}, not null
   * @param buffer the travel time kept free between two pieces of help, zero or more, not null
   * @return false for a commitment without a set time
   */
  public boolean overlaps(Instant from, Instant to, Duration buffer) {
    return isTimeFixed()
        && from.isBefore(start().plus(duration()).plus(buffer))
        && start().isBefore(to.plus(buffer));
  }

  @AssertTrue(message = "{vzc.Commitment.helperIsNotRecipient}")
  @Blames("helper")
  boolean helperIsNotRecipient() {
    return helper() == null || !helper().equals(recipient());
  }

  @AssertTrue(message = "{vzc.Commitment.durationFitsWindow}")
  @Blames("duration")
  boolean durationFitsWindow() {
    return window() == null || duration() == null || duration().compareTo(window().length()) <= 0;
  }

  @AssertTrue(message = "{vzc.Commitment.startInWindow}")
  @Blames("start")
  boolean startInWindow() {
    if (window() == null || duration() == null || start() == null) {
      return true;
    }
    return window().flexible()
        // compared as lengths: start + duration could pass the last instant Java knows
        ? !start().isBefore(window().start()) && duration().compareTo(Duration.between(start(), window().end())) <= 0
        : start().equals(window().start());
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }

  /**
   * The builder. Not thread-safe.
   *
   * <p>One method per attribute of {@link Commitment}, named after it and taking its value, with the
   * rules, units and ranges its accessor states; for a list or set attribute also {@code addX} (one
   * or several values) and {@code addAllX} (an iterable), the {@code x(iterable)} method replacing
   * what was added; for an optional attribute one method taking the value (not null) and one taking
   * an {@code Optional}. {@code from(value)} copies every attribute of a value. A missing or null
   * required attribute is not refused where it is set but by {@code build()}, which checks every
   * rule at once and throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException} listing
   * each broken one by attribute, in English and Dutch, without personal data.
   */
  public static final class Builder extends ImmutableCommitment.Builder {
    Builder() {}
  }
}
