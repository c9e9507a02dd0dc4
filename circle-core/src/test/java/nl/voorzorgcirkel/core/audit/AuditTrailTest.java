package nl.voorzorgcirkel.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.voorzorgcirkel.core.consent.ConsentRecord;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.consent.LawfulBasis;
import nl.voorzorgcirkel.core.consent.Purpose;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Issue 14: who changed a member's role, consent or membership, and when. */
class AuditTrailTest {

  private static final MemberId CONNECTOR = MemberId.of("m-0");
  private static final Instant T = Fixtures.NOW;

  private static Clock at(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  @Test
  void roleConsentAndMembershipChangesAreRecordedWithActorAndTime() {
    Member bob = Fixtures.member("m-bob").build();
    ConsentRecord vitality = ConsentRecord.given(bob.id(), Purpose.VITALITY,
        LawfulBasis.EXPLICIT_CONSENT, Fixtures.TODAY, CONNECTOR);
    ConsentRegister register = ConsentRegister.empty();
    AuditTrail trail = AuditTrail.empty()
        .memberChanged(at(T), CONNECTOR, null, bob)
        .consentRecorded(at(T.plusSeconds(60)), register, vitality)
        .memberChanged(at(T.plusSeconds(120)), CONNECTOR, bob,
            bob.toBuilder().role(Role.CONNECTOR).status(MemberStatus.LEFT).build())
        .consentRecorded(at(T.plusSeconds(180)), register.with(vitality),
            ConsentRecord.withdrawn(bob.id(), Purpose.VITALITY, LawfulBasis.EXPLICIT_CONSENT,
                Fixtures.TODAY, bob.id()));
    assertEquals(List.of(
            "MEMBERSHIP NONE>ACTIVE by m-0 at " + T,
            "CONSENT VITALITY:NOT_GIVEN>VITALITY:GIVEN by m-0 at " + T.plusSeconds(60),
            "MEMBERSHIP ACTIVE>LEFT by m-0 at " + T.plusSeconds(120),
            "ROLE MEMBER>CONNECTOR by m-0 at " + T.plusSeconds(120),
            "CONSENT VITALITY:GIVEN>VITALITY:WITHDRAWN by m-bob at " + T.plusSeconds(180)),
        trail.about(bob.id()).stream().map(e -> e.change() + " " + e.before() + ">" + e.after()
            + " by " + e.actor().value() + " at " + e.at()).toList());
    assertEquals(4, trail.by(CONNECTOR).size());
    assertEquals("AuditTrail[5 entries]", trail.toString());
    assertEquals(trail, AuditTrail.of(trail.entries()));
    assertSame(trail, trail.memberChanged(at(T.plusSeconds(999)), CONNECTOR, bob,
        bob.toBuilder().displayName("Robert").build()), "a change of name is not audited");
  }

  @Test
  void theClockMayNotGoBackAndCodesAreNeverFreeText() {
    AuditTrail trail = AuditTrail.empty().record(at(T), CONNECTOR, CONNECTOR, AuditChange.ROLE,
        "MEMBER", "CONNECTOR");
    InvalidValueException back = assertThrows(InvalidValueException.class, () -> trail.record(
        at(T.minus(Duration.ofSeconds(1))), CONNECTOR, CONNECTOR, AuditChange.ROLE, "A", "B"));
    assertEquals("inTimeOrder", back.violations().get(0).rule());
    InvalidValueException text = assertThrows(InvalidValueException.class, () -> trail.record(
        at(T), CONNECTOR, CONNECTOR, AuditChange.ROLE, "MEMBER", "called Anna about her hip"));
    assertEquals("after", text.violations().get(0).path());
    assertThrows(InvalidValueException.class, () -> AuditTrail.of(List.of(
        trail.entries().get(0), AuditEntry.builder().from(trail.entries().get(0))
            .at(T.minusSeconds(1)).build())));
    assertThrows(InvalidValueException.class, () -> trail.memberChanged(at(T), CONNECTOR,
        Fixtures.member("m-1").build(), Fixtures.member("m-2").build()));
  }
}
