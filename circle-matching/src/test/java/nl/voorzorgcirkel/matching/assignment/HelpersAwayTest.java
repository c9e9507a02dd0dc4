package nl.voorzorgcirkel.matching.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.Absence;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.matching.json.AssignmentPlanDocument;
import nl.voorzorgcirkel.matching.json.ResultJson;
import nl.voorzorgcirkel.matching.ranking.Audience;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * User test 8, L8: a request whose only member offering the help was away or paused at that time
 * was left unplaced as "nobody in the circle can take this request", the same as one nobody
 * offers: the connector could not tell "wait until she is back" from "find someone who can". It is
 * now {@link Unplaced#HELPERS_AWAY} for connectors; members, who may not learn of absences, still
 * read that nobody can take it, in the plan's texts and in its JSON.
 */
class HelpersAwayTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static Member.Builder cook(String id) {
    return Fixtures.member(id).addCapabilities(CapabilityOffer.of(Capability.MEALS));
  }

  private static Unplaced unplaced(Member... cooks) {
    Circle circle = Fixtures.circle(3).addMembers(cooks).build();
    HelpRequest meal = Fixtures.request("r-meal", "m-0").capability(Capability.MEALS).build();
    AssignmentPlan plan = BatchAssignment.standard().plan(List.of(meal),
        CircleSnapshot.at(circle, HelpLedger.empty(), Fixtures.NOW));
    assertEquals(1, plan.unplaced().size(), plan.toString());
    return plan.unplaced().get(0);
  }

  private static AssignmentPlan plan(Circle circle) {
    HelpRequest meal = Fixtures.request("r-meal", "m-0").capability(Capability.MEALS).build();
    return BatchAssignment.standard().plan(List.of(meal), CircleSnapshot.at(circle, HelpLedger.empty(), Fixtures.NOW));
  }

  private static Member away() {
    return cook("m-away").addAbsences(Absence.of(Fixtures.TODAY, Fixtures.TODAY.plusDays(10))).build();
  }

  @Test
  void theOnlyCookAwayOrPausedIsToldToTheConnector() {
    Unplaced away = unplaced(away());
    assertEquals(Unplaced.HELPERS_AWAY, away.code());
    assertEquals("helpers-away", away.code());
    assertEquals("everyone in the circle who offers this help is away or paused at that time",
        away.message(Locale.ENGLISH));
    assertEquals("iedereen in de cirkel die deze hulp aanbiedt, is er op dat moment niet (afwezig of met"
        + " pauze)", away.message(DUTCH));
    assertEquals(away.message(Locale.ENGLISH), away.message(Audience.CONNECTOR, Locale.ENGLISH));
    Unplaced paused = unplaced(cook("m-paused").status(MemberStatus.PAUSED)
        .pausedUntil(Fixtures.TODAY.plusDays(30)).build());
    assertEquals(Unplaced.HELPERS_AWAY, paused.code());
    // both away: still everyone who offers it
    assertEquals(Unplaced.HELPERS_AWAY, unplaced(away(), cook("m-paused").status(MemberStatus.PAUSED)
        .pausedUntil(Fixtures.TODAY.plusDays(30)).build()).code());
  }

  @Test
  void membersReadThatNobodyCanTakeIt() {
    Unplaced away = unplaced(away());
    assertEquals(Unplaced.NO_ELIGIBLE_MEMBER, away.code(Audience.MEMBER));
    assertEquals(Unplaced.HELPERS_AWAY, away.code(Audience.CONNECTOR));
    assertEquals("nobody in the circle can take this request", away.message(Audience.MEMBER, Locale.ENGLISH));
    assertEquals("niemand in de cirkel kan deze hulpvraag oppakken", away.message(Audience.MEMBER, DUTCH));
    assertEquals("r-meal unplaced: no-eligible-member", away.toString());
  }

  @Test
  void nobodyOfferingItOrSomeoneRuledOutOtherwiseIsNoEligibleMember() {
    assertEquals(Unplaced.NO_ELIGIBLE_MEMBER, unplaced().code(), "nobody offers meals");
    // one cook is away, the other is someone the requester would rather not have: not everyone is away
    Member avoided = cook("m-avoided").build();
    Circle circle = Fixtures.circle(0).addMembers(
        Fixtures.member("m-0").addAvoids(MemberId.of("m-avoided")).build(), away(), avoided).build();
    assertEquals(Unplaced.NO_ELIGIBLE_MEMBER, plan(circle).unplaced().get(0).code());
  }

  @Test
  void theJsonGivesTheCodeToConnectorsOnly() {
    AssignmentPlan plan = plan(Fixtures.circle(3).addMembers(away()).build());
    ResultJson json = ResultJson.create();
    String connector = json.write(plan, Audience.CONNECTOR);
    String member = json.write(plan, Audience.MEMBER);
    assertTrue(connector.contains("\"helpers-away\""), connector);
    assertFalse(member.contains("helpers-away") || member.contains("absent"), member);
    assertTrue(member.contains("\"no-eligible-member\""), member);
    assertEquals(Unplaced.HELPERS_AWAY, json.read(connector, AssignmentPlanDocument.class).unplaced().get(0).code());
    // a members' document that says it is refused, as a private exclusion is
    String forged = member.replace("\"no-eligible-member\"", "\"helpers-away\"");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> json.read(forged, AssignmentPlanDocument.class));
    assertTrue(e.getMessage().contains("unplaced[0].code"), e.getMessage());
  }
}
