package nl.voorzorgcirkel.core.loneliness;

/**
 * The categories of the six-item scale's total score, as the scale's manual and CBS report them.
 *
 * @since 0.1.0
 */
public enum LonelinessLevel {
  /** A total of 0 or 1. */
  NOT_LONELY,
  /** A total of 2 to 4 ("moderately lonely", "sometimes lonely" in CBS's wording). */
  MODERATELY_LONELY,
  /** A total of 5 or 6 ("severely lonely", "frequently lonely" in CBS's wording). */
  SEVERELY_LONELY;

  /**
   * The category of a total score.
   *
   * @param total the six-item total, 0 to 6
   * @return the category, never null
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException with rule {@code between} if
   *     the total is out of range
   */
  public static LonelinessLevel of(int total) {
    nl.voorzorgcirkel.core.internal.Arguments.between(total, 0, 6, "LonelinessLevel", "total");
    return total <= 1 ? NOT_LONELY : total <= 4 ? MODERATELY_LONELY : SEVERELY_LONELY;
  }
}
