package nl.voorzorgcirkel.coordination.texts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.coordination.internal.Phrases;
import nl.voorzorgcirkel.coordination.messaging.Channel;
import nl.voorzorgcirkel.coordination.referral.ReferralContact;
import nl.voorzorgcirkel.core.lifecycle.NextStep;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.HelpCategory;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.Urgency;
import nl.voorzorgcirkel.core.scope.ScopeDecision;

/**
 * The texts about one help request, in Dutch or English: the ask in the app group, the ask to one
 * member, and the notices that follow (taken, thanks, found, not found, closed, withdrawn) and
 * those for connectors (escalation, expiry, calls waiting).
 *
 * <p>A text says only what the circle needs: the kind of help, when (a day part such as
 * "donderdagochtend" for a fixed time, the day or the days for a flexible window, in the circle's
 * zone), the {@link Area} if one is given, and whom to answer. Example (Dutch, fixed time,
 * answered through the connector):
 *
 * <pre>
 * Wie kan donderdagochtend iemand met de auto rijden? Omgeving: Lindenlaan. Reageer bij de verbinder.
 * </pre>
 *
 * <p><b>Worded for the channel.</b> The texts to a member that a connector may read out on the phone
 * (to a member without a smartphone, {@link Channel#CALL}) take the channel they go by: a text read
 * out by the connector who is calling never promises that a connector will get in touch or asks the
 * member to let a connector know; it gives what the connector can say there and then (the next
 * step, whom to call). {@link #notFoundForRequester(Channel, NextStep, Optional, Locale)}, {@link
 * #referralForRequester(ScopeDecision, Optional, Channel, Locale)} and {@link
 * #feedbackForRequester(Channel, Locale)} are those, and {@link #reminder(Channel, Locale)} and
 * {@link #reminderSoon(Channel, Locale)} ask on a call what the helper answers there and then; an ask on the phone is answered there and
 * then too ({@link AnswerTo#TO_THIS_MESSAGE}); the other texts to members say the same by any
 * channel.
 *
 * <p>Built only from the request's capability, window, urgency and id (the id only in texts for
 * connectors), and for referrals the scope decision's reason and an organisation's {@link
 * nl.voorzorgcirkel.coordination.referral.ReferralContact}, so no text can contain a member's name,
 * a place, the description, the requester's preferences or health data; a referral's reason goes
 * only to the connectors and the requester. Request ids should carry no personal data either. Immutable and
 * thread-safe.
 *
 * <p><b>Never a code.</b> A text names the help only by a label of the vocabulary: the kind of help
 * the vocabulary reads the request's capability as, when that kind is not personal care, nursing
 * care or a medical question. Any other capability, a code the vocabulary reads as no kind of help
 * ({@code chemo-rit}, {@code dialyse}, an organisation's {@code knitting} without an entry of its
 * own) or a kind of care, is never written into a text, whatever the code says: the texts ask
 * neutrally ("Wie kan donderdagochtend iemand helpen?", "Who can help someone on Thursday
 * morning?") and the notices say "hulp" / "help". To have a kind of help of its own named, an
 * organisation gives it an entry in its vocabulary ({@link CapabilityVocabulary#with}).
 *
 * @since 0.1.0
 */
public final class RequestTexts {

