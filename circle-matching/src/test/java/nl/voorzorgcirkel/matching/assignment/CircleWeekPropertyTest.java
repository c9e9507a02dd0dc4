package nl.voorzorgcirkel.matching.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.CalendarWeeks;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.TripId;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.ranking.RankedCandidate;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.HardRules;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.Ranking;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import org.junit.jupiter.api.Test;

/**
 * A circle's weeks, request by request and batch by batch, across week boundaries: whatever the
 * ranking proposes and the batch plans, and members accept, no member is ever committed to
 * overlapping help and no week's help given plus promised passes anyone's capacity.
 */
class CircleWeekPropertyTest {

  private static final ZoneId ZONE = WeeklyAvailability.DEFAULT_ZONE;
  private static final Duration BUFFER = HardRules.DEFAULT_TRAVEL_BUFFER;
  private static final List<Capability> KINDS = Capability.standard().subList(0, 2);

  /** A circle of 3 to 8 members with 1 to 6 hours each, and the first day of the period. */
  private static Circle circle(RandomModel random, int size) {
    Circle.Builder circle = Fixtures.circle(0);
    for (int i = 0; i < size; i++) {
      Member.Builder m = Fixtures.member("m-" + i)
          .capacityPerWeek(Duration.ofMinutes(60L * random.between(1, 6)));
      for (Capability kind : KINDS) {
        if (random.chance(0.8)) {
          m.addCapabilities(CapabilityOffer.of(kind));
        }
      }
      circle.addMembers(m.build());
    }
    return circle.build();
  }

  /** A request some day of the 17 from Thursday 26 November 2026: set times, sometimes flexible. */
  private static HelpRequest request(RandomModel random, int id, int members, LocalDate first) {
    LocalDate day = first.plusDays(random.between(0, 16));
    Instant start = day.atTime(9, 0).plusMinutes(30L * random.between(0, 14)).atZone(ZONE).toInstant();
    Duration length = Duration.ofMinutes(30L * random.between(1, 4));
    TimeWindow window = random.chance(0.25)
        ? TimeWindow.flexibleWithinDays(day, random.between(1, 3), ZONE)
        : TimeWindow.fixed(start, start.plus(length));
    return HelpRequest.builder().id(RequestId.of("r-" + id))
        .requester(MemberId.of("m-" + random.between(0, members - 1)))
        .capability(random.pick(KINDS)).window(window).expectedDuration(length)
        .createdAt(Fixtures.NOW).build();
  }

  @Test
  void noMemberIsEverCommittedToOverlappingHelpNorPastCapacityInAnyWeek() {
    int[] counts = {0, 0, 0, 0};
    Props.property("no-overlap-and-no-week-past-capacity", 150)
        .forAll(longs().all(), integers().between(3, 8), integers().between(10, 30))
        .checkAssert((seed, size, steps) -> {
          RandomModel random = new RandomModel(seed);
          Circle circle = circle(random, size);
          LocalDate first = LocalDate.of(2026, 11, 26);
          Instant now = first.atStartOfDay(ZONE).toInstant();
          HelpLedger ledger = HelpLedger.empty();
          CommitmentBook book = CommitmentBook.empty();
          int next = 0;
          for (int step = 0; step < steps; step++) {
            CircleSnapshot snapshot = CircleSnapshot.at(circle, ledger, now).withCommitments(book);
            double roll = random.between(0, 99) / 100.0;
            if (roll < 0.5) {
              HelpRequest request = request(random, next++, size, first);
              Ranking ranking = MatchingStrategies.standard().rank(request, snapshot);
              if (!ranking.candidates().isEmpty()) {
                RankedCandidate yes = random.pick(ranking.candidates());
                book = book.with(accept(request, yes.member(), yes.earliestStart().orElseThrow()));
                counts[0]++;
              }
            } else if (roll < 0.8) {
              List<HelpRequest> batch = new ArrayList<>();
              for (int i = 0, n = random.between(2, 6); i < n; i++) {
                HelpRequest r = request(random, next++, size, first);
                if (i > 0 && random.chance(0.2) && !batch.get(i - 1).window().flexible()) {
                  // the way back: a leg of one trip with the request before
                  HelpRequest there = batch.get(i - 1);
                  TripId trip = TripId.of("t-" + next);
                  Instant back = there.window().start().plus(Duration.ofHours(random.between(2, 6)));
                  batch.set(i - 1, there.toBuilder().trip(trip).build());
                  r = r.toBuilder().requester(there.requester()).capability(there.capability()).trip(trip)
                      .window(TimeWindow.fixed(back, back.plus(r.expectedDuration()))).build();
                }
                batch.add(r);
              }
              AssignmentPlan plan = BatchAssignment.standard().plan(batch, snapshot);
              for (Assignment a : plan.assignments()) {
                HelpRequest r = batch.stream().filter(x -> x.id().equals(a.request())).findFirst().orElseThrow();
                book = book.with(accept(r, a.member(), a.start()));
                counts[1]++;
              }
            } else if (!book.isEmpty()) {
              Commitment c = random.pick(book.commitments());
              book = book.without(c.request());
              if (roll < 0.9) {
                // the help is done as planned: only now does it enter the ledger
                ledger = ledger.append(HelpRecord.of(c.helper(), c.recipient(), c.capability(), c.start(),
                    c.duration()));
                counts[2]++;
              } else {
                counts[3]++; // cancelled: the time is free again
              }
            }
            check(circle, ledger, book);
          }
        });
    System.out.printf("circle weeks: %d accepted from rankings, %d from batches, %d done, %d cancelled%n",
        counts[0], counts[1], counts[2], counts[3]);
    assertTrue(counts[0] > 300 && counts[1] > 300 && counts[2] > 50 && counts[3] > 20, "too little happened");
  }

