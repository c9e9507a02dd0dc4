package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Absence;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.assignment.Assignment;
import nl.voorzorgcirkel.matching.assignment.AssignmentPlan;
import nl.voorzorgcirkel.matching.assignment.BatchAssignment;
import nl.voorzorgcirkel.matching.assignment.Unplaced;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import org.junit.jupiter.api.Test;

/**
 * Help never starts before the snapshot's now, in the ranking and in the batch alike (user test 5,
 * H2): a window under way is searched from now, and its week is the week counted; a request whose
 * time has passed is taken by nobody, with a reason of its own.
 */
class NotBeforeNowTest {

  /** Monday 7 December 2026, 12:00 in Amsterdam; Sunday 6 December lies in the week before. */
  private static final Instant MONDAY_NOON = at(7, 12, 0);
  private static final MemberId REQUESTER = MemberId.of("m-0");
  private static final MemberId GARDENER = MemberId.of("m-1");
  private static final MemberId DRIVER = MemberId.of("m-2");

  private static Instant at(int day, int hour, int minute) {
    return LocalDateTime.of(2026, 12, day, hour, minute).atZone(WeeklyAvailability.DEFAULT_ZONE).toInstant();
  }

  /** The requester, a gardener with one hour a week, a driver; daytime 09:00 to 18:00 every day. */
  private static Circle circle() {
    return Fixtures.circle(0).addMembers(Fixtures.member("m-0").build(),
        Fixtures.member("m-1").capacityPerWeek(Duration.ofHours(1))
            .addCapabilities(CapabilityOffer.of(Capability.SMALL_JOBS), CapabilityOffer.of(Capability.GROCERIES_AND_ERRANDS))
            .build(),
        Fixtures.member("m-2").addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR)).build()).build();
  }

  /** Sunday 6 to Tuesday 8 December (open until Wednesday 00:00), one hour. */
  private static HelpRequest sundayToTuesday(String id, Capability capability) {
    return HelpRequest.builder().id(RequestId.of(id)).requester(REQUESTER).capability(capability)
        .window(TimeWindow.flexibleWithinDays(LocalDate.of(2026, 12, 6), 3, WeeklyAvailability.DEFAULT_ZONE))
        .expectedDuration(Duration.ofHours(1)).createdAt(at(4, 10, 0)).build();
  }

  private static HelpRequest ride(String id, Instant start) {
    return HelpRequest.builder().id(RequestId.of(id)).requester(REQUESTER).capability(Capability.RIDE_BY_CAR)
        .window(TimeWindow.fixed(start, start.plus(Duration.ofHours(1))))
        .expectedDuration(Duration.ofHours(1)).createdAt(start.minus(Duration.ofDays(10))).build();
  }

  @Test
  void aFlexibleWindowUnderWayStartsNowNotOnItsFirstDay() {
    CircleSnapshot snapshot = CircleSnapshot.at(circle(), HelpLedger.empty(), MONDAY_NOON);
    HelpRequest groceries = sundayToTuesday("r-flex", Capability.GROCERIES_AND_ERRANDS);
    Ranking ranking = MatchingStrategies.standard().rank(groceries, snapshot);
    // before: Sunday 09:00, 27 hours before now
    assertEquals(Optional.of(MONDAY_NOON), ranking.best().orElseThrow().earliestStart());
    AssignmentPlan plan = BatchAssignment.standard().plan(List.of(groceries), snapshot);
    assertEquals(MONDAY_NOON, plan.assignments().get(0).start());
  }

  @Test
  void theWeekCountedIsTheWeekTheHelpCanStillHappenIn() {
    // the gardener (1 h a week) promised an hour on Monday 14:00; a job open Sunday to Tuesday,
    // ranked on Monday, falls in this week, which is full: not last week, where it used to count
    HelpRequest promised = HelpRequest.builder().id(RequestId.of("r-promised")).requester(REQUESTER)
        .capability(Capability.SMALL_JOBS).window(TimeWindow.fixed(at(7, 14, 0), at(7, 15, 0)))
        .expectedDuration(Duration.ofHours(1)).createdAt(at(1, 10, 0)).build();
    Commitment yes = Commitment.from(RequestLifecycle.open(promised).accept(at(2, 10, 0), GARDENER)).orElseThrow();
    CircleSnapshot snapshot = CircleSnapshot.at(circle(), HelpLedger.empty(), MONDAY_NOON)
        .withCommitments(CommitmentBook.of(List.of(yes)));
    HelpRequest garden = sundayToTuesday("r-garden", Capability.SMALL_JOBS);
    Ranking ranking = MatchingStrategies.standard().rank(garden, snapshot);
    assertEquals(List.of(), ranking.candidates());
    Exclusion full = ranking.exclusions().stream().filter(e -> e.member().equals(GARDENER)).findFirst().orElseThrow();
    assertEquals(ExclusionReason.AT_CAPACITY.code(), full.code());
    assertEquals(60L, full.figures().get("loadMinutes"));
    AssignmentPlan plan = BatchAssignment.standard().plan(List.of(garden), snapshot);
    assertEquals(List.of(), plan.assignments(), "the batch gave a second hour in a week of one");
    assertEquals(Unplaced.NO_ELIGIBLE_MEMBER, plan.unplaced().get(0).code());
  }

  @Test
  void aRideWhoseSetTimeHasPassedIsTakenByNobodyWithItsOwnReason() {
    CircleSnapshot snapshot = CircleSnapshot.at(circle(), HelpLedger.empty(), MONDAY_NOON);
    // at 09:00 today, three hours ago; at 11:30, started but not over; a week ago
    for (HelpRequest past : List.of(ride("r-today9", at(7, 9, 0)), ride("r-1130", at(7, 11, 30)),
        ride("r-lastweek", at(7, 10, 0).minus(Duration.ofDays(7))))) {
      Ranking ranking = MatchingStrategies.standard().rank(past, snapshot);
      assertEquals(List.of(), ranking.candidates(), past.id().value());
      assertEquals(3, ranking.exclusions().size());
      for (Exclusion e : ranking.exclusions()) {
        assertEquals("too-late", e.code());
        assertFalse(e.isPrivate());
        assertTrue(e.message(Locale.ENGLISH).startsWith("too late"), e.message(Locale.ENGLISH));
        assertTrue(e.message(Locale.forLanguageTag("nl")).startsWith("te laat"));
      }
      assertEquals(List.of(), MatchingStrategies.standard().order(past, snapshot));
      AssignmentPlan plan = BatchAssignment.standard().plan(List.of(past), snapshot);
      assertEquals(List.of(), plan.assignments(), past.id().value());
      Unplaced unplaced = plan.unplaced().get(0);
      assertEquals(Unplaced.TOO_LATE, unplaced.code());
      assertEquals(ranking.exclusions(), unplaced.exclusions());
      assertTrue(unplaced.message(Locale.forLanguageTag("nl")).startsWith("te laat"));
      assertTrue(unplaced.message(Locale.ENGLISH).startsWith("too late"));
    }
    // at 12:00 exactly it can still be taken
    assertEquals(List.of(DRIVER), MatchingStrategies.standard().order(ride("r-noon", MONDAY_NOON), snapshot));
  }

  @Test
  void aFlexibleWindowWithTooLittleLeftIsTooLate() {
    // Monday 09:00 to 18:00 for a two-hour job: at 16:30 only an hour and a half is left
    HelpRequest job = HelpRequest.builder().id(RequestId.of("r-short")).requester(REQUESTER)
        .capability(Capability.SMALL_JOBS).window(TimeWindow.flexible(at(7, 9, 0), at(7, 18, 0)))
        .expectedDuration(Duration.ofHours(2)).createdAt(at(1, 10, 0)).build();
    Circle roomy = circle().toBuilder().members(List.of(circle().members().get(0),
        circle().members().get(1).toBuilder().capacityPerWeek(Duration.ofHours(5)).build())).build();
    assertEquals(List.of(GARDENER), MatchingStrategies.standard()
        .order(job, CircleSnapshot.at(roomy, HelpLedger.empty(), at(7, 16, 0))));
    Ranking late = MatchingStrategies.standard().rank(job, CircleSnapshot.at(roomy, HelpLedger.empty(), at(7, 16, 30)));
    assertEquals(List.of(), late.candidates());
    assertEquals("too-late", late.exclusions().get(0).code());
  }

  @Test
  void aMemberAwayOnTheDaysLeftCannotTakeItOnADayThatHasPassed() {
    // away Monday and Tuesday: Sunday, the window's first day, is over
    Circle away = circle().toBuilder().members(List.of(circle().members().get(0), circle().members().get(1)
        .toBuilder().absences(List.of(Absence.of(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8)))).build()))
        .build();
    Ranking ranking = MatchingStrategies.standard().rank(sundayToTuesday("r-flex", Capability.GROCERIES_AND_ERRANDS),
        CircleSnapshot.at(away, HelpLedger.empty(), MONDAY_NOON));
    assertEquals(List.of(), ranking.candidates());
    assertEquals(ExclusionReason.ABSENT.code(), ranking.exclusions().get(1).code());
  }

  @Test
  void noPlannedHelpStartsBeforeNowAndTheBatchPlacesNothingTheRankingRefuses() {
    AtomicInteger placed = new AtomicInteger();
    AtomicInteger tooLate = new AtomicInteger();
    Props.property("batch-not-before-now", 150)
        .forAll(longs().all(), integers().between(3, 10), integers().between(-1_440, 8 * 1_440))
        .checkAssert((seed, size, minutes) -> {
          RandomModel random = new RandomModel(seed);
          Circle circle = random.circle(size);
          List<HelpRequest> requests = new ArrayList<>();
          for (int i = 0; i < 6; i++) {
            requests.add(random.request(RequestId.of("r-" + i), MemberId.of("m-" + (i % size)), Fixtures.NOW));
          }
          Instant now = Fixtures.NOW.plus(Duration.ofMinutes(minutes));
          CircleSnapshot snapshot = CircleSnapshot.at(circle, HelpLedger.empty(), now);
          AssignmentPlan plan = BatchAssignment.builder().nodeLimit(50).build().plan(requests, snapshot);
          for (Assignment a : plan.assignments()) {
            assertFalse(a.start().isBefore(now), a + " starts before " + now);
            HelpRequest r = requests.stream().filter(x -> x.id().equals(a.request())).findFirst().orElseThrow();
            assertTrue(MatchingStrategies.standard().order(r, snapshot).contains(a.member()),
                "placed with a member the ranking refuses");
            placed.incrementAndGet();
          }
          for (Unplaced u : plan.unplaced()) {
            HelpRequest r = requests.stream().filter(x -> x.id().equals(u.request())).findFirst().orElseThrow();
            boolean over = MatchContext.of(r, snapshot, Duration.ofDays(28)).isOver();
            assertEquals(over, u.code().equals(Unplaced.TOO_LATE), u.toString());
            if (over) {
              tooLate.incrementAndGet();
            }
          }
        });
    assertTrue(placed.get() > 100, "too few placed: " + placed);
    assertTrue(tooLate.get() > 50, "too few requests whose time had passed: " + tooLate);
  }
}
