package nl.voorzorgcirkel.matching.ranking;

/**
 * The standard hard rules' reasons, in the order {@link HardRules#standard()} checks them.
 *
 * @since 0.1.0
 */
public enum ExclusionReason {
  /** The member asked for the help. */
  IS_REQUESTER("is-requester"),
  /** The member has left the circle. */
  LEFT_CIRCLE("left-circle"),
  /** The member paused for the whole window. */
  PAUSED("paused"),
  /** The member is away on every day of the window. */
  ABSENT("absent"),
  /** The member does not offer this kind of help. */
  LACKS_CAPABILITY("lacks-capability"),
  /** The requester would rather not be helped by this member. */
  REQUESTER_PREFERENCE("requester-preference"),
  /** The request takes longer than the member will help at one time. */
  LONGER_THAN_LIMIT("longer-than-limit"),
  /** The place or destination is farther than the member will go. */
  TOO_FAR("too-far"),
  /** The help fits in none of the member's weekly slots within the window. */
  NOT_AVAILABLE("not-available"),
  /** The request would take the member past the weekly capacity they set. */
  AT_CAPACITY("at-capacity");

  private final String code;

  ExclusionReason(String code) {
    this.code = code;
  }

  /**
   * The stable code used in {@link Exclusion#code()}.
   *
   * @return for example {@code "lacks-capability"}
   */
  public String code() {
    return code;
  }
}
