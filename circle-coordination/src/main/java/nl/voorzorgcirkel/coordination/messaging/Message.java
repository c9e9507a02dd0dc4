package nl.voorzorgcirkel.coordination.messaging;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.coordination.internal.Problems;
import nl.voorzorgcirkel.core.model.RequestId;

/**
 * One message the library decided to send: about which request, to whom, through which channel,
 * why, in which language, with which text, and when it was decided.
 *
 * <p>The text comes from {@link nl.voorzorgcirkel.coordination.texts.RequestTexts}: it holds no
 * names, addresses or health data. {@code toString()} leaves the text out all the same, so that
 * logs stay short. Immutable and thread-safe.
 *
 * @param request the request the message is about, not null
 * @param recipient the group or one member, not null
 * @param channel the group chat for the group, a direct message for a member; not null, never
 *     {@link Channel#CALL}
 * @param purpose why it is sent, not null
 * @param locale the language of the text, not null
 * @param text the text, not null or blank
 * @param at when the library decided to send it, not null
 * @since 0.1.0
 */
public record Message(RequestId request, Recipient recipient, Channel channel, Purpose purpose, Locale locale,
    String text, Instant at) {

  /**
   * Checks the components.
   *
   * @param request see the record description
   * @param recipient see the record description
   * @param channel see the record description
   * @param purpose see the record description
   * @param locale see the record description
   * @param text see the record description
   * @param at see the record description
   * @throws NullPointerException naming the component that is null
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException (an {@link
   *     IllegalArgumentException}) listing at once, with field and rule in English and Dutch and
   *     never the text: a blank {@code text} (rule {@code notBlank}); a {@code channel} that is
   *     {@link Channel#CALL} (rule {@code notCall}: a call goes on a connector's call sheet) or does
   *     not fit the recipient (rule {@code channelOfRecipient}: the group chat for the group, a
   *     direct message for a member)
   */
  public Message {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(at, "at");
    Problems problems = new Problems("Message");
    if (text.isBlank()) {
      problems.add("text", "notBlank", Map.of());
    }
    if (channel == Channel.CALL) {
      problems.add("channel", "notCall", Map.of());
    } else if (recipient.isGroup() != (channel == Channel.GROUP_CHAT)) {
      problems.add("channel", "channelOfRecipient", Map.of());
    }
    problems.throwIfAny();
  }

  /**
   * Everything but the text.
   *
   * @return for example {@code "Message{request=r-1, to=m-3, DIRECT, ASK, nl, 2026-12-03T09:00:00Z}"}
   */
  @Override
  public String toString() {
    return "Message{request=" + request + ", to=" + recipient + ", " + channel + ", " + purpose + ", " + locale
        + ", " + at + "}";
  }
}
