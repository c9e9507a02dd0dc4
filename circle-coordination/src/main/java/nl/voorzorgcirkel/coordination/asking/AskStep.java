package nl.voorzorgcirkel.coordination.asking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.coordination.callsheet.CallEntry;
import nl.voorzorgcirkel.coordination.messaging.Message;
import nl.voorzorgcirkel.coordination.messaging.MessagePort;

/**
 * What one step of an {@link AskPlan} decided: the plan after the step, the messages to send, the
 * new calls for the connectors' call sheets, and when the plan wants to be advanced next.
 *
 * <p>Immutable and thread-safe.
 *
 * @param plan the plan after the step, not null
 * @param messages the messages to send, in order; not null, possibly empty
 * @param calls the calls put on call sheets in this step, and those whose outcome the step recorded
 *     or cancelled (as they now stand), in order; not null, possibly empty
 * @param nextCheck when to call {@link AskPlan#advance} next; empty when the plan is finished, or
 *     when it has nothing more to do until an answer comes (the helper's reminders and the question
 *     whether the help was given are behind it)
 * @since 0.1.0
 */
public record AskStep(AskPlan plan, List<Message> messages, List<CallEntry> calls, Optional<Instant> nextCheck) {

  /**
   * Checks and copies the components.
   *
   * @param plan see the record description
   * @param messages see the record description
   * @param calls see the record description
   * @param nextCheck see the record description
   */
  public AskStep {
    Objects.requireNonNull(plan, "plan");
    messages = List.copyOf(messages);
    calls = List.copyOf(calls);
    Objects.requireNonNull(nextCheck, "nextCheck");
  }

  /**
   * Sends this step's messages through a port, in order.
   *
   * @param port the platform's port, not null
   * @return the plan after the step, for chaining
   */
  public AskPlan sendTo(MessagePort port) {
    Objects.requireNonNull(port, "port");
    messages.forEach(port::send);
    return plan;
  }
}
