package nl.voorzorgcirkel.core.loneliness;

/**
 * The six statements of the De Jong Gierveld short scale, in the order the scale's manual and the
 * Dutch national statistics office (CBS) put them to respondents. The three emotional statements
 * are worded negatively, the three social statements positively; {@link #lonelyAnswer} says which
 * answers count as lonely.
 *
 * @since 0.1.0
 */
public enum LonelinessItem {
  /** "I experience a general sense of emptiness" / "Ik ervaar een leegte om me heen". */
  EMPTINESS(Dimension.EMOTIONAL),
  /**
   * "There are plenty of people I can rely on when I have problems" / "Er zijn genoeg mensen op
   * wie ik in geval van narigheid kan terugvallen".
   */
  PEOPLE_TO_RELY_ON(Dimension.SOCIAL),
  /** "There are many people I can trust completely" / "Ik ken veel mensen op wie ik volledig kan vertrouwen". */
  PEOPLE_TO_TRUST(Dimension.SOCIAL),
  /** "I miss having people around" / "Ik mis mensen om me heen". */
  MISS_PEOPLE_AROUND(Dimension.EMOTIONAL),
  /** "There are enough people I feel close to" / "Er zijn voldoende mensen met wie ik me nauw verbonden voel". */
  PEOPLE_CLOSE(Dimension.SOCIAL),
  /** "I often feel rejected" / "Ik voel me vaak in de steek gelaten". */
  FEEL_REJECTED(Dimension.EMOTIONAL);

  /** The two kinds of loneliness the scale measures, three statements each. */
  public enum Dimension {
    /** Missing an intimate relationship: the negatively worded statements. */
    EMOTIONAL,
    /** Missing a wider social network: the positively worded statements. */
    SOCIAL
  }

  private final Dimension dimension;

  LonelinessItem(Dimension dimension) {
    this.dimension = dimension;
  }

  /**
   * The kind of loneliness this statement measures.
   *
   * @return the dimension, never null
   */
  public Dimension dimension() {
    return dimension;
  }

  /**
   * Whether an answer to this statement scores 1 (lonely): for an emotional statement "yes" and
   * "more or less", for a social statement "no" and "more or less" (the scale's manual: the
   * neutral answer counts as lonely on every statement).
   *
   * @param answer the answer, not null
   * @return true if it scores 1
   */
  public boolean lonelyAnswer(LonelinessAnswer answer) {
    return switch (java.util.Objects.requireNonNull(answer, "answer")) {
      case MORE_OR_LESS -> true;
      case YES -> dimension == Dimension.EMOTIONAL;
      case NO -> dimension == Dimension.SOCIAL;
    };
  }
}
