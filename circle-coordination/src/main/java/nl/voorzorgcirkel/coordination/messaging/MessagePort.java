package nl.voorzorgcirkel.coordination.messaging;

/**
 * Where the library's messages go: the platform implements it for its app group, SMS, e-mail or
 * push. {@link InMemoryMessagePort} keeps them, for tests and examples.
 *
 * <p><b>Specification for implementors.</b> {@link #send} delivers a message through its {@link
 * Message#channel() channel} to its {@link Message#recipient() recipient}; it must not change the
 * text's meaning (a platform may add its own frame around it), must not add personal data of
 * other members to it, and should not block for long: the library calls it from the platform's
 * own scheduler. Whether delivery is retried is the platform's choice. An implementation used
 * from several threads must be thread-safe.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface MessagePort {

  /**
   * Sends one message.
   *
   * @param message the message, not null
   */
  void send(Message message);
}
