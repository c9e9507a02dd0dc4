package nl.voorzorgcirkel.coordination.callsheet;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;

/**
 * One call a connector is to make: ask a member, who has no smartphone, about a request; and,
 * once made, what came of it.
 *
 * <p>Holds ids, not names or phone numbers: {@link CallSheet} looks those up in the circle when it
 * is printed. Immutable and thread-safe.
 *
 * @param request the request, not null
 * @param member the member to call, not null
 * @param connector the connector who calls, not null, not the member
 * @param round the ask plan's round that asked the member, 1 or more
 * @param askedAt when the call was put on the sheet, not null
 * @param question what to ask, read out as it stands (no personal data), not null or blank
 * @param outcome what came of the call, empty while not made
 * @param recordedAt when the outcome was recorded, present exactly when the outcome is
 * @since 0.2.0
 */
public record CallEntry(RequestId request, MemberId member, MemberId connector, int round, Instant askedAt,
    String question, Optional<CallOutcome> outcome, Optional<Instant> recordedAt) {

  /**
   * Checks the components.
   *
   * @param request see the record description
   * @param member see the record description
   * @param connector see the record description
   * @param round see the record description
   * @param askedAt see the record description
   * @param question see the record description
   * @param outcome see the record description
   * @param recordedAt see the record description
   * @throws IllegalArgumentException if a rule of the record description is broken
   */
  public CallEntry {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(askedAt, "askedAt");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (round < 1) {
      throw new IllegalArgumentException("round must be 1 or more, was " + round);
    }
    if (question.isBlank()) {
      throw new IllegalArgumentException("question must not be blank");
    }
    if (member.equals(connector)) {
      throw new IllegalArgumentException("connector: a connector does not call themselves");
    }
    if (outcome.isPresent() != recordedAt.isPresent()) {
      throw new IllegalArgumentException("recordedAt: present exactly when the outcome is");
    }
  }

  /**
   * A call not made yet.
   *
   * @param request the request, not null
   * @param member the member to call, not null
   * @param connector the connector who calls, not null
   * @param round the plan's round, 1 or more
   * @param askedAt when it was put on the sheet, not null
   * @param question what to ask, not null or blank
   * @return the entry
   */
  public static CallEntry open(RequestId request, MemberId member, MemberId connector, int round, Instant askedAt,
      String question) {
    return new CallEntry(request, member, connector, round, askedAt, question, Optional.empty(), Optional.empty());
  }

  /**
   * This call with its outcome recorded.
   *
   * @param result what came of the call, not null
   * @param at when it was recorded, not before {@link #askedAt()}, not null
   * @return the changed entry
   * @throws IllegalArgumentException if {@code at} is before the call was put on the sheet
   */
  public CallEntry withOutcome(CallOutcome result, Instant at) {
    Objects.requireNonNull(result, "result");
    if (at.isBefore(askedAt)) {
      throw new IllegalArgumentException("at: an outcome cannot be recorded before the call was put on the sheet");
    }
    return new CallEntry(request, member, connector, round, askedAt, question, Optional.of(result), Optional.of(at));
  }

  /**
   * Whether the call still waits for an answer: not made, or made without reaching the member.
   *
   * @return true unless the outcome is yes or no
   */
  public boolean isOpen() {
    return outcome.map(o -> !o.isAnswer()).orElse(true);
  }
}
