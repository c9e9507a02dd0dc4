package nl.voorzorgcirkel.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.consent.DataAccess;
import nl.voorzorgcirkel.core.consent.DataPolicy;
import nl.voorzorgcirkel.core.consent.Reader;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The health check given a circle's own vocabulary counts kinds of help as that vocabulary reads them. */
class HealthCoverageByOwnVocabularyTest {

  /** Four members; m-1 offers rides as autorit, m-2 as regiotaxi; m-0 and m-3 meals and visits. */
  private static Circle circle(Capability second) {
    Circle.Builder b = Fixtures.circle(0);
    for (int i = 0; i < 4; i++) {
      Member.Builder m = Fixtures.member("m-" + i).addCapabilities(CapabilityOffer.of(
          i == 1 ? Capability.of("autorit") : i == 2 ? second : i == 0 ? Capability.MEALS : Capability.VISITS_AND_COMPANY));
      b.addMembers(m.build());
    }
    return b.build();
  }

  private static List<HealthFinding> rides(HealthReport report) {
    return report.findings(HealthCode.SINGLE_POINT_OF_FAILURE).stream()
        .filter(f -> f.capability().orElseThrow().equals(Capability.RIDE_BY_CAR)
            || f.capability().orElseThrow().equals(Fixtures.REGIOTAXI)).toList();
  }

  @Test
  void regiotaxiAndAutoritAreOneKindOfferedByTwoMembers() {
    Circle circle = circle(Fixtures.REGIOTAXI);
    // by the standard vocabulary two kinds, each a single point of failure (as before for every call)
    assertEquals(2, rides(CircleHealthCheck.check(circle, Fixtures.TODAY)).size());
    // before: the same two findings, the vocabulary not being read
    assertEquals(List.of(), rides(CircleHealthCheck.check(circle, Fixtures.TODAY, Fixtures.ownVocabulary())));
    DataAccess access = DataPolicy.standard().access(Reader.HEALTH_CHECK, ConsentRegister.empty());
    assertEquals(List.of(), rides(CircleHealthCheck.check(circle, CircleLife.empty(), Fixtures.TODAY,
        access, Fixtures.ownVocabulary())));
  }

  @Test
  void aKindStillOfferedByOneMemberNamesTheKindAndTheMember() {
    List<HealthFinding> rides = rides(CircleHealthCheck.check(circle(Capability.MEALS), Fixtures.TODAY,
        Fixtures.ownVocabulary()));
    assertEquals(1, rides.size());
    assertEquals(List.of(MemberId.of("m-1")), rides.get(0).members());
  }

  @Test
  void aMemberOfferingOneKindTwiceByTheVocabularyIsRefused() {
    Circle circle = circle(Capability.MEALS).withMember(Fixtures.member("m-0").addCapabilities(
        CapabilityOffer.of(Capability.of("autorit")), CapabilityOffer.of(Fixtures.REGIOTAXI)).build());
    assertThrows(InvalidValueException.class,
        () -> CircleHealthCheck.check(circle, Fixtures.TODAY, Fixtures.ownVocabulary()));
  }
}
