package nl.voorzorgcirkel.coordination.texts;

/**
 * Whom an asked member answers.
 *
 * @since 0.1.0
 */
public enum AnswerTo {
  /** In the app group, where the request was posted. */
  IN_GROUP,
  /** To a connector (verbinder), for a request the requester made privately. */
  TO_CONNECTOR,
  /** By replying to the personal message itself. */
  TO_THIS_MESSAGE
}
