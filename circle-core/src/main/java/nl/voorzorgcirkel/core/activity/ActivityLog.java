package nl.voorzorgcirkel.core.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.ActivityId;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * The record of a circle's shared activities: one {@link Attendance} per occurrence held, kept in
 * order of occurrence. Separate from the help ledger on purpose: activities are company, and
 * neither the help loads nor the fairness of the help spread read this log. The organisers'
 * effort is counted here ({@link #organiserEffort}), apart from help.
 *
 * <p>Immutable and thread-safe. Queries read every attendance: O(n) for n occurrences, a few
 * hundred a year for a circle.
 *
 * @since 0.1.0
 */
public final class ActivityLog {

  private static final Comparator<Attendance> BY_OCCURRENCE =
      Comparator.comparing(Attendance::occurrence).thenComparing(Attendance::activity);
  private static final ActivityLog EMPTY = new ActivityLog(List.of());

  private final List<Attendance> attendances;

  private ActivityLog(List<Attendance> sorted) {
    this.attendances = sorted;
  }

  /**
   * The log without attendances.
   *
   * @return the empty log
   */
  public static ActivityLog empty() {
    return EMPTY;
  }

  /**
   * A log of attendances.
   *
   * @param attendances the attendances, not null, without null elements, at most one per
   *     occurrence of an activity
   * @return the log
   * @throws IllegalArgumentException if an occurrence of an activity is recorded twice
   */
  public static ActivityLog of(Collection<Attendance> attendances) {
    List<Attendance> sorted = new ArrayList<>(attendances.size());
    for (Attendance attendance : attendances) {
      sorted.add(Objects.requireNonNull(attendance, "attendance"));
    }
    sorted.sort(BY_OCCURRENCE);
    for (int i = 1; i < sorted.size(); i++) {
      if (BY_OCCURRENCE.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
        throw new IllegalArgumentException("occurrence " + sorted.get(i).occurrence()
            + " of activity " + sorted.get(i).activity() + " recorded twice");
      }
    }
    return sorted.isEmpty() ? EMPTY : new ActivityLog(List.copyOf(sorted));
  }

  /**
   * A copy with an attendance added, or replacing the one of the same occurrence of the same
   * activity.
   *
   * @param attendance the attendance, not null
   * @return the changed log
   */
  public ActivityLog with(Attendance attendance) {
    Objects.requireNonNull(attendance, "attendance");
    List<Attendance> changed = new ArrayList<>(attendances.size() + 1);
    for (Attendance a : attendances) {
      if (BY_OCCURRENCE.compare(a, attendance) != 0) {
        changed.add(a);
      }
    }
    changed.add(attendance);
    return of(changed);
  }

  /**
   * Every attendance, by occurrence, then activity id.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<Attendance> attendances() {
    return attendances;
  }

  /**
   * The attendances of occurrences that started in {@code [from, to)}.
   *
   * @param from the start (included), not null
   * @param to the end (excluded), not null
   * @return an unmodifiable list in order, possibly empty
   */
  public List<Attendance> between(Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<Attendance> in = new ArrayList<>();
    for (Attendance a : attendances) {
      if (!a.occurrence().isBefore(from) && a.occurrence().isBefore(to)) {
        in.add(a);
      }
    }
    return List.copyOf(in);
  }

  /**
   * The attendances of one activity.
   *
   * @param activity the activity, not null
   * @return an unmodifiable list in order, possibly empty
   */
  public List<Attendance> attendancesOf(ActivityId activity) {
    Objects.requireNonNull(activity, "activity");
    List<Attendance> of = new ArrayList<>();
    for (Attendance a : attendances) {
      if (a.activity().equals(activity)) {
        of.add(a);
      }
    }
    return List.copyOf(of);
  }

  /**
   * When a member was last at an activity (as organiser or attendee) before an instant.
   *
   * @param member the member, not null
   * @param before only occurrences that started before this count, not null
   * @return the start of that occurrence, or empty if the member never came
   */
  public Optional<Instant> lastPresent(MemberId member, Instant before) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(before, "before");
    for (int i = attendances.size() - 1; i >= 0; i--) {
      Attendance a = attendances.get(i);
      if (a.occurrence().isBefore(before) && a.present(member)) {
        return Optional.of(a.occurrence());
      }
    }
    return Optional.empty();
  }

  /**
   * How often a member was at an activity (as organiser or attendee) in {@code [from, to)}.
   *
   * @param member the member, not null
   * @param from the start (included), not null
   * @param to the end (excluded), not null
   * @return 0 or more
   */
  public int timesPresent(MemberId member, Instant from, Instant to) {
    Objects.requireNonNull(member, "member");
    int times = 0;
    for (Attendance a : between(from, to)) {
      if (a.present(member)) {
        times++;
      }
    }
    return times;
  }

  /**
   * The effort a member put into organising occurrences that started in {@code [from, to)}:
   * counted apart from help, never added to a help load.
   *
   * @param member the member, not null
   * @param from the start (included), not null
   * @param to the end (excluded), not null
   * @return the summed effort, zero or more
   */
  public Duration organiserEffort(MemberId member, Instant from, Instant to) {
    Objects.requireNonNull(member, "member");
    Duration total = Duration.ZERO;
    for (Attendance a : between(from, to)) {
      if (a.organiser().equals(member)) {
        total = total.plus(a.organiserEffort());
      }
    }
    return total;
  }

  /**
   * The number of attendances.
   *
   * @return 0 or more
   */
  public int size() {
    return attendances.size();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ActivityLog && ((ActivityLog) other).attendances.equals(attendances);
  }

  @Override
  public int hashCode() {
    return attendances.hashCode();
  }

  /**
   * The size only: attendances name members and are not needed in logs.
   *
   * @return for example {@code "ActivityLog{attendances=8}"}
   */
  @Override
  public String toString() {
    return "ActivityLog{attendances=" + attendances.size() + "}";
  }
}
