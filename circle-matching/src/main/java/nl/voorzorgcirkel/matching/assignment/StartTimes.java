package nl.voorzorgcirkel.matching.assignment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.model.CalendarWeeks;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.matching.internal.FreeStarts;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;

/**
 * The starts of a plan's assignments, once the plan is chosen. The search treats flexible help as
 * occupying no set time (it can move), so the earliest start the ranking gives each one may meet
 * the member's other help in the same plan (user test 6, J2: two flexible requests of one member
 * both at 12:00). Here, member by member: help at a set time starts at its set time; then the
 * flexible help, by the end of its window (then its earliest start, then request id), each at the
 * earliest start from its ranked earliest start on that fits the member's weekly slots on a day
 * they take part (not away, not paused), stays in the window and the same local week (the week
 * whose capacity it counts against), and keeps the travel buffer clear of the member's help placed
 * before it and of their promises at set times (no buffer between legs of one trip): the search of
 * the ranking's own start ({@link FreeStarts}). Where no start does, the help keeps its earliest
 * start, which then meets other help: {@link Assignment#start()} says what a platform does then.
 *
 * <p>Deterministic: the same assignments give the same starts whatever their order. Not part of
 * the search: the plan and its objective do not change. Stateless.
 */
final class StartTimes {

  /** One placed request: the request, its member and the earliest start its ranking gave. */
  record Placed(HelpRequest request, Member member, Instant earliest) {}

  /** A start, and whether it keeps clear of the member's other help (false: the earliest start kept). */
  record Start(Instant at, boolean clear) {}

  private StartTimes() {}

  /**
   * The start of each placed request.
   *
   * @param placed the plan's placed requests
   * @param snapshot the circle, its promises ({@link CircleSnapshot#commitments()}) and zone
   * @param buffer the travel time kept free between two pieces of help
   * @return each placed request's start, in the order of {@code placed}
   */
  static List<Start> of(List<Placed> placed, CircleSnapshot snapshot, Duration buffer) {
    Map<MemberId, List<Integer>> byMember = new TreeMap<>();
    for (int i = 0; i < placed.size(); i++) {
      byMember.computeIfAbsent(placed.get(i).member().id(), k -> new ArrayList<>()).add(i);
    }
    Start[] starts = new Start[placed.size()];
    for (List<Integer> own : byMember.values()) {
      List<FreeStarts.Busy> busy = new ArrayList<>();
      List<Integer> flexible = new ArrayList<>();
      for (int i : own) {
        Placed p = placed.get(i);
        if (p.request().window().flexible()) {
          flexible.add(i);
        } else {
          starts[i] = new Start(p.earliest(), true);
          busy.add(busy(p.request(), p.earliest()));
        }
      }
      flexible.sort(Comparator.comparing((Integer i) -> placed.get(i).request().window().end())
          .thenComparing(i -> placed.get(i).earliest()).thenComparing(i -> placed.get(i).request().id()));
      for (int i : flexible) {
        Placed p = placed.get(i);
        Optional<Instant> clear = clearStart(p, busy, snapshot, buffer);
        Instant start = clear.orElse(p.earliest());
        starts[i] = new Start(start, clear.isPresent());
        busy.add(busy(p.request(), start));
      }
    }
    return List.of(starts);
  }

  private static FreeStarts.Busy busy(HelpRequest request, Instant start) {
    return new FreeStarts.Busy(start, start.plus(request.expectedDuration()), request.trip().orElse(null));
  }

  /**
   * The earliest start from the ranked one that keeps clear of the busy periods and the promises,
   * in the member's slots on a day they take part, within the window and the week; empty if there
   * is none. The ranking's own search ({@code MatchContext.helpStart}), with the plan's help added.
   */
  private static Optional<Instant> clearStart(Placed p, List<FreeStarts.Busy> busy, CircleSnapshot snapshot,
      Duration buffer) {
    MemberId member = p.member().id();
    List<Commitment> promised = snapshot.commitments().hasCommitments(member)
        ? snapshot.commitments().commitmentsOf(member) : List.of();
    return FreeStarts.from(p.earliest(), p.member(), p.request(), promised, busy, buffer,
        CalendarWeeks.endOf(p.earliest(), snapshot.zone()));
  }
}
