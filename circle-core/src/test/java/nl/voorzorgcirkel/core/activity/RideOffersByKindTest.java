package nl.voorzorgcirkel.core.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import nl.voorzorgcirkel.core.model.ActivityId;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Recurrence;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Invitations read an offer of rides by kind of help: an offer written {@code autorit} is one. */
class RideOffersByKindTest {

  private static InvitationReason rideReason(Capability offer) {
    Circle circle = Fixtures.circle(0).addMembers(Fixtures.member("m-0").build(),
        Fixtures.member("m-1").addCapabilities(CapabilityOffer.of(offer)).build()).build();
    Activity trip = ActivityTest.meal().id(ActivityId.of("cycling")).needsRide(true)
        .recurrence(Recurrence.oneOff()).start(ActivityTest.THURSDAY.plus(Duration.ofDays(42))).build();
    Invitation invitation = Invitations.rank(circle, trip, ActivityLog.of(java.util.List.of()), trip.start())
        .stream().filter(i -> i.member().equals(MemberId.of("m-1"))).findFirst().orElseThrow();
    return invitation.reasons().contains(InvitationReason.COULD_GIVE_A_RIDE)
        ? InvitationReason.COULD_GIVE_A_RIDE : InvitationReason.NEEDS_A_RIDE;
  }

  @Test
  void anOfferWrittenAutoritCouldGiveARide() {
    // before: NEEDS_A_RIDE, autorit not being the code ride-by-car
    assertEquals(InvitationReason.COULD_GIVE_A_RIDE, rideReason(Capability.of("autorit")));
    assertEquals(InvitationReason.NEEDS_A_RIDE, rideReason(Capability.of("boodschappen")));
  }

  @Test
  void everyWordOfCircleHelpGivesARideExactlyWhenItsKindIsARide() {
    for (Map.Entry<Capability, Capability> word
        : Fixtures.wordsAsCodes(CapabilityVocabulary.standard(), true).entrySet()) {
      assertEquals(rideReason(word.getValue()), rideReason(word.getKey()),
          word.getKey() + " as " + word.getValue());
    }
  }
}