  private static final DateTimeFormatter DAY_NL = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.forLanguageTag("nl"));
  private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

  private final RequestId request;
  /** The kind of help asked for, as the vocabulary reads the request's capability. */
  private final Capability capability;
  /** Whether the texts name the kind of help by its label: see "Never a code" above. */
  private final boolean named;
  private final CapabilityVocabulary vocabulary;
  private final TimeWindow window;
  private final Urgency urgency;
  private final ZoneId zone;
  private final Optional<Area> area;

  private RequestTexts(HelpRequest request, Optional<Area> area, ZoneId zone, CapabilityVocabulary vocabulary) {
    this.request = request.id();
    this.vocabulary = vocabulary;
    this.capability = vocabulary.canonical(request.capability());
    this.named = vocabulary.entry(capability).map(e -> !isHealth(e.category())).orElse(false);
    this.window = request.window();
    this.urgency = request.urgency();
    this.zone = zone;
    this.area = area;
  }

  /**
   * The texts of a request, naming the help as the {@linkplain CapabilityVocabulary#standard()
   * standard vocabulary} reads it: {@link #of(HelpRequest, Optional, ZoneId, CapabilityVocabulary)}
   * with that vocabulary.
   *
   * @param request the request, not null; only its id, capability, window and urgency are read
   * @param area where, coarsely; empty to leave the place out of every text
   * @param zone the circle's zone, for day and day part; not null
   * @return the texts
   */
  public static RequestTexts of(HelpRequest request, Optional<Area> area, ZoneId zone) {
    return of(request, area, zone, CapabilityVocabulary.standard());
  }

  /**
   * The texts of a request, naming the help as a vocabulary reads the request's capability ({@link
   * CapabilityVocabulary#canonical}), as matching with that vocabulary does: a request for {@code
   * boodschappen} asks to "do groceries or an errand for someone", one for {@code naar-de-kapper}
   * (a trip) to "give someone a lift by car", and the notices name the kind's label in the text's
   * language ({@link CapabilityVocabulary#label}). A code the vocabulary reads as no kind of help
   * ({@code chemo-rit}), or as personal care, nursing care or a medical question, is never named:
   * the texts ask for help neutrally (see "Never a code" above). {@code AskPlan} passes its ranking
   * strategy's vocabulary.
   *
   * @param request the request, not null; only its id, capability, window and urgency are read
   * @param area where, coarsely; empty to leave the place out of every text
   * @param zone the circle's zone, for day and day part; not null
   * @param vocabulary the vocabulary that reads the request's kind of help, not null
   * @return the texts
   * @since 0.1.0
   */
  public static RequestTexts of(HelpRequest request, Optional<Area> area, ZoneId zone,
      CapabilityVocabulary vocabulary) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(vocabulary, "vocabulary");
    return new RequestTexts(request, area, zone, vocabulary);
  }

  /**
   * When the help is needed: for a fixed window the day and day part of its start
   * ("donderdagochtend", "on Thursday morning"; at night both days, "in de nacht van zaterdag op
   * zondag"); for a flexible window within one day the day ("op
   * donderdag 3 december"); otherwise the first and last day ("tussen donderdag 3 december en
   * zaterdag 5 december").
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the phrase, never null
   */
  public String when(Locale locale) {
    boolean dutch = isDutch(locale);
    Locale language = dutch ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    LocalDateTime start = LocalDateTime.ofInstant(window.start(), zone);
    if (!window.flexible()) {
      String weekday = start.getDayOfWeek().getDisplayName(TextStyle.FULL, language);
      DayPart part = DayPart.of(start.toLocalTime());
      if (part == DayPart.NIGHT) {
        // "zondagnacht" would read as the night after Sunday: name both days
        return Phrases.format("when.night", locale, Map.of("weekday", weekday,
            "before", start.getDayOfWeek().minus(1).getDisplayName(TextStyle.FULL, language)));
      }
      return Phrases.format("when.fixed", locale, Map.of("weekday", weekday, "part", part.label(locale)));
    }
    // the last moment of a half-open window belongs to the day before when it ends at midnight
    LocalDate first = start.toLocalDate();
    LocalDate last = LocalDateTime.ofInstant(window.end().minusNanos(1), zone).toLocalDate();
    DateTimeFormatter days = dutch ? DAY_NL : DAY_EN;
    if (first.equals(last)) {
      return Phrases.format("when.day", locale, Map.of("day", days.format(first)));
    }
    return Phrases.format("when.days", locale, Map.of("from", days.format(first), "to", days.format(last)));
  }

  /**
   * What to do, as a verb phrase: "iemand met de auto rijden", "give someone a lift by car"; for a
   * kind of help of the vocabulary outside the standard catalogue "helpen met: {label}"; for a code
   * the vocabulary reads as no kind of help, or as care, only "iemand helpen", "help someone" (the
   * code is never written). Read by kind of help, so {@code autorit} and {@code naar-de-kapper}
   * give the phrase of a ride.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the phrase, never null
   */
  public String task(Locale locale) {
    if (!named) {
      return Phrases.format("task.unnamed", locale, Map.of());
    }
    String key = "task." + capability.code();
    return Phrases.has(key) ? Phrases.format(key, locale, Map.of())
        : Phrases.format("task.other", locale, Map.of("label", vocabulary.label(capability, locale)));
  }

  /** The help in a notice: the kind's label, or "hulp" / "help" where the kind is not named. */
  private String help(Locale locale) {
    return named ? vocabulary.label(capability, locale) : Phrases.format("help.unnamed", locale, Map.of());
  }

  /**
   * Whether a kind of help is health data to name: personal or nursing care, or a medical question
   * (household help is not).
   */
  private static boolean isHealth(HelpCategory category) {
    return category == HelpCategory.PERSONAL_CARE || category == HelpCategory.NURSING_CARE
        || category == HelpCategory.MEDICAL;
  }

  /**
   * The ask posted in the app group; members answer in the group.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return for example "Wie kan donderdagochtend iemand met de auto rijden? Omgeving:
   *     Lindenlaan. Reageer hier in de groep."
   */
  public String groupAsk(Locale locale) {
    return ask("ask.group", AnswerTo.IN_GROUP, locale);
  }

  /**
   * The ask to one member, in a personal message or read out by a connector on the phone.
   *
   * @param answerTo whom the member answers, not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return for example "Kunt u donderdagochtend iemand met de auto rijden? Reageer bij de
   *     verbinder."
   */
  public String memberAsk(AnswerTo answerTo, Locale locale) {
    return ask("ask.member", Objects.requireNonNull(answerTo, "answerTo"), locale);
  }

  private String ask(String key, AnswerTo answerTo, Locale locale) {
    StringBuilder text = new StringBuilder();
    if (urgency == Urgency.TODAY) {
      text.append(Phrases.format("urgent", locale, Map.of())).append(' ');
    }
    text.append(Phrases.format(key, locale, Map.of("when", when(locale), "task", task(locale))));
    area.ifPresent(a -> text.append(' ').append(Phrases.format("where", locale, Map.of("area", a.name()))));
    return text.append(' ').append(Phrases.format("answer." + answerTo.name(), locale, Map.of())).toString();
  }

  /**
   * To the app group, after a member said yes: the request is taken.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, never null
   */
  public String takenForGroup(Locale locale) {
    return notice("taken.group", locale);
  }

  /**
   * To a member who was asked and has not answered, after someone else said yes.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, never null
   */
  public String takenForMember(Locale locale) {
    return notice("taken.member", locale);
  }

  /**
   * To the member who said yes: thanks, and where the details come from. The library never sends
   * the details (whom to help, where): they are personal data, which no text holds. Through a
   * connector, the connector gives them; otherwise the text says only "You will hear whom you are
   * helping and where", and <b>the platform must</b> give them to this helper alone, on the {@link
   * nl.voorzorgcirkel.coordination.messaging.Purpose#THANKS} message (its own screen or message,
   * from the requester's record, with the requester's consent).
   *
   * @param answerTo how the request was asked: through a connector, the details come from the
   *     connector; otherwise the platform gives them; not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, never null
   */
  public String thanksToHelper(AnswerTo answerTo, Locale locale) {
    String details = Phrases.format(answerTo == AnswerTo.TO_CONNECTOR ? "details.connector" : "details.direct",
        locale, Map.of());
    return notice("thanks.helper", locale) + " " + details;
  }

  /**
   * To the requester: someone will help.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, never null
   */
  public String foundForRequester(Locale locale) {
    return notice("found.requester", locale);
  }

  /**
   * To the requester, after the helper's yes was withdrawn (they stepped back or did not come): the
   * request is open again and the circle looks for someone else. Says nothing of who.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, never null
   * @since 0.1.0
   */
  public String reopenedForRequester(Locale locale) {
    return notice("reopened.requester", locale);
  }

  /**
   * To the app group, after the helper's yes was withdrawn: the request is open again. Names nobody.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, never null
   * @since 0.1.0
   */
  public String reopenedForGroup(Locale locale) {
    return notice("reopened.group", locale);
  }

  /**
   * To a connector, after the helper's yes was withdrawn: the request is open again and others will
   * be asked; with the request id, so that the connector can look up who in the plan's answers.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, never null
   * @since 0.1.0
   */
  public String reopenedForConnector(Locale locale) {
    return format("reopened.connector", locale, Map.of());
  }

  /**
   * To the requester, by a message: nobody could be found in time; a connector will get in touch.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, never null
   */
  public String notFoundForRequester(Locale locale) {
    return notice("notFound.requester", locale);
  }

  /**
   * To the requester, worded for the channel it goes by: by a message, as {@link
   * #notFoundForRequester(Locale)} (a connector will get in touch); on a connector's call, the
   * connector who is calling reads out the next step and, when there is one, whom to call for it,
   * instead of promising a connector's call. A step that is the circle's work (post the request
   * again with a wider window, ask a neighbouring circle) is worded for someone without the app:
   * if they still need the help, they say so there and then on the call.
   *
   * @param channel how it goes: {@link Channel#CALL}, or a message ({@link Channel#DIRECT}); not null
   * @param nextStep the suggested next step, not null; read only for a call
   * @param contact whom to call for the next step, or empty; not null; read only for a call
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, never null
   * @since 0.1.0
   */
  public String notFoundForRequester(Channel channel, NextStep nextStep, Optional<ReferralContact> contact,
      Locale locale) {
    return byChannel(channel, "notFound.requester", "notFound.requesterByCall", nextStep, contact, locale);
  }

  /**
   * To the requester: nobody could be found in time, and no connector but the requester is in the
   * circle to follow it up (the requester is never their own connector), so the text gives the next
   * step instead of promising that a connector will get in touch.
   *
   * @param nextStep the suggested next step, not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, never null
   * @since 0.1.0
   */
  public String notFoundWithoutConnector(NextStep nextStep, Locale locale) {
    return format("notFound.requesterNoConnector", locale,
        Map.of("advice", Objects.requireNonNull(nextStep, "nextStep").advice(locale)));
  }

  /**
   * To the app group or an asked member: the request is closed without a helper from the ask.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, never null
   */
  public String closed(Locale locale) {
    return notice("closed", locale);
  }

  /**
   * To the app group or an asked member: the request was withdrawn.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, never null
   */
  public String withdrawn(Locale locale) {
    return notice("withdrawn", locale);
  }

  /**
   * To the helper, the evening before: a reminder of the help they agreed to give.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the reminder, never null
   */
  public String reminder(Locale locale) {
    return notice("reminder.helper", locale);
  }

  /**
   * To the helper, an hour before: a reminder of the help they agreed to give.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the reminder, never null
   */
  public String reminderSoon(Locale locale) {
    return notice("reminderSoon.helper", locale);
  }

  /**
   * To the helper, worded for the channel it goes by, the evening before: a reminder of the help
   * they agreed to give. By a message, as {@link #reminder(Locale)}; on a connector's call it asks
   * whether they can still help, which they answer yes or no there and then (no: they step back).
   *
   * @param channel how it goes: {@link Channel#CALL}, or a message ({@link Channel#DIRECT}); not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the reminder, never null
   * @since 0.1.0
   */
  public String reminder(Channel channel, Locale locale) {
    return notice(byCall("reminder.helper", channel), locale);
  }

  /**
   * To the helper, worded for the channel it goes by, an hour before: as {@link #reminder(Channel,
   * Locale)}, and by a message as {@link #reminderSoon(Locale)}.
   *
   * @param channel how it goes: {@link Channel#CALL}, or a message ({@link Channel#DIRECT}); not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the reminder, never null
   * @since 0.1.0
   */
  public String reminderSoon(Channel channel, Locale locale) {
    return notice(byCall("reminderSoon.helper", channel), locale);
  }

  /** The key of a text's wording on a connector's call ({@code key + "ByCall"}), else the key itself. */
  private static String byCall(String key, Channel channel) {
    return Objects.requireNonNull(channel, "channel") == Channel.CALL ? key + "ByCall" : key;
  }

  /**
   * To the requester, by a message, when the help should be over: was it given? Let the connector
   * know.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the question, never null
   */
  public String feedbackForRequester(Locale locale) {
    return notice("feedback.requester", locale);
  }

  /**
   * To the requester, worded for the channel it goes by, when the help should be over: was it
   * given? By a message, as {@link #feedbackForRequester(Locale)} (let the connector know); on a
   * connector's call only the question, which the requester answers the connector who is calling.
   *
   * @param channel how it goes: {@link Channel#CALL}, or a message ({@link Channel#DIRECT}); not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the question, never null
   * @since 0.1.0
   */
  public String feedbackForRequester(Channel channel, Locale locale) {
    return notice(byCall("feedback.requester", channel), locale);
  }

  /**
   * To the requester, when the help should be over, in a circle with no connector but the
   * requester (the requester is never their own connector): was it given? With nobody to let know,
   * the question asks them to record it themselves instead of telling "the connector".
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the question, never null
   * @since 0.1.0
   */
  public String feedbackWithoutConnector(Locale locale) {
    return notice("feedback.requesterNoConnector", locale);
  }

  /**
   * To a connector, when the help should be over: record that it was given, or that it did not
   * happen.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the question, with the request id, never null
   */
  public String feedbackForConnector(Locale locale) {
    return format("feedback.connector", locale, Map.of());
  }

  /**
   * To a connector: nobody said yes and nobody is left to ask; with 0 asked, that nobody in the
   * circle could be asked at all and why, which is not the same as everyone asked saying no.
   *
   * @param asked how many members were asked, 0 or more
   * @param why why nobody could be asked, read only when {@code asked} is 0; not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, with the request id, never null
   */
  public String escalationForConnector(int asked, NobodyAsked why, Locale locale) {
    return format("escalation.connector", locale, Map.of("asked", asked, "nobody", nobody(why, locale)));
  }

  private static String nobody(NobodyAsked why, Locale locale) {
    return Phrases.format("nobody." + Objects.requireNonNull(why, "why").name(), locale, Map.of());
  }

  /**
   * To the requester, when nobody is left to ask and the circle has no connector but the requester
   * to take the request up: says so, rather than leaving them waiting for a connector who is not
   * there. With 0 asked, that nobody in the circle could be asked at all and why.
   *
   * @param asked how many members were asked, 0 or more
   * @param why why nobody could be asked, read only when {@code asked} is 0; not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, without the request id, never null
   * @since 0.1.0
   */
  public String escalationForRequester(int asked, NobodyAsked why, Locale locale) {
    return format("escalation.requester", locale, Map.of("asked", asked, "nobody", nobody(why, locale)));
  }

  /**
   * To a connector: the request expired, with the next step and, when there is one, whom to call
   * for it. When nobody was asked, why: the same reason as the escalation's.
   *
   * @param asked how many members were asked, 0 or more
   * @param why why nobody could be asked, read only when {@code asked} is 0; not null
   * @param nextStep the suggested next step, not null
   * @param contact whom to call for the next step (the municipal desk from the circle's referral
   *     directory), or empty; not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, with the request id, never null
   */
  public String expiryForConnector(int asked, NobodyAsked why, NextStep nextStep, Optional<ReferralContact> contact,
      Locale locale) {
    return withContact(format("expired.connector", locale, Map.of("asked", asked, "nobody", nobody(why, locale),
        "advice", nextStep.advice(locale))), contact, locale);
  }

  /**
   * To a connector: the helper's yes was withdrawn (they did not come, or stepped back) when it was
   * too late to ask anyone else, with the next step and, when there is one, whom to call for it.
   * Names nobody; the connector finds the helper in the plan's answers.
   *
   * @param nextStep the suggested next step, not null
   * @param contact whom to call for the next step, or empty; not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, with the request id, never null
   * @since 0.1.0
   */
  public String helperDidNotComeForConnector(NextStep nextStep, Optional<ReferralContact> contact, Locale locale) {
    return withContact(format("helperLate.connector", locale,
        Map.of("advice", Objects.requireNonNull(nextStep, "nextStep").advice(locale))), contact, locale);
  }

  /**
   * To the requester: the helper could not come after all, and it is too late to ask anyone else;
   * a connector will get in touch. Names nobody.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, never null
   * @since 0.1.0
   */
  public String helperDidNotComeForRequester(Locale locale) {
    return notice("helperLate.requester", locale);
  }

  /**
   * To the requester, worded for the channel it goes by: by a message, as {@link
   * #helperDidNotComeForRequester(Locale)} (a connector will get in touch); on a connector's call,
   * the connector who is calling reads out the next step (worded for the call, as in {@link
   * #notFoundForRequester(Channel, NextStep, Optional, Locale)}) and, when there is one, whom to call
   * for it, instead of promising a connector's call. Names nobody.
   *
   * @param channel how it goes: {@link Channel#CALL}, or a message ({@link Channel#DIRECT}); not null
   * @param nextStep the suggested next step, not null; read only for a call
   * @param contact whom to call for the next step, or empty; not null; read only for a call
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, never null
   * @since 0.1.0
   */
  public String helperDidNotComeForRequester(Channel channel, NextStep nextStep, Optional<ReferralContact> contact,
      Locale locale) {
    return byChannel(channel, "helperLate.requester", "helperLate.requesterByCall", nextStep, contact, locale);
  }

  /**
   * To the requester, in a circle with no connector but them: the helper could not come after all,
   * it is too late to ask anyone else, and the next step, instead of the promise of a connector.
   *
   * @param nextStep the suggested next step, not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, never null
   * @since 0.1.0
   */
  public String helperDidNotComeWithoutConnector(NextStep nextStep, Locale locale) {
    return format("helperLate.requesterNoConnector", locale,
        Map.of("advice", Objects.requireNonNull(nextStep, "nextStep").advice(locale)));
  }

  /**
   * To a connector: the request is not for the circle and was referred elsewhere, with whom to
   * call from the circle's referral directory.
   *
   * @param decision the scope decision, a referral, not null; the library's reasons hold no
   *     personal data
   * @param contact whom to call for the decision's target, or empty when the directory has nobody
   *     for it; not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, with the request id, never null
   */
  public String referralForConnector(ScopeDecision decision, Optional<ReferralContact> contact, Locale locale) {
    return withContact(format("referred.connector", locale, Map.of("reason", decision.reason(locale))), contact,
        locale);
  }

  /**
   * To the requester (only to them), by a message: the circle cannot take the request on, why, and
   * whom to call instead; a connector will get in touch.
   *
   * @param decision the scope decision, a referral, not null
   * @param contact whom to call for the decision's target, or empty; not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, never null
   */
  public String referralForRequester(ScopeDecision decision, Optional<ReferralContact> contact, Locale locale) {
    return referralWithoutConnector(decision, contact, locale) + " " + format("connectorInTouch", locale, Map.of());
  }

  /**
   * To the requester (only to them), worded for the channel it goes by: the circle cannot take the
   * request on, why (where it belongs), and whom to call instead. By a message, as {@link
   * #referralForRequester(ScopeDecision, Optional, Locale)} (a connector will get in touch); on a
   * connector's call without that promise: the connector who is calling is the one in touch.
   *
   * @param decision the scope decision, a referral, not null
   * @param contact whom to call for the decision's target, or empty; not null
   * @param channel how it goes: {@link Channel#CALL}, or a message ({@link Channel#DIRECT}); not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, never null
   * @since 0.1.0
   */
  public String referralForRequester(ScopeDecision decision, Optional<ReferralContact> contact, Channel channel,
      Locale locale) {
    return Objects.requireNonNull(channel, "channel") == Channel.CALL
        ? referralWithoutConnector(decision, contact, locale) : referralForRequester(decision, contact, locale);
  }

  /**
   * To the requester (only to them): the circle cannot take the request on, why, and whom to call
   * instead; for a circle with no connector but the requester, so without the promise that a
   * connector will get in touch.
   *
   * @param decision the scope decision, a referral, not null
   * @param contact whom to call for the decision's target, or empty; not null
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, never null
   * @since 0.1.0
   */
  public String referralWithoutConnector(ScopeDecision decision, Optional<ReferralContact> contact, Locale locale) {
    return withContact(format("referred.requester", locale, Map.of("reason", decision.reason(locale))), contact,
        locale);
  }

  /**
   * To a connector: new calls on their call sheet for this request.
   *
   * @param count how many calls, 1 or more
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the notice, with the request id, never null
   */
  public String callsForConnector(int count, Locale locale) {
    return format("calls.connector", locale, Map.of("count", count));
  }

  /**
   * A notice to the requester by the channel it goes by: by a message, {@code messageKey}'s text (a
   * connector will get in touch); on a connector's call, {@code callKey}'s with the next step and
   * whom to call for it.
   */
  private String byChannel(Channel channel, String messageKey, String callKey, NextStep nextStep,
      Optional<ReferralContact> contact, Locale locale) {
    Objects.requireNonNull(nextStep, "nextStep");
    Objects.requireNonNull(contact, "contact");
    if (Objects.requireNonNull(channel, "channel") != Channel.CALL) {
      return notice(messageKey, locale);
    }
    return withContact(format(callKey, locale, Map.of("advice", adviceByCall(nextStep, locale))), contact, locale);
  }

  /**
   * The next step as told to the requester on a connector's call: a step that is the circle's work
   * (post the request again, ask a neighbouring circle), which a member without the app cannot do
   * themselves, is what they can say there and then on the call; any other step as {@link
   * NextStep#advice}.
   */
  private static String adviceByCall(NextStep nextStep, Locale locale) {
    String key = "nextStepByCall." + nextStep.name();
    return Phrases.has(key) ? Phrases.format(key, locale, Map.of()) : nextStep.advice(locale);
  }

  private String notice(String key, Locale locale) {
    return format(key, locale, Map.of());
  }

  /** Every text's placeholders: the request id (used in connectors' texts only), the help, when. */
  private String format(String key, Locale locale, Map<String, ?> more) {
    Map<String, Object> arguments = new LinkedHashMap<>(more);
    arguments.put("request", request.value());
    arguments.put("help", help(locale));
    arguments.put("when", when(locale));
    return Phrases.format(key, locale, arguments);
  }

  private static String withContact(String text, Optional<ReferralContact> contact, Locale locale) {
    return contact.map(c -> text + " " + Phrases.format("whomToCall", locale, Map.of("contact", c.whomToCall(locale))))
        .orElse(text);
  }

  private static boolean isDutch(Locale locale) {
    return "nl".equals(Objects.requireNonNull(locale, "locale").getLanguage());
  }

  /**
   * The request id only: the texts hold no personal data, but are not for logs either.
   *
   * @return for example {@code "RequestTexts{request=r-1}"}
   */
  @Override
  public String toString() {
    return "RequestTexts{request=" + request + "}";
  }
}
