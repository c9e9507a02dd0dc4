package nl.voorzorgcirkel.core.model;

/**
 * How a member prefers to be reached. Not everyone manages a chat app: one circle replaced its app
group by a phone list.
 *
 * @since 0.1.0
 */
public enum ContactChannel {
  /** The circle's group chat (appgroep). */
  GROUP_CHAT,
  /** A phone call. */
  PHONE,
  /** Through one of the circle's connectors. */
  THROUGH_CONNECTOR
}
