package nl.voorzorgcirkel.coordination.texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.voorzorgcirkel.coordination.messaging.Channel;
import nl.voorzorgcirkel.coordination.referral.ReferralContact;
import nl.voorzorgcirkel.core.lifecycle.NextStep;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import nl.voorzorgcirkel.core.scope.ScopeDecision;

/**
 * Every text of a request, in one fixed order: the golden files and the planted-values property
 * read the same list, so a new text is in both at once.
 */
final class EveryText {

  static final ScopeDecision PERSONAL_CARE = ScopeDecision.refer(ReferralTarget.DISTRICT_NURSING, "personal-care");
  static final ReferralContact NURSING = ReferralContact.of(ReferralTarget.DISTRICT_NURSING,
      "District nursing team North", "Wijkverpleging team Noord", "0485 123 456");
  static final ReferralContact DESK = ReferralContact.builder(ReferralTarget.MUNICIPAL_SOCIAL_SUPPORT)
      .name("Social support desk", "Wmo-loket").phone("14 0485").email("wmo@example.org").build();

  private EveryText() {}

  static List<String> of(RequestTexts texts, Locale locale) {
    List<String> all = new ArrayList<>();
    all.add(texts.groupAsk(locale));
    for (AnswerTo answerTo : AnswerTo.values()) {
      all.add(texts.memberAsk(answerTo, locale));
      all.add(texts.thanksToHelper(answerTo, locale));
    }
    all.add(texts.takenForGroup(locale));
    all.add(texts.takenForMember(locale));
    all.add(texts.foundForRequester(locale));
    all.add(texts.notFoundForRequester(locale));
    all.add(texts.closed(locale));
    all.add(texts.withdrawn(locale));
    all.add(texts.reminder(locale));
    all.add(texts.reminderSoon(locale));
    all.add(texts.feedbackForRequester(locale));
    all.add(texts.feedbackForConnector(locale));
    all.add(texts.escalationForConnector(6, NobodyAsked.NONE_FITS, locale));
    all.add(texts.escalationForRequester(6, NobodyAsked.NONE_FITS, locale));
    for (NobodyAsked why : NobodyAsked.values()) {
      all.add(texts.escalationForConnector(0, why, locale));
      all.add(texts.escalationForRequester(0, why, locale));
      all.add(texts.expiryForConnector(0, why, NextStep.SHARED_TAXI, Optional.empty(), locale));
    }
    for (NextStep step : NextStep.values()) {
      all.add(texts.expiryForConnector(4, NobodyAsked.NONE_FITS, step, Optional.empty(), locale));
      all.add(texts.notFoundWithoutConnector(step, locale));
    }
    all.add(texts.expiryForConnector(4, NobodyAsked.NONE_FITS, NextStep.MUNICIPAL_SOCIAL_SUPPORT, Optional.of(DESK),
        locale));
    all.add(texts.reopenedForRequester(locale));
    all.add(texts.reopenedForGroup(locale));
    all.add(texts.reopenedForConnector(locale));
    all.add(texts.callsForConnector(2, locale));
    all.add(texts.referralForConnector(PERSONAL_CARE, Optional.empty(), locale));
    all.add(texts.referralForConnector(PERSONAL_CARE, Optional.of(NURSING), locale));
    all.add(texts.referralForRequester(PERSONAL_CARE, Optional.empty(), locale));
    all.add(texts.referralForRequester(PERSONAL_CARE, Optional.of(NURSING), locale));
    all.add(texts.referralWithoutConnector(PERSONAL_CARE, Optional.of(NURSING), locale));
    // worded for a connector's call: no promise of a connector's call
    for (NextStep step : NextStep.values()) {
      all.add(texts.notFoundForRequester(Channel.CALL, step, Optional.empty(), locale));
    }
    all.add(texts.notFoundForRequester(Channel.CALL, NextStep.MUNICIPAL_SOCIAL_SUPPORT, Optional.of(DESK), locale));
    all.add(texts.notFoundForRequester(Channel.DIRECT, NextStep.SHARED_TAXI, Optional.empty(), locale));
    all.add(texts.referralForRequester(PERSONAL_CARE, Optional.of(NURSING), Channel.CALL, locale));
    all.add(texts.referralForRequester(PERSONAL_CARE, Optional.empty(), Channel.CALL, locale));
    all.add(texts.referralForRequester(PERSONAL_CARE, Optional.of(NURSING), Channel.DIRECT, locale));
    all.add(texts.reminder(Channel.CALL, locale));
    all.add(texts.reminderSoon(Channel.CALL, locale));
    all.add(texts.reminder(Channel.DIRECT, locale));
    all.add(texts.feedbackForRequester(Channel.CALL, locale));
    all.add(texts.feedbackForRequester(Channel.DIRECT, locale));
    all.add(texts.feedbackWithoutConnector(locale));
    all.add(texts.helperDidNotComeForConnector(NextStep.SHARED_TAXI, Optional.empty(), locale));
    all.add(texts.helperDidNotComeForConnector(NextStep.MUNICIPAL_SOCIAL_SUPPORT, Optional.of(DESK), locale));
    all.add(texts.helperDidNotComeForRequester(locale));
    all.add(texts.helperDidNotComeWithoutConnector(NextStep.SHARED_TAXI, locale));
    for (NextStep step : NextStep.values()) {
      all.add(texts.helperDidNotComeForRequester(Channel.CALL, step, Optional.empty(), locale));
    }
    all.add(texts.helperDidNotComeForRequester(Channel.CALL, NextStep.MUNICIPAL_SOCIAL_SUPPORT, Optional.of(DESK),
        locale));
    return all;
  }
}
