package nl.voorzorgcirkel.coordination.callsheet;

import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.coordination.internal.Phrases;

/**
 * What came of a connector's call to a member.
 *
 * @since 0.2.0
 */
public enum CallOutcome {
  /** The member will help. */
  YES,
  /** The member cannot help this time; no penalty. */
  NO,
  /** Nobody answered the phone: counts as no answer yet. */
  NO_ANSWER,
  /** A message was left on the voicemail: counts as no answer yet. */
  VOICEMAIL;

  /**
   * Whether the member answered the ask (yes or no), rather than was not reached.
   *
   * @return true for {@link #YES} and {@link #NO}
   */
  public boolean isAnswer() {
    return this == YES || this == NO;
  }

  /**
   * The outcome in the reader's language.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return for example "geen gehoor" or "no answer"
   */
  public String label(Locale locale) {
    return Phrases.format("callOutcome." + name(), locale, Map.of());
  }
}
