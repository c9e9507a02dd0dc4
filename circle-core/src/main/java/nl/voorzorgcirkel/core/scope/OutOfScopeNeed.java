package nl.voorzorgcirkel.core.scope;

import java.util.Locale;
import nl.voorzorgcirkel.core.i18n.Messages;
import nl.voorzorgcirkel.core.model.Capability;

/**
 * Needs that a circle refers elsewhere, each with the {@link Capability} code a request for it
 * carries and where {@link ScopePolicies#standard()} refers it.
 *
 * <p>Circles do not give personal or nursing care; in the Netherlands that is district nursing's
 * work (wijkverpleging, paid under the Health Insurance Act), with the family carer alongside.
 * Regular household cleaning is arranged through the municipality (Wmo); medical questions go to
 * the GP.
 *
 * @since 0.1.0
 */
@SuppressWarnings("ImmutableEnumChecker") // Capability is an immutable value type
public enum OutOfScopeNeed {
  /** Washing or showering someone. */
  WASHING("washing", ReferralTarget.DISTRICT_NURSING, "personal-care"),
  /** Dressing or undressing someone. */
  DRESSING("dressing", ReferralTarget.DISTRICT_NURSING, "personal-care"),
  /** Help with using the toilet, incontinence care. */
  TOILETING("toileting", ReferralTarget.DISTRICT_NURSING, "personal-care"),
  /** Dressing wounds. */
  WOUND_CARE("wound-care", ReferralTarget.DISTRICT_NURSING, "nursing-care"),
  /** Giving medication (reminding someone is fine; handing out and administering is not). */
  MEDICATION("medication", ReferralTarget.DISTRICT_NURSING, "nursing-care"),
  /** Putting on and taking off support stockings daily. */
  SUPPORT_STOCKINGS("support-stockings", ReferralTarget.DISTRICT_NURSING, "nursing-care"),
  /** Any other nursing task. */
  NURSING("nursing", ReferralTarget.DISTRICT_NURSING, "nursing-care"),
  /** Regular household cleaning (as opposed to a small job). */
  HOUSEHOLD_CLEANING("household-cleaning", ReferralTarget.MUNICIPAL_SOCIAL_SUPPORT, "household-help"),
  /** A medical question or complaint. */
  MEDICAL_QUESTION("medical-question", ReferralTarget.GENERAL_PRACTITIONER, "medical");

  private final Capability capability;
  private final ReferralTarget target;
  private final String reasonCode;

  OutOfScopeNeed(String code, ReferralTarget target, String reasonCode) {
    this.capability = Capability.of(code);
    this.target = target;
    this.reasonCode = reasonCode;
  }

  /**
   * The capability code a request for this need carries, for example {@code "washing"}.
   *
   * @return the capability, never null
   */
  public Capability capability() {
    return capability;
  }

  /**
   * Where the standard policy refers this need.
   *
   * @return the target, never null
   */
  public ReferralTarget target() {
    return target;
  }

  /**
   * The reason code of the standard policy's referral, for example {@code "personal-care"}.
   *
   * @return the code, never null
   */
  public String reasonCode() {
    return reasonCode;
  }

  /**
   * A readable name of the need.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the label
   */
  public String label(Locale locale) {
    return Messages.format("need." + capability.code(), locale);
  }
}
