package nl.voorzorgcirkel.simulation.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.core.activity.Activity;
import nl.voorzorgcirkel.core.activity.ActivityLog;
import nl.voorzorgcirkel.core.activity.Attendance;
import nl.voorzorgcirkel.core.activity.Place;
import nl.voorzorgcirkel.core.checkin.CheckInAgreement;
import nl.voorzorgcirkel.core.checkin.CheckInCall;
import nl.voorzorgcirkel.core.checkin.CheckIns;
import nl.voorzorgcirkel.core.contact.ContactKind;
import nl.voorzorgcirkel.core.contact.ContactLog;
import nl.voorzorgcirkel.core.contact.ContactSignal;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.Absence;
import nl.voorzorgcirkel.core.model.ActivityId;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.Recurrence;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.simulation.internal.Streams.Source;
import nl.voorzorgcirkel.simulation.internal.Totals.Count;
import nl.voorzorgcirkel.simulation.internal.Totals.MonthlyCount;
import nl.voorzorgcirkel.simulation.scenario.Contact;

/**
 * Contact and omkijken over one circle run, played day by day after the run's help (the help
 * simulation never reads any of it, so it runs at the run's edge and leaves the help figures as
 * they are). Over the library's own types: members who live alone ({@link Member#livesAlone()}),
 * announced trips as {@link Absence}s, the shared meal as an {@link Activity} with an {@link
 * Attendance} per occurrence, every contact a {@link ContactSignal} (help from the run's ledger,
 * attendance, calls, check-ins), and each evening the {@link CheckIns} of the members who opted in
 * list who should be rung ({@link CheckInCall}). The figures are read from the {@link ContactLog}
 * of all signals. Not thread-safe; one instance per circle run.
 */
final class ContactRun {

  private static final LocalTime MEAL = LocalTime.of(17, 30);
  private static final LocalTime CALLS = LocalTime.of(11, 0);
  private static final LocalTime CHECK_IN = LocalTime.of(20, 0);
  /** Days a year, for rates a year turned into a chance a day. */
  private static final double YEAR_DAYS = 365.25;

  private final Calendar cal;
  private final Contact c;
  private final Totals totals;
  private final SplittableRandom random;
  private final int memberCount;
  private final MemberId[] ids;
  private final Member[] members;
  private final boolean[] alone;
  private final int[] joinDay;
  private final int[] leaveDay;
  private final int days;
  private final int measureDay;
  private Circle circle;

  // the state of each member on the current day
  private final int[] tripUntil;
  private final boolean[][] away;
  private final boolean[] unwell;
  private final int[] unwellSince;
  private final ContactSignal[] latest;
  private final List<ContactSignal> all = new ArrayList<>();

  private ContactRun(Calendar cal, Contact contact, long seed, int replication, int index,
      Member[] finalMembers, LocalDate[] leftOn, int memberCount, Circle finalCircle,
      Totals totals) {
    this.cal = cal;
    this.c = contact;
    this.totals = totals;
    this.random = Streams.stream(seed, replication, index, Source.CONTACT);
    this.memberCount = memberCount;
    this.days = (int) (Instant.ofEpochSecond(cal.end).atZone(Calendar.ZONE).toLocalDate().toEpochDay()
        - cal.startDate.toEpochDay());
    this.measureDay = (int) (cal.measureDate.toEpochDay() - cal.startDate.toEpochDay());
    ids = new MemberId[memberCount];
    members = new Member[memberCount];
    alone = new boolean[memberCount];
    joinDay = new int[memberCount];
    leaveDay = new int[memberCount];
    tripUntil = new int[memberCount];
    away = new boolean[memberCount][];
    unwell = new boolean[memberCount];
    unwellSince = new int[memberCount];
    latest = new ContactSignal[memberCount];
    Circle start = finalCircle;
    for (int m = 0; m < memberCount; m++) {
      Member last = finalMembers[m];
      alone[m] = random.nextDouble() < c.livingAloneShare();
      // as the member was before leaving; the day they left is replayed below
      Member.Builder b = last.toBuilder().livesAlone(alone[m]);
      if (last.status() == MemberStatus.LEFT) {
        b.status(MemberStatus.ACTIVE).pausedUntil(Optional.empty());
      }
      members[m] = b.build();
      ids[m] = last.id();
      joinDay[m] = dayOf(last.joined());
      leaveDay[m] = leftOn[m] == null ? days : dayOf(leftOn[m]);
      tripUntil[m] = -1;
      away[m] = new boolean[days];
      start = start.withMember(members[m]);
    }
    this.circle = start;
  }

