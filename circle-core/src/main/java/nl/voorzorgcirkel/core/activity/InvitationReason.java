package nl.voorzorgcirkel.core.activity;

import java.util.Locale;
import nl.voorzorgcirkel.core.i18n.Messages;

/**
 * Why a member is worth inviting personally to an activity, with the weight it adds to the
 * invitation's order.
 *
 * @since 0.1.0
 */
public enum InvitationReason {
  /** Lives alone: company matters most to them (weight 3). */
  LIVES_ALONE(3),
  /** Has not been at an activity for a while, or never (weight 2). */
  NOT_SEEN_FOR_A_WHILE(2),
  /** The place is beyond walking distance and the member does not offer rides (weight 1). */
  NEEDS_A_RIDE(1),
  /** The place is beyond walking distance and the member offers rides: could take others (weight 1). */
  COULD_GIVE_A_RIDE(1);

  private final int weight;

  InvitationReason(int weight) {
    this.weight = weight;
  }

  /**
   * What the reason adds to an invitation's order.
   *
   * @return 1 to 3
   */
  public int weight() {
    return weight;
  }

  /**
   * A readable text, without personal data.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return for example "lives alone" or "woont alleen"
   */
  public String label(Locale locale) {
    return Messages.format("invitation." + name(), locale);
  }
}
