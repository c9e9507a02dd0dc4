package nl.voorzorgcirkel.matching.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.voorzorgcirkel.core.assessment.CircleHealthCheck;
import nl.voorzorgcirkel.core.erasure.Erasure;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Absence;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.matching.assignment.BatchAssignment;
import nl.voorzorgcirkel.matching.formation.Candidate;
import nl.voorzorgcirkel.matching.formation.FormationAlgorithms;
import nl.voorzorgcirkel.matching.formation.FormationPolicy;
import nl.voorzorgcirkel.matching.ranking.Audience;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.Ranking;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: result JSON shows no more than each result shows its audience, and after erasure no
 * planted personal value is found in any result JSON.
 */
class ResultJsonPrivacyTest {

  private static final ResultJson JSON = ResultJson.create();
  private static final MemberId ZOE = MemberId.of("m-zoe");
  private static final String NAME = "Zoe Plantinga";
  private static final String PHONE = "+31 6 4444 0917";
  private static final String TEXT = "after the hip operation in the Isala clinic";
  private static final Instant NOW = Fixtures.NOW;

  private static Member.Builder driver(String id) {
    return Fixtures.member(id).capacityPerWeek(Duration.ofHours(4))
        .addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR));
  }

  /** Zoe avoids m-avoided; m-away is away, m-paused paused; m-decliner will say no. */
  private static Circle circle() {
    return Fixtures.circle(2).addMembers(
        Fixtures.member("m-zoe").displayName(NAME).phoneNumber(PHONE).birthYear(1931)
            .vitality(Vitality.DEPENDENT).livesAlone(true).addAvoids(MemberId.of("m-avoided"))
            .addCapabilities(CapabilityOffer.of(Capability.MEALS)).build(),
        driver("m-near").build(),
        driver("m-avoided").build(),
        driver("m-away").addAbsences(Absence.of(Fixtures.TODAY, Fixtures.TODAY.plusDays(10))).build(),
        driver("m-paused").status(MemberStatus.PAUSED).pausedUntil(Fixtures.TODAY.plusDays(30)).build(),
        driver("m-decliner").build(),
        driver("m-3").addAvoids(ZOE).build())
        .build();
  }

  private static HelpRequest ride(String id, String requester) {
    return Fixtures.request(id, requester).capability(Capability.RIDE_BY_CAR).description(TEXT).build();
  }

  @Test
  void membersSeeNoAvoidListAbsencePauseOrDeclineAndConnectorsSeeEveryReason() {
    RequestLifecycle lifecycle = RequestLifecycle.open(ride("r-1", "m-zoe"))
        .ask(NOW.plusSeconds(60), null, List.of(MemberId.of("m-decliner")))
        .decline(NOW.plusSeconds(120), MemberId.of("m-decliner"));
    Ranking ranking = MatchingStrategies.standard().rank(lifecycle, CircleSnapshot.at(circle(), HelpLedger.empty(), NOW));
    String member = JSON.write(ranking, Audience.MEMBER);
    String connector = JSON.write(ranking, Audience.CONNECTOR);
    assertEquals(List.of(), Schemas.errors(RankingDocument.class, member));
    assertEquals(List.of(), Schemas.errors(RankingDocument.class, connector));
    for (String secret : List.of("requester-preference", "absent", "paused", "DECLINED", "earliestStart")) {
      assertTrue(connector.contains('"' + secret + '"'), "connectors see " + secret + ": " + connector);
      assertFalse(member.contains('"' + secret + '"'), "members must not see " + secret + ": " + member);
    }
    for (String personal : List.of(NAME, PHONE, TEXT, "1931", "DEPENDENT")) {
      assertFalse(member.contains(personal) || connector.contains(personal), personal);
    }
    // the members' document says "private" where the members' explanation leaves the member out
    RankingDocument read = JSON.read(member, RankingDocument.class);
    Set<String> privateInJson = new TreeSet<>();
    read.exclusions().stream().filter(e -> e.code().equals(RankingDocument.PRIVATE))
        .forEach(e -> privateInJson.add(e.member().value()));
    assertEquals(Set.of("m-avoided", "m-away", "m-decliner", "m-paused"), privateInJson);
    String text = ranking.explain(Audience.MEMBER, Locale.ENGLISH);
    for (String id : privateInJson) {
      assertFalse(text.contains(id), id + " in the members' text: " + text);
    }
    assertFalse(text.contains("cannot take it this time"), text);
  }

  /** Everything the results of a circle's week say, as JSON, for both audiences. */
  private static String everyResult(Circle circle, HelpLedger ledger, List<HelpRequest> requests) {
    CircleSnapshot snapshot = CircleSnapshot.at(circle, ledger, NOW);
    List<String> all = new ArrayList<>();
    for (Audience audience : Audience.values()) {
      for (HelpRequest request : requests) {
        all.add(JSON.write(MatchingStrategies.standard().rank(request, snapshot), audience));
      }
      all.add(JSON.write(BatchAssignment.standard().plan(requests, snapshot), audience));
    }
    all.add(JSON.write(CircleHealthCheck.check(circle, Fixtures.TODAY)));
    List<Candidate> pool = new ArrayList<>();
    circle.members().forEach(m -> pool.add(Candidate.of(m, m.id().value().startsWith("m-0"))));
    all.add(JSON.write(FormationAlgorithms.recursiveBisection(FormationPolicy.standard(), 7).form(pool, Fixtures.TODAY)));
    return String.join("\n", all);
  }

  @Test
  void afterErasureNoPlantedPersonalValueIsInAnyResultJson() {
    Circle circle = circle();
    HelpLedger ledger = HelpLedger.of(List.of(
        HelpRecord.of(ZOE, MemberId.of("m-near"), Capability.MEALS, NOW.minus(Duration.ofDays(2)), Duration.ofMinutes(45)),
        HelpRecord.of(MemberId.of("m-near"), ZOE, Capability.RIDE_BY_CAR, NOW.minus(Duration.ofDays(3)),
            Duration.ofMinutes(90))));
    HelpRequest zoes = ride("r-1", "m-zoe");
    HelpRequest meal = Fixtures.request("r-2", "m-near").capability(Capability.MEALS).build();
    String before = everyResult(circle, ledger, List.of(zoes, meal));
    assertTrue(before.contains('"' + ZOE.value() + '"'), "the test plants the member's id");
    for (String never : List.of(NAME, PHONE, TEXT)) {
      assertFalse(before.contains(never), "results never show " + never);
    }

    Erasure erasure = Erasure.of(ZOE, MemberId.of("erased-1"));
    String after = everyResult(erasure.applyTo(circle), erasure.applyTo(ledger), List.of(erasure.applyTo(meal)));
    for (String planted : List.of(ZOE.value(), NAME, PHONE, TEXT)) {
      assertFalse(after.contains(planted), "still there after erasure: " + planted);
    }
  }
}
