package nl.voorzorgcirkel.coordination.messaging;

/**
 * Why a message is sent, so that a platform can style, group or silence kinds of messages.
 *
 * @since 0.1.0
 */
public enum Purpose {
  /** An ask for help: in the group, or to one member. */
  ASK,
  /** To the group or to members asked: someone has said yes. */
  TAKEN,
  /**
   * To the member who said yes: thanks, and where the details come from. The text holds no details
   * (whom to help, where): on this message the platform gives them to this helper alone, unless the
   * request was asked through a connector, who gives them.
   */
  THANKS,
  /** To the requester: someone will help. */
  FOUND,
  /**
   * To the requester, the group (if the request was posted there) and the connectors: the helper's
   * yes was withdrawn (they stepped back or did not come); the request is open again.
   *
   * @since 0.1.0
   */
  REOPENED,
  /**
   * To the requester: nobody could be found in time; or the helper could not come after all and it
   * was too late to ask anyone else.
   */
  NOT_FOUND,
  /** To the group or to members asked: the request is closed without them. */
  CLOSED,
  /** To the group or to members asked: the request was withdrawn. */
  WITHDRAWN,
  /**
   * To a connector: nobody said yes and nobody is left to ask; to the requester instead when the
   * circle has no connector but them.
   */
  ESCALATION,
  /**
   * To a connector: the request expired (nobody could help, it was too late to ask anyone, or the
   * helper could not come after all when it was too late to ask another), with the next step.
   */
  EXPIRY,
  /** To a connector: the request is not for the circle and was referred elsewhere. */
  REFERRAL,
  /** To the helper: a reminder of the help they agreed to give. */
  REMINDER,
  /** To the requester and the connectors: was the help given? */
  FEEDBACK,
  /** To a connector: new calls on their call sheet. */
  CALLS_WAITING
}
