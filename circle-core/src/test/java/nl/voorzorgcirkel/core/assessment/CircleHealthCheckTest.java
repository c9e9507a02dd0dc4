package nl.voorzorgcirkel.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.core.model.Absence;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.Vitality;
import org.junit.jupiter.api.Test;

class CircleHealthCheckTest {

  private static List<HealthCode> codes(HealthReport report) {
    return report.findings().stream().map(HealthFinding::code).collect(Collectors.toList());
  }

  @Test
  void aWellBalancedCircleHasNoFindings() {
    HealthReport report = CircleHealthCheck.check(Fixtures.circle(12).build(), Fixtures.TODAY);
    assertEquals(List.of(), report.findings());
    assertTrue(report.meetsPolicy());
  }

  @Test
  void sizeIsMeasuredAgainstThePolicy() {
    // with 7 members the fixture's fourth capability has one offerer: a second finding
    assertEquals(List.of(HealthCode.SIZE_BELOW_MINIMUM, HealthCode.SINGLE_POINT_OF_FAILURE),
        codes(CircleHealthCheck.check(Fixtures.circle(7).build(), Fixtures.TODAY)));
    assertEquals(List.of(HealthCode.SIZE_OUTSIDE_RECOMMENDED),
        codes(CircleHealthCheck.check(Fixtures.circle(9).build(), Fixtures.TODAY)));
    assertEquals(List.of(HealthCode.SIZE_ABOVE_MAXIMUM),
        codes(CircleHealthCheck.check(Fixtures.circle(16).build(), Fixtures.TODAY)));
    HealthReport small = CircleHealthCheck.check(Fixtures.circle(7).build(), Fixtures.TODAY);
    assertFalse(small.meetsPolicy());
    assertEquals("7 members, fewer than the minimum of 8", small.findings().get(0).message(Locale.ENGLISH));
    assertEquals("7 deelnemers, minder dan het minimum van 8",
        small.findings().get(0).message(Locale.forLanguageTag("nl")));
  }

  @Test
  void connectorsSinglePointsOfFailureAndVitalityAreReported() {
    Circle.Builder builder = Fixtures.circle(0);
    for (int i = 0; i < 10; i++) {
      Member.Builder m = Fixtures.member("m-" + i)
          .role(i == 0 ? Role.CONNECTOR : Role.MEMBER)
          .vitality(i < 4 ? Vitality.DEPENDENT : Vitality.VITAL)
          .addCapabilities(CapabilityOffer.of(Capability.MEALS));
      if (i == 1) {
        m.addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR));
      }
      if (i == 2) {
        // offers groceries, but is away today: groceries is covered by one available member
        m.addCapabilities(CapabilityOffer.of(Capability.GROCERIES_AND_ERRANDS))
            .addAbsences(Absence.of(Fixtures.TODAY, Fixtures.TODAY.plusDays(3)));
      }
      if (i == 3) {
        m.addCapabilities(CapabilityOffer.of(Capability.GROCERIES_AND_ERRANDS));
      }
      builder.addMembers(m.build());
    }
    HealthReport report = CircleHealthCheck.check(builder.build(), Fixtures.TODAY);
    assertEquals(List.of(HealthCode.TOO_FEW_CONNECTORS, HealthCode.SINGLE_POINT_OF_FAILURE,
        HealthCode.SINGLE_POINT_OF_FAILURE, HealthCode.VITALITY_IMBALANCE), codes(report));
    HealthFinding rides = report.findings(HealthCode.SINGLE_POINT_OF_FAILURE).get(1);
    assertEquals(Capability.RIDE_BY_CAR, rides.capability().orElseThrow());
    assertEquals(List.of(MemberId.of("m-1")), rides.members());
    assertEquals("ride by car is offered by 1 available member, the policy asks for 2",
        rides.message(Locale.ENGLISH));
    assertEquals("4 dependent members (40%), more than the 33% the policy allows",
        report.findings(HealthCode.VITALITY_IMBALANCE).get(0).message(Locale.ENGLISH));
  }

  @Test
  void membersWhoOfferNothingAndFarAwayMembersAreNamedById() {
    Circle circle = Fixtures.circle(10)
        .addMembers(Fixtures.member("m-quiet").build())
        .addMembers(Fixtures.member("m-far").home(GeoPoint.coarse(52.5, 5.5))
            .addCapabilities(CapabilityOffer.of(Capability.MEALS)).build())
        .build();
    HealthReport report = CircleHealthCheck.check(circle, Fixtures.TODAY);
    assertEquals(List.of(MemberId.of("m-quiet")),
        report.findings(HealthCode.MEMBERS_OFFER_NOTHING).get(0).members());
    HealthFinding far = report.findings(HealthCode.MEMBERS_FAR_APART).get(0);
    assertEquals(List.of(MemberId.of("m-far")), far.members());
    assertEquals(Severity.WARNING, far.severity());
    assertTrue(report.toText(Locale.ENGLISH).contains("1 member lives farther than 1500 m"), report.toText(Locale.ENGLISH));
    assertTrue(report.toText(Locale.forLanguageTag("nl")).contains("1 deelnemer woont verder dan 1500 m"));
  }

  @Test
  void aCircleWithoutConnectorsOrVitalMembersHasProblems() {
    Circle.Builder builder = Fixtures.circle(0);
    for (int i = 0; i < 10; i++) {
      builder.addMembers(Fixtures.member("m-" + i).vitality(Vitality.SOME_LIMITATIONS)
          .addCapabilities(CapabilityOffer.of(Capability.VISITS_AND_COMPANY)).build());
    }
    HealthReport report = CircleHealthCheck.check(builder.build(), Fixtures.TODAY);
    assertEquals(List.of(HealthCode.NO_CONNECTOR, HealthCode.NO_VITAL_MEMBERS), codes(report));
    assertFalse(report.meetsPolicy());
  }
}