  /**
   * Plays contact and omkijken over a circle run and adds the figures.
   *
   * @param cal the run's calendar
   * @param contact the scenario's contact section
   * @param seed the master seed
   * @param replication the replication, from 0
   * @param index the circle, from 0
   * @param finalMembers the circle's members at the end, by number (in order of joining)
   * @param leftOn the day each left the circle, null for those still in it
   * @param memberCount how many members the arrays hold
   * @param finalCircle the circle at the end
   * @param ledger the help given over the run
   * @param totals where the figures go
   */
  static void run(Calendar cal, Contact contact, long seed, int replication, int index,
      Member[] finalMembers, LocalDate[] leftOn, int memberCount, Circle finalCircle,
      HelpLedger ledger, Totals totals) {
    new ContactRun(cal, contact, seed, replication, index, finalMembers, leftOn, memberCount,
        finalCircle, totals).play(ledger);
  }

  private int dayOf(LocalDate date) {
    return (int) (date.toEpochDay() - cal.startDate.toEpochDay());
  }

  private LocalDate date(int day) {
    return cal.startDate.plusDays(day);
  }

  private Instant at(int day, LocalTime time) {
    return date(day).atTime(time).atZone(Calendar.ZONE).toInstant();
  }

  private boolean present(int m, int day) {
    return joinDay[m] <= day && day < leaveDay[m];
  }

