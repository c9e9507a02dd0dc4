package nl.voorzorgcirkel.coordination.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * A {@link MessagePort} that keeps every message in memory, in the order sent: for tests,
 * examples and a platform's own trial runs.
 *
 * <p>Thread-safe: every method holds this port's lock; lists returned are copies.
 *
 * @since 0.1.0
 */
public final class InMemoryMessagePort implements MessagePort {

  private final List<Message> messages = new ArrayList<>();

  /** An empty port. */
  public InMemoryMessagePort() {}

  @Override
  public synchronized void send(Message message) {
    messages.add(Objects.requireNonNull(message, "message"));
  }

  /**
   * Every message sent, in order.
   *
   * @return an unmodifiable copy
   */
  public synchronized List<Message> messages() {
    return List.copyOf(messages);
  }

  /**
   * The posts in the app group, in order.
   *
   * @return an unmodifiable copy
   */
  public synchronized List<Message> groupChat() {
    return messages.stream().filter(m -> m.recipient().isGroup()).toList();
  }

  /**
   * The messages to one member, in order.
   *
   * @param member the member, not null
   * @return an unmodifiable copy
   */
  public synchronized List<Message> to(MemberId member) {
    Recipient recipient = Recipient.member(member);
    return messages.stream().filter(m -> m.recipient().equals(recipient)).toList();
  }

  /** Forgets every message. */
  public synchronized void clear() {
    messages.clear();
  }

  /**
   * The number of messages kept.
   *
   * @return for example {@code "InMemoryMessagePort{messages=4}"}
   */
  @Override
  public synchronized String toString() {
    return "InMemoryMessagePort{messages=" + messages.size() + "}";
  }
}
