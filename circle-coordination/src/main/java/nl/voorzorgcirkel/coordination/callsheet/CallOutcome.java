package nl.voorzorgcirkel.coordination.callsheet;

import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.coordination.internal.Phrases;

/**
 * What came of a connector's call to a member.
 *
 * @since 0.1.0
 */
public enum CallOutcome {
  /** The member will help. */
  YES,
  /** The member cannot help this time; no penalty. */
  NO,
  /** Nobody answered the phone: counts as no answer yet. */
  NO_ANSWER,
  /** A message was left on the voicemail: counts as no answer yet. */
  VOICEMAIL,
  /**
   * Not to be made any more: the request was taken by someone else, withdrawn or ended, or the
   * helper stepped back. Set by the ask plan, never recorded by a connector.
   *
   * @since 0.1.0
   */
  CANCELLED;

  /**
   * Whether the member answered the ask (yes or no), rather than was not reached.
   *
   * @return true for {@link #YES} and {@link #NO}
   */
  public boolean isAnswer() {
    return this == YES || this == NO;
  }

  /**
   * Whether the call is still to be made (again) after this outcome: the member was not reached.
   *
   * @return true for {@link #NO_ANSWER} and {@link #VOICEMAIL}
   */
  public boolean leavesOpen() {
    return this == NO_ANSWER || this == VOICEMAIL;
  }

  /**
   * Whether a connector records this outcome after calling.
   *
   * @return true for every outcome but {@link #CANCELLED}
   */
  public boolean isRecordedByConnector() {
    return this != CANCELLED;
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
