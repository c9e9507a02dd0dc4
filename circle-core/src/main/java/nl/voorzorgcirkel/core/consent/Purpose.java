package nl.voorzorgcirkel.core.consent;

import java.util.Set;

/**
 * What a member's personal data is used for, each with the lawful bases that can carry it.
 *
 * @since 0.1.0
 */
public enum Purpose {
  /**
   * Taking part in the circle: name, home, what they offer, whom they avoid, used to ask and to
   * help. Carried by the agreement to take part, consent or legitimate interests.
   */
  TAKING_PART,
  /** Showing the member's phone number to the whole group, not only the connectors: by consent. */
  PHONE_NUMBER_TO_GROUP,
  /**
   * Using the member's self-assessed vitality (health data) for matching and the circle's health
   * check: by explicit consent only (article 9(2)(a)).
   */
  VITALITY,
  /**
   * Pseudonymised use in research and in reports to funders: consent, explicit consent, or the
   * research condition of article 9(2)(j).
   */
  RESEARCH;

  /**
   * The lawful bases that can carry this purpose.
   *
   * @return an unmodifiable set, never empty
   */
  public Set<LawfulBasis> lawfulBases() {
    return switch (this) {
      case TAKING_PART -> Set.of(LawfulBasis.CONTRACT, LawfulBasis.CONSENT,
          LawfulBasis.LEGITIMATE_INTERESTS);
      case PHONE_NUMBER_TO_GROUP -> Set.of(LawfulBasis.CONSENT);
      case VITALITY -> Set.of(LawfulBasis.EXPLICIT_CONSENT);
      case RESEARCH -> Set.of(LawfulBasis.CONSENT, LawfulBasis.EXPLICIT_CONSENT,
          LawfulBasis.RESEARCH_WITH_SAFEGUARDS);
    };
  }
}
