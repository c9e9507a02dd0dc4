package nl.voorzorgcirkel.core.scope;

import java.util.Locale;
import nl.voorzorgcirkel.core.i18n.Messages;

/**
 * Where a request that a circle should not take on belongs.
 *
 * @since 0.1.0
 */
public enum ReferralTarget {
  /** District nursing (wijkverpleging): personal care, wound care, medication, stockings. */
  DISTRICT_NURSING,
  /** The general practitioner (huisarts): medical questions and complaints. */
  GENERAL_PRACTITIONER,
  /** Home care (thuiszorg): household help and personal care at home as arranged care. */
  HOME_CARE,
  /** The family carer (mantelzorger). */
  FAMILY_CARER,
  /** The municipality's social support desk (Wmo-loket), also for regular transport needs. */
  MUNICIPAL_SOCIAL_SUPPORT,
  /**
   * The municipality's social team (sociaal wijkteam): for a member whose needs grow beyond what
   * neighbours should do, a conversation about what support fits.
   */
  SOCIAL_TEAM;

  /**
   * A readable name.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return for example "district nursing" or "wijkverpleging"
   */
  public String label(Locale locale) {
    return Messages.format("referral." + name(), locale);
  }
}
