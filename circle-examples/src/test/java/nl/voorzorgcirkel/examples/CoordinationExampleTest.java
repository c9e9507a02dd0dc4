package nl.voorzorgcirkel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.coordination.asking.AskPlan;
import nl.voorzorgcirkel.coordination.callsheet.CallEntry;
import nl.voorzorgcirkel.coordination.messaging.Message;
import nl.voorzorgcirkel.core.lifecycle.RequestState;
import nl.voorzorgcirkel.core.model.ContactChannel;
import nl.voorzorgcirkel.core.model.Member;
import org.junit.jupiter.api.Test;

class CoordinationExampleTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void aWeekOfRequestsEndsAsScriptedAndTheGroupNeverSeesAPrivateRequestOrAName() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CoordinationExample.Outcome outcome = CoordinationExample.run(CLOCK, Locale.forLanguageTag("nl"),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    List<RequestState> states = outcome.plans().stream().map(p -> p.lifecycle().state()).toList();
    assertEquals(List.of(RequestState.ACCEPTED, RequestState.ACCEPTED, RequestState.ACCEPTED, RequestState.EXPIRED),
        states, out);
    AskPlan job = outcome.plans().get(3);
    assertTrue(job.isEscalated(), "nobody took the small job: the connectors were told before it expired");
    // the group saw the ride and the job, never the private groceries or the named visit
    for (Message m : outcome.port().groupChat()) {
      assertTrue(m.request().value().equals("r-ride") || m.request().value().equals("r-job"), m.toString());
    }
    assertTrue(out.contains("Wie kan vrijdagochtend iemand met de auto rijden? Omgeving: Muziekwijk."
        + " Reageer hier in de groep."), out);
    // no member's name in any message; members without a smartphone only on call sheets
    for (Message m : outcome.port().messages()) {
      for (Member member : outcome.circle().members()) {
        assertFalse(m.text().contains(member.displayName()), m.text());
        if (m.recipient().member().equals(java.util.Optional.of(member.id()))) {
          assertEquals(ContactChannel.GROUP_CHAT, member.contact(), "a message to a member without a smartphone");
        }
      }
    }
    assertFalse(outcome.calls().isEmpty(), "members by phone were called");
    for (CallEntry call : outcome.calls()) {
      assertTrue(out.contains(outcome.circle().member(call.member()).orElseThrow().displayName()), "on a printed sheet");
    }
    assertTrue(out.contains("Bellijst van Member 1"), out);
  }
}
