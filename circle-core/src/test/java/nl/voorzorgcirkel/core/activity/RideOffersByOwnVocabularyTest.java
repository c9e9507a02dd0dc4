package nl.voorzorgcirkel.core.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import nl.voorzorgcirkel.core.model.ActivityId;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Recurrence;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Invitations given a circle's own vocabulary read an offer of rides as that vocabulary does. */
class RideOffersByOwnVocabularyTest {

  private static InvitationReason rideReason(CapabilityVocabulary vocabulary) {
    Circle circle = Fixtures.circle(0).addMembers(Fixtures.member("m-0").build(),
        Fixtures.member("m-1").addCapabilities(CapabilityOffer.of(Fixtures.REGIOTAXI)).build()).build();
    Activity trip = ActivityTest.meal().id(ActivityId.of("cycling")).needsRide(true)
        .recurrence(Recurrence.oneOff()).start(ActivityTest.THURSDAY.plus(Duration.ofDays(42))).build();
    Invitation invitation = Invitations.rank(circle, trip, ActivityLog.of(List.of()), trip.start(),
            Invitations.DEFAULT_QUIET_WEEKS, vocabulary)
        .stream().filter(i -> i.member().equals(MemberId.of("m-1"))).findFirst().orElseThrow();
    return invitation.reasons().contains(InvitationReason.COULD_GIVE_A_RIDE)
        ? InvitationReason.COULD_GIVE_A_RIDE : InvitationReason.NEEDS_A_RIDE;
  }

  @Test
  void anOfferWrittenInTheCirclesOwnCodeForRidesCouldGiveARide() {
    // before: NEEDS_A_RIDE, the offers being read by the standard vocabulary whatever was given
    assertEquals(InvitationReason.COULD_GIVE_A_RIDE, rideReason(Fixtures.ownVocabulary()));
    assertEquals(InvitationReason.NEEDS_A_RIDE, rideReason(CapabilityVocabulary.standard()));
  }
}
