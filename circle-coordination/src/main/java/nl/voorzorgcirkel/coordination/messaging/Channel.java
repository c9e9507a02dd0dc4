package nl.voorzorgcirkel.coordination.messaging;

/**
 * Through which channel a message goes. Members reached by phone or through a connector get no
 * messages: what they are asked goes on a connector's call sheet instead.
 *
 * @since 0.1.0
 */
public enum Channel {
  /** A post in the circle's app group (appgroep), read by every member who uses it. */
  GROUP_CHAT,
  /** A personal message to one member: in the app, by SMS, e-mail or push, as the platform delivers it. */
  DIRECT
}
