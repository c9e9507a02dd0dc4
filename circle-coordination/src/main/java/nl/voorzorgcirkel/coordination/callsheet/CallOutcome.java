package nl.voorzorgcirkel.coordination.callsheet;

import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.coordination.internal.Phrases;

/**
 * What came of a connector's call to a member. Which outcomes a call offers depends on what it is
 * for ({@link CallEntry#outcomes()}): a call that asks something (an ask for help, a helper's
 * reminder, the question whether the help was given) is answered {@link #YES} or {@link #NO}; a
 * call that only tells something (the request was taken, is open again, ended or was referred) is
 * {@link #REACHED}; either may find {@link #NO_ANSWER} or {@link #VOICEMAIL}.
 *
 * @since 0.1.0
 */
public enum CallOutcome {
  /** The member answered yes: to an ask, they will help; to a reminder, they will come; the help was given. */
  YES,
  /** The member answered no: to an ask, not this time (no penalty); to a reminder, they step back. */
  NO,
  /** Nobody answered the phone: counts as not reached yet, to call again. */
  NO_ANSWER,
  /** A message was left on the voicemail: counts as not reached yet, to call again. */
  VOICEMAIL,
  /**
   * The member was told: the outcome of a call that only tells something, which is not answered
   * yes or no.
   *
   * @since 0.1.0
   */
  REACHED,
  /**
   * Not to be made any more: the request was taken by someone else, withdrawn or ended, or the
   * helper stepped back. Set by the ask plan, never recorded by a connector.
   *
   * @since 0.1.0
   */
  CANCELLED;

  /**
   * Whether the member answered a question (yes or no), rather than was told or not reached.
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
   * @return for example "geen gehoor" or "no answer", "doorgegeven" or "told"
   */
  public String label(Locale locale) {
    return Phrases.format("callOutcome." + name(), locale, Map.of());
  }
}
