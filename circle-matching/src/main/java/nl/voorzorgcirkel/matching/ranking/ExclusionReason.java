package nl.voorzorgcirkel.matching.ranking;

import java.util.Optional;

/**
 * The standard hard rules' reasons, in the order {@link HardRules#standard()} checks them, after
 * {@link #TOO_LATE}, which a matching strategy checks before any rule.
 *
 * <p>Some reasons are private ({@link #isPrivate()}): they tell of a member's wishes, absences or
 * pauses, or of their answer, and are shown only to connectors ({@link Audience}).
 *
 * @since 0.1.0
 */
public enum ExclusionReason {
  /**
   * The request's time has passed at the snapshot's now ({@link MatchContext#isOver()}): its fixed
   * start lies before now, or too little of its window is left for the help. Nobody can take it,
   * so the strategies of {@link MatchingStrategies} exclude every member with this reason, before
   * any rule. Not private: it is about the request's time, not the member, and members read it in
   * words. Only members' ranking documents of schema version 1, whose list of codes came before
   * it, write it as {@code "private"} (see {@link nl.voorzorgcirkel.matching.json.RankingDocument}).
   */
  TOO_LATE("too-late", false),
  /** The member asked for the help. */
  IS_REQUESTER("is-requester", false),
  /** The member said no to this request (only with {@link DeclineHandling#EXCLUDE}). */
  DECLINED("declined", true),
  /** The member has left the circle. */
  LEFT_CIRCLE("left-circle", false),
  /** The member paused for the whole window (the reason may be their health). */
  PAUSED("paused", true),
  /** The member is away on every day of the window. */
  ABSENT("absent", true),
  /** The member does not offer this kind of help. */
  LACKS_CAPABILITY("lacks-capability", false),
  /** The requester would rather not be helped by this member. */
  REQUESTER_PREFERENCE("requester-preference", true),
  /** The request takes longer than the member will help at one time. */
  LONGER_THAN_LIMIT("longer-than-limit", false),
  /** The place or destination is farther than the member will go. */
  TOO_FAR("too-far", false),
  /** The help fits in none of the member's weekly slots within the window on a day they take part. */
  NOT_AVAILABLE("not-available", false),
  /** The request would take the member past the weekly capacity they set, in the week it falls in. */
  AT_CAPACITY("at-capacity", false),
  /** The member promised other help at a time the request would overlap, travel time included. */
  TIME_CONFLICT("time-conflict", false);

  private final String code;
  private final boolean privateReason;

  ExclusionReason(String code, boolean privateReason) {
    this.code = code;
    this.privateReason = privateReason;
  }

  /**
   * Whether the reason is shown to connectors only: a requester's wish, an absence, a pause, a
   * decline.
   *
   * @return true for {@link #DECLINED}, {@link #PAUSED}, {@link #ABSENT} and {@link
   *     #REQUESTER_PREFERENCE}
   */
  public boolean isPrivate() {
    return privateReason;
  }

  /**
   * The reason with a code.
   *
   * @param code a code such as {@code "absent"}, not null
   * @return the reason, or empty for a code of a rule of your own
   */
  public static Optional<ExclusionReason> ofCode(String code) {
    for (ExclusionReason reason : values()) {
      if (reason.code.equals(code)) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
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
