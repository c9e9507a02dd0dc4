package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Absence;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.core.model.WeeklySlot;
import nl.voorzorgcirkel.matching.fairness.FairnessStrategies;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class RankingTest {

  // Thursday 26 November 2026, 10:00 in Amsterdam
  private static final Instant NOW =
      ZonedDateTime.of(2026, 11, 26, 10, 0, 0, 0, WeeklyAvailability.DEFAULT_ZONE).toInstant();
  private static final GeoPoint HOME = GeoPoint.of(52.3790, 5.2230);

  private static Member.Builder driver(String id, double northMetres) {
    return Fixtures.member(id)
        .home(GeoPoint.of(HOME.latitude() + northMetres / 111_195.0, HOME.longitude()))
        .capacityPerWeek(Duration.ofHours(3))
        .addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR));
  }

  private static Circle circle() {
    return Fixtures.circle(0).addMembers(
        Fixtures.member("m-requester").home(HOME).addAvoids(MemberId.of("m-avoided")).build(),
        driver("m-near", 200).build(),
        driver("m-far", 900).build(),
        driver("m-friend", 600).build(),
        driver("m-busy", 100).build(),
        driver("m-avoided", 100).build(),
        driver("m-left", 100).status(MemberStatus.LEFT).build(),
        driver("m-paused", 100).status(MemberStatus.PAUSED).pausedUntil(Fixtures.TODAY.plusDays(30)).build(),
        driver("m-away", 100).addAbsences(Absence.of(Fixtures.TODAY, Fixtures.TODAY.plusDays(10))).build(),
        Fixtures.member("m-cook").home(HOME).addCapabilities(CapabilityOffer.of(Capability.MEALS)).build(),
        driver("m-short", 100).capabilities(List.of(CapabilityOffer.builder()
            .capability(Capability.RIDE_BY_CAR).maxDuration(Duration.ofMinutes(30)).build())).build(),
        driver("m-limit", 100).capabilities(List.of(CapabilityOffer.builder()
            .capability(Capability.RIDE_BY_CAR).maxDistanceMetres(5_000).build())).build(),
        driver("m-mornings", 100).availability(WeeklyAvailability.of(List.of(
            WeeklySlot.of(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(10, 0))))).build())
        .build();
  }

  private static HelpLedger ledger() {
    MemberId requester = MemberId.of("m-requester");
    return HelpLedger.empty()
        .append(HelpRecord.of(MemberId.of("m-friend"), requester, Capability.RIDE_BY_CAR,
            NOW.minus(Duration.ofDays(40)), Duration.ofHours(1)))
        .append(HelpRecord.of(MemberId.of("m-friend"), requester, Capability.RIDE_BY_CAR,
            NOW.minus(Duration.ofDays(60)), Duration.ofHours(1)))
        // m-busy gave 2.5 hours this week (capacity 3 hours)
        .append(HelpRecord.of(MemberId.of("m-busy"), MemberId.of("m-cook"), Capability.RIDE_BY_CAR,
            NOW.minus(Duration.ofDays(2)), Duration.ofMinutes(150)))
        // m-far gave a lot over the last four weeks, but not this week
        .append(HelpRecord.of(MemberId.of("m-far"), MemberId.of("m-cook"), Capability.RIDE_BY_CAR,
            NOW.minus(Duration.ofDays(10)), Duration.ofHours(3)));
  }

  private static HelpRequest hospitalRide() {
    return HelpRequest.builder()
        .id(RequestId.of("r-hospital"))
        .requester(MemberId.of("m-requester"))
        .capability(Capability.RIDE_BY_CAR)
        .window(TimeWindow.flexible(NOW, NOW.plus(Duration.ofDays(2))))
        .expectedDuration(Duration.ofMinutes(90))
        .destination(GeoPoint.of(HOME.latitude() + 0.03, HOME.longitude()))
        .createdAt(NOW)
        .build();
  }

  @Test
  void everyStandardRuleExcludesWithItsReason() {
    Ranking ranking = MatchingStrategies.standard()
        .rank(hospitalRide(), CircleSnapshot.at(circle(), ledger(), NOW));
    Map<String, String> reasons = ranking.exclusions().stream()
        .collect(Collectors.toMap(e -> e.member().value(), Exclusion::code));
    assertEquals(Map.of(
        "m-requester", "is-requester",
        "m-left", "left-circle",
        "m-paused", "paused",
        "m-away", "absent",
        "m-cook", "lacks-capability",
        "m-avoided", "requester-preference",
        "m-short", "longer-than-limit",
        "m-mornings", "not-available",
        "m-busy", "at-capacity"), reasons);
    // m-friend helped the requester twice; m-limit is closer than m-near but near its distance
    // limit; m-far is farthest and gave most help in the last four weeks
    assertEquals(List.of("m-friend", "m-near", "m-limit", "m-far"),
        ranking.candidates().stream().map(c -> c.member().value()).collect(Collectors.toList()));
  }

  @Test
  void theRankingExplainsItselfInEnglishAndDutch() {
    Ranking ranking = MatchingStrategies.standard()
        .rank(hospitalRide(), CircleSnapshot.at(circle(), ledger(), NOW));
    RankedCandidate friend = ranking.candidates().get(0);
    assertEquals(MemberId.of("m-friend"), friend.member());
    assertEquals(2, friend.part("familiarity").orElseThrow().figures().get("times"));
    assertEquals(List.of(ranking.candidates().get(0), ranking.candidates().get(1)), ranking.askFirst());
    String english = ranking.explain(Audience.CONNECTOR, Locale.ENGLISH);
    String dutch = ranking.explain(Audience.CONNECTOR, Locale.forLanguageTag("nl"));
    assertTrue(english.contains("Ask first for r-hospital:"), english);
    assertTrue(english.contains("helped the requester 2 times before"), english);
    assertTrue(dutch.contains("hielp de hulpvrager al 2 keer eerder"), dutch);
    // the others never helped: said so, not "0 time(s)"
    assertTrue(english.contains("has not helped the requester before"), english);
    assertTrue(dutch.contains("hielp de hulpvrager nog niet eerder"), dutch);
    assertTrue(english.contains("m-busy: would take this member past the 180 min a week they set "
        + "(150 min given or promised that week, 90 min asked)"), english);
    assertTrue(english.contains("m-avoided: the requester would rather not be helped by this member"), english);
    assertTrue(dutch.contains("Vraag eerst voor r-hospital:"), dutch);
    assertTrue(dutch.contains("m-cook: biedt geen autorit aan"), dutch);
    assertTrue(english.contains("m-cook: does not offer ride by car"), english);
    assertTrue(!english.contains("{") && !dutch.contains("{"), "unfilled placeholder");
  }

  @Test
  void membersAreNotToldOfAvoidPreferencesAbsencesOrPausesAndToStringTellsNobody() {
    Ranking ranking = MatchingStrategies.standard()
        .rank(hospitalRide(), CircleSnapshot.at(circle(), ledger(), NOW));
    for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
      String member = ranking.explain(locale);
      assertEquals(member, ranking.explain(Audience.MEMBER, locale), "members' view by default");
      String connector = ranking.explain(Audience.CONNECTOR, locale);
      for (String id : List.of("m-avoided", "m-away", "m-paused")) {
        Exclusion e = ranking.exclusions().stream().filter(x -> x.member().value().equals(id))
            .findFirst().orElseThrow();
        assertTrue(e.isPrivate(), id);
        assertTrue(connector.contains(id + ": " + e.message(locale)), connector);
        assertFalse(member.contains(e.message(locale)), member);
        assertFalse(member.contains(id), "a member with a private reason is left out: " + member);
      }
      assertTrue(member.contains("m-busy: " + ranking.exclusions().stream()
          .filter(x -> x.member().value().equals("m-busy")).findFirst().orElseThrow().message(locale)),
          "capacity is not private: " + member);
    }
    // the README: the members' text leaves out the requester's wish, absences and pauses
    assertFalse(ranking.explain(Locale.ENGLISH).contains("cannot take it this time"));
    assertFalse(ranking.explain(Locale.forLanguageTag("nl")).contains("kan deze keer niet"));
    String text = ranking.toString() + ranking.exclusions() + ranking.candidates();
    for (String secret : List.of("requester-preference", "absent", "paused")) {
      assertFalse(text.contains("excluded: " + secret), text);
    }
    assertTrue(text.contains("at-capacity"), "public reasons may be shown: " + text);
  }

  @Test
  void theDestinationCountsAgainstTheDistanceLimit() {
    HelpRequest farAway = hospitalRide().toBuilder()
        .destination(GeoPoint.of(HOME.latitude() + 0.1, HOME.longitude())).build();
    Ranking ranking = MatchingStrategies.standard()
        .rank(farAway, CircleSnapshot.at(circle(), ledger(), NOW));
    Exclusion limit = ranking.exclusions().stream()
        .filter(e -> e.member().value().equals("m-limit")).findFirst().orElseThrow();
    assertEquals("too-far", limit.code());
    assertEquals(5_000, limit.figures().get("maxMetres"));
  }

  @Test
  void fairnessMovesTheBusiestHelperDown() {
    CircleSnapshot snapshot = CircleSnapshot.at(circle(), ledger(), NOW);
    MatchingStrategy distanceOnly = MatchingStrategies.builder()
        .fairness(FairnessStrategies.none(), 0)
        .score(SoftScores.familiarity(), 0).score(SoftScores.slack(), 0)
        .score(SoftScores.capabilityFit(), 0).build();
    MatchingStrategy fairFirst = MatchingStrategies.builder()
        .fairness(FairnessStrategies.leastLoaded(), 10)
        .score(SoftScores.familiarity(), 0).score(SoftScores.slack(), 0)
        .score(SoftScores.capabilityFit(), 0).build();
    List<String> byDistance = distanceOnly.rank(hospitalRide(), snapshot).candidates().stream()
        .map(c -> c.member().value()).collect(Collectors.toList());
    List<String> byFairness = fairFirst.rank(hospitalRide(), snapshot).candidates().stream()
        .map(c -> c.member().value()).collect(Collectors.toList());
    assertEquals(List.of("m-limit", "m-near", "m-friend", "m-far"), byDistance);
    assertEquals("m-far", byFairness.get(byFairness.size() - 1));
    assertTrue(byFairness.indexOf("m-friend") > byFairness.indexOf("m-near"),
        "m-friend helped twice in the last 60 days: " + byFairness);
  }

  @Test
  void aRequesterFromOutsideTheCircleIsRefused() {
    HelpRequest stranger = hospitalRide().toBuilder().requester(MemberId.of("m-stranger")).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MatchingStrategies.standard().rank(stranger, CircleSnapshot.at(circle(), ledger(), NOW)));
    assertEquals("invalid value (1): HelpRequest.requester: the requester m-stranger is not a member"
        + " of circle c-1", e.getMessage());
    assertEquals("ongeldige waarde (1): HelpRequest.requester: de hulpvrager m-stranger is geen"
        + " deelnemer van cirkel c-1", ((InvalidValueException) e).message(java.util.Locale.forLanguageTag("nl")));
  }

  @Test
  void builderRejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> MatchingStrategies.builder().notificationBudget(0));
    assertThrows(IllegalArgumentException.class,
        () -> MatchingStrategies.builder().score(SoftScores.distance(), -1));
    assertThrows(IllegalArgumentException.class,
        () -> MatchingStrategies.builder().loadWindow(Duration.ofHours(1)));
    assertThrows(IllegalStateException.class, () -> MatchingStrategies.builder()
        .fairness(FairnessStrategies.none(), 0).score(SoftScores.distance(), 0)
        .score(SoftScores.familiarity(), 0).score(SoftScores.slack(), 0)
        .score(SoftScores.capabilityFit(), 0).score(SoftScores.sameTrip(), 0)
        .score(SoftScores.previousHelper(), 0).build());
    assertThrows(IllegalArgumentException.class,
        () -> MatchingStrategies.builder().travelBuffer(Duration.ofMinutes(-1)));
  }
}
