package nl.voorzorgcirkel.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.assessment.CircleHealthCheck;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.AskHistory;
import nl.voorzorgcirkel.core.lifecycle.IllegalTransitionException;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.core.scope.ScopePolicies;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Plants recognisable values in every personal field and proves that none appears in {@code
 * toString()}, exception messages (English and Dutch) or reports.
 */
class PersonalDataTest {

  private static final String NAME = "Zwaantje Zonderland";
  private static final String PHONE = "+31 6 87654321";
  private static final int BIRTH_YEAR = 1931;
  private static final double LATITUDE = 52.123457;
  private static final double LONGITUDE = 5.987653;
  private static final String DESCRIPTION = "Zalf op de wond van Zwaantje";
  private static final String AGREEMENT = "Zondagse afspraak van Zwaantje";

  private static final List<String> PLANTED = List.of(NAME, "Zwaantje", PHONE, "87654321",
      String.valueOf(BIRTH_YEAR), "52.123457", "5.987653", "52.12", "5.98", DESCRIPTION, AGREEMENT,
      "DEPENDENT", "vitality", "m-avoided", "avoids", "complex-zonnehof", "building");

  private static Member planted() {
    return Fixtures.member("m-7")
        .displayName(NAME)
        .phoneNumber(PHONE)
        .birthYear(BIRTH_YEAR)
        .home(GeoPoint.of(LATITUDE, LONGITUDE))
        .vitality(Vitality.DEPENDENT)
        .addAvoids(nl.voorzorgcirkel.core.model.MemberId.of("m-avoided"))
        .building(nl.voorzorgcirkel.core.model.BuildingId.of("complex-zonnehof"))
        .addCapabilities(CapabilityOffer.of(Capability.MEALS))
        .build();
  }

  private static void assertClean(String where, String text) {
    for (String secret : PLANTED) {
      assertFalse(text.contains(secret), where + " leaks '" + secret + "': " + text);
    }
  }

  @Test
  void noPersonalFieldAppearsInToString() {
    Member member = planted();
    Circle circle = Fixtures.circle(3).addMembers(member).addAgreements(AGREEMENT).build();
    HelpRequest request = Fixtures.request("r-1", "m-7")
        .place(GeoPoint.of(LATITUDE, LONGITUDE))
        .destination(GeoPoint.of(LATITUDE, LONGITUDE))
        .description(DESCRIPTION)
        .build();
    RequestLifecycle lifecycle = RequestLifecycle.open(request)
        .accept(Fixtures.NOW.plusSeconds(60), nl.voorzorgcirkel.core.model.MemberId.of("m-1"))
        .complete(Fixtures.NOW.plusSeconds(7200), Duration.ofHours(1));
    HelpRecord record = lifecycle.toHelpRecord().orElseThrow();

    assertClean("Member", member.toString());
    assertClean("Circle", circle.toString());
    assertClean("HelpRequest", request.toString());
    assertClean("GeoPoint", GeoPoint.of(LATITUDE, LONGITUDE).toString());
    assertClean("RequestLifecycle", lifecycle.toString());
    assertClean("Transitions", lifecycle.history().toString());
    assertClean("HelpRecord", record.toString());
    assertClean("HelpLedger", HelpLedger.empty().append(record).toString());
    assertClean("ScopeDecision", ScopePolicies.standard().assess(request).toString());
    assertClean("HealthReport", CircleHealthCheck.check(circle, Fixtures.TODAY).toString());
    assertClean("HealthReport text", CircleHealthCheck.check(circle, Fixtures.TODAY).toText(Locale.ENGLISH));
    assertClean("HealthReport text nl",
        CircleHealthCheck.check(circle, Fixtures.TODAY).toText(Locale.forLanguageTag("nl")));
    // issue 9's types: what a member promised, and who was asked and said no
    nl.voorzorgcirkel.core.model.MemberId helper = nl.voorzorgcirkel.core.model.MemberId.of("m-1");
    RequestLifecycle accepted = RequestLifecycle.open(request)
        .ask(Fixtures.NOW.plusSeconds(30), null, List.of(helper, nl.voorzorgcirkel.core.model.MemberId.of("m-2")))
        .decline(Fixtures.NOW.plusSeconds(40), nl.voorzorgcirkel.core.model.MemberId.of("m-2"))
        .accept(Fixtures.NOW.plusSeconds(60), helper);
    assertClean("Commitment", Commitment.from(accepted).orElseThrow().toString());
    assertClean("CommitmentBook", CommitmentBook.from(List.of(accepted)).toString());
    assertClean("AskHistory", AskHistory.from(List.of(accepted)).toString());
    // the toString does show the non-personal fields, so the test would see a leak if there was one
    assertTrue(member.toString().contains("m-7"));
    assertTrue(request.toString().contains("groceries-and-errands"));
  }

  @Test
  void noPersonalFieldAppearsInExceptionMessages() {
    List<String> messages = new ArrayList<>();
    InvalidValueException member = assertThrows(InvalidValueException.class, () -> planted().toBuilder()
        .displayName(NAME.repeat(10))
        .phoneNumber(PHONE + " ext. Zwaantje")
        .birthYear(BIRTH_YEAR + 200)
        .status(MemberStatus.PAUSED)
        .build());
    InvalidValueException request = assertThrows(InvalidValueException.class,
        () -> Fixtures.request("r-1", "m-7").description(DESCRIPTION.repeat(100)).build());
    InvalidValueException circle = assertThrows(InvalidValueException.class,
        () -> Fixtures.circle(1).addAgreements(AGREEMENT.repeat(30)).build());
    for (InvalidValueException e : List.of(member, request, circle)) {
      messages.add(e.getMessage());
      messages.add(e.message(Locale.forLanguageTag("nl")));
      messages.add(e.violations().toString());
    }
    HelpRequest planted = Fixtures.request("r-1", "m-7").description(DESCRIPTION).build();
    IllegalTransitionException transition = assertThrows(IllegalTransitionException.class,
        () -> RequestLifecycle.open(planted).cancel(Fixtures.NOW, null).cancel(Fixtures.NOW, null));
    messages.add(transition.getMessage());
    messages.add(transition.message(Locale.forLanguageTag("nl")));
    for (String message : messages) {
      assertClean("exception message", message);
    }
    assertTrue(member.getMessage().contains("Member.displayName"), member.getMessage());
  }
}
