package nl.voorzorgcirkel.core.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.voorzorgcirkel.core.activity.Activity;
import nl.voorzorgcirkel.core.activity.ActivityLog;
import nl.voorzorgcirkel.core.activity.Attendance;
import nl.voorzorgcirkel.core.activity.Place;
import nl.voorzorgcirkel.core.audit.AuditChange;
import nl.voorzorgcirkel.core.audit.AuditTrail;
import nl.voorzorgcirkel.core.checkin.CheckInAgreement;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.consent.ConsentRecord;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.consent.LawfulBasis;
import nl.voorzorgcirkel.core.consent.Purpose;
import nl.voorzorgcirkel.core.contact.ContactLog;
import nl.voorzorgcirkel.core.contact.ContactSignal;
import nl.voorzorgcirkel.core.json.CircleJson;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.ActivityId;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Recurrence;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: after erasure, no planted personal value of the member is found in any {@code
 * toString()} or JSON of what the circle keeps, and every total is what it was.
 */
class ErasureTest {

  private static final MemberId ZOE = MemberId.of("m-zoe");
  private static final MemberId CONNECTOR = MemberId.of("m-0");
  private static final MemberId PSEUDONYM = MemberId.of("erased-1");
  private static final String NAME = "Zoe Plantinga";
  private static final String PHONE = "+31 6 4444 0917";
  private static final String TEXT = "after the hip operation in the Isala clinic";
  private static final List<String> PLANTED = List.of(ZOE.value(), NAME, PHONE, TEXT);
  private static final Instant NOW = Fixtures.NOW;

  /** Everything a circle keeps, in one place. */
  private record World(Circle circle, HelpLedger ledger, CommitmentBook commitments,
      List<RequestLifecycle> requests, ConsentRegister consents, AuditTrail audit,
      Activity activity, ActivityLog activities, ContactLog contacts, CheckInAgreement checkIn) {

    World erased(Erasure erasure) {
      List<RequestLifecycle> kept = new ArrayList<>();
      requests.forEach(r -> kept.add(erasure.applyTo(r)));
      return new World(erasure.applyTo(circle), erasure.applyTo(ledger),
          erasure.applyTo(commitments), kept, erasure.applyTo(consents), erasure.applyTo(audit),
          erasure.applyTo(activity), erasure.applyTo(activities), erasure.applyTo(contacts),
          erasure.applyTo(checkIn));
    }

    String everything() throws Exception {
      ObjectMapper json = CircleJson.newMapper();
      StringBuilder all = new StringBuilder();
      for (Object o : List.of(circle, ledger, commitments, requests, consents, audit,
          consents.records(), audit.entries(), activity, activities, activities.attendances(),
          contacts, contacts.signals(), checkIn)) {
        all.append(o).append('\n');
      }
      for (Object o : List.of(circle, ledger, commitments, requests, consents, audit)) {
        all.append(json.writeValueAsString(o)).append('\n');
      }
      circle.members().forEach(m -> all.append(m.displayName()).append(m.phoneNumber()));
      requests.forEach(r -> all.append(r.request().description()));
      return all.toString();
    }
  }

