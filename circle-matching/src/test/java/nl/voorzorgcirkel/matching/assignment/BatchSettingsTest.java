package nl.voorzorgcirkel.matching.assignment;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * User test 5, H3 and H10: the settings a batch assignment accepts are the ones it plans with, and
 * its misuse is refused in words that name the argument.
 */
class BatchSettingsTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  /**
   * {@code loadPenalty(3e8)} and more was accepted and made {@code plan} throw "negative reduced
   * cost ...: please report" (rounding beside an unplaced cost of 1e11), and 1e308 (an infinite
   * unplaced cost) an ArrayIndexOutOfBoundsException.
   */
  @Test
  void aLoadPenaltyAboveTheExactRangeIsRefusedNamingTheSettingAndTheRange() {
    for (double lambda : new double[] {100.000_001, 1_000, 3e8, 1e308, Double.MAX_VALUE}) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> BatchAssignment.builder().loadPenalty(lambda), String.valueOf(lambda));
      assertEquals("loadPenalty", e.violations().get(0).path(), String.valueOf(lambda));
      assertTrue(e.message(Locale.ENGLISH).contains("between 0 and 100"), e.message(Locale.ENGLISH));
      assertTrue(e.message(DUTCH).contains("tussen 0 en 100"), e.message(DUTCH));
    }
    assertDoesNotThrow(() -> BatchAssignment.builder().loadPenalty(BatchAssignment.MAX_LOAD_PENALTY));
  }

  /** {@code timeLimit(Duration.ofSeconds(Long.MAX_VALUE))} made {@code plan} overflow. */
  @Test
  void aTimeLimitLongerThanADayIsRefused() {
    for (Duration limit : new Duration[] {Duration.ofSeconds(Long.MAX_VALUE), Duration.ofDays(365 * 300L),
        Duration.ofHours(24).plusNanos(1)}) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> BatchAssignment.builder().timeLimit(limit), limit.toString());
      assertEquals("timeLimit", e.violations().get(0).path());
      assertTrue(e.message(Locale.ENGLISH).contains("at most 24 h"), e.message(Locale.ENGLISH));
    }
    BatchInstances.Instance week = BatchInstances.withTimes(3, 5, 8);
    AssignmentPlan plan = BatchAssignment.builder().timeLimit(BatchAssignment.MAX_TIME_LIMIT).build()
        .plan(week.requests(), week.snapshot());
    assertTrue(plan.isProvenOptimal());
  }

  /**
   * Over the whole accepted range of the load penalty, weeks at set times and flexible weeks plan
   * without an exception, whatever their size (to 40 requests here), and a plan places what the
   * standard one does: lambda changes whom, never how many.
   */
  @Test
  void everyAcceptedLoadPenaltyPlans() {
    Props.property("every-accepted-load-penalty-plans", 60)
        .forAll(longs().between(0, 1_000_000), integers().between(0, 2), doubles().between(0, 100))
        .checkAssert((seed, kind, drawn) -> {
          double lambda = seed % 4 == 0 ? BatchAssignment.MAX_LOAD_PENALTY : drawn;
          BatchInstances.Instance week = switch (kind) {
            case 0 -> BatchInstances.withTimes(seed, 2 + (int) (seed % 6), 4 + (int) (seed % 12));
            case 1 -> BatchInstances.instance(seed, 4 + (int) (seed % 10), 10 + (int) (seed % 30));
            default -> BatchInstances.week(seed, 6 + (int) (seed % 8), 10 + (int) (seed % 30));
          };
          AssignmentPlan plan = BatchAssignment.builder().loadPenalty(lambda).nodeLimit(20).build()
              .plan(week.requests(), week.snapshot());
          assertTrue(plan.objective() >= 0 && Double.isFinite(plan.unplacedPenalty()), plan.toString());
        });
  }

  /**
   * The largest load penalty on the largest week of a probe (a week of 200 requests over 15
   * members) and a flexible batch of 600 units over 15 members: past the 500 units up to which
   * MAX_LOAD_PENALTY keeps the unplaced cost below 2^26, the costs still plan without "negative
   * reduced cost" or an overflow. The failures came from the flows before the first bound and
   * from the bounds on such costs, so a work limit of 10^7 cells (1% of the default; the test took
   * about 21 s on a busy machine with the default) still runs them: with the same limits the
   * flexible batch fails at a load penalty of 10^4, and both fail at 3e8.
   */
  @Test
  void theLargestLoadPenaltyPlansLargeWeeks() {
    BatchAssignment batch = BatchAssignment.builder().loadPenalty(BatchAssignment.MAX_LOAD_PENALTY).nodeLimit(3)
        .workLimit(10_000_000).build();
    for (BatchInstances.Instance instance : List.of(BatchInstances.week(3, 15, 200),
        BatchInstances.instance(3, 15, 600, 40, 2))) {
      AssignmentPlan plan = assertDoesNotThrow(() -> batch.plan(instance.requests(), instance.snapshot()));
      assertTrue(Double.isFinite(plan.objective()) && Double.isFinite(plan.unplacedPenalty()), plan.toString());
      // a third: the flexible batch places 271 of its 600, each with a start; it placed 388 while
      // the search counted flexible help as taking no time, 118 of them with no start left beside
      // the member's other help (user test 10)
      assertTrue(plan.assignments().size() > instance.requests().size() / 3, plan.toString());
      assertTrue(plan.startsToAgree().isEmpty(), plan.toString());
    }
  }

  /** {@code plan(null, ...)} said "Cannot invoke Collection.toArray() because coll is null". */
  @Test
  void nullRequestsAreNamed() {
    BatchInstances.Instance week = BatchInstances.withTimes(1, 4, 3);
    NullPointerException none = assertThrows(NullPointerException.class,
        () -> BatchAssignment.standard().plan(null, week.snapshot()));
    assertEquals("requests", none.getMessage());
    List<HelpRequest> withNull = new ArrayList<>(week.requests());
    withNull.add(1, null);
    NullPointerException element = assertThrows(NullPointerException.class,
        () -> BatchAssignment.standard().plan(withNull, week.snapshot()));
    assertEquals("requests[1]", element.getMessage());
  }

  /**
   * {@code add} took a plan of a batch with another load penalty and went on from its flow, which
   * is optimal for other costs. Now refused; a batch with the same settings (limits apart) may add.
   */
  @Test
  void addRefusesAPlanMadeWithOtherSettings() {
    BatchInstances.Instance week = BatchInstances.instance(5, 6, 8);
    List<HelpRequest> first = week.requests().subList(0, 7);
    HelpRequest last = week.requests().get(7);
    AssignmentPlan standard = BatchAssignment.standard().plan(first, week.snapshot());
    for (BatchAssignment other : Arrays.asList(BatchAssignment.builder().loadPenalty(0.5).build(),
        BatchAssignment.builder().maxRequestsPerMember(1).build(),
        BatchAssignment.builder().travelBuffer(Duration.ofMinutes(5)).build())) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> other.add(standard, last));
      assertEquals("plan", e.violations().get(0).path());
      assertTrue(e.message(Locale.ENGLISH).contains("same strategy"), e.message(Locale.ENGLISH));
      assertTrue(e.message(DUTCH).contains("dezelfde strategie"), e.message(DUTCH));
    }
    AssignmentPlan again = BatchAssignment.builder().nodeLimit(50).build().add(standard, last);
    AssignmentPlan fresh = BatchAssignment.standard().plan(week.requests(), week.snapshot());
    assertEquals(fresh.assignments().size(), again.assignments().size());
    assertEquals(fresh.objective(), again.objective(), 1e-9);
  }
}
