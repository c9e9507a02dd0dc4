package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.scope.ScopePolicies;
import nl.voorzorgcirkel.matching.assignment.AssignmentPlan;
import nl.voorzorgcirkel.matching.assignment.BatchAssignment;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * User test 14, H1: a request whose kind of help is written as a word the vocabulary knows
 * ({@code boodschappen}, {@code autorit}, {@code naar-de-kapper}) was found in scope by that word
 * and then matched by its code alone: nobody was eligible, and the connectors read that members
 * who offer groceries do not. Matching now reads requests and offers as the scope does. The
 * tester's Repro3: ten members, four offer groceries and errands, four rides by car.
 */
class RequestWordsTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  static final Instant NOW = Instant.parse("2026-12-01T11:00:00Z");
  /** The tester's codes, each with the kind of help the standard vocabulary reads it as. */
  static final List<List<String>> CODES = List.of(
      List.of("boodschappen", "groceries-and-errands"), List.of("boodschappen-doen", "groceries-and-errands"),
      List.of("medicijnen-ophalen", "groceries-and-errands"), List.of("naar-de-kapper", "ride-by-car"),
      List.of("autorit", "ride-by-car"));

  private static Member member(int i, Capability... offers) {
    Member.Builder b = Fixtures.member(String.format("m-%02d", i)).birthYear(1940 + i)
        .home(GeoPoint.coarse(52.10 + i * 0.001, 5.10 + i * 0.001)).capacityPerWeek(Duration.ofHours(3));
    for (Capability c : offers) {
      b.addCapabilities(CapabilityOffer.of(c));
    }
    return b.build();
  }

  /** The tester's circle; {@code groceries} is how m-03 and m-07 write their offer of groceries. */
  static Circle circle(Capability groceries) {
    Capability g = Capability.GROCERIES_AND_ERRANDS;
    Capability ride = Capability.RIDE_BY_CAR;
    List<Member> members = new ArrayList<>(List.of(member(1, ride), member(2, g),
        member(3, groceries, Capability.VISITS_AND_COMPANY), member(4, ride, g), member(5, ride, Capability.MEALS),
        member(6, Capability.VISITS_AND_COMPANY), member(7, Capability.MEALS, groceries), member(8, ride),
        member(9, Capability.VISITS_AND_COMPANY), member(10)));
    return Circle.builder().id(CircleId.of("c-v")).name("Kring v").neighbourhood("Lindenbuurt")
        .addAllMembers(members).founded(LocalDate.of(2026, 1, 1)).build();
  }

  static HelpRequest request(String code) {
    return HelpRequest.builder().id(RequestId.of("r-1")).requester(MemberId.of("m-10"))
        .capability(Capability.of(code)).window(TimeWindow.flexibleWithinDays(LocalDate.of(2026, 12, 2), 2, ZONE))
        .expectedDuration(Duration.ofHours(1)).createdAt(NOW).build();
  }

  static CircleSnapshot snapshot(Circle circle) {
    return CircleSnapshot.at(circle, HelpLedger.empty(), NOW);
  }

  @Test
  void aRequestInTheVocabularysWordsRanksAsItsKindOfHelp() {
    CircleSnapshot snapshot = snapshot(circle(Capability.GROCERIES_AND_ERRANDS));
    MatchingStrategy standard = MatchingStrategies.standard();
    for (List<String> code : CODES) {
      HelpRequest written = request(code.get(0));
      assertTrue(ScopePolicies.standard().assess(written).isInScope(), code.get(0));
      Ranking ranking = standard.rank(written, snapshot);
      Ranking canonical = standard.rank(request(code.get(1)), snapshot);
      assertEquals(4, ranking.candidates().size(), code.get(0));
      assertEquals(canonical, ranking, code.get(0) + " ranks as " + code.get(1));
      assertEquals(standard.order(request(code.get(1)), snapshot), standard.order(written, snapshot), code.get(0));
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
        String text = ranking.explain(Audience.CONNECTOR, locale);
        assertEquals(canonical.explain(Audience.CONNECTOR, locale), text);
        for (Member m : snapshot.circle().members()) {
          if (m.offers(Capability.of(code.get(1)))) {
            assertFalse(text.contains(m.id() + ": does not offer") || text.contains(m.id() + ": biedt geen"),
                "a member who offers it is never said not to: " + text);
          }
        }
      }
    }
  }

  @Test
  void theConnectorsReadTheHelpByItsLabel() {
    Ranking ranking = MatchingStrategies.standard().rank(request("naar-de-kapper"), snapshot(circle(
        Capability.GROCERIES_AND_ERRANDS)));
    String text = ranking.explain(Audience.CONNECTOR, Locale.ENGLISH);
    assertTrue(text.contains("m-02: does not offer ride by car"), text);
    assertTrue(ranking.explain(Audience.CONNECTOR, Locale.forLanguageTag("nl"))
        .contains("m-02: biedt geen autorit aan"), text);
  }

  @Test
  void anOfferInTheVocabularysWordsIsAnOfferOfItsKind() {
    CircleSnapshot asWritten = snapshot(circle(Capability.of("boodschappen")));
    CircleSnapshot canonical = snapshot(circle(Capability.GROCERIES_AND_ERRANDS));
    MatchingStrategy standard = MatchingStrategies.standard();
    for (String code : List.of("groceries-and-errands", "boodschappen", "shopping")) {
      Ranking ranking = standard.rank(request(code), asWritten);
      assertEquals(standard.rank(request(code), canonical), ranking, code);
      assertTrue(ranking.candidates().stream().anyMatch(c -> c.member().equals(MemberId.of("m-07"))), code);
      assertEquals(standard.order(request(code), canonical), standard.order(request(code), asWritten), code);
    }
  }

  @Test
  void aBatchPlacesARequestInTheVocabularysWordsAsItsKindOfHelp() {
    BatchAssignment batch = BatchAssignment.standard();
    for (Capability groceries : List.of(Capability.GROCERIES_AND_ERRANDS, Capability.of("boodschappen"))) {
      CircleSnapshot snapshot = snapshot(circle(groceries));
      for (List<String> code : CODES) {
        AssignmentPlan written = batch.plan(List.of(request(code.get(0))), snapshot);
        AssignmentPlan canonical = batch.plan(List.of(request(code.get(1))), snapshot);
        assertEquals(List.of(), written.unplaced(), code.get(0));
        assertEquals(canonical.assignments(), written.assignments(), code.get(0));
        AssignmentPlan added = batch.add(batch.plan(List.of(), snapshot), request(code.get(0)));
        assertEquals(canonical.assignments(), added.assignments(), "added: " + code.get(0));
      }
    }
  }

  @Test
  void aScopePolicysOwnWordsAreReadByTheMatchingToo() {
    CapabilityVocabulary words = CapabilityVocabulary.standard().withSynonyms(Capability.MEALS, "soep");
    MatchingStrategy strategy = MatchingStrategies.builder().scopePolicy(ScopePolicies.byVocabulary(words)).build();
    assertEquals(words, strategy.vocabulary());
    CircleSnapshot snapshot = snapshot(circle(Capability.GROCERIES_AND_ERRANDS));
    Ranking soup = strategy.rank(request("soep"), snapshot);
    assertEquals(List.of(MemberId.of("m-05"), MemberId.of("m-07")),
        soup.candidates().stream().map(RankedCandidate::member).sorted().toList());
    // the standard strategy does not know the word: an organisation's own code, offered by nobody
    assertEquals(List.of(), MatchingStrategies.standard().rank(request("soep"), snapshot).candidates());
  }
}
