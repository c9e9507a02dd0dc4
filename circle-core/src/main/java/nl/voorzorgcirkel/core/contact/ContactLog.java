package nl.voorzorgcirkel.core.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.activity.ActivityLog;
import nl.voorzorgcirkel.core.activity.Attendance;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * Every contact of a circle's members, and per member the days since last contact.
 *
 * <p>A log is made from the help ledger (each occasion of help is a {@link ContactKind#HELP}
 * contact for helper and recipient), the activity log (each attendee was with the organiser:
 * {@link ContactKind#ACTIVITY}) and the check-ins and calls callers record ({@link #with}). A
 * signal counts for both people it names.
 *
 * <p>Immutable and thread-safe. Made in O(n log n) for n signals; a member's queries read only
 * that member's contacts, by binary search.
 *
 * @since 0.1.0
 */
public final class ContactLog {

  private static final Comparator<ContactSignal> ORDER = Comparator.comparing(ContactSignal::at)
      .thenComparing(ContactSignal::member)
      .thenComparing(ContactSignal::kind)
      .thenComparing(s -> s.with().map(MemberId::value).orElse(""));
  private static final ContactLog EMPTY = new ContactLog(List.of());

  private final List<ContactSignal> signals;
  /** Per member, the instants of their contacts, sorted. */
  private final Map<MemberId, Instant[]> byMember;

  private ContactLog(List<ContactSignal> sorted) {
    this.signals = sorted;
    Map<MemberId, List<Instant>> lists = new HashMap<>();
    for (ContactSignal s : sorted) {
      lists.computeIfAbsent(s.member(), k -> new ArrayList<>()).add(s.at());
      s.with().ifPresent(w -> lists.computeIfAbsent(w, k -> new ArrayList<>()).add(s.at()));
    }
    Map<MemberId, Instant[]> arrays = new HashMap<>();
    lists.forEach((member, list) -> arrays.put(member, list.toArray(new Instant[0])));
    this.byMember = arrays;
  }

  /**
   * The log without contacts.
   *
   * @return the empty log
   */
  public static ContactLog empty() {
    return EMPTY;
  }

  /**
   * A log of the given signals.
   *
   * @param signals the signals, not null, without null elements
   * @return the log
   */
  public static ContactLog of(Collection<ContactSignal> signals) {
    List<ContactSignal> sorted = new ArrayList<>(signals.size());
    for (ContactSignal s : signals) {
      sorted.add(Objects.requireNonNull(s, "signal"));
    }
    sorted.sort(ORDER);
    return sorted.isEmpty() ? EMPTY : new ContactLog(List.copyOf(sorted));
  }

  /**
   * The contacts in a help ledger and an activity log: one {@link ContactKind#HELP} signal per
   * record (the recipient, with the helper, at the start), one {@link ContactKind#ACTIVITY} signal
   * per attendee of each occurrence (with the organiser, at the start). An occurrence without
   * attendees is no contact.
   *
   * @param ledger the help given, not null
   * @param activities the activities held, not null
   * @return the log
   */
  public static ContactLog from(HelpLedger ledger, ActivityLog activities) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(activities, "activities");
    List<ContactSignal> signals = new ArrayList<>(ledger.size());
    for (HelpRecord r : ledger.records()) {
      signals.add(new ContactSignal(r.recipient(), r.start(), ContactKind.HELP,
          Optional.of(r.helper())));
    }
    for (Attendance a : activities.attendances()) {
      for (MemberId attendee : a.attendees()) {
        signals.add(new ContactSignal(attendee, a.occurrence(), ContactKind.ACTIVITY,
            Optional.of(a.organiser())));
      }
    }
    return of(signals);
  }

  /**
   * A copy with one more signal.
   *
   * @param signal the signal, not null
   * @return the changed log
   */
  public ContactLog with(ContactSignal signal) {
    Objects.requireNonNull(signal, "signal");
    List<ContactSignal> more = new ArrayList<>(signals.size() + 1);
    more.addAll(signals);
    more.add(signal);
    return of(more);
  }

  /**
   * A copy with more signals.
   *
   * @param more the signals, not null, without null elements
   * @return the changed log
   */
  public ContactLog withAll(Collection<ContactSignal> more) {
    List<ContactSignal> all = new ArrayList<>(signals.size() + more.size());
    all.addAll(signals);
    all.addAll(more);
    return of(all);
  }

  /**
   * Every signal, by time, then member, kind and other person.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<ContactSignal> signals() {
    return signals;
  }

  /**
   * A member's last contact before an instant.
   *
   * @param member the member, not null
   * @param before only contacts strictly before this count, not null
   * @return the instant, or empty if the member had no contact before it
   */
  public Optional<Instant> lastContact(MemberId member, Instant before) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(before, "before");
    Instant[] times = byMember.get(member);
    if (times == null) {
      return Optional.empty();
    }
    int k = firstNotBefore(times, before);
    return k == 0 ? Optional.empty() : Optional.of(times[k - 1]);
  }

  /**
   * How many contacts a member had in {@code [from, to)}.
   *
   * @param member the member, not null
   * @param from the start (included), not null
   * @param to the end (excluded), not null, not before {@code from}
   * @return 0 or more
   */
  public int contactsBetween(MemberId member, Instant from, Instant to) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from");
    }
    Instant[] times = byMember.get(member);
    return times == null ? 0 : firstNotBefore(times, to) - firstNotBefore(times, from);
  }

  /**
   * The last day, on or before {@code day}, on which a member had contact, in a zone.
   *
   * @param member the member, not null
   * @param day the day, not null
   * @param zone the zone in which days are counted, not null
   * @return the day, or empty if the member had no contact on or before it
   */
  public Optional<LocalDate> lastContactDay(MemberId member, LocalDate day, ZoneId zone) {
    Instant endOfDay = day.plusDays(1).atStartOfDay(Objects.requireNonNull(zone, "zone")).toInstant();
    return lastContact(member, endOfDay).map(at -> LocalDate.ofInstant(at, zone));
  }

  /**
   * Whole days since a member's last contact, counted in a zone: 0 if they had contact on {@code
   * day}. A member without any contact counts from the day they joined.
   *
   * @param member the member, not null
   * @param day the day, not null
   * @param zone the zone in which days are counted, not null
   * @return 0 or more (negative only for a day before the member joined)
   */
  public int daysSinceLastContact(Member member, LocalDate day, ZoneId zone) {
    LocalDate last = lastContactDay(member.id(), day, zone).orElse(member.joined());
    return (int) ChronoUnit.DAYS.between(last, day);
  }

  /**
   * {@link #daysSinceLastContact(Member, LocalDate, ZoneId)} for every member in the circle on a
   * day. For the buddies and connectors who look out for members, never for the group.
   *
   * @param circle the circle, not null
   * @param day the day, not null
   * @param zone the zone in which days are counted, not null
   * @return an unmodifiable map sorted by member id
   */
  public SortedMap<MemberId, Integer> daysSinceLastContact(Circle circle, LocalDate day,
      ZoneId zone) {
    TreeMap<MemberId, Integer> days = new TreeMap<>();
    for (Member member : circle.membersOn(day)) {
      days.put(member.id(), daysSinceLastContact(member, day, zone));
    }
    return Collections.unmodifiableSortedMap(days);
  }

  /**
   * The number of signals.
   *
   * @return 0 or more
   */
  public int size() {
    return signals.size();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ContactLog && ((ContactLog) other).signals.equals(signals);
  }

  @Override
  public int hashCode() {
    return signals.hashCode();
  }

  /**
   * The size only: signals name members.
   *
   * @return for example {@code "ContactLog{signals=40}"}
   */
  @Override
  public String toString() {
    return "ContactLog{signals=" + signals.size() + "}";
  }

  /** The first index whose instant is not before {@code t}, or the length. */
  private static int firstNotBefore(Instant[] sorted, Instant t) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid].isBefore(t)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
