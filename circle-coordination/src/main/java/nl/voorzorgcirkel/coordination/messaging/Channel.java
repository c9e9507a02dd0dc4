package nl.voorzorgcirkel.coordination.messaging;

/**
 * Through which channel a message goes, or a call. Members reached by phone or through a connector
 * get no messages: what they are asked or told goes on a connector's call sheet instead, as a
 * {@link #CALL}.
 *
 * @since 0.1.0
 */
public enum Channel {
  /** A post in the circle's app group (appgroep), read by every member who uses it. */
  GROUP_CHAT,
  /** A personal message to one member: in the app, by SMS, e-mail or push, as the platform delivers it. */
  DIRECT,
  /**
   * A connector's phone call to a member without a smartphone, from the connector's call sheet:
   * never the channel of a {@link Message} (the call is a {@code CallEntry} on one connector's call
   * sheet), but a channel the texts are worded for. Read out by the connector who is calling, a text
   * promises no connector's call and asks nothing to be passed on to a connector: that connector is
   * on the phone ({@link nl.voorzorgcirkel.coordination.texts.RequestTexts}).
   *
   * @since 0.1.0
   */
  CALL
}
