package nl.voorzorgcirkel.core.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.contact.ContactLog;
import nl.voorzorgcirkel.core.model.Absence;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * The check-in agreements of a circle, and who should be rung today.
 *
 * <p>{@link #due} lists, for each member with an agreement, a {@link CheckInCall} when the member
 * has been quiet for long enough. Quiet days count from the latest of: the last day with a contact
 * ({@link ContactLog}), the last day of an absence that is over, the day the member joined and the
 * agreement's {@linkplain CheckInAgreement#start() start}. So a member back from holiday starts
 * afresh, a contact on a day ends the spell that day, and a platform that starts checking in with
 * an empty contact log (agreements starting that day) first rings a member after the agreed days,
 * not at once for the years since they joined. Then:
 *
 * <ul>
 *   <li>quiet for {@code buddyAfterDays} or more, with a buddy who is in the circle and not away:
 *       the buddy rings ({@link Escalation#BUDDY});
 *   <li>quiet for {@code connectorAfterDays} or more, or for {@code buddyAfterDays} while the
 *       buddy is away, paused or gone, or without a buddy for {@code connectorAfterDays}: the
 *       connectors ring ({@link Escalation#CONNECTOR}), those available today, or all if none is.
 * </ul>
 *
 * <p>Each call tells the first day of its escalation in the spell ({@link CheckInCall#reachedOn()}),
 * so a platform that sends one notice per step sends it when {@link CheckInCall#isNewToday()}.
 *
 * <p>Never listed: members without an agreement (check-ins are opt-in), members away today, and
 * members no longer in the circle. Each quiet spell is listed at most once a day, and no longer
 * once the member has had contact. Nothing is written anywhere: the list is derived again each day
 * from the contacts, so it cannot drift from them.
 *
 * <p>Immutable and thread-safe. {@code due} takes O(m (log c + q a)) for m agreements, c contacts,
 * q days quiet and a absences of the buddy.
 *
 * @since 0.1.0
 */
public final class CheckIns {

  private static final CheckIns NONE = new CheckIns(new TreeMap<>());
  private static final Comparator<CheckInCall> ORDER = Comparator
      .comparing(CheckInCall::escalation).reversed()
      .thenComparing(CheckInCall::daysQuiet, Comparator.reverseOrder())
      .thenComparing(CheckInCall::member);

  private final SortedMap<MemberId, CheckInAgreement> agreements;

  private CheckIns(SortedMap<MemberId, CheckInAgreement> agreements) {
    this.agreements = agreements;
  }

  /**
   * No agreements: nobody is checked on.
   *
   * @return the empty set of agreements
   */
  public static CheckIns none() {
    return NONE;
  }

  /**
   * The given agreements.
   *
   * @param agreements the agreements, not null, without null elements, at most one per member
   * @return the check-ins
   * @throws IllegalArgumentException if a member has two agreements
   */
  public static CheckIns of(Collection<CheckInAgreement> agreements) {
    TreeMap<MemberId, CheckInAgreement> byMember = new TreeMap<>();
    for (CheckInAgreement a : agreements) {
      Objects.requireNonNull(a, "agreement");
      if (byMember.put(a.member(), a) != null) {
        throw new IllegalArgumentException("two check-in agreements for member " + a.member());
      }
    }
    return new CheckIns(byMember);
  }

  /**
   * A copy with an agreement added, or replacing the member's agreement (opting in or changing).
   *
   * @param agreement the agreement, not null
   * @return the changed check-ins
   */
  public CheckIns with(CheckInAgreement agreement) {
    Objects.requireNonNull(agreement, "agreement");
    TreeMap<MemberId, CheckInAgreement> changed = new TreeMap<>(agreements);
    changed.put(agreement.member(), agreement);
    return new CheckIns(changed);
  }

  /**
   * A copy without the member's agreement: the member opted out and is never listed again.
   *
   * @param member the member, not null
   * @return the changed check-ins; this if the member had no agreement
   */
  public CheckIns optOut(MemberId member) {
    Objects.requireNonNull(member, "member");
    if (!agreements.containsKey(member)) {
      return this;
    }
    TreeMap<MemberId, CheckInAgreement> changed = new TreeMap<>(agreements);
    changed.remove(member);
    return new CheckIns(changed);
  }

  /**
   * A member's agreement.
   *
   * @param member the member, not null
   * @return the agreement, or empty if the member did not opt in
   */
  public Optional<CheckInAgreement> agreement(MemberId member) {
    return Optional.ofNullable(agreements.get(Objects.requireNonNull(member, "member")));
  }

  /**
   * Every agreement, by member id.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<CheckInAgreement> agreements() {
    return List.copyOf(agreements.values());
  }

  /**
   * Who should be rung on the clock's current day, in the clock's zone.
   *
   * @param circle the circle, not null
   * @param contacts the contacts so far, not null
   * @param clock the clock that tells the day and the zone, not null
   * @return the calls; see {@link #due(Circle, ContactLog, LocalDate, ZoneId)}
   */
  public List<CheckInCall> due(Circle circle, ContactLog contacts, Clock clock) {
    return due(circle, contacts, LocalDate.now(clock), clock.getZone());
  }

  /**
   * Who should be rung on a day.
   *
   * @param circle the circle, not null
   * @param contacts the contacts so far, not null; contacts after {@code today} are ignored
   * @param today the day, not null
   * @param zone the zone in which days are counted, not null
   * @return the calls, connectors' first, then longest quiet, then member id; unmodifiable,
   *     possibly empty; at most one per member
   */
  public List<CheckInCall> due(Circle circle, ContactLog contacts, LocalDate today, ZoneId zone) {
    Objects.requireNonNull(circle, "circle");
    Objects.requireNonNull(contacts, "contacts");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(zone, "zone");
    List<CheckInCall> calls = new ArrayList<>();
    for (Map.Entry<MemberId, CheckInAgreement> entry : agreements.entrySet()) {
      Optional<Member> member = circle.member(entry.getKey());
      if (member.isEmpty() || !member.get().isMemberOn(today) || isAway(member.get(), today)) {
        continue;
      }
      call(circle, member.get(), entry.getValue(), contacts, today, zone).ifPresent(calls::add);
    }
    calls.sort(ORDER);
    return List.copyOf(calls);
  }

  private static Optional<CheckInCall> call(Circle circle, Member member,
      CheckInAgreement agreement, ContactLog contacts, LocalDate today, ZoneId zone) {
    LocalDate since = quietSince(member, agreement, contacts, today, zone);
    Optional<Escalation> level = escalation(circle, agreement, since, today);
    if (level.isEmpty()) {
      return Optional.empty();
    }
    // the first day of this escalation in the spell: a buddy who went away moves the spell to the
    // connectors that day
    LocalDate reachedOn = today;
    while (reachedOn.minusDays(1).isAfter(since)
        && escalation(circle, agreement, since, reachedOn.minusDays(1)).equals(level)) {
      reachedOn = reachedOn.minusDays(1);
    }
    List<MemberId> callers = level.get() == Escalation.BUDDY
        ? List.of(agreement.buddy().orElseThrow())
        : connectors(circle, member.id(), today);
    return Optional.of(new CheckInCall(member.id(), level.get(), callers, since,
        (int) ChronoUnit.DAYS.between(since, today), reachedOn));
  }

  /** Who is asked on a day of a spell that began on {@code since}, if anyone. */
  private static Optional<Escalation> escalation(Circle circle, CheckInAgreement agreement,
      LocalDate since, LocalDate day) {
    long days = ChronoUnit.DAYS.between(since, day);
    boolean buddyThere = agreement.buddy().flatMap(circle::member)
        .filter(b -> b.isMemberOn(day) && b.isAvailableOn(day)).isPresent();
    long toConnector = agreement.buddy().isPresent() && !buddyThere
        ? agreement.buddyAfterDays() : agreement.connectorAfterDays();
    if (days >= toConnector) {
      return Optional.of(Escalation.CONNECTOR);
    }
    if (buddyThere && days >= agreement.buddyAfterDays()) {
      return Optional.of(Escalation.BUDDY);
    }
    return Optional.empty();
  }

  /** The day quiet days count from; never after today. */
  private static LocalDate quietSince(Member member, CheckInAgreement agreement, ContactLog contacts,
      LocalDate today, ZoneId zone) {
    LocalDate since = member.joined();
    if (agreement.start().isPresent() && agreement.start().get().isAfter(since)) {
      // nobody looked out before the agreement: its first days are not a spell of silence
      since = agreement.start().get().isAfter(today) ? today : agreement.start().get();
    }
    Optional<LocalDate> contact = contacts.lastContactDay(member.id(), today, zone);
    if (contact.isPresent() && contact.get().isAfter(since)) {
      since = contact.get();
    }
    for (Absence absence : member.absences()) {
      if (absence.last().isBefore(today) && absence.last().isAfter(since)) {
        since = absence.last();
      }
    }
    return since;
  }

  private static boolean isAway(Member member, LocalDate day) {
    for (Absence absence : member.absences()) {
      if (absence.includes(day)) {
        return true;
      }
    }
    return false;
  }

  private static List<MemberId> connectors(Circle circle, MemberId member, LocalDate today) {
    List<MemberId> available = new ArrayList<>();
    List<MemberId> all = new ArrayList<>();
    for (Member connector : circle.connectorsOn(today)) {
      if (!connector.id().equals(member)) {
        all.add(connector.id());
        if (connector.isAvailableOn(today)) {
          available.add(connector.id());
        }
      }
    }
    List<MemberId> callers = available.isEmpty() ? all : available;
    callers.sort(null);
    return callers;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CheckIns && ((CheckIns) other).agreements.equals(agreements);
  }

  @Override
  public int hashCode() {
    return agreements.hashCode();
  }

  /**
   * The number of agreements only: who opted in is personal.
   *
   * @return for example {@code "CheckIns{agreements=4}"}
   */
  @Override
  public String toString() {
    return "CheckIns{agreements=" + agreements.size() + "}";
  }
}