  private static World world() {
    Member zoe = Fixtures.member("m-zoe").displayName(NAME).phoneNumber(PHONE).birthYear(1931)
        .vitality(Vitality.DEPENDENT).livesAlone(true)
        .addCapabilities(nl.voorzorgcirkel.core.model.CapabilityOffer.of(Capability.MEALS))
        .addAvoids(MemberId.of("m-2")).build();
    Member avoidsZoe = Fixtures.member("m-3").addAvoids(ZOE).build();
    Circle circle = Fixtures.circle(3).addMembers(zoe, avoidsZoe).build();
    HelpLedger ledger = HelpLedger.of(List.of(
        HelpRecord.of(MemberId.of("m-1"), ZOE, Capability.GROCERIES_AND_ERRANDS,
            NOW.minus(Duration.ofDays(3)), Duration.ofMinutes(90)),
        HelpRecord.of(ZOE, MemberId.of("m-2"), Capability.MEALS, NOW.minus(Duration.ofDays(2)),
            Duration.ofMinutes(45)),
        HelpRecord.of(MemberId.of("m-1"), MemberId.of("m-2"), Capability.RIDE_BY_CAR,
            NOW.minus(Duration.ofDays(1)), Duration.ofMinutes(30))));
    RequestLifecycle asked = RequestLifecycle.open(Fixtures.request("r-1", "m-zoe")
            .description(TEXT).place(GeoPoint.coarse(52.38, 5.22)).build())
        .ask(NOW.plusSeconds(60), CONNECTOR, List.of(MemberId.of("m-1"), MemberId.of("m-2")))
        .accept(NOW.plusSeconds(120), MemberId.of("m-1"))
        .complete(NOW.plusSeconds(7200), Duration.ofMinutes(75));
    RequestLifecycle helped = RequestLifecycle.open(Fixtures.request("r-2", "m-2")
            .capability(Capability.MEALS).build())
        .ask(NOW.plusSeconds(60), ZOE, List.of(ZOE))
        .decline(NOW.plusSeconds(90), ZOE)
        .ask(NOW.plusSeconds(100), null, List.of(MemberId.of("m-1"), ZOE))
        .accept(NOW.plusSeconds(130), ZOE);
    CommitmentBook commitments = CommitmentBook.of(List.of(Commitment.from(helped).orElseThrow(),
        Commitment.builder().request(nl.voorzorgcirkel.core.model.RequestId.of("r-3"))
            .helper(MemberId.of("m-1")).recipient(ZOE).capability(Capability.RIDE_BY_CAR)
            .window(TimeWindow.fixed(NOW.plusSeconds(86_400), NOW.plusSeconds(90_000)))
            .duration(Duration.ofMinutes(60)).build()));
    ConsentRegister consents = ConsentRegister.empty()
        .with(ConsentRecord.given(ZOE, Purpose.TAKING_PART, LawfulBasis.CONTRACT,
            Fixtures.TODAY.minusDays(30), CONNECTOR))
        .with(ConsentRecord.given(ZOE, Purpose.VITALITY, LawfulBasis.EXPLICIT_CONSENT,
            Fixtures.TODAY.minusDays(30), ZOE));
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    AuditTrail audit = AuditTrail.empty()
        .memberChanged(clock, CONNECTOR, null, zoe)
        .consentRecorded(clock, ConsentRegister.empty(), consents.records().get(1))
        .memberChanged(clock, ZOE, circle.member(MemberId.of("m-2")).orElseThrow(),
            circle.member(MemberId.of("m-2")).orElseThrow().toBuilder().role(Role.CONNECTOR).build());
    Activity walk = Activity.builder().id(ActivityId.of("walk")).title("Tuesday walk")
        .organiser(ZOE).addParticipants(MemberId.of("m-1")).start(NOW.minus(Duration.ofDays(7)))
        .duration(Duration.ofHours(1)).place(Place.of("Het park")).recurrence(Recurrence.weekly())
        .build();
    Activity meal = Activity.builder().id(ActivityId.of("meal")).title("Shared meal")
        .organiser(MemberId.of("m-1")).addParticipants(ZOE).start(NOW.minus(Duration.ofDays(6)))
        .duration(Duration.ofHours(2)).place(Place.of("Buurthuis")).build();
    ActivityLog activities = ActivityLog.of(List.of(
        Attendance.of(walk, walk.start(), List.of(MemberId.of("m-1"), MemberId.of("m-2"))),
        Attendance.of(meal, meal.start(), List.of(ZOE))));
    ContactLog contacts = ContactLog.from(ledger, activities)
        .with(ContactSignal.call(ZOE, NOW.minusSeconds(3600), CONNECTOR))
        .with(ContactSignal.checkIn(MemberId.of("m-2"), NOW.minusSeconds(60), ZOE));
    return new World(circle, ledger, commitments, List.of(asked, helped), consents, audit,
        meal, activities, contacts, CheckInAgreement.of(ZOE, MemberId.of("m-1"), 2, 5));
  }

