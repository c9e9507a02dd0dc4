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

  /** The one broken rule: field, rule and its text in English and Dutch; never the text given. */
  private static void assertRefused(InvalidValueException e, String path, String rule, String english,
      String dutch) {
    assertEquals(1, e.violations().size());
    Violation v = e.violations().get(0);
    assertEquals("Message", v.type());
    assertEquals(path, v.path());
    assertEquals(rule, v.rule());
    assertEquals("Message." + path + ": " + english, v.message(Locale.ENGLISH));
    assertEquals("Message." + path + ": " + dutch, v.message(DUTCH));
    assertNoPersonalData(e);
  }

  private static void assertNoPersonalData(InvalidValueException e) {
    for (String said : List.of(e.getMessage(), e.message(DUTCH), e.violations().toString())) {
      assertFalse(said.contains("Frans") || said.contains("06-12345675") || said.contains("Bel "), said);
    }
  }

  @Test
  void aBlankTextIsRefusedOnFieldTextInEnglishAndDutch() {
    assertRefused(refused(Recipient.member(MemberId.of("m-3")), Channel.DIRECT, " \n "), "text", "notBlank",
        "must not be blank", "mag niet leeg zijn");
  }

  @Test
  void aCallIsRefusedOnFieldChannelAndTheTextIsNeverRepeated() {
    assertRefused(refused(Recipient.member(MemberId.of("m-5")), Channel.CALL, PERSONAL), "channel", "notCall",
        "must not be a call: a call goes on a connector's call sheet, not in a message",
        "mag geen telefoontje zijn: een telefoontje komt op de bellijst van een verbinder, niet in een bericht");
  }

  @Test
  void aChannelThatDoesNotFitTheRecipientIsRefusedBothWays() {
    for (InvalidValueException e : List.of(refused(Recipient.group(), Channel.DIRECT, PERSONAL),
        refused(Recipient.member(MemberId.of("m-3")), Channel.GROUP_CHAT, PERSONAL))) {
      assertRefused(e, "channel", "channelOfRecipient",
          "must be the group chat for the group and a direct message for a member",
          "moet de appgroep zijn voor de groep en een persoonlijk bericht voor een deelnemer");
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
