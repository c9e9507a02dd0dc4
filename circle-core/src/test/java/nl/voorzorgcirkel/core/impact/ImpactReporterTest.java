package nl.voorzorgcirkel.core.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import nl.voorzorgcirkel.core.audit.AuditChange;
import nl.voorzorgcirkel.core.audit.AuditEntry;
import nl.voorzorgcirkel.core.audit.AuditTrail;
import nl.voorzorgcirkel.core.consent.ConsentRecord;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.consent.DataPolicy;
import nl.voorzorgcirkel.core.consent.LawfulBasis;
import nl.voorzorgcirkel.core.consent.Purpose;
import nl.voorzorgcirkel.core.erasure.Erasure;
import nl.voorzorgcirkel.core.export.CircleRecords;
import nl.voorzorgcirkel.core.export.KAnonymity;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.loneliness.LonelinessScore;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Issue 14: the impact report's figures on a month worked out by hand. */
class ImpactReporterTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  /** Monday 5 January 2026, midnight in Amsterdam; four weeks. */
  static final Instant FROM = LocalDate.of(2026, 1, 5).atStartOfDay(ZONE).toInstant();
  static final Instant TO = FROM.plus(Duration.ofDays(28));
  static final ImpactReporter K2 = ImpactReporter.of(KAnonymity.of(2), DataPolicy.standard(), ZONE);

  static MemberId id(int i) {
    return MemberId.of("m-" + i);
  }

  static RequestLifecycle done(String id, int requester, Instant created, int helper, long waitMinutes, long minutes) {
    Instant accepted = created.plus(Duration.ofMinutes(waitMinutes));
    return open(id, requester, created).ask(created, null, List.of(id(helper)))
        .accept(accepted, id(helper)).complete(accepted.plus(Duration.ofMinutes(minutes)), Duration.ofMinutes(minutes));
  }

  static RequestLifecycle open(String id, int requester, Instant created) {
    return RequestLifecycle.open(Fixtures.request(id, "m-" + requester).id(RequestId.of(id))
        .description("Secret errand of " + requester)
        .window(TimeWindow.flexible(created, created.plus(Duration.ofDays(3)))).createdAt(created).build());
  }

  /** The month: see the comments for what each figure should be. */
  static CircleHistory month() {
    Circle circle = Fixtures.circle(6).build();
    Instant d = FROM.plus(Duration.ofHours(10));
    List<RequestLifecycle> lives = new ArrayList<>();
    lives.add(done("r1", 2, d.plus(Duration.ofDays(1)), 0, 10, 60));
    lives.add(done("r2", 3, d.plus(Duration.ofDays(2)), 0, 30, 60));
    lives.add(done("r3", 4, d.plus(Duration.ofDays(3)), 0, 60, 60));
    lives.add(done("r4", 5, d.plus(Duration.ofDays(4)), 1, 120, 60));
    lives.add(done("r5", 2, d.plus(Duration.ofDays(4)), 1, 600, 90));
    Instant six = d.plus(Duration.ofDays(6));
    lives.add(open("r6", 3, six).ask(six, null, List.of(id(0))).expire(six.plus(Duration.ofDays(1))));
    Instant seven = d.plus(Duration.ofDays(7));
    lives.add(open("r7", 4, seven).refer(seven, id(0), ScopeDecision.refer(ReferralTarget.DISTRICT_NURSING, "personal-care")));
    lives.add(done("r0", 1, FROM.minus(Duration.ofDays(3)), 0, 5, 60)); // before the period
    List<HelpRecord> records = new ArrayList<>();
    for (RequestLifecycle l : lives) {
      records.add(HelpRecord.of(l.helper().orElseThrow(), l.request().requester(), l.request().capability(),
          l.events().get(l.events().size() - 1).at().minus(l.actualEffort().orElseThrow()), l.actualEffort().orElseThrow()));
      if (l.request().id().value().equals("r5")) {
        break;
      }
    }
    records.add(HelpRecord.of(id(0), id(2), Capability.MEALS, d.plus(Duration.ofDays(2)), Duration.ofMinutes(90)));
    records.add(HelpRecord.of(id(0), id(1), Capability.MEALS, FROM.minus(Duration.ofDays(1)), Duration.ofMinutes(90)));
    records.sort(java.util.Comparator.comparing(HelpRecord::start));
    ConsentRegister consents = ConsentRegister.empty();
    for (int i = 0; i < 3; i++) {
      consents = consents.with(ConsentRecord.given(id(i), Purpose.RESEARCH, LawfulBasis.CONSENT,
          LocalDate.of(2025, 12, 1), id(i)));
    }
    LocalDate day = LocalDate.of(2026, 1, 20);
    List<LonelinessScore> scores = List.of(
        LonelinessScore.parse(id(0), day, List.of("no", "yes", "yes", "no", "yes", "no"), "1"),
        LonelinessScore.parse(id(1), day, List.of("yes", "no", "yes", "no", "no", "no"), "2"),
        LonelinessScore.parse(id(2), day, List.of("yes", "no", "no", "yes", "no", "yes"), "3"),
        LonelinessScore.parse(id(3), day, List.of("yes", "no", "no", "yes", "no", "yes"), "4"));
    AuditTrail audit = AuditTrail.of(List.of(
        entry(FROM.plus(Duration.ofDays(1)), 5, "NONE", "ACTIVE"),
        entry(FROM.plus(Duration.ofDays(2)), 4, "NONE", "ACTIVE"),
        entry(FROM.plus(Duration.ofDays(3)), 9, "ACTIVE", "LEFT"),
        entry(TO.plus(Duration.ofDays(3)), 8, "ACTIVE", "LEFT")));
    return CircleHistory.builder(new CircleRecords(circle, HelpLedger.of(records), consents))
        .lifecycles(lives).loneliness(scores).audit(audit).build();
  }

  static AuditEntry entry(Instant at, int subject, String before, String after) {
    return AuditEntry.builder().at(at).actor(id(0)).subject(id(subject)).change(AuditChange.MEMBERSHIP)
        .before(before).after(after).build();
  }

  static double value(ImpactReport r, ImpactMeasure m, String key) {
    OptionalDouble v = r.value(m, key);
    assertTrue(v.isPresent(), m + " " + key + " shown");
    return v.getAsDouble();
  }

  @Test
  void figuresOfAMonthWorkedOutByHand() {
    ImpactReport r = K2.report(List.of(month()), FROM, TO);
    assertEquals(1, value(r, ImpactMeasure.CIRCLES, "all"));
    assertEquals(6, value(r, ImpactMeasure.MEMBERS, "all"));
    assertEquals(7, value(r, ImpactMeasure.REQUESTS, "all"), "r0 was posted before the period");
    assertEquals(5, value(r, ImpactMeasure.OUTCOMES, "DONE"));
    assertEquals(0, value(r, ImpactMeasure.OUTCOMES, "OPEN"));
    assertTrue(r.figure(ImpactMeasure.OUTCOMES, "EXPIRED").orElseThrow().suppressed(), "one requester");
    assertTrue(r.figure(ImpactMeasure.REFERRED_TO, "DISTRICT_NURSING").orElseThrow().suppressed());
    // 4 x 60 min + 90 min of groceries, 90 min of meals; the meals before the period do not count
    assertEquals(7.0, value(r, ImpactMeasure.HELP_HOURS, "all"));
    assertTrue(r.figure(ImpactMeasure.HELP_HOURS, "meals").orElseThrow().suppressed(), "one recipient");
    assertTrue(r.figure(ImpactMeasure.HELP_HOURS, "groceries-and-errands").orElseThrow().suppressed(),
        "7 - meals would give it away: suppressed too");
    assertEquals(0, value(r, ImpactMeasure.HELP_HOURS, "ride-by-car"), "nobody: 0 is shown");
    // waits 10, 30, 60, 120, 600 minutes: nearest rank 3 and 5
    assertEquals(1.0, value(r, ImpactMeasure.HOURS_UNTIL_HELP, "median"));
    assertEquals(10.0, value(r, ImpactMeasure.HOURS_UNTIL_HELP, "p90"));
    assertEquals(4.0 / 6, value(r, ImpactMeasure.SHARE_WHO_ASKED, "all"), 1e-12);
    // helpers' seconds: 4.5 h, 2.5 h and four members who offer help and gave none
    assertEquals(30.0 / 42, value(r, ImpactMeasure.LOAD_GINI, "all"), 1e-12);
    assertEquals(4.5 / (7.0 / 6), value(r, ImpactMeasure.LOAD_MAX_OVER_MEAN, "all"), 1e-12);
    // week of 5 January: m-0 4.5 h and m-1 2.5 h, over the default 2 h
    assertEquals(2, value(r, ImpactMeasure.HELPER_WEEKS_OVER_CAPACITY, "all"));
    assertEquals(2, value(r, ImpactMeasure.JOINS, "all"));
    assertTrue(r.figure(ImpactMeasure.LEAVES, "all").orElseThrow().suppressed(), "one leave in the period");
    // m-3 gave no consent for research: only m-0 (0), m-1 (3) and m-2 (6) count
    assertEquals(3.0, value(r, ImpactMeasure.LONELINESS_SCORE, "total"));
    assertEquals(4.0 / 3, value(r, ImpactMeasure.LONELINESS_SCORE, "emotional"), 1e-12);
    assertTrue(r.figure(ImpactMeasure.LONELINESS_LEVEL, "SEVERELY_LONELY").orElseThrow().suppressed());
    assertEquals(0, value(r, ImpactMeasure.COMMITTED_HOURS, "all"));
  }

  @Test
  void theStandardKOfFiveHidesWhatIsAboutFewerMembers() {
    ImpactReport r = ImpactReporter.standard().report(List.of(month()), FROM, TO);
    assertEquals(5, r.k());
    assertTrue(r.figure(ImpactMeasure.REQUESTS, "all").orElseThrow().suppressed(), "4 requesters");
    assertEquals(6, value(r, ImpactMeasure.MEMBERS, "all"));
    assertEquals(6, value(r, ImpactMeasure.LOAD_GINI, "all") * 0 + r.figure(ImpactMeasure.LOAD_GINI, "all")
        .orElseThrow().members().getAsInt(), "six helpers: shown");
    for (ImpactFigure f : r.figures()) {
      f.members().ifPresent(n -> assertTrue(n == 0 || n >= 5, f.toString()));
    }
  }

  @Test
  void csvHasOneRowPerFigureAndNoMember() {
    CircleHistory month = month();
    ImpactReport r = K2.report(List.of(month), FROM, TO);
    StringWriter out = new StringWriter();
    r.writeCsv(out);
    String[] lines = out.toString().split("\n");
    assertEquals(String.join(",", ImpactReport.CSV_COLUMNS), lines[0]);
    assertEquals(r.figures().size() + 1, lines.length);
    assertTrue(out.toString().contains(FROM + "," + TO + ",2,HELP_HOURS,all,7,hours,4,false"), out.toString());
    assertTrue(out.toString().contains("HELP_HOURS,meals,,hours,,true"));
    assertFalse(out.toString().contains("m-"), "no member id");
    assertFalse(out.toString().contains("Member "), "no name");
  }

  @Test
  void afterErasureTheTotalsAreUnchangedAndNothingPlantedAppears() {
    CircleHistory month = month();
    Erasure erasure = Erasure.of(id(2), MemberId.of("erased-1"));
    CircleRecords records = month.records();
    CircleHistory erased = CircleHistory.builder(new CircleRecords(erasure.applyTo(records.circle()),
            erasure.applyTo(records.ledger()), erasure.applyTo(records.consents())))
        .lifecycles(month.lifecycles().stream().map(erasure::applyTo).toList())
        .loneliness(month.loneliness().stream().map(erasure::applyTo).toList())
        .audit(erasure.applyTo(month.audit())).build();
    ImpactReport before = K2.report(List.of(month), FROM, TO);
    ImpactReport after = K2.report(List.of(erased), FROM, TO);
    for (ImpactFigure f : before.figures()) {
      if (f.measure() == ImpactMeasure.LOAD_GINI || f.measure() == ImpactMeasure.LOAD_MAX_OVER_MEAN) {
        continue; // m-2 offered help and gave none: erased, they no longer count as a helper
      }
      assertEquals(f, after.figure(f.measure(), f.key()).orElseThrow(), f.measure() + " " + f.key());
    }
    StringWriter csv = new StringWriter();
    after.writeCsv(csv);
    for (String planted : List.of("Member m-2", "m-2", "Secret errand", "erased-1")) {
      assertFalse(csv.toString().contains(planted), planted);
    }
  }

  @Test
  void labelsInEnglishAndDutch() {
    assertEquals("hours of help by kind", ImpactMeasure.HELP_HOURS.label(Locale.ENGLISH));
    assertEquals("uren hulp per soort", ImpactMeasure.HELP_HOURS.label(Locale.forLanguageTag("nl")));
    ImpactReport r = K2.report(List.of(month()), FROM, TO);
    assertEquals("mediaan", ImpactReport.keyLabel(r.figure(ImpactMeasure.HOURS_UNTIL_HELP, "median")
        .orElseThrow(), Locale.forLanguageTag("nl")));
    for (ImpactFigure f : r.figures()) {
      for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
        assertFalse(ImpactReport.keyLabel(f, l).isBlank());
        assertFalse(f.measure().label(l).startsWith("impact."), f.measure().name());
      }
    }
  }

  @Test
  void badPeriodsAndFiguresAreRefused() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> K2.report(List.of(), TO, FROM));
    assertEquals("periodOrder", e.violations().get(0).rule());
    assertTrue(e.message(Locale.forLanguageTag("nl")).contains("periode"));
    assertThrows(InvalidValueException.class, () -> new ImpactReport(FROM, TO, 5, List.of(
        new ImpactFigure(ImpactMeasure.MEMBERS, "all", OptionalDouble.of(3), java.util.OptionalInt.of(3), false))),
        "a report cannot show a figure about fewer than k members");
    assertThrows(InvalidValueException.class, () -> new ImpactFigure(ImpactMeasure.MEMBERS, "all",
        OptionalDouble.of(3), java.util.OptionalInt.empty(), true));
  }

  @Test
  void anEmptyPeriodHasNothingToMeasure() {
    ImpactReport r = K2.report(List.of(month()), TO.plus(Duration.ofDays(400)), TO.plus(Duration.ofDays(401)));
    assertEquals(0, value(r, ImpactMeasure.REQUESTS, "all"));
    assertEquals(OptionalDouble.empty(), r.value(ImpactMeasure.HOURS_UNTIL_HELP, "median"));
    assertEquals(OptionalDouble.empty(), r.value(ImpactMeasure.LOAD_GINI, "all"));
  }

  /**
   * A year as a funder sees it (usertest2 H1): 6 requesters had their requests done, 6 had theirs
   * expire, {@code open} are still open, {@code cancelled} cancelled theirs; k = 5.
   */
  static ImpactReport outcomes(int open, int cancelled) {
    Circle circle = Fixtures.circle(12 + open + cancelled).build();
    Instant d = FROM.plus(Duration.ofHours(10));
    List<RequestLifecycle> lives = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      lives.add(done("d" + i, i, d.plus(Duration.ofHours(i)), (i + 1) % 6, 10, 60));
      Instant at = d.plus(Duration.ofDays(1)).plus(Duration.ofHours(i));
      lives.add(open("e" + i, 6 + i, at).ask(at, null, List.of(id(0))).expire(at.plus(Duration.ofDays(1))));
    }
    for (int i = 0; i < open; i++) {
      lives.add(open("o" + i, 12 + i, d.plus(Duration.ofDays(2))));
    }
    for (int i = 0; i < cancelled; i++) {
      Instant at = d.plus(Duration.ofDays(3));
      lives.add(open("c" + i, 12 + open + i, at).cancel(at.plus(Duration.ofHours(1)), null));
    }
    return ImpactReporter.standard().report(List.of(CircleHistory.builder(new CircleRecords(circle,
        HelpLedger.empty(), ConsentRegister.empty())).lifecycles(lives).build()), FROM, TO);
  }

  @Test
  void aFewOpenRequestsDoNotHideTheRequestsDoneOrExpired() {
    ImpactReport r = outcomes(2, 0);
    assertTrue(r.figure(ImpactMeasure.OUTCOMES, "OPEN").orElseThrow().suppressed(), "two requesters");
    assertEquals(6, value(r, ImpactMeasure.OUTCOMES, "DONE"), "a headline figure about 6 stays");
    assertEquals(6, value(r, ImpactMeasure.OUTCOMES, "EXPIRED"), "a headline figure about 6 stays");
    assertTrue(r.figure(ImpactMeasure.REQUESTS, "all").orElseThrow().suppressed(),
        "the whole is hidden instead, so the open ones cannot be worked out");
    assertEquals(6, value(r, ImpactMeasure.AFTER_EXPIRY, r.figures(ImpactMeasure.AFTER_EXPIRY).stream()
        .filter(f -> f.value().orElse(0) > 0).findFirst().orElseThrow().key()), "their whole is shown");
  }

  @Test
  void aSmallPartIsHiddenRatherThanTheWhole() {
    ImpactReport r = outcomes(2, 5);
    assertTrue(r.figure(ImpactMeasure.OUTCOMES, "OPEN").orElseThrow().suppressed());
    assertTrue(r.figure(ImpactMeasure.OUTCOMES, "CANCELLED").orElseThrow().suppressed(),
        "cancelled (5 members) is the cheapest to hide");
    assertEquals(19, value(r, ImpactMeasure.REQUESTS, "all"));
    assertEquals(6, value(r, ImpactMeasure.OUTCOMES, "DONE"));
    assertEquals(6, value(r, ImpactMeasure.OUTCOMES, "EXPIRED"));
  }

  @Test
  void joinsCountFromTheMembersOwnDaysAndLeavesWithoutARecordAreUnknown() {
    Circle circle = Fixtures.circle(8).build();
    LocalDate inPeriod = LocalDate.of(2026, 1, 12);
    List<nl.voorzorgcirkel.core.model.Member> changed = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      nl.voorzorgcirkel.core.model.Member m = circle.members().get(i);
      changed.add(i < 6 ? m.toBuilder().joined(inPeriod).build()
          : m.toBuilder().status(nl.voorzorgcirkel.core.model.MemberStatus.LEFT).build());
    }
    Circle withDays = circle.toBuilder().members(changed).build();
    CircleRecords records = new CircleRecords(withDays, HelpLedger.empty(), ConsentRegister.empty());
    ImpactReport noTrail = ImpactReporter.standard().report(List.of(CircleHistory.of(records)), FROM, TO);
    assertEquals(6, value(noTrail, ImpactMeasure.JOINS, "all"), "their own days of joining, no audit trail");
    ImpactFigure leaves = noTrail.figure(ImpactMeasure.LEAVES, "all").orElseThrow();
    assertFalse(leaves.suppressed());
    assertEquals(OptionalDouble.empty(), leaves.value(), "two left and nothing says when: n/a, not 0");
    AuditTrail trail = AuditTrail.of(List.of(entry(FROM.minus(Duration.ofDays(40)), 7, "ACTIVE", "LEFT"),
        entry(FROM.plus(Duration.ofDays(1)), 6, "ACTIVE", "LEFT"),
        entry(FROM.plus(Duration.ofDays(11)), 0, "NONE", "ACTIVE")));
    ImpactReport withTrail = K2.report(List.of(CircleHistory.builder(records).audit(trail).build()), FROM, TO);
    assertEquals(6, value(withTrail, ImpactMeasure.JOINS, "all"), "m-0 once, though both record it");
    assertTrue(withTrail.figure(ImpactMeasure.LEAVES, "all").orElseThrow().suppressed(),
        "one leave in the period (m-7 left before it), about one member");
  }
}
