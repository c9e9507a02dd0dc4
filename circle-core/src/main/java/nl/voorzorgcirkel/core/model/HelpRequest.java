package nl.voorzorgcirkel.core.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.Blames;
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
   * A new builder.
   *
   * <p>Required: {@code id}, {@code requester}, {@code capability}, {@code window}, {@code
   * expectedDuration}, {@code createdAt}. Optional, with their defaults: {@code place}, {@code
   * destination}, {@code trip}, {@code series}, {@code description} (empty); {@code urgency}
   * ({@link Urgency#ROUTINE}); {@code recurrence} ({@link Recurrence#oneOff()}).
   *
   * <p>{@code build()} throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException}
   * listing every broken rule at once, each by attribute and rule, in English and Dutch and without
   * personal data: a required attribute left out as {@code NotNull} ("must be given"), a value
   * outside its accessor's range by that constraint (such as {@code expectedDuration}, 1 minute to
   * 24 hours), a duration longer than the window ({@code HelpRequest.durationFitsWindow}, on {@code
   * expectedDuration}) and a {@code createdAt} outside the years 1 to 9999 ({@code
   * HelpRequest.supportedYears}).
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
   * The kind of help needed, as written: a code of the catalogue ({@code groceries-and-errands}) or
   * words a {@link CapabilityVocabulary} knows ({@code boodschappen}, {@code autorit}, {@code
   * naar-de-kapper}). Scope and matching read it by one reading ({@link
   * CapabilityVocabulary#canonical}): a request written {@code boodschappen} is in scope as
   * groceries and errands and goes to the members who offer them, however their offers are written.
   * The code is kept as written.
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
   * The trip this request is a leg of: requests with the same trip id are legs of one journey
   * (the denture to the dental practice and back; the hospital and home again). Matching prefers
   * one helper for all legs, and a batch plan places the legs together or reports them together.
   *
   * @return the trip, empty for a request on its own
   */
  public abstract Optional<TripId> trip();

  /**
   * The series this request is an occurrence of: occurrences of one recurring request share it
   * (see {@link #occurrences}). Matching prefers the member who helped with the previous
   * occurrence.
   *
   * @return the series, empty for a request that is not part of one
   */
  public abstract Optional<SeriesId> series();

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
  @Blames("createdAt")
  boolean supportedYears() {
    return Arguments.supported(createdAt());
  }

  /**
   * The occurrences of this request up to an end, each a one-off request of the series: for a
   * recurring request one per {@link Recurrence#occurrences} start (moved by whole weeks in local
   * time), each window as long as this request's window: a Tuesday 10:00 to 12:00 stays Tuesday
   * 10:00 to 12:00 across clock changes, and a window in the night the clocks change keeps its
   * length (02:30 to 03:00 stays 30 minutes; its end is the start plus the length, so a window
   * that ends at midnight local time may end at 23:00 or 01:00 in a week whose window holds a clock
   * change); for a one-off request just this request, in the series too. Each occurrence has the
   * id {@code <id>:<local date of its start>} (for example {@code r-shop:2026-12-03}), this
   * request's series ({@link #series()}, or one named after this request's id) and everything else
   * of this request.
   *
   * @param to the end (excluded): occurrences whose window starts at or after it are left out;
   *     not null
   * @param zone the circle's zone, usually {@link WeeklyAvailability#DEFAULT_ZONE}; not null
   * @return the occurrences in order, possibly empty; at most {@link Recurrence#MAX_OCCURRENCES}
   * @throws IllegalArgumentException if this request's id is longer than 53 characters, which
   *     leaves no room for the date, or if more than {@link Recurrence#MAX_OCCURRENCES} occurrences
   *     start before {@code to} (both {@link
   *     nl.voorzorgcirkel.core.validation.InvalidValueException}s, in English and Dutch)
   */
  public List<HelpRequest> occurrences(Instant to, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    if (id().value().length() > 64 - 11) {
      throw Arguments.invalid("HelpRequest", "id", "roomForDates", Map.of("max", 64 - 11));
    }
    SeriesId seriesId = series().orElse(SeriesId.of(id().value()));
    Duration length = window().length();
    List<HelpRequest> occurrences = new ArrayList<>();
    for (Instant start : recurrence().occurrences(window().start(), to, zone)) {
      LocalDateTime startHere = LocalDateTime.ofInstant(start, zone);
      // the window keeps its length: a local end would stretch or squeeze a window across the
      // night the clocks change (02:30 to 03:00 on the last Sunday of October is 1 h 30 by the clock)
      Instant end = start.plus(length);
      TimeWindow moved = window().flexible() ? TimeWindow.flexible(start, end) : TimeWindow.fixed(start, end);
      occurrences.add(toBuilder()
          .id(RequestId.of(id().value() + ":" + DateTimeFormatter.ISO_LOCAL_DATE.format(startHere)))
          .window(moved)
          .recurrence(Recurrence.oneOff())
          .series(seriesId)
          .build());
    }
    return List.copyOf(occurrences);
  }

  @AssertTrue(message = "{vzc.HelpRequest.durationFitsWindow}")
  @Blames("expectedDuration")
  boolean durationFitsWindow() {
    return window() == null
        || expectedDuration() == null
        || expectedDuration().compareTo(window().length()) <= 0;
  }

  @Value.Check
  void validate() {
    if (!holdsDeclaredRules()) {
      ModelValidator.check(this);
    }
  }

  /**
   * The rules declared on this type, written out: true only if every one holds, and then Hibernate
   * Validator would find nothing. Values like this are built for every request a circle ranks or
   * simulates, and checking them here costs a few comparisons instead of the generic check's calls
   * through property readers. Anything else goes to the validator, which alone reports violations.
   * {@code DeclaredRulesTest} fails when a rule is declared here that this does not check, and
   * checks on random values, valid and not, that this never passes one the validator rejects.
   */
  boolean holdsDeclaredRules() {
    Duration expected = expectedDuration();
    return id() != null && requester() != null && capability() != null && window() != null
        && urgency() != null && recurrence() != null && createdAt() != null
        && ModelValidator.withinDay(expected)
        && window().fits(expected)
        && Arguments.supported(createdAt())
        && freeText(description());
  }

  private static boolean freeText(Optional<String> description) {
    if (description.isEmpty()) {
      return true;
    }
    String d = description.get();
    return d.length() <= 2000 && Texts.isFree(d);
  }

  /**
   * The builder. Not thread-safe.
   *
   * <p>One method per attribute of {@link HelpRequest}, named after it and taking its value, with the
   * rules, units and ranges its accessor states; for a list or set attribute also {@code addX} (one
   * or several values) and {@code addAllX} (an iterable), the {@code x(iterable)} method replacing
   * what was added; for an optional attribute one method taking the value (not null) and one taking
   * an {@code Optional}. {@code from(value)} copies every attribute of a value. A missing or null
   * required attribute is not refused where it is set but by {@code build()}, which checks every
   * rule at once and throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException} listing
   * each broken one by attribute, in English and Dutch, without personal data.
   */
  public static final class Builder extends ImmutableHelpRequest.Builder {
    Builder() {}
  }
}
