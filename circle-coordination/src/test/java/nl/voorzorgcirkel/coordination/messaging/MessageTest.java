package nl.voorzorgcirkel.coordination.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * A message the library refuses to make says which field broke which rule, in English and Dutch, as
 * every other coordination error does; never the text it was given, which a platform may have
 * filled with a name or a phone number.
 */
class MessageTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final RequestId REQUEST = RequestId.of("r-1");
  private static final Instant AT = Instant.parse("2026-12-03T09:00:00Z");
  /** What a platform might wrongly pass as a text: a name and a phone number. */
  private static final String PERSONAL = "Bel Frans Mulder, 06-12345675";

  private static InvalidValueException refused(Recipient to, Channel channel, String text) {
    return assertThrows(InvalidValueException.class,
        () -> new Message(REQUEST, to, channel, Purpose.ASK, DUTCH, text, AT));
  }

  private static void assertNoPersonalData(InvalidValueException e) {
    for (String said : List.of(e.getMessage(), e.message(DUTCH), e.violations().toString())) {
      assertFalse(said.contains("Frans") || said.contains("06-12345675") || said.contains("Bel "), said);
    }
  }

  @Test
  void aBlankTextIsRefusedOnFieldTextInEnglishAndDutch() {
    InvalidValueException e = refused(Recipient.member(MemberId.of("m-3")), Channel.DIRECT, " \n ");
    Violation v = e.violations().get(0);
    assertEquals(1, e.violations().size());
    assertEquals("Message", v.type());
    assertEquals("text", v.path());
    assertEquals("notBlank", v.rule());
    assertEquals("Message.text: must not be blank", v.message(Locale.ENGLISH));
    assertEquals("Message.text: mag niet leeg zijn", v.message(DUTCH));
  }

  @Test
  void aCallIsRefusedOnFieldChannelAndTheTextIsNeverRepeated() {
    InvalidValueException e = refused(Recipient.member(MemberId.of("m-5")), Channel.CALL, PERSONAL);
    Violation v = e.violations().get(0);
    assertEquals(1, e.violations().size());
    assertEquals("channel", v.path());
    assertEquals("notCall", v.rule());
    assertEquals("Message.channel: must not be a call: a call goes on a connector's call sheet, not in a message",
        v.message(Locale.ENGLISH));
    assertEquals("Message.channel: mag geen telefoontje zijn: een telefoontje komt op de bellijst van een verbinder,"
        + " niet in een bericht", v.message(DUTCH));
    assertNoPersonalData(e);
  }

  @Test
  void aChannelThatDoesNotFitTheRecipientIsRefusedBothWays() {
    for (InvalidValueException e : List.of(refused(Recipient.group(), Channel.DIRECT, PERSONAL),
        refused(Recipient.member(MemberId.of("m-3")), Channel.GROUP_CHAT, PERSONAL))) {
      Violation v = e.violations().get(0);
      assertEquals(1, e.violations().size());
      assertEquals("channel", v.path());
      assertEquals("channelOfRecipient", v.rule());
      assertEquals("Message.channel: must be the group chat for the group and a direct message for a member",
          v.message(Locale.ENGLISH));
      assertEquals("Message.channel: moet de appgroep zijn voor de groep en een persoonlijk bericht voor een"
          + " deelnemer", v.message(DUTCH));
      assertNoPersonalData(e);
    }
  }

  @Test
  void everyBrokenRuleIsListedAtOnce() {
    InvalidValueException e = refused(Recipient.group(), Channel.CALL, "");
    assertEquals(List.of("channel:notCall", "text:notBlank"),
        e.violations().stream().map(v -> v.path() + ":" + v.rule()).sorted().toList());
  }

  @Test
  void aMessageThatKeepsTheRulesIsMadeAndItsTextStaysOutOfToString() {
    Message m = new Message(REQUEST, Recipient.member(MemberId.of("m-3")), Channel.DIRECT, Purpose.ASK, DUTCH,
        PERSONAL, AT);
    assertEquals("Message{request=r-1, to=m-3, DIRECT, ASK, nl, 2026-12-03T09:00:00Z}", m.toString());
  }
}
