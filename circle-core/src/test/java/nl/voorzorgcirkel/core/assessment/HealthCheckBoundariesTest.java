package nl.voorzorgcirkel.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CirclePolicy;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Known outcomes of the health check at the edges of the policy: connectors and distances. */
class HealthCheckBoundariesTest {

  /** A circle of the fixture's 12 members, nobody a connector, measured against a policy. */
  private static HealthReport withoutConnectors(int minConnectors) {
    Circle.Builder builder = Fixtures.circle(0)
        .policy(CirclePolicy.builder().minConnectors(minConnectors).build());
    for (Member member : Fixtures.circle(12).build().members()) {
      builder.addMembers(Member.builder().from(member).role(Role.MEMBER).build());
    }
    return CircleHealthCheck.check(builder.build(), Fixtures.TODAY);
  }

  @Test
  void noConnectorIsAProblemOnlyWhenThePolicyAsksForOne() {
    assertEquals(List.of(), withoutConnectors(0).findings());
    assertEquals(List.of(HealthCode.NO_CONNECTOR),
        withoutConnectors(1).findings().stream().map(HealthFinding::code).toList());
  }

  /** Members at these latitudes on one meridian: about 111 m per 0.001 degree. */
  private static Circle row(double... latitudes) {
    Circle.Builder builder = Fixtures.circle(0);
    for (int i = 0; i < latitudes.length; i++) {
      builder.addMembers(Fixtures.member("m-" + i).role(i < 2 ? Role.CONNECTOR : Role.MEMBER)
          .home(GeoPoint.of(latitudes[i], 5.223)).build());
    }
    return builder.build();
  }

  private static List<MemberId> farApart(Circle circle) {
    return CircleHealthCheck.check(circle, Fixtures.TODAY).findings(HealthCode.MEMBERS_FAR_APART)
        .get(0).members();
  }

  @Test
  void theMemberFarthestFromTheOthersIsNamedWhereverTheyAreListed() {
    // m-0 lives about 3 km from m-1 and m-2, who live 110 m apart
    assertEquals(List.of(MemberId.of("m-0")), farApart(row(52.41, 52.38, 52.381)));
    assertEquals(List.of(MemberId.of("m-2")), farApart(row(52.38, 52.381, 52.41)));
  }

  @Test
  void ofTwoMembersTooFarApartTheFirstListedIsNamed() {
    assertEquals(List.of(MemberId.of("m-0")), farApart(row(52.38, 52.41)));
  }
}
