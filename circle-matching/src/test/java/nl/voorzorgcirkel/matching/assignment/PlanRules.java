package nl.voorzorgcirkel.matching.assignment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.model.CalendarWeeks;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TripId;
import nl.voorzorgcirkel.core.model.WeeklySlot;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;

/**
 * A checker of a plan's rules that shares no code with the search (not its {@code place}, not
 * {@code StartTimes}): from the plan's assignments, their starts and the requests alone, every
 * rule the README promises of a plan, stopped or not. Each problem is a line naming the request.
 */
final class PlanRules {

  private PlanRules() {}

  /**
   * The rules a plan breaks: each assignment at a start in its window (a set time at its set
   * time), in its member's weekly slots on a day they take part, with a capability they offer and
   * not their own request; one member's help and promises apart by the travel buffer (none between
   * legs of one trip); the hours of each member's week within their capacity, with the help they
   * gave and promised; a trip's legs with one member or none; and no start left to agree.
   */
  static List<String> problems(AssignmentPlan plan, List<HelpRequest> requests, CircleSnapshot snapshot,
      Duration buffer) {
    Map<RequestId, HelpRequest> byId = new HashMap<>();
    requests.forEach(r -> byId.put(r.id(), r));
    List<String> problems = new ArrayList<>();
    if (!plan.startsToAgree().isEmpty()) {
      problems.add("starts to agree " + plan.startsToAgree());
    }
    Map<MemberId, List<Assignment>> byMember = new TreeMap<>();
    Map<TripId, MemberId> tripMember = new HashMap<>();
    for (Assignment a : plan.assignments()) {
      HelpRequest r = byId.get(a.request());
      Member m = snapshot.circle().member(a.member()).orElseThrow();
      Instant end = a.start().plus(r.expectedDuration());
      if (a.start().isBefore(r.window().start()) || end.isAfter(r.window().end())) {
        problems.add(a.request() + " outside its window");
      }
      if (!r.window().flexible() && !a.start().equals(r.window().start())) {
        problems.add(a.request() + " not at its set time");
      }
      if (!inSlots(m, a.start(), end)) {
        problems.add(a.request() + " outside the slots of " + a.member());
      }
      if (!m.isAvailableOn(ZonedDateTime.ofInstant(a.start(), m.availability().zone()).toLocalDate())) {
        problems.add(a.request() + " on a day " + a.member() + " is away or paused");
      }
      if (!m.offers(r.capability()) || m.id().equals(r.requester())) {
        problems.add(a.request() + " not for " + a.member());
      }
      Optional<TripId> trip = r.trip();
      if (trip.isPresent() && !a.member().equals(tripMember.computeIfAbsent(trip.get(), t -> a.member()))) {
        problems.add(a.request() + " a leg of a trip split between members");
      }
      for (Commitment c : snapshot.commitments().commitmentsOf(a.member())) {
        Duration gap = trip.isPresent() && c.trip().equals(trip) ? Duration.ZERO : buffer;
        if (!c.request().equals(r.id()) && c.overlaps(a.start(), end, gap)) {
          problems.add(a.request() + " meets a promise of " + a.member());
        }
      }
      byMember.computeIfAbsent(a.member(), k -> new ArrayList<>()).add(a);
    }
    for (Map.Entry<MemberId, List<Assignment>> own : byMember.entrySet()) {
      List<Assignment> list = own.getValue();
      Map<Instant, Duration> weeks = new TreeMap<>();
      for (int i = 0; i < list.size(); i++) {
        Assignment a = list.get(i);
        HelpRequest ra = byId.get(a.request());
        weeks.merge(CalendarWeeks.startOf(a.start(), snapshot.zone()), ra.expectedDuration(), Duration::plus);
        for (int j = i + 1; j < list.size(); j++) {
          Assignment b = list.get(j);
          HelpRequest rb = byId.get(b.request());
          Duration gap = ra.trip().isPresent() && ra.trip().equals(rb.trip()) ? Duration.ZERO : buffer;
          if (a.start().isBefore(b.start().plus(rb.expectedDuration()).plus(gap))
              && b.start().isBefore(a.start().plus(ra.expectedDuration()).plus(gap))) {
            problems.add(a.request() + " and " + b.request() + " of " + own.getKey() + " at once");
          }
        }
      }
      Duration capacity = snapshot.circle().member(own.getKey()).orElseThrow().capacityPerWeek();
      for (Map.Entry<Instant, Duration> week : weeks.entrySet()) {
        Duration given = snapshot.load(own.getKey(), week.getKey(),
            CalendarWeeks.endOf(week.getKey(), snapshot.zone()));
        if (week.getValue().plus(given).compareTo(capacity) > 0) {
          problems.add(own.getKey() + " past their hours in the week of " + week.getKey());
        }
      }
    }
    return problems;
  }

  /** Whether help from {@code start} to {@code end} lies in one of the member's weekly slots. */
  private static boolean inSlots(Member member, Instant start, Instant end) {
    ZonedDateTime from = ZonedDateTime.ofInstant(start, member.availability().zone());
    ZonedDateTime to = ZonedDateTime.ofInstant(end, member.availability().zone());
    DayOfWeek day = from.getDayOfWeek();
    for (WeeklySlot slot : member.availability().slots()) {
      boolean toMidnight = slot.end().equals(LocalTime.MIDNIGHT) || slot.end().equals(LocalTime.MAX);
      boolean sameDay = to.toLocalDate().equals(from.toLocalDate());
      boolean endsInSlot = sameDay ? !to.toLocalTime().isAfter(slot.end()) || toMidnight
          : toMidnight && to.toLocalTime().equals(LocalTime.MIDNIGHT) && to.toLocalDate().equals(from.toLocalDate().plusDays(1));
      if (slot.day() == day && !from.toLocalTime().isBefore(slot.start()) && endsInSlot) {
        return true;
      }
    }
    return false;
  }
}