  private static Commitment accept(HelpRequest request, MemberId helper, Instant plannedStart) {
    // the yes comes when the window opens: a lifecycle takes no yes after its window ended
    Instant opens = request.window().start();
    return Commitment.from(RequestLifecycle.open(request.toBuilder().createdAt(opens).build()).accept(opens, helper),
        plannedStart).orElseThrow();
  }

  private static void check(Circle circle, HelpLedger ledger, CommitmentBook book) {
    for (Member member : circle.members()) {
      List<Commitment> own = book.commitmentsOf(member.id());
      for (int i = 0; i < own.size(); i++) {
        for (int j = i + 1; j < own.size(); j++) {
          Commitment a = own.get(i);
          Commitment b = own.get(j);
          Duration buffer = a.trip().isPresent() && a.trip().equals(b.trip()) ? Duration.ZERO : BUFFER;
          assertFalse(a.isTimeFixed() && b.overlaps(a.start(), a.start().plus(a.duration()), buffer),
              member.id() + " is committed to " + a.request() + " and " + b.request() + " at once");
        }
      }
      List<Instant> starts = new ArrayList<>();
      own.forEach(c -> starts.add(c.start()));
      ledger.records().forEach(r -> starts.add(r.start()));
      for (Instant start : starts) {
        Instant week = CalendarWeeks.startOf(start, ZONE);
        Instant end = CalendarWeeks.endOf(start, ZONE);
        Duration load = ledger.givenBy(member.id(), week, end).plus(book.committedBy(member.id(), week, end));
        assertTrue(load.compareTo(member.capacityPerWeek()) <= 0,
            member.id() + " has " + load + " in the week of " + week + ", capacity " + member.capacityPerWeek());
      }
    }
  }

  @Test
  void rankingAndBatchCountTheSameWeekForEveryRequest() {
    int[] placed = {0, 0};
    Props.property("ranking-and-batch-agree-on-the-week", 500)
        .forAll(longs().all(), integers().between(2, 6))
        .checkAssert((seed, size) -> {
          RandomModel random = new RandomModel(seed);
          Circle circle = circle(random, size);
          // from Thursday 26 November: this week and next, help already given this week
          LocalDate first = LocalDate.of(2026, 11, 26);
          HelpLedger ledger = HelpLedger.empty();
          for (Member m : circle.members()) {
            if (random.chance(0.6) && size > 1) {
              MemberId other = MemberId.of(m.id().equals(MemberId.of("m-0")) ? "m-1" : "m-0");
              ledger = ledger.append(HelpRecord.of(m.id(), other, KINDS.get(0),
                  Fixtures.NOW.minus(Duration.ofHours(30)), m.capacityPerWeek()));
            }
          }
          CircleSnapshot snapshot = CircleSnapshot.at(circle, ledger, first.atStartOfDay(ZONE).toInstant());
          HelpRequest request = request(random, 0, size, first);
          Ranking ranking = MatchingStrategies.standard().rank(request, snapshot);
          AssignmentPlan plan = BatchAssignment.standard().plan(List.of(request), snapshot);
          assertEquals(!ranking.candidates().isEmpty(), plan.assignments().size() == 1,
              "ranking and batch disagree: " + ranking + " / " + plan.unplaced());
          if (!plan.assignments().isEmpty()) {
            Assignment a = plan.assignments().get(0);
            Optional<RankedCandidate> c = ranking.candidates().stream().filter(x -> x.member().equals(a.member())).findFirst();
            assertEquals(c.orElseThrow().earliestStart(), Optional.of(a.start()));
            placed[0]++;
          } else {
            placed[1]++;
          }
        });
    assertTrue(placed[0] > 100 && placed[1] > 50, "too one-sided: " + placed[0] + " placed, " + placed[1] + " not");
  }
}
