package nl.voorzorgcirkel.core.activity;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.voorzorgcirkel.core.internal.Blames;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import nl.voorzorgcirkel.core.model.ActivityId;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Recurrence;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.immutables.value.Value;

/**
 * A shared activity of a circle: a meal, a cycling trip, a walk, handicrafts. Company, not help:
 * an activity never enters the help ledger.
 *
 * <p>An activity has one organiser and the members who joined it ({@link #participants()}, the
 * organiser not among them), optionally a fewest and a most number of participants, a {@link
 * Place} without house numbers, a first start and a {@link Recurrence} (the Thursday meal is
 * weekly; its occurrences are computed exactly as those of a recurring request), and what it asks
 * of the body: whether the place is reachable in a wheelchair and whether members who do not
 * drive need a ride. Joining and leaving return a changed copy ({@link #join}, {@link #leave}).
 *
 * <p>The title is free text and kept out of {@code toString()}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Activity {

  Activity() {}

  /**
   * A new builder.
   *
   * <p>Required: {@code id}, {@code title}, {@code organiser}, {@code start}, {@code duration},
   * {@code place}. Optional, with their defaults: {@code participants} (an empty list); {@code
   * zone} ({@link nl.voorzorgcirkel.core.model.WeeklyAvailability#DEFAULT_ZONE}); {@code
   * recurrence} ({@link nl.voorzorgcirkel.core.model.Recurrence#oneOff()}); {@code
   * minParticipants}, {@code maxParticipants} (empty: no limit); {@code wheelchairAccessible},
   * {@code needsRide} (false); {@code organiserEffort} (zero).
   *
   * <p>{@code build()} throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException}
   * listing every broken rule at once, each by attribute and rule, in English and Dutch and without
   * personal data: a required attribute left out as {@code NotNull} ("must be given"; a text:
   * {@code NotBlank}, "must not be blank"), a value outside its accessor's range by that
   * constraint, and the rules between attributes: the organiser not among the participants ({@code
   * Activity.organiserIsNotParticipant}), participants unique ({@code
   * Activity.participantsUnique}), {@code minParticipants} at most {@code maxParticipants} ({@code
   * Activity.fewestNotAboveMost}) and no more participants than {@code maxParticipants} ({@code
   * Activity.notOverFull}).
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this activity's values, for a changed copy.
   *
   * @return a builder; not thread-safe
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The activity's identifier; it also names the series of its occurrences.
   *
   * @return the id, never null
   */
  @NotNull
  public abstract ActivityId id();

  /**
   * What the activity is, for example "Thursday meal" (free text).
   *
   * @return 1 to 100 characters
   */
  @Value.Redacted
  @NotBlank
  @Size(min = 1, max = 100)
  public abstract String title();

  /**
   * The member who organises it.
   *
   * @return the member id, never null, not among the {@link #participants()}
   */
  @NotNull
  public abstract MemberId organiser();

  /**
   * The members who joined, in the order they joined; the organiser is not among them.
   *
   * @return an unmodifiable list of distinct ids, possibly empty, at most {@link
   *     #maxParticipants()}
   */
  public abstract List<@NotNull MemberId> participants();

  /**
   * When the first occurrence starts.
   *
   * @return the instant, never null
   */
  @NotNull
  public abstract Instant start();

  /**
   * How long each occurrence lasts.
   *
   * @return 15 minutes to 24 hours
   */
  @NotNull
  @DurationMin(minutes = 15)
  @DurationMax(hours = 24)
  public abstract Duration duration();

  /**
   * The zone whose local time the occurrences keep.
   *
   * @return the zone, {@link WeeklyAvailability#DEFAULT_ZONE} unless set
   */
  @Value.Default
  @NotNull
  public ZoneId zone() {
    return WeeklyAvailability.DEFAULT_ZONE;
  }

  /**
   * Where it takes place.
   *
   * @return the place, never null
   */
  @NotNull
  public abstract Place place();

  /**
   * Whether it comes back, as for recurring requests.
   *
   * @return the recurrence, {@link Recurrence#oneOff()} unless set
   */
  @Value.Default
  @NotNull
  public Recurrence recurrence() {
    return Recurrence.oneOff();
  }

  /**
   * The fewest participants for the activity to go ahead (the organiser not counted).
   *
   * @return 1 to 500, empty if any number will do
   */
  public abstract Optional<@Min(1) @Max(500) Integer> minParticipants();

  /**
   * The most participants there is room for (the organiser not counted).
   *
   * @return 1 to 500, not below {@link #minParticipants()}; empty if there is no limit
   */
  public abstract Optional<@Min(1) @Max(500) Integer> maxParticipants();

  /**
   * Whether the place can be reached and used in a wheelchair.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean wheelchairAccessible() {
    return false;
  }

  /**
   * Whether the place is beyond walking distance, so that members who do not drive need a ride.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean needsRide() {
    return false;
  }

  /**
   * The organiser's effort per occurrence (cooking, booking, setting out the chairs). Counted
   * separately from help ({@link ActivityLog#organiserEffort}), never as help given.
   *
   * @return 0 to 24 hours, zero unless set
   */
  @Value.Default
  @NotNull
  @DurationMin(minutes = 0)
  @DurationMax(hours = 24)
  public Duration organiserEffort() {
    return Duration.ZERO;
  }

  /**
   * Whether a member takes part: the organiser or a participant.
   *
   * @param member the member, not null
   * @return true for the organiser and the participants
   */
  public boolean takesPart(MemberId member) {
    Objects.requireNonNull(member, "member");
    return organiser().equals(member) || participants().contains(member);
  }

  /**
   * Whether there is no room for another participant.
   *
   * @return true if {@link #maxParticipants()} is set and reached
   */
  public boolean isFull() {
    return maxParticipants().map(max -> participants().size() >= max).orElse(false);
  }

  /**
   * Whether enough members joined for the activity to go ahead.
   *
   * @return true if {@link #minParticipants()} is not set or reached
   */
  public boolean goesAhead() {
    return minParticipants().map(min -> participants().size() >= min).orElse(true);
  }

  /**
   * A copy with a member joined at the end of the participants; this activity itself if the
   * member already takes part.
   *
   * @param member the member, not null
   * @return the changed activity
   * @throws IllegalStateException if the activity is full
   */
  public Activity join(MemberId member) {
    if (takesPart(member)) {
      return this;
    }
    if (isFull()) {
      throw new IllegalStateException("the activity is full: at most "
          + maxParticipants().orElseThrow() + " participants");
    }
    return toBuilder().addParticipants(member).build();
  }

  /**
   * A copy without a participant; this activity itself if the member did not join.
   *
   * @param member the member, not null
   * @return the changed activity
   * @throws IllegalArgumentException if the member is the organiser (hand the activity over with
   *     {@code toBuilder().organiser(...)} first)
   */
  public Activity leave(MemberId member) {
    Objects.requireNonNull(member, "member");
    if (organiser().equals(member)) {
      throw new IllegalArgumentException("the organiser cannot leave; hand the activity over first");
    }
    if (!participants().contains(member)) {
      return this;
    }
    List<MemberId> rest = new ArrayList<>(participants());
    rest.remove(member);
    return toBuilder().participants(rest).build();
  }

  /**
   * When each occurrence starts in {@code [from, to)}: the {@link #recurrence()}'s occurrences from
   * {@link #start()}, computed by {@link Recurrence#occurrences} in {@link #zone()}.
   *
   * @param from the start of the period (included), not null
   * @param to the end of the period (excluded), not null
   * @return the starts, in order, possibly empty
   */
  public List<Instant> occurrences(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    List<Instant> all = recurrence().occurrences(start(), to, zone());
    List<Instant> in = new ArrayList<>(all.size());
    for (Instant start : all) {
      if (!start.isBefore(from)) {
        in.add(start);
      }
    }
    return List.copyOf(in);
  }

  /**
   * Whether an occurrence starts at an instant.
   *
   * @param instant the instant, not null
   * @return true if one of the {@link #occurrences} starts exactly then
   */
  public boolean occursAt(Instant instant) {
    return !occurrences(instant, instant.plusNanos(1)).isEmpty();
  }

  @AssertTrue(message = "{vzc.Activity.organiserIsNotParticipant}")
  @Blames("participants")
  boolean organiserIsNotParticipant() {
    return organiser() == null || !participants().contains(organiser());
  }

  @AssertTrue(message = "{vzc.Activity.participantsUnique}")
  @Blames("participants")
  boolean participantsUnique() {
    Set<MemberId> seen = new HashSet<>();
    for (MemberId member : participants()) {
      if (member != null && !seen.add(member)) {
        return false;
      }
    }
    return true;
  }

  @AssertTrue(message = "{vzc.Activity.fewestNotAboveMost}")
  @Blames("maxParticipants")
  boolean fewestNotAboveMost() {
    return minParticipants().isEmpty() || maxParticipants().isEmpty()
        || minParticipants().get() <= maxParticipants().get();
  }

  @AssertTrue(message = "{vzc.Activity.notOverFull}")
  @Blames("participants")
  boolean notOverFull() {
    return maxParticipants().isEmpty() || participants().size() <= maxParticipants().get();
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }

  /**
   * The builder. Not thread-safe.
   *
   * <p>One method per attribute of {@link Activity}, named after it and taking its value, with the
   * rules, units and ranges its accessor states; for a list or set attribute also {@code addX} (one
   * or several values) and {@code addAllX} (an iterable), the {@code x(iterable)} method replacing
   * what was added; for an optional attribute one method taking the value (not null) and one taking
   * an {@code Optional}. {@code from(value)} copies every attribute of a value. A missing or null
   * required attribute is not refused where it is set but by {@code build()}, which checks every
   * rule at once and throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException} listing
   * each broken one by attribute, in English and Dutch, without personal data.
   */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }
}
