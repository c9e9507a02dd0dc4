package nl.voorzorgcirkel.core.consent;

/**
 * The lawful basis on which personal data is processed, by its article of the GDPR. Processing
 * health data (such as vitality) needs, besides an article 6 basis, one of the conditions of
 * article 9(2); the bases here that are such a condition say so in {@link #allowsHealthData()}.
 *
 * @since 0.1.0
 */
public enum LawfulBasis {
  /** Article 6(1)(a): the member's consent, freely given, specific, informed, withdrawable. */
  CONSENT("6(1)(a)", false),
  /**
   * Article 6(1)(b): needed for an agreement with the member; for a circle, the agreement to take
   * part.
   */
  CONTRACT("6(1)(b)", false),
  /** Article 6(1)(f): the legitimate interests of the organisation, weighed against the member's. */
  LEGITIMATE_INTERESTS("6(1)(f)", false),
  /** Article 9(2)(a): explicit consent, the condition for health data in a circle. */
  EXPLICIT_CONSENT("9(2)(a)", true),
  /**
   * Article 9(2)(j): scientific research or statistics with the safeguards of article 89(1), such
   * as pseudonymisation.
   */
  RESEARCH_WITH_SAFEGUARDS("9(2)(j)", true);

  private final String article;
  private final boolean healthData;

  LawfulBasis(String article, boolean healthData) {
    this.article = article;
    this.healthData = healthData;
  }

  /**
   * The article of the GDPR, for example {@code "9(2)(a)"}.
   *
   * @return the article, never null
   */
  public String article() {
    return article;
  }

  /**
   * Whether this basis is a condition of article 9(2), under which health data may be processed.
   *
   * @return true for the article 9 conditions
   */
  public boolean allowsHealthData() {
    return healthData;
  }
}
