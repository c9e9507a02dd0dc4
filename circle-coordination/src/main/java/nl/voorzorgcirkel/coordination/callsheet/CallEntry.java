package nl.voorzorgcirkel.coordination.callsheet;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.coordination.internal.Problems;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;

/**
 * One call a connector is to make to a member who has no smartphone, about a request: to ask them
 * to help ({@link Purpose#ASK}), to remind them of the help they agreed to give ({@link
 * Purpose#REMINDER}), or to pass on what a message would have told them (the requester's {@link
 * Purpose#FOUND}, {@link Purpose#NOT_FOUND}, {@link Purpose#REFERRAL} or {@link Purpose#FEEDBACK});
 * and, once made, what came of it.
 *
 * <p>What a call is for decides what can come of it ({@link #outcomes()}): a call that asks the
 * member something ({@link #isQuestion()}: an ask, a reminder the helper confirms, the question
 * whether the help was given) is answered yes or no; a call that only tells them something (a
 * notice: found, open again, nobody found, referred, withdrawn) is {@linkplain CallOutcome#REACHED
 * reached}. Either may find no answer or the voicemail, and then stays open, to call again.
 *
 * <p>Holds ids, not names or phone numbers: {@link CallSheet} looks those up in the circle when it
 * is printed. Immutable and thread-safe.
 *
 * @param request the request, not null
 * @param member the member to call, not null
 * @param connector the connector who calls, not null, not the member
 * @param purpose why the call is made, not null: what a message to the member would have been for
 * @param round the ask plan's round when the call was put on the sheet (for an ask, the round that
 *     asked the member), 0 or more
 * @param askedAt when the call was put on the sheet, not null, in the years 1 to 9999 (UTC)
 * @param question what to ask or tell, read out as it stands (no personal data), not null or blank
 * @param outcome what came of the call, empty while not made: one of {@link #outcomes()}, or
 *     {@link CallOutcome#CANCELLED} when the plan took it off the sheet
 * @param recordedAt when the outcome was recorded, present exactly when the outcome is; in the
 *     years 1 to 9999 (UTC), not before {@code askedAt} when recorded with {@link #withOutcome}
 * @since 0.1.0
 */
