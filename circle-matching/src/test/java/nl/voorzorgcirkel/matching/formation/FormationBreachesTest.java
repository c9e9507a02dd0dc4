package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The policy's rules as a formed circle meets or breaks them, at each boundary, with the exact
 * texts in English and Dutch; and the quality of a formation worked out by hand.
 */
class FormationBreachesTest {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);
  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final GeoPoint SPOT = GeoPoint.of(52.37, 5.21);
  /** Sizes 4 to 6, two connectors, meals twice, half vital. */
  private static final FormationPolicy POLICY = new FormationPolicy(4, 5, 6, 2, 1500,
      Map.of(Capability.MEALS, 2), 0.5);

  /** A group of {@code size} at one spot, of whom the first {@code vital} are vital, {@code willing} would
   * connect and {@code cooks} offer meals. */
  private static List<Candidate> group(int size, int vital, int willing, int cooks) {
    List<Candidate> group = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Member.Builder b = Fixtures.member(String.format("g-%02d", i)).home(SPOT)
          .vitality(i < vital ? Vitality.VITAL : Vitality.DEPENDENT);
      if (i < cooks) {
        b.addCapabilities(CapabilityOffer.of(Capability.MEALS));
      }
      group.add(Candidate.of(b.build(), i < willing));
    }
    return group;
  }

  private static List<PolicyBreach> breaches(List<Candidate> group) {
    return Evaluation.breaches(group, Evaluation.chooseConnectors(group, POLICY).size(), POLICY);
  }

  private static List<String> rules(List<Candidate> group) {
    return breaches(group).stream().map(PolicyBreach::rule).collect(Collectors.toList());
  }

  @Test
  void aCircleExactlyAtEachBoundaryMeetsThePolicy() {
    assertEquals(List.of(), rules(group(4, 2, 2, 2)), "the smallest, half vital, two connectors, two cooks");
    assertEquals(List.of(), rules(group(6, 3, 6, 6)), "the largest");
  }

  @Test
  void oneStepOverEachBoundaryIsABreachWithItsFigures() {
    assertEquals(List.of("size"), rules(group(3, 3, 2, 2)));
    assertEquals(List.of("size"), rules(group(7, 4, 2, 2)));
    assertEquals(List.of("connectors"), rules(group(4, 2, 1, 2)));
    assertEquals(List.of("coverage"), rules(group(4, 2, 2, 1)));
    assertEquals(List.of("vitality"), rules(group(4, 1, 2, 2)));
    assertEquals(List.of("size", "connectors", "coverage", "vitality"), rules(group(3, 1, 1, 1)));
  }

  @Test
  void eachBreachIsToldWithItsFiguresInEnglishAndDutch() {
    List<PolicyBreach> all = breaches(group(3, 1, 1, 1));
    assertEquals(List.of(
        "3 members, the policy allows 4 to 6",
        "1 willing connector, the policy asks for 2",
        "meals is offered by 1 member, the policy asks for 2",
        "1 of 3 members are vital, fewer than 50%"),
        all.stream().map(b -> b.message(Locale.ENGLISH)).collect(Collectors.toList()));
    assertEquals(List.of(
        "3 deelnemers, het beleid staat 4 tot 6 toe",
        "1 verbinder bereid, het beleid vraagt er 2",
        Capability.MEALS.label(DUTCH) + " wordt aangeboden door 1 deelnemer, het beleid vraagt er 2",
        "1 van 3 deelnemers zijn vitaal, minder dan 50%"),
        all.stream().map(b -> b.message(DUTCH)).collect(Collectors.toList()));
    assertEquals("maaltijden", Capability.MEALS.label(DUTCH));
    assertEquals(Map.of("vital", 1L, "size", 3, "minPercent", 50L), all.get(3).figures());
  }

  @Test
  void aPairWhoWouldRatherNotMeetIsCountedOncePerMemberWhoSaysSo() {
    List<Candidate> group = new ArrayList<>(group(4, 2, 2, 2));
    UnaryOperator<Member.Builder> avoidsFirst = b -> b.addAvoids(MemberId.of("g-00"));
    group.set(3, Candidate.of(avoidsFirst.apply(group.get(3).member().toBuilder()).build(), false));
    List<PolicyBreach> one = breaches(group);
    assertEquals(List.of("avoided-pair"), one.stream().map(PolicyBreach::rule).collect(Collectors.toList()));
    assertEquals("1 member is in a circle with someone they would rather not be with",
        one.get(0).message(Locale.ENGLISH));
    group.set(0, Candidate.of(group.get(0).member().toBuilder().addAvoids(MemberId.of("g-03")).build(), true));
    assertEquals("2 deelnemers zitten in een cirkel met iemand die zij liever niet treffen",
        breaches(group).get(0).message(DUTCH));
  }

  @Test
  void membersTooFarApartAreABreachWithTheDistanceRounded() {
    List<Candidate> group = new ArrayList<>(group(4, 2, 2, 2));
    // 0.0144 degrees north: 1601 m
    group.set(3, Candidate.of(group.get(3).member().toBuilder().home(GeoPoint.of(52.3844, 5.21)).build(), false));
    List<PolicyBreach> far = breaches(group);
    assertEquals("members live up to 1601 m apart, more than 1500 m", far.get(0).message(Locale.ENGLISH));
    assertEquals("deelnemers wonen tot 1601 m uit elkaar, meer dan 1500 m", far.get(0).message(DUTCH));
  }

  @Test
  void aFormationsQualityIsWorkedOutOverItsCirclesAndPool() {
    // circle 1: three along a meridian, 0, 100 and 300 m north: pairs 100, 300 and 200 m
    double step = 100 / 111_195.08; // degrees north per 100 m on the library's sphere
    List<Candidate> first = List.of(
        new Candidate(Fixtures.member("a-1").home(SPOT).build(), false, List.of(MemberId.of("a-2"))),
        Candidate.of(Fixtures.member("a-2").home(GeoPoint.of(52.37 + step, 5.21)).build(), false),
        new Candidate(Fixtures.member("a-3").home(GeoPoint.of(52.37 + 3 * step, 5.21)).build(), false,
            List.of(MemberId.of("b-1"), MemberId.of("x-1"))));
    // circle 2: two at one spot; one pair of 0 m
    List<Candidate> second = List.of(Candidate.of(Fixtures.member("b-1").home(SPOT).build(), false),
        Candidate.of(Fixtures.member("b-2").home(SPOT).build(), false));
    Candidate left = Candidate.of(Fixtures.member("x-1").home(SPOT).build(), false);
    List<Candidate> pool = new ArrayList<>(first);
    pool.addAll(second);
    pool.add(left);
    FormationPolicy policy = new FormationPolicy(3, 3, 3, 0, 1500, Map.of(), 0.0);
    FormationResult result = Evaluation.result(List.of(first, second), pool, policy, ON);
    FormationQuality quality = result.quality();
    assertEquals(5.0 / 6, quality.placedShare(), 1e-12);
    assertEquals(2, quality.circles());
    assertEquals(0.5, quality.meetingPolicyShare(), "the circle of two is too small");
    assertEquals(600.0 / 4, quality.meanDistanceMetres(), 0.01);
    assertEquals(300.0, quality.maxDistanceMetres(), 0.01);
    assertEquals(1.0, quality.coverageShare());
    assertEquals(1.0, quality.vitalityShare());
    assertEquals(0.5, quality.preferencesHonoured(), "a-1 with a-2 honoured, a-3 with b-1 not, x-1 not placed");
    assertEquals("placed 83.3%, 2 circles of 2 to 3, 50.0% meet the policy, distance mean 150 m max 300 m,"
        + " connectors 100.0%, coverage 100.0%, vitality 100.0%, preferences honoured 50.0%,"
        + " buildings kept together 100.0%, mixed neighbourhoods 0.0%", quality.describe(Locale.ENGLISH));
    assertEquals("geplaatst 83,3%, 2 cirkels van 2 tot 3, 50,0% voldoet aan het beleid, afstand gemiddeld 150 m,"
        + " hoogstens 300 m, verbinders 100,0%, dekking 100,0%, vitaliteit 100,0%, wensen ingewilligd 50,0%,"
        + " gebouwen bijeen 100,0%, gemengde buurten 0,0%", quality.describe(DUTCH));
  }

  @Test
  void sharesOfCoverageAndVitalityCountTheCirclesThatMeetThem() {
    // one circle meets everything, one lacks a cook, one lacks vital members and a cook
    List<List<Candidate>> groups = List.of(group(4, 2, 2, 2), renamed(group(4, 2, 2, 1), "h-"),
        renamed(group(4, 1, 2, 1), "i-"));
    FormationResult result = Evaluation.result(groups,
        FormationAlgorithms.sorted(groups.stream().flatMap(List::stream).toList()), POLICY, ON);
    assertEquals(1.0 / 3, result.quality().meetingPolicyShare(), 1e-12);
    assertEquals(1.0 / 3, result.quality().coverageShare(), 1e-12);
    assertEquals(2.0 / 3, result.quality().vitalityShare(), 1e-12);
    assertEquals(1.0, result.quality().placedShare(), "every candidate of the pool is placed");
    assertEquals(0.0, result.quality().meanDistanceMetres());
  }

  @Test
  void formedCirclesAreNumberedTheirConnectorsChosenVitalFirstAndTheUnplacedSorted() {
    // willing: g-00 dependent, g-01 (a connector elsewhere, joining later) and g-02 vital; one
    // connector to choose
    FormationPolicy oneConnector = new FormationPolicy(3, 3, 4, 1, 1500, Map.of(), 0.0);
    List<Candidate> group = new ArrayList<>();
    group.add(Candidate.of(Fixtures.member("g-00").home(SPOT).vitality(Vitality.DEPENDENT)
        .role(Role.CONNECTOR).build(), true));
    group.add(Candidate.of(Fixtures.member("g-01").home(SPOT).vitality(Vitality.VITAL).role(Role.CONNECTOR)
        .joined(ON.plusDays(10)).build(), true));
    group.add(Candidate.of(Fixtures.member("g-02").home(SPOT).vitality(Vitality.VITAL).build(), true));
    assertEquals(List.of("g-01"), Evaluation.chooseConnectors(group, oneConnector).stream()
        .map(c -> c.id().value()).collect(Collectors.toList()));
    List<Candidate> pool = new ArrayList<>(group);
    pool.addAll(renamed(group, "h-"));
    pool.add(Candidate.of(Fixtures.member("z-2").home(GeoPoint.of(53.2, 6.5)).build(), false));
    pool.add(Candidate.of(Fixtures.member("z-1").home(GeoPoint.of(50.9, 5.7)).build(), false));
    pool.sort(java.util.Comparator.comparing(c -> c.id().value()));
    FormationResult result = Evaluation.result(List.of(group, renamed(group, "h-")), pool, oneConnector, ON);
    assertEquals(List.of("circle-1", "circle-2"), result.circles().stream()
        .map(c -> c.circle().id().value()).collect(Collectors.toList()));
    assertEquals(List.of("Circle 1", "Circle 2"), result.circles().stream()
        .map(c -> c.circle().name()).collect(Collectors.toList()));
    assertEquals(List.of("z-1", "z-2"), result.notPlaced().stream().map(p -> p.candidate().value())
        .collect(Collectors.toList()));
    Circle first = result.circles().get(0).circle();
    assertEquals(List.of(Role.MEMBER, Role.CONNECTOR, Role.MEMBER), first.members().stream().map(Member::role)
        .collect(Collectors.toList()), "a connector not chosen becomes a member");
    assertEquals(List.of(LocalDate.of(2025, 1, 1), ON, LocalDate.of(2025, 1, 1)), first.members().stream()
        .map(Member::joined).collect(Collectors.toList()), "who would join later joins on the day of forming");
  }

  private static List<Candidate> renamed(List<Candidate> group, String prefix) {
    return group.stream().map(c -> new Candidate(c.member().toBuilder()
        .id(MemberId.of(prefix + c.id().value())).build(), c.willingToConnect(), c.wantsWith()))
        .collect(Collectors.toList());
  }
}
