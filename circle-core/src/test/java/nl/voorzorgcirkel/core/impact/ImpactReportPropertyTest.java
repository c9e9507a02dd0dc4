package nl.voorzorgcirkel.core.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.consent.DataPolicy;
import nl.voorzorgcirkel.core.erasure.Erasure;
import nl.voorzorgcirkel.core.export.CircleRecords;
import nl.voorzorgcirkel.core.export.KAnonymity;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import org.junit.jupiter.api.Test;

/** Issue 14: the impact report's invariants, for any circles, records and k. */
class ImpactReportPropertyTest {

  private static final Instant FROM = Fixtures.NOW.minus(Duration.ofDays(90));
  private static final Instant TO = Fixtures.NOW;

  /** Random circles with help, requests that went any legal way, and consents. */
  static List<CircleHistory> circles(RandomModel random, int count) {
    List<CircleHistory> out = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      int size = random.between(2, 15);
      Circle circle = random.circle(size).toBuilder().id(CircleId.of("c-" + c)).build();
      HelpLedger ledger = HelpLedger.empty();
      List<HelpRecord> records = new ArrayList<>();
      for (int i = 0, n = random.between(0, 40); i < n; i++) {
        records.add(random.record(size, FROM.minus(Duration.ofDays(20)), Duration.ofDays(120)));
      }
      records.sort(java.util.Comparator.comparing(HelpRecord::start));
      ledger = HelpLedger.of(records);
      List<RequestLifecycle> lives = new ArrayList<>();
      for (int i = 0, n = random.between(0, 30); i < n; i++) {
        Instant created = FROM.minus(Duration.ofDays(10)).plus(Duration.ofMinutes(random.between(0, 110 * 24 * 60)));
        RequestLifecycle life = RequestLifecycle.open(random.request(RequestId.of("r-" + c + "-" + i),
            random.memberId(size), created));
        Instant at = created;
        for (int e = 0; e < 6 && !life.state().isFinal(); e++) {
          RequestEvent event = random.event(at, size);
          if (life.refusal(event).isEmpty()) {
            life = life.apply(event);
            at = event.at();
          }
        }
        lives.add(life);
      }
      ConsentRegister consents = random.consents(circle, Fixtures.TODAY.minusDays(30));
      out.add(CircleHistory.builder(new CircleRecords(circle, ledger, consents)).lifecycles(lives).build());
    }
    return out;
  }

  @Test
  void noFigureAboutFewerThanKMembersIsShownAndFiguresStayInRange() {
    Props.property("impact-report-k-and-ranges", 200)
        .forAll(longs().all(), integers().between(1, 5), integers().between(2, 8))
        .checkAssert((seed, count, k) -> {
          RandomModel random = new RandomModel(seed);
          List<CircleHistory> circles = circles(random, count);
          ImpactReport r = ImpactReporter.of(KAnonymity.of(k), DataPolicy.standard(),
              java.time.ZoneId.of("Europe/Amsterdam")).report(circles, FROM, TO);
          for (ImpactFigure f : r.figures()) {
            f.members().ifPresent(n -> assertTrue(n == 0 || n >= k, f + " shown with k=" + k));
          }
          assertNothingSmallCanBeWorkedOut(r);
          r.value(ImpactMeasure.LOAD_GINI, "all").ifPresent(g -> assertTrue(g >= 0 && g <= 1, "gini " + g));
          r.value(ImpactMeasure.LOAD_MAX_OVER_MEAN, "all").ifPresent(g -> assertTrue(g >= 1, "max/mean " + g));
          r.value(ImpactMeasure.SHARE_WHO_ASKED, "all").ifPresent(s -> assertTrue(s >= 0 && s <= 1));
          Optional<Double> median = box(r.value(ImpactMeasure.HOURS_UNTIL_HELP, "median"));
          Optional<Double> p90 = box(r.value(ImpactMeasure.HOURS_UNTIL_HELP, "p90"));
          if (median.isPresent() && p90.isPresent()) {
            assertTrue(median.get() <= p90.get());
          }
          // the raw figures (k = 1000 hides nearly everything, so compare the unsuppressed sums)
          double hours = 0;
          for (CircleHistory h : circles) {
            for (HelpRecord rec : h.records().ledger().records()) {
              if (!rec.start().isBefore(FROM) && rec.start().isBefore(TO)) {
                hours += rec.effort().toSeconds() / 3600.0;
              }
            }
          }
          double shownHours = hours;
          r.value(ImpactMeasure.HELP_HOURS, "all").ifPresent(v -> assertEquals(shownHours, v, 1e-9));
          double requests = r.value(ImpactMeasure.REQUESTS, "all").orElse(-1);
          if (requests >= 0 && r.figures(ImpactMeasure.OUTCOMES).stream().noneMatch(ImpactFigure::suppressed)) {
            assertEquals(requests, r.figures(ImpactMeasure.OUTCOMES).stream()
                .mapToDouble(f -> f.value().getAsDouble()).sum(), 1e-9, "outcomes add up");
          }
          assertEquals(r, ImpactReporter.of(KAnonymity.of(k), DataPolicy.standard(),
              java.time.ZoneId.of("Europe/Amsterdam")).report(circles, FROM, TO), "deterministic");
        });
  }

  /**
   * Circles with a year's shape: many requesters, most requests done or expired, a few open,
   * cancelled or referred (weights drawn per example), so that breakdowns have headline parts
   * and small ones at several levels.
   */
  static List<CircleHistory> years(RandomModel random, int count) {
    double[] weights = {random.between(1, 40), random.between(1, 40), random.between(0, 4),
        random.between(0, 4), random.between(0, 4)};
    double sum = java.util.Arrays.stream(weights).sum();
    List<CircleHistory> out = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      int size = random.between(8, 15);
      Circle circle = random.circle(size).toBuilder().id(CircleId.of("c-" + c)).build();
      List<RequestLifecycle> lives = new ArrayList<>();
      for (int i = 0, n = random.between(5, 60); i < n; i++) {
        Instant at = FROM.plus(Duration.ofMinutes(random.between(0, 80 * 24 * 60)));
        int asker = random.between(0, size - 1);
        MemberId requester = circle.members().get(asker).id();
        MemberId helper = circle.members().get((asker + random.between(1, size - 1)) % size).id();
        // a window that holds every answer and the help below (a yes after the window or help done
        // before it are refused)
        RequestLifecycle life = RequestLifecycle.open(random.request(RequestId.of("r-" + c + "-" + i),
            requester, at).toBuilder().window(nl.voorzorgcirkel.core.model.TimeWindow.flexible(at,
                at.plus(Duration.ofDays(3)))).build()).ask(at, null, List.of(helper));
        double u = random.between(0, 9999) / 10000.0 * sum;
        Instant later = at.plus(Duration.ofHours(random.between(1, 48)));
        if ((u -= weights[0]) < 0) {
          life = life.accept(later, helper).complete(later.plus(Duration.ofHours(1)), Duration.ofHours(1));
        } else if ((u -= weights[1]) < 0) {
          life = life.expire(later);
        } else if ((u -= weights[2]) < 0) {
          life = life.refer(later, null, nl.voorzorgcirkel.core.scope.ScopeDecision.refer(
              random.pick(nl.voorzorgcirkel.core.scope.ReferralTarget.class), "personal-care"));
        } else if ((u -= weights[3]) < 0) {
          life = life.cancel(later, null);
        }
        lives.add(life);
      }
      out.add(CircleHistory.builder(new CircleRecords(circle, HelpLedger.empty(),
          random.consents(circle, Fixtures.TODAY.minusDays(30)))).lifecycles(lives).build());
    }
    return out;
  }

  @Test
  void inAYearsShapeNothingSmallCanBeWorkedOutAndTheHeadlinesStay() {
    Props.property("impact-report-secondary-suppression", 300)
        .forAll(longs().all(), integers().between(1, 4), integers().between(2, 8))
        .checkAssert((seed, count, k) -> {
          ImpactReport r = ImpactReporter.of(KAnonymity.of(k), DataPolicy.standard(),
              java.time.ZoneId.of("Europe/Amsterdam")).report(years(new RandomModel(seed), count), FROM, TO);
          assertNothingSmallCanBeWorkedOut(r);
          // a headline outcome about k or more members is hidden only where the whole cannot be
          for (String headline : List.of("DONE", "EXPIRED")) {
            ImpactFigure f = r.figure(ImpactMeasure.OUTCOMES, headline).orElseThrow();
            ImpactReport raw = ImpactReporter.of(KAnonymity.of(2), DataPolicy.standard(),
                java.time.ZoneId.of("Europe/Amsterdam")).report(years(new RandomModel(seed), count), FROM, TO);
            if (f.suppressed() && raw.figure(ImpactMeasure.OUTCOMES, headline).orElseThrow().members()
                .orElse(0) >= k) {
              assertTrue(r.figure(ImpactMeasure.REQUESTS, "all").orElseThrow().suppressed(),
                  headline + " hidden while the requests in all are shown");
            }
          }
        });
  }

  @Test
  void erasingAMemberLeavesTheTotalsAndShowsNothingOfThem() {
    Props.property("impact-report-erasure", 150)
        .forAll(longs().all(), integers().between(1, 4))
        .checkAssert((seed, count) -> {
          RandomModel random = new RandomModel(seed);
          List<CircleHistory> circles = circles(random, count);
          ImpactReporter reporter = ImpactReporter.of(KAnonymity.of(2), DataPolicy.standard(),
              java.time.ZoneId.of("Europe/Amsterdam"));
          CircleHistory first = circles.get(0);
          Member victim = first.records().circle().members().get(random.between(0,
              first.records().circle().members().size() - 1));
          Erasure erasure = Erasure.of(victim.id(), MemberId.of("erased-" + random.between(1, 99)));
          CircleRecords rec = first.records();
          List<CircleHistory> after = new ArrayList<>(circles);
          after.set(0, CircleHistory.builder(new CircleRecords(erasure.applyTo(rec.circle()),
                  erasure.applyTo(rec.ledger()), erasure.applyTo(rec.consents())))
              .lifecycles(first.lifecycles().stream().map(erasure::applyTo).toList()).build());
          ImpactReport a = reporter.report(circles, FROM, TO);
          ImpactReport b = reporter.report(after, FROM, TO);
          for (ImpactMeasure m : List.of(ImpactMeasure.REQUESTS, ImpactMeasure.OUTCOMES,
              ImpactMeasure.AFTER_EXPIRY, ImpactMeasure.REFERRED_TO, ImpactMeasure.HELP_HOURS,
              ImpactMeasure.HOURS_UNTIL_HELP, ImpactMeasure.CIRCLES)) {
            assertEquals(a.figures(m), b.figures(m), m.name());
          }
          StringWriter csv = new StringWriter();
          b.writeCsv(csv);
          assertFalse(csv.toString().contains(victim.displayName()));
          assertFalse(csv.toString().contains(victim.id().value() + ","));
          victim.phoneNumber().ifPresent(p -> assertFalse(csv.toString().contains(p)));
        });
  }

  /**
   * Each whole and the parts that add up to it (the loneliness levels add up to the members
   * behind the mean total score).
   */
  static final List<List<Object>> WHOLES = List.of(
      List.of(ImpactMeasure.OUTCOMES, ImpactMeasure.REQUESTS, "all"),
      List.of(ImpactMeasure.AFTER_EXPIRY, ImpactMeasure.OUTCOMES, "EXPIRED"),
      List.of(ImpactMeasure.REFERRED_TO, ImpactMeasure.OUTCOMES, "REFERRED"),
      List.of(ImpactMeasure.HELP_HOURS, ImpactMeasure.HELP_HOURS, "all"),
      List.of(ImpactMeasure.LONELINESS_LEVEL, ImpactMeasure.LONELINESS_SCORE, "total"));

  /**
   * No figure about 1 to k-1 members can be worked out from what is shown: no whole with its parts
   * has exactly one hidden figure among them (it would be the whole minus the shown parts, or
   * their sum), at any level of the hierarchy.
   */
  static void assertNothingSmallCanBeWorkedOut(ImpactReport r) {
    for (List<Object> w : WHOLES) {
      ImpactMeasure parts = (ImpactMeasure) w.get(0);
      ImpactFigure whole = r.figure((ImpactMeasure) w.get(1), (String) w.get(2)).orElseThrow();
      List<ImpactFigure> terms = new ArrayList<>(List.of(whole));
      r.figures(parts).stream().filter(f -> !f.key().equals("all")).forEach(terms::add);
      long hidden = terms.stream().filter(ImpactFigure::suppressed).count();
      assertTrue(hidden != 1, parts + ": its one hidden figure could be worked out from " + terms);
    }
  }

  private static Optional<Double> box(java.util.OptionalDouble v) {
    return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
  }
}
