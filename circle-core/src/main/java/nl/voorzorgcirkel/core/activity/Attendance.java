package nl.voorzorgcirkel.core.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import nl.voorzorgcirkel.core.model.ActivityId;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * Who came to one occurrence of an activity: the organiser, with their effort for it, and the
 * members who attended. Attending is company, not help: an attendance never enters the help
 * ledger. Members who had not joined may attend too (a neighbour who came along once).
 *
 * @param activity the activity, not null
 * @param occurrence when the occurrence started, not null
 * @param organiser who organised it, not null
 * @param organiserEffort the organiser's effort for this occurrence, zero to 24 hours, not null
 * @param attendees who attended besides the organiser, sorted by id, distinct; possibly empty
 * @since 0.1.0
 */
public record Attendance(ActivityId activity, Instant occurrence, MemberId organiser,
    Duration organiserEffort, List<MemberId> attendees) {

  /**
   * Checks the components and keeps the attendees sorted and distinct.
   *
   * @param activity see the record description
   * @param occurrence see the record description
   * @param organiser see the record description
   * @param organiserEffort see the record description
   * @param attendees see the record description; the organiser among them is dropped
   * @throws IllegalArgumentException if the effort is negative or above 24 hours
   */
  public Attendance {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(occurrence, "occurrence");
    Objects.requireNonNull(organiser, "organiser");
    Objects.requireNonNull(organiserEffort, "organiserEffort");
    if (organiserEffort.isNegative() || organiserEffort.compareTo(Duration.ofHours(24)) > 0) {
      throw new IllegalArgumentException("organiserEffort must be between 0 and 24 hours");
    }
    TreeSet<MemberId> sorted = new TreeSet<>();
    for (MemberId attendee : Objects.requireNonNull(attendees, "attendees")) {
      sorted.add(Objects.requireNonNull(attendee, "attendee"));
    }
    sorted.remove(organiser);
    attendees = List.copyOf(sorted);
  }

  /**
   * The attendance of an occurrence of an activity, with the activity's organiser and organiser
   * effort.
   *
   * @param activity the activity, not null
   * @param occurrence the start of one of its occurrences, not null
   * @param attendees who attended besides the organiser, not null, without null elements
   * @return the attendance
   * @throws IllegalArgumentException if no occurrence of the activity starts at {@code occurrence}
   */
  public static Attendance of(Activity activity, Instant occurrence,
      Collection<MemberId> attendees) {
    Objects.requireNonNull(activity, "activity");
    if (!activity.occursAt(Objects.requireNonNull(occurrence, "occurrence"))) {
      throw new IllegalArgumentException("no occurrence of activity " + activity.id()
          + " starts at " + occurrence);
    }
    return new Attendance(activity.id(), occurrence, activity.organiser(),
        activity.organiserEffort(), List.copyOf(attendees));
  }

  /**
   * Whether a member was there, as organiser or attendee.
   *
   * @param member the member, not null
   * @return true if present
   */
  public boolean present(MemberId member) {
    Objects.requireNonNull(member, "member");
    return organiser.equals(member) || attendees.contains(member);
  }
}