public record CallEntry(RequestId request, MemberId member, MemberId connector, Purpose purpose, int round,
    Instant askedAt, String question, Optional<CallOutcome> outcome, Optional<Instant> recordedAt) {

  /**
   * Checks the components.
   *
   * @param request see the record description
   * @param member see the record description
   * @param connector see the record description
   * @param purpose see the record description
   * @param round see the record description
   * @param askedAt see the record description
   * @param question see the record description
   * @param outcome see the record description
   * @param recordedAt see the record description
   * @throws NullPointerException naming the component that is null
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException (an {@link
   *     IllegalArgumentException}) listing at once, with field and rule in English and Dutch: {@code
   *     round} below 0 (rule {@code atLeast}); a blank {@code question} ({@code notBlank}); a
   *     {@code connector} who is the member ({@code notSelfCall}); {@code askedAt} or {@code
   *     recordedAt} outside the years 1 to 9999 ({@code supportedYears}); {@code recordedAt} present
   *     without an outcome or missing with one ({@code withOutcome}); an outcome the call does not
   *     offer (field {@code outcome}, rule {@code outcomeOfNotice}: yes or no on a call that only
   *     tells something; rule {@code outcomeOfQuestion}: reached on a call that asks something)
   */
  public CallEntry {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(askedAt, "askedAt");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Problems problems = new Problems("CallEntry");
    if (round < 0) {
      problems.add("round", "atLeast", Map.of("min", 0));
    }
    if (question.isBlank()) {
      problems.add("question", "notBlank", Map.of());
    }
    if (member.equals(connector)) {
      problems.add("connector", "notSelfCall", Map.of());
    }
    problems.supported("askedAt", askedAt);
    if (outcome.isPresent() != recordedAt.isPresent()) {
      problems.add("recordedAt", "withOutcome", Map.of());
    }
    recordedAt.ifPresent(at -> problems.supported("recordedAt", at));
    if (outcome.isPresent() && outcome.get() != CallOutcome.CANCELLED && !outcomes(purpose).contains(outcome.get())) {
      problems.add("outcome", isQuestion(purpose) ? "outcomeOfQuestion" : "outcomeOfNotice", Map.of());
    }
    problems.throwIfAny();
  }

  /** Whether a call for a purpose asks the member something they answer yes or no. */
  private static boolean isQuestion(Purpose purpose) {
    return purpose == Purpose.ASK || purpose == Purpose.REMINDER || purpose == Purpose.FEEDBACK;
  }

  /** The outcomes a connector may record on a call for a purpose. */
  private static List<CallOutcome> outcomes(Purpose purpose) {
    return isQuestion(purpose)
        ? List.of(CallOutcome.YES, CallOutcome.NO, CallOutcome.NO_ANSWER, CallOutcome.VOICEMAIL)
        : List.of(CallOutcome.REACHED, CallOutcome.NO_ANSWER, CallOutcome.VOICEMAIL);
  }

  /**
   * Whether the call asks the member something they answer yes or no: an ask for help ({@link
   * Purpose#ASK}), a reminder the helper confirms or steps back on ({@link Purpose#REMINDER}), the
   * question whether the help was given ({@link Purpose#FEEDBACK}). Every other call is a notice,
   * that only tells them something.
   *
   * @return true for a question, false for a notice
   * @since 0.1.0
   */
  public boolean isQuestion() {
    return isQuestion(purpose);
  }

  /**
   * What a connector may record after making this call, in the order the sheet offers them: for a
   * question yes, no, no answer and voicemail; for a notice reached (told), no answer and voicemail.
   *
   * @return an unmodifiable list, never empty
   * @since 0.1.0
   */
  public List<CallOutcome> outcomes() {
    return outcomes(purpose);
  }

  /**
   * A call not made yet.
   *
   * @param request the request, not null
   * @param member the member to call, not null
   * @param connector the connector who calls, not null
   * @param purpose why the call is made, not null
   * @param round the plan's round, 0 or more
   * @param askedAt when it was put on the sheet, not null
   * @param question what to ask, not null or blank
   * @return the entry
   */
  public static CallEntry open(RequestId request, MemberId member, MemberId connector, Purpose purpose, int round,
      Instant askedAt, String question) {
    return new CallEntry(request, member, connector, purpose, round, askedAt, question, Optional.empty(),
        Optional.empty());
  }

  /**
   * This call with its outcome recorded.
   *
   * @param result what came of the call, not null: one of {@link #outcomes()}, or {@link
   *     CallOutcome#CANCELLED}
   * @param at when it was recorded, not before {@link #askedAt()}, not null
   * @return the changed entry
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException (an {@link
   *     IllegalArgumentException}) in English and Dutch: on field {@code at} if it is before the call
   *     was put on the sheet (rule {@code notBeforeCall}) or outside the years 1 to 9999 ({@code
   *     supportedYears}); on field {@code outcome} if the call does not offer the outcome (see the
   *     constructor)
   */
  public CallEntry withOutcome(CallOutcome result, Instant at) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(at, "at");
    if (at.isBefore(askedAt)) {
      new Problems("CallEntry").add("at", "notBeforeCall", Map.of("askedAt", askedAt)).throwIfAny();
    }
    return new CallEntry(request, member, connector, purpose, round, askedAt, question, Optional.of(result),
        Optional.of(at));
  }

  /**
   * Whether the call is still to be made: not made, or made without reaching the member.
   *
   * @return true unless the outcome is yes, no, reached or cancelled
   */
  public boolean isOpen() {
    return outcome.map(CallOutcome::leavesOpen).orElse(true);
  }
}
