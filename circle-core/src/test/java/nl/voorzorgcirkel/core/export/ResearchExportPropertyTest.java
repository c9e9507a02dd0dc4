package nl.voorzorgcirkel.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.consent.ConsentRecord;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.consent.LawfulBasis;
import nl.voorzorgcirkel.core.consent.Purpose;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the research export never shows a group smaller than k, names nobody, and counts
 * every consenting member once, shown or suppressed.
 */
class ResearchExportPropertyTest {

  private static final LocalDate DAY = Fixtures.TODAY;
  private static final Instant FROM = Fixtures.NOW.minus(Duration.ofDays(60));
  private static final Instant TO = Fixtures.NOW;

  @Test
  void noGroupSmallerThanKAppearsAndEveryConsentingMemberIsCountedOnce() {
    Props.property("research-export-k-anonymity", 300)
        .forAll(longs().all(), integers().between(1, 6), integers().between(2, 8))
        .checkAssert((seed, circleCount, k) -> {
          RandomModel random = new RandomModel(seed);
          List<CircleRecords> circles = new ArrayList<>();
          int consenting = 0;
          List<String> secrets = new ArrayList<>();
          for (int c = 0; c < circleCount; c++) {
            Circle circle = random.circle(random.between(2, 15)).toBuilder()
                .id(CircleId.of("c-" + c)).neighbourhood("Wijk " + random.between(0, 2)).build();
            ConsentRegister consents = random.consents(circle, DAY);
            HelpLedger ledger = HelpLedger.empty();
            for (int i = 0, n = random.between(0, 30); i < n; i++) {
              ledger = ledger.append(random.record(circle.members().size(), FROM, Duration.ofDays(60)));
            }
            for (Member m : circle.members()) {
              if (m.isMemberOn(DAY) && consents.isGiven(m.id(), Purpose.RESEARCH, DAY)) {
                consenting++;
              }
              secrets.add(m.displayName());
              m.phoneNumber().ifPresent(secrets::add);
            }
            circles.add(new CircleRecords(circle, ledger, consents));
          }
          ResearchExport export = ResearchExport.of(k, nl.voorzorgcirkel.core.consent.DataPolicy.standard(), seed);
          ResearchExport.ResearchTable table = export.export(circles, DAY, FROM, TO);

          Map<String, Integer> groups = new TreeMap<>();
          table.rows().forEach(r -> groups.merge(r.group(), 1, Integer::sum));
          groups.forEach((group, size) -> assertTrue(size >= k, group + " has " + size + " < " + k));
          assertEquals(consenting, table.rows().size() + table.suppressed());
          assertEquals(table.rows().stream().map(ResearchRow::pseudonym).sorted().toList(),
              table.rows().stream().map(ResearchRow::pseudonym).toList(), "in pseudonym order");
          StringWriter csv = new StringWriter();
          table.writeCsv(csv);
          String text = csv.toString();
          for (String secret : secrets) {
            assertFalse(text.contains(secret), "personal data in the export");
          }
          assertFalse(text.contains("m-"), "a member id in the export");
          assertEquals(table.rows().size() + 1, text.split("\n").length);
          assertEquals(table.rows(), export.export(circles, DAY, FROM, TO).rows(), "deterministic");
        });
  }

  @Test
  void rowsCarryBandsPlacesHelpAndOnlyConsentedHealthData() {
    Circle.Builder builder = Fixtures.circle(0).neighbourhood("Muziekwijk");
    ConsentRegister consents = ConsentRegister.empty();
    for (int i = 0; i < 6; i++) {
      MemberId id = MemberId.of("m-" + i);
      builder.addMembers(Fixtures.member(id.value()).birthYear(1950 + i)
          .vitality(Vitality.SOME_LIMITATIONS).livesAlone(true).build());
      consents = consents.with(ConsentRecord.given(id, Purpose.RESEARCH, LawfulBasis.CONSENT,
          DAY.minusDays(10), id));
      if (i < 3) {
        consents = consents.with(ConsentRecord.given(id, Purpose.VITALITY,
            LawfulBasis.EXPLICIT_CONSENT, DAY.minusDays(10), id));
      }
    }
    builder.addMembers(Fixtures.member("m-old").birthYear(1930).build());
    consents = consents.with(ConsentRecord.given(MemberId.of("m-old"), Purpose.RESEARCH,
        LawfulBasis.RESEARCH_WITH_SAFEGUARDS, DAY.minusDays(10), MemberId.of("m-old")));
    HelpLedger ledger = HelpLedger.of(List.of(HelpRecord.of(MemberId.of("m-0"), MemberId.of("m-1"),
        nl.voorzorgcirkel.core.model.Capability.MEALS, TO.minus(Duration.ofDays(1)),
        Duration.ofMinutes(40))));
    ResearchExport.ResearchTable table = ResearchExport.standard().export(
        List.of(new CircleRecords(builder.build(), ledger, consents)), DAY, FROM, TO);
    assertEquals(1, table.suppressed(), "the one member aged 90+ would stand out");
    assertEquals(6, table.rows().size());
    assertTrue(table.rows().stream().allMatch(r -> r.ageBand().equals("70-79")
        && r.place().equals("Muziekwijk") && r.livesAlone().equals(Optional.of(true))));
    assertEquals(3, table.rows().stream().filter(r -> r.vitality().isPresent()).count());
    assertEquals(40, table.rows().stream().mapToLong(ResearchRow::minutesGiven).sum());
    assertEquals(40, table.rows().stream().mapToLong(ResearchRow::minutesReceived).sum());
    assertEquals("p-0001", table.rows().get(0).pseudonym());
    assertEquals("ResearchTable[k=5, 6 rows, 1 suppressed]", table.toString());
    assertEquals(List.of("<60", "60-69", "70-79", "80-89", "90+"), List.of(
        ResearchExport.ageBand(59), ResearchExport.ageBand(60), ResearchExport.ageBand(79),
        ResearchExport.ageBand(89), ResearchExport.ageBand(90)));
  }
}
