package nl.voorzorgcirkel.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import nl.voorzorgcirkel.core.audit.AuditTrail;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.consent.ConsentRecord;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.consent.LawfulBasis;
import nl.voorzorgcirkel.core.consent.Purpose;
import nl.voorzorgcirkel.core.json.CircleJson;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Issue 14: the access report (GDPR article 15) holds everything about the member, and only them. */
class AccessReportTest {

  private static final MemberId ANNA = MemberId.of("m-anna");
  private static final MemberId CONNECTOR = MemberId.of("m-0");

  @Test
  void theReportHoldsEverythingAboutTheMemberAndIsWrittenAsJson() throws Exception {
    Member anna = Fixtures.member("m-anna").displayName("Anna Jansen").phoneNumber("+31 6 1111 2222")
        .vitality(Vitality.DEPENDENT).build();
    Circle circle = Fixtures.circle(3).addMembers(anna).build();
    HelpLedger ledger = HelpLedger.of(List.of(
        HelpRecord.of(MemberId.of("m-1"), ANNA, Capability.MEALS, Fixtures.NOW, Duration.ofHours(1)),
        HelpRecord.of(MemberId.of("m-1"), MemberId.of("m-2"), Capability.MEALS, Fixtures.NOW,
            Duration.ofHours(2))));
    RequestLifecycle made = RequestLifecycle.open(Fixtures.request("r-1", "m-anna")
        .description("new glasses from the optician").build());
    RequestLifecycle asked = RequestLifecycle.open(Fixtures.request("r-2", "m-2").build())
        .ask(Fixtures.NOW.plusSeconds(60), CONNECTOR, List.of(ANNA));
    RequestLifecycle other = RequestLifecycle.open(Fixtures.request("r-3", "m-2").build());
    ConsentRecord consent = ConsentRecord.given(ANNA, Purpose.VITALITY,
        LawfulBasis.EXPLICIT_CONSENT, Fixtures.TODAY, CONNECTOR);
    Clock clock = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);
    ConsentRegister consents = ConsentRegister.empty().with(consent)
        .with(ConsentRecord.given(MemberId.of("m-1"), Purpose.RESEARCH, LawfulBasis.CONSENT,
            Fixtures.TODAY, MemberId.of("m-1")));
    AuditTrail audit = AuditTrail.empty()
        .consentRecorded(clock, ConsentRegister.empty(), consent)
        .memberChanged(clock, CONNECTOR, circle.member(MemberId.of("m-2")).orElseThrow(),
            circle.member(MemberId.of("m-2")).orElseThrow().toBuilder().role(Role.CONNECTOR).build());

    AccessReport report = AccessReport.of(ANNA, circle, ledger, CommitmentBook.empty(),
        List.of(made, asked, other), consents, audit, clock);
    assertEquals(anna, report.memberRecord().orElseThrow());
    assertEquals(List.of(consent), report.consents());
    assertEquals(1, report.audit().size(), "the entry about her, not the one about m-2");
    assertEquals(List.of(), report.helpGiven());
    assertEquals(1, report.helpReceived().size());
    assertEquals(List.of(made), report.requestsMade());
    assertEquals(List.of(asked), report.requestsAsked());
    assertFalse(report.toString().contains("Anna"), report.toString());

    ObjectMapper json = CircleJson.newMapper();
    JsonNode tree = json.readTree(json.writeValueAsString(report));
    assertEquals("Anna Jansen", tree.at("/memberRecord/displayName").asText());
    assertEquals("+31 6 1111 2222", tree.at("/memberRecord/phoneNumber").asText());
    assertEquals("DEPENDENT", tree.at("/memberRecord/vitality").asText());
    assertEquals("new glasses from the optician",
        tree.at("/requestsMade/0/request/description").asText());
    assertEquals("VITALITY", tree.at("/consents/0/purpose").asText());
    assertEquals(Fixtures.NOW.toString(), tree.at("/madeAt").asText());
    assertTrue(tree.at("/requestsAsked/0/events/0/helpers").toString().contains("m-anna"));
  }
}
