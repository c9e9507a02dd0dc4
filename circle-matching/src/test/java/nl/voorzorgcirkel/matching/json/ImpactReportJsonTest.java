package nl.voorzorgcirkel.matching.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.consent.DataPolicy;
import nl.voorzorgcirkel.core.export.CircleRecords;
import nl.voorzorgcirkel.core.export.KAnonymity;
import nl.voorzorgcirkel.core.impact.CircleHistory;
import nl.voorzorgcirkel.core.impact.ImpactReport;
import nl.voorzorgcirkel.core.impact.ImpactReporter;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import org.junit.jupiter.api.Test;

/** Issue 14: the impact report as versioned JSON: round trip, schema, privacy, bad input. */
class ImpactReportJsonTest {

  private static final ResultJson JSON = ResultJson.create();
  private static final Instant FROM = Fixtures.NOW.minus(Duration.ofDays(60));
  private static final Instant TO = Fixtures.NOW;

  /** A report over random circles with help and requests; also the circles, for their secrets. */
  static ImpactReport report(long seed, int count, int k, List<Circle> circlesOut) {
    RandomModel random = new RandomModel(seed);
    List<CircleHistory> histories = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      int size = random.between(2, 15);
      Circle circle = random.circle(size).toBuilder().id(CircleId.of("c-" + c)).build();
      circlesOut.add(circle);
      List<HelpRecord> records = new ArrayList<>();
      for (int i = 0, n = random.between(0, 40); i < n; i++) {
        records.add(random.record(size, FROM, Duration.ofDays(60)));
      }
      records.sort(Comparator.comparing(HelpRecord::start));
      List<RequestLifecycle> lives = new ArrayList<>();
      for (int i = 0, n = random.between(0, 25); i < n; i++) {
        Instant created = FROM.plus(Duration.ofMinutes(random.between(0, 59 * 24 * 60)));
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
      histories.add(CircleHistory.builder(new CircleRecords(circle, HelpLedger.of(records),
          random.consents(circle, Fixtures.TODAY))).lifecycles(lives).build());
    }
    return ImpactReporter.of(KAnonymity.of(k), DataPolicy.standard(), ZoneId.of("Europe/Amsterdam"))
        .report(histories, FROM, TO);
  }

  @Test
  void everyReportRoundTripsConformsToItsSchemaAndNamesNoMember() {
    Props.property("impact-report-json", 150)
        .forAll(longs().all(), integers().between(1, 4), integers().between(2, 6))
        .checkAssert((seed, count, k) -> {
          List<Circle> circles = new ArrayList<>();
          ImpactReport report = report(seed, count, k, circles);
          String json = JSON.write(report);
          assertEquals(List.of(), Schemas.errors(ImpactReportDocument.class, json), json);
          ImpactReportDocument read = JSON.read(json, ImpactReportDocument.class);
          assertEquals(report, read.toReport());
          assertEquals(json, JSON.write(read));
          assertFalse(json.contains("m-"), "no member id");
          for (Circle c : circles) {
            for (Member m : c.members()) {
              assertFalse(json.contains(m.displayName()), "no name");
            }
          }
        });
  }

  @Test
  void aSuppressedFigureWithAValueIsRefusedByTheSchemaAndTheReader() {
    String json = JSON.write(report(7, 2, 5, new ArrayList<>()));
    assertTrue(json.contains("\"suppressed\":true"), json);
    String leaked = json.replaceFirst("\"suppressed\":true", "\"value\":3.0,\"suppressed\":true");
    assertFalse(Schemas.errors(ImpactReportDocument.class, leaked).isEmpty());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> JSON.read(leaked, ImpactReportDocument.class));
    assertTrue(e.violations().get(0).path().matches("figures\\[\\d+]\\.suppressed"), e.violations().toString());
    assertFalse(e.message(Locale.forLanguageTag("nl")).isBlank());
  }

  @Test
  void aShownFigureAboutFewerThanKMembersIsRefused() {
    String json = JSON.write(report(11, 3, 2, new ArrayList<>()))
        .replaceFirst("\"k\":2", "\"k\":1000");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> JSON.read(json, ImpactReportDocument.class));
    assertEquals("atLeast", e.violations().get(0).rule());
  }
}