  @Test
  void afterErasureNoPlantedValueIsFoundAndEveryTotalStays() throws Exception {
    World before = world();
    String all = before.everything();
    for (String planted : PLANTED) {
      assertTrue(all.contains(planted), "the test plants " + planted);
    }
    World after = before.erased(Erasure.of(ZOE, PSEUDONYM));
    String left = after.everything();
    for (String planted : PLANTED) {
      assertFalse(left.contains(planted), "still there after erasure: " + planted);
    }
    assertTrue(left.contains(PSEUDONYM.value()));
    ObjectMapper json = CircleJson.newMapper();
    assertEquals(after.consents(), json.readValue(json.writeValueAsString(after.consents()),
        ConsentRegister.class), "consents round-trip through JSON");
    assertEquals(after.audit(), json.readValue(json.writeValueAsString(after.audit()),
        AuditTrail.class), "the audit trail round-trips through JSON");

    // totals: help given and received, per (pseudonymous) member and in all
    Instant from = NOW.minus(Duration.ofDays(30));
    Instant to = NOW.plus(Duration.ofDays(30));
    assertEquals(before.ledger().size(), after.ledger().size());
    assertEquals(List.copyOf(before.ledger().loads(from, to).values()).stream()
            .mapToLong(Duration::toMinutes).sum(),
        after.ledger().loads(from, to).values().stream().mapToLong(Duration::toMinutes).sum());
    assertEquals(before.ledger().givenBy(ZOE, from, to), after.ledger().givenBy(PSEUDONYM, from, to));
    assertEquals(before.commitments().size(), after.commitments().size());
    assertEquals(before.requests().stream().map(RequestLifecycle::state).toList(),
        after.requests().stream().map(RequestLifecycle::state).toList());
    assertEquals(List.of(RequestState.DONE, RequestState.ACCEPTED),
        after.requests().stream().map(RequestLifecycle::state).toList());
    assertEquals(before.requests().get(1).history().size(), after.requests().get(1).history().size());
    assertEquals(before.consents().records().size(), after.consents().records().size());
    assertTrue(after.consents().isGiven(PSEUDONYM, Purpose.VITALITY, Fixtures.TODAY));
    assertEquals(before.audit().entries().size(), after.audit().entries().size());
    assertEquals(before.activities().size(), after.activities().size());
    assertEquals(before.contacts().size(), after.contacts().size());
    assertEquals(List.of(PSEUDONYM), after.activity().participants());
    assertEquals(PSEUDONYM, after.checkIn().member());
    assertEquals(List.of(AuditChange.CONSENT, AuditChange.ROLE), after.audit().by(PSEUDONYM).stream()
        .map(e -> e.change()).toList(), "what the erased member did as actor stays accountable");
    // the member has left the circle, and nobody's avoid list names them
    assertEquals(before.circle().members().size() - 1, after.circle().members().size());
    assertTrue(after.circle().members().stream().noneMatch(m -> m.avoids().contains(ZOE)));
    assertEquals(List.of(), after.circle().member(MemberId.of("m-3")).orElseThrow().avoids());
  }

  @Test
  void erasingTwiceOrSomeoneUnknownChangesNothingMore() throws Exception {
    Erasure erasure = Erasure.of(ZOE, PSEUDONYM);
    World once = world().erased(erasure);
    World twice = once.erased(erasure);
    assertEquals(once.everything(), twice.everything());
    assertSame(once.circle(), twice.circle());
    assertEquals("Erasure", erasure.toString());
  }

  @Test
  void thePseudonymMustBeNew() {
    InvalidValueException same = assertThrows(InvalidValueException.class,
        () -> Erasure.of(ZOE, ZOE));
    assertEquals("pseudonymDiffers", same.violations().get(0).rule());
    InvalidValueException taken = assertThrows(InvalidValueException.class,
        () -> Erasure.of(ZOE, MemberId.of("m-1")).applyTo(world().circle()));
    assertEquals("pseudonymInUse", taken.violations().get(0).rule());
    assertFalse(taken.getMessage().contains("m-1"), taken.getMessage());
  }
}
