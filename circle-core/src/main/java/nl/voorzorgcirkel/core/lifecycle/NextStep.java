package nl.voorzorgcirkel.core.lifecycle;

import java.util.Locale;
import java.util.Objects;
import nl.voorzorgcirkel.core.i18n.Messages;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Urgency;

/**
 * What to do when nobody in the circle could help in time.
 *
 * @since 0.1.0
 */
public enum NextStep {
  /** Post the request again with a wider window: often someone can help a few days later. */
  REPOST_WITH_WIDER_WINDOW,
  /** Ask the family carer (mantelzorger). */
  ASK_FAMILY_CARER,
  /** Book the shared taxi (regiotaxi or Wmo transport) for a ride. */
  SHARED_TAXI,
  /** Contact the municipal social support desk (Wmo-loket) for a lasting solution. */
  MUNICIPAL_SOCIAL_SUPPORT,
  /**
   * Ask a neighbouring circle: nobody in this circle offers this kind of help at all. Never
   * suggested by {@link #suggestFor}, which knows only the request; a coordinator that knows nobody
   * but the requester offers the help suggests it (not when members offer it but none could at the
   * time asked: then {@link #suggestFor} applies).
   *
   * @since 0.1.0
   */
  ASK_NEIGHBOURING_CIRCLE;

  /**
   * The usual next step for an expired request, its kind of help read by the {@linkplain
   * CapabilityVocabulary#standard() standard vocabulary}: {@link #suggestFor(HelpRequest,
   * CapabilityVocabulary)} with it. A request for {@code autorit} or {@code naar-de-kapper} is a
   * ride; a platform's own code such as {@code regiotaxi} is read as no kind the standard vocabulary
   * knows, so give a circle's own vocabulary to the other method.
   *
   * @param request the expired request, not null
   * @return the suggested step, never null
   * @throws NullPointerException if {@code request} is null
   */
  public static NextStep suggestFor(HelpRequest request) {
    return suggestFor(request, CapabilityVocabulary.standard());
  }

  /**
   * The usual next step for an expired request, its kind of help read by a circle's own vocabulary,
   * as the matching, the health check and the invitations read it: the shared taxi for rides and
   * accompanying; the family carer for what was needed today; posting again with a wider window for
   * routine one-off requests; the municipal desk for recurring needs the circle could not cover.
   * Under a vocabulary that makes {@code regiotaxi} a synonym of {@link Capability#RIDE_BY_CAR}, a
   * request for {@code regiotaxi} gets the shared taxi, as one for {@code ride-by-car} does.
   * Deterministic and thread-safe.
   *
   * @param request the expired request, not null
   * @param vocabulary the vocabulary that reads the request's capability, not null
   * @return the suggested step, never null; never {@link #ASK_NEIGHBOURING_CIRCLE}
   * @throws NullPointerException naming {@code request} or {@code vocabulary} if null
   * @since 0.1.0
   */
  public static NextStep suggestFor(HelpRequest request, CapabilityVocabulary vocabulary) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(vocabulary, "vocabulary");
    Capability need = vocabulary.canonical(request.capability()); // autorit (or the circle's regiotaxi) is a ride
    if (need.equals(Capability.RIDE_BY_CAR) || need.equals(Capability.ACCOMPANY_TO_APPOINTMENT)) {
      return SHARED_TAXI;
    }
    if (request.urgency() == Urgency.TODAY) {
      return ASK_FAMILY_CARER;
    }
    return request.recurrence().recurs() ? MUNICIPAL_SOCIAL_SUPPORT : REPOST_WITH_WIDER_WINDOW;
  }

  /**
   * The advice in the reader's language.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the advice, never null
   */
  public String advice(Locale locale) {
    return Messages.format("nextStep." + name(), locale);
  }
}