  private void play(HelpLedger ledger) {
    CheckIns checkIns = agreements();
    Activity meal = meal();
    List<Instant> meals = meal == null ? List.of()
        : meal.occurrences(Instant.ofEpochSecond(cal.start), Instant.ofEpochSecond(cal.end));
    List<ContactSignal> help = ContactLog.from(ledger, ActivityLog.empty()).signals();
    int nextHelp = 0;
    int nextMeal = 0;
    double tripChance = c.trips().perYear() / YEAR_DAYS;
    double unwellChance = c.unwellSpellsPerYear() / YEAR_DAYS;
    double callChance = c.callsPerMemberPerWeek() / 7;
    List<ContactSignal> today = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      Instant dayEnd = at(d + 1, LocalTime.MIDNIGHT);
      for (int m = 0; m < memberCount; m++) {
        if (d == leaveDay[m]) {
          members[m] = members[m].toBuilder().status(MemberStatus.LEFT).pausedUntil(Optional.empty()).build();
          circle = circle.withMember(members[m]);
        }
        if (!present(m, d)) {
          continue;
        }
        boolean isAway = tripUntil[m] >= d;
        if (!isAway && !unwell[m] && random.nextDouble() < tripChance) {
          int length = c.trips().days().min() + random.nextInt(c.trips().days().size());
          tripUntil[m] = d + length - 1;
          isAway = true;
          if (random.nextDouble() < c.trips().announcedShare()) {
            members[m] = members[m].toBuilder()
                .addAbsences(Absence.of(date(d), date(d + length - 1))).build();
            circle = circle.withMember(members[m]);
          }
        }
        away[m][d] = isAway;
        if (alone[m] && !isAway && !unwell[m] && random.nextDouble() < unwellChance) {
          unwell[m] = true;
          unwellSince[m] = d;
          if (d >= measureDay) {
            totals.add(Count.UNWELL_SPELLS, 1);
          }
        }
      }
      today.clear();
      while (nextHelp < help.size() && help.get(nextHelp).at().isBefore(dayEnd)) {
        today.add(help.get(nextHelp++));
      }
      while (nextMeal < meals.size() && meals.get(nextMeal).isBefore(dayEnd)) {
        meal = attend(meal, meals.get(nextMeal++), d, today);
      }
      for (int m = 0; m < memberCount; m++) {
        if (present(m, d) && !unwell[m] && random.nextDouble() < callChance) {
          int other = other(m, d);
          if (other >= 0) {
            today.add(ContactSignal.call(ids[other], at(d, CALLS), ids[m]));
          }
        }
      }
      for (ContactSignal s : today) {
        seen(s, d);
      }
      if (!checkIns.agreements().isEmpty()) {
        checkIn(checkIns, d);
      }
    }
    figures(ContactLog.of(all));
  }

  /** Members living alone who opt in, each with a buddy present the day they joined. */
  private CheckIns agreements() {
    List<CheckInAgreement> agreements = new ArrayList<>();
    Contact.CheckInPolicy p = c.checkIns();
    for (int m = 0; m < memberCount; m++) {
      if (!alone[m] || !(random.nextDouble() < p.optInShare())) {
        continue;
      }
      List<Integer> candidates = new ArrayList<>();
      for (int b = 0; b < memberCount; b++) {
        if (b != m && present(b, joinDay[m])) {
          candidates.add(b);
        }
      }
      CheckInAgreement.Builder a = CheckInAgreement.builder().member(ids[m])
          .buddyAfterDays(p.buddyAfterDays()).connectorAfterDays(p.connectorAfterDays());
      if (!candidates.isEmpty()) {
        a.buddy(ids[candidates.get(random.nextInt(candidates.size()))]);
      }
      agreements.add(a.build());
    }
    return CheckIns.of(agreements);
  }

  /** The shared meal, organised by the first connector, or the first member. */
  private Activity meal() {
    if (c.activity().everyWeeks() == 0 || memberCount == 0) {
      return null;
    }
    return Activity.builder().id(ActivityId.of("shared-meal")).title("Shared meal")
        .organiser(organiser(0)).start(at(0, MEAL)).duration(Duration.ofHours(2))
        .place(Place.of("the neighbourhood centre"))
        .recurrence(Recurrence.everyWeeks(c.activity().everyWeeks())).build();
  }

  /** Who organises on a day: the first connector in the circle, else the first member; never -1. */
  private MemberId organiser(int day) {
    int first = -1;
    for (int m = 0; m < memberCount; m++) {
      if (present(m, day)) {
        if (members[m].role() == Role.CONNECTOR) {
          return ids[m];
        }
        if (first < 0) {
          first = m;
        }
      }
    }
    return ids[Math.max(first, 0)];
  }

  /** An occurrence of the meal: members at home and well attend by chance; returns the activity. */
  private Activity attend(Activity meal, Instant occurrence, int d, List<ContactSignal> today) {
    MemberId organiser = organiser(d);
    Activity held = organiser.equals(meal.organiser()) ? meal : meal.toBuilder().organiser(organiser).build();
    int host = numberOf(organiser);
    if (!present(host, d) || away[host][d] || unwell[host]) {
      return held; // no meal without its host
    }
    List<MemberId> attendees = new ArrayList<>();
    for (int m = 0; m < memberCount; m++) {
      if (m != host && present(m, d) && !away[m][d] && !unwell[m]
          && random.nextDouble() < c.activity().attendance()) {
        attendees.add(ids[m]);
      }
    }
    Attendance attendance = Attendance.of(held, occurrence, attendees);
    for (MemberId attendee : attendance.attendees()) {
      today.add(new ContactSignal(attendee, occurrence, ContactKind.ACTIVITY, Optional.of(organiser)));
    }
    return held;
  }

  private int numberOf(MemberId id) {
    for (int m = 0; m < memberCount; m++) {
      if (ids[m].equals(id)) {
        return m;
      }
    }
    throw new IllegalStateException("not a member of the run");
  }

  /** Another member present on the day, drawn uniformly, or -1. */
  private int other(int m, int d) {
    int n = 0;
    for (int o = 0; o < memberCount; o++) {
      if (o != m && present(o, d)) {
        n++;
      }
    }
    if (n == 0) {
      return -1;
    }
    int pick = random.nextInt(n);
    for (int o = 0; o < memberCount; o++) {
      if (o != m && present(o, d) && pick-- == 0) {
        return o;
      }
    }
    return -1;
  }

  /** A contact: it counts for both people, and finds a member who is unwell. */
  private void seen(ContactSignal s, int d) {
    all.add(s);
    seenBy(numberOf(s.member()), s, d);
    s.with().ifPresent(w -> seenBy(numberOf(w), s, d));
  }

  private void seenBy(int m, ContactSignal s, int d) {
    latest[m] = ContactSignal.of(ids[m], s.at(), s.kind());
    if (unwell[m]) {
      unwell[m] = false;
      if (unwellSince[m] >= measureDay) {
        totals.add(Count.UNWELL_FOUND, 1);
        totals.add(Count.DAYS_UNTIL_FOUND, d - unwellSince[m]);
      }
    }
  }

  /**
   * The evening's check-in round: the library lists who should be rung after the day's contacts;
   * each new step is an alarm, false if the member was fine; the first caller rings and reaches the
   * member.
   */
  private void checkIn(CheckIns checkIns, int d) {
    List<ContactSignal> known = new ArrayList<>();
    for (CheckInAgreement a : checkIns.agreements()) {
      ContactSignal last = latest[numberOf(a.member())];
      if (last != null) {
        known.add(last);
      }
    }
    List<CheckInCall> due = checkIns.due(circle, ContactLog.of(known), date(d), Calendar.ZONE);
    for (CheckInCall call : due) {
      int m = numberOf(call.member());
      if (call.isNewToday() && d >= measureDay) {
        totals.add(Count.ALARMS, 1);
        totals.addMonthly(MonthlyCount.ALARMS, cal.monthOf(at(d, CHECK_IN).getEpochSecond()), 1);
        if (!unwell[m]) {
          totals.add(Count.FALSE_ALARMS, 1);
        }
      }
      if (!call.callers().isEmpty()) {
        seen(ContactSignal.checkIn(call.member(), at(d, CHECK_IN), call.callers().get(0)), d);
      }
    }
  }

  /** Contacts per member and month, and members living alone without contact for too long. */
  private void figures(ContactLog log) {
    int months = cal.months();
    boolean[] flagged = new boolean[memberCount];
    boolean[] counted = new boolean[memberCount];
    for (int i = 0; i < months; i++) {
      int from = dayOf(cal.firstDay(i));
      int to = from + cal.monthDays[i];
      for (int m = 0; m < memberCount; m++) {
        int first = Math.max(from, joinDay[m]);
        int end = Math.min(to, leaveDay[m]);
        if (first >= end) {
          continue;
        }
        totals.addMonthly(MonthlyCount.MEMBER_DAYS, i, end - first);
        totals.add(Count.MEMBER_DAYS, end - first);
        long contacts = log.contactsBetween(ids[m], at(first, LocalTime.MIDNIGHT), at(end, LocalTime.MIDNIGHT));
        totals.addMonthly(MonthlyCount.CONTACTS, i, contacts);
        totals.add(Count.CONTACTS, contacts);
        if (!alone[m]) {
          continue;
        }
        totals.addMonthly(MonthlyCount.ALONE, i, 1);
        counted[m] = true;
        for (int d = first; d < end; d++) {
          if (!away[m][d] && log.daysSinceLastContact(members[m], date(d), Calendar.ZONE) > c.withoutContactDays()) {
            totals.addMonthly(MonthlyCount.ALONE_WITHOUT_CONTACT, i, 1);
            flagged[m] = true;
            break;
          }
        }
      }
    }
    for (int m = 0; m < memberCount; m++) {
      totals.add(Count.ALONE, counted[m] ? 1 : 0);
      totals.add(Count.ALONE_WITHOUT_CONTACT, flagged[m] ? 1 : 0);
    }
  }
}
