package nl.voorzorgcirkel.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.coordination.asking.AskPlan;
import nl.voorzorgcirkel.coordination.asking.CircleAgreements;
import nl.voorzorgcirkel.coordination.asking.CircleAsks;
import nl.voorzorgcirkel.coordination.asking.FiledBy;
import nl.voorzorgcirkel.coordination.asking.Visibility;
import nl.voorzorgcirkel.coordination.callsheet.CallEntry;
import nl.voorzorgcirkel.coordination.callsheet.CallOutcome;
import nl.voorzorgcirkel.coordination.callsheet.CallSheet;
import nl.voorzorgcirkel.coordination.messaging.InMemoryMessagePort;
import nl.voorzorgcirkel.coordination.messaging.Message;
import nl.voorzorgcirkel.coordination.messaging.Purpose;
import nl.voorzorgcirkel.coordination.referral.ReferralContact;
import nl.voorzorgcirkel.coordination.referral.ReferralDirectory;
import nl.voorzorgcirkel.coordination.texts.Area;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;

/**
 * For platform developers: a week of a circle's requests through ask plans and the in-memory
 * message port, driven the way a platform's scheduler drives them (every quarter of an hour, the
 * circle's plans advanced together through {@link CircleAsks} when a next check has come, so that
 * the weekly most asks per member holds across them), printed as the app group and the connectors'
 * call sheets would show them.
 *
 * <p>Five requests: a ride posted in the group (the first asked says no, the next says yes); a
 * private request for groceries from a member without a smartphone, filed for her by a connector: those
 * asked first say no, and a member without a smartphone, called by a connector, is not in at first
 * and says yes on the second call; a visit asked of named members; and a small job nobody takes,
 * which is escalated to the connectors and expires with a next step; and help with washing, filed
 * by a connector for a member without a smartphone, which is referred to district nursing with the
 * number from the circle's referral directory, on the connector's call sheet.
 */
public final class CoordinationExample {

  private static final ZoneId ZONE = WeeklyAvailability.DEFAULT_ZONE;
  /** The circle's referral directory: whom to call for what the circle does not do. */
  private static final ReferralDirectory REFERRALS = ReferralDirectory.of(List.of(
      ReferralContact.of(ReferralTarget.DISTRICT_NURSING, "District nursing team Muziekwijk",
          "Wijkverpleging team Muziekwijk", "036 123 45 67"),
      ReferralContact.of(ReferralTarget.SOCIAL_TEAM, "Social team Almere Stad", "Sociaal wijkteam Almere Stad",
          "14 036")));

  private CoordinationExample() {}

  /** What the example produced, for its test. */
  public record Outcome(Circle circle, List<AskPlan> plans, InMemoryMessagePort port, List<CallEntry> calls) {}

  /**
   * Runs the week and prints it.
   *
   * @param clock where the week starts, not null
   * @param locale the language of the texts and the output, not null
   * @param out where to print, not null
   * @return the plans at the end of the week and every message sent
   */
  public static Outcome run(Clock clock, Locale locale, PrintStream out) {
    LocalDate today = LocalDate.now(clock.withZone(ZONE));
    Circle circle = SampleCircles.muziekwijk(today);
    Instant start = clock.instant();
    CircleAgreements agreements = CircleAgreements.builder().locale(locale).build();
    CircleSnapshot snapshot = CircleSnapshot.at(circle, HelpLedger.empty(), start);
    Map<String, AskPlan> plans = new LinkedHashMap<>();
    plans.put("ride", plan(circle, snapshot, agreements, request("r-ride", "m-03", Capability.RIDE_BY_CAR,
        TimeWindow.fixed(at(today.plusDays(1), 10), at(today.plusDays(1), 12)), start), Visibility.group()));
    // the connector adds to the ranking a neighbour without a smartphone whom she knows to be at home
    HelpRequest groceries = request("r-groceries", "m-12", Capability.GROCERIES_AND_ERRANDS,
        TimeWindow.flexibleWithinDays(today.plusDays(1), 2, ZONE), start);
    List<MemberId> order = new ArrayList<>(MatchingStrategies.standard().order(groceries, snapshot));
    order.remove(MemberId.of("m-10"));
    order.add(MemberId.of("m-10"));
    // m-12 has no smartphone: she phoned connector m-01, who filed the request for her
    plans.put("groceries", AskPlan.builder(groceries, circle).order(order).visibility(Visibility.connectorsOnly())
        .filedBy(FiledBy.connector(MemberId.of("m-01"))).agreements(agreements).area(Area.of("Muziekwijk")).build());
    plans.put("visit", plan(circle, snapshot, agreements, request("r-visit", "m-09", Capability.VISITS_AND_COMPANY,
        TimeWindow.flexibleWithinDays(today.plusDays(2), 3, ZONE), start),
        Visibility.members(List.of(MemberId.of("m-05"), MemberId.of("m-07"), MemberId.of("m-04")))));
    plans.put("job", plan(circle, snapshot, agreements, request("r-job", "m-06", Capability.SMALL_JOBS,
        TimeWindow.fixed(at(today.plusDays(3), 14), at(today.plusDays(3), 16)), start), Visibility.group()));
    // m-11 asked connector m-02 for help with washing: not for the circle; the referral says whom to call
    plans.put("care", AskPlan.builder(request("r-care", "m-11", Capability.of("personal-care"),
            TimeWindow.fixed(at(today.plusDays(1), 9), at(today.plusDays(1), 10)), start), circle)
        .rankedBy(MatchingStrategies.standard(), snapshot).visibility(Visibility.connectorsOnly())
        .filedBy(FiledBy.connector(MemberId.of("m-02"))).agreements(agreements).referrals(REFERRALS).build());
    CircleAsks asks = CircleAsks.of(circle);
    for (AskPlan plan : plans.values()) {
      asks = asks.with(plan);
    }

    InMemoryMessagePort port = new InMemoryMessagePort();
    // the platform's scheduler: every quarter of an hour for a week
    for (int quarter = 0; quarter < 7 * 24 * 4; quarter++) {
      Instant now = start.plus(Duration.ofMinutes(15L * quarter));
      // every plan together, so that nobody gets more than the agreed asks a week across them
      boolean due = asks.plans().stream().anyMatch(p -> !p.isFinished()
          && p.nextCheck().map(t -> !t.isAfter(now)).orElse(p.lifecycle().history().isEmpty()));
      if (due) {
        asks = asks.advance(now).sendTo(port);
      }
      for (Map.Entry<String, AskPlan> entry : plans.entrySet()) {
        RequestId id = entry.getValue().request().id();
        asks = asks.with(answers(entry.getKey(), asks.plan(id).orElseThrow(), now, port));
      }
    }
    print(circle, asks.plans(), port, locale, out);
    return new Outcome(circle, asks.plans(), port, asks.calls());
  }

  /** What the members answer in this example, half an hour after they were asked (or called). */
  private static AskPlan answers(String name, AskPlan plan, Instant now, InMemoryMessagePort port) {
    if (plan.isFinished() || plan.asked().isEmpty()) {
      return plan;
    }
    Instant firstAsk = plan.lifecycle().history().get(0).event().at();
    boolean halfHourLater = now.equals(firstAsk.plus(Duration.ofMinutes(30)));
    boolean hourLater = now.equals(firstAsk.plus(Duration.ofMinutes(60)));
    switch (name) {
      case "ride":
        if (halfHourLater) {
          return plan.answer(now, plan.asked().get(0), false).sendTo(port);
        }
        if (hourLater) {
          return plan.answer(now, plan.asked().get(1), true).sendTo(port);
        }
        return plan;
      case "groceries":
        // those asked first say no; the next round reaches a member by phone, who is not in at
        // first and says yes when the connector calls again
        if (halfHourLater) {
          for (MemberId m : List.copyOf(plan.lifecycle().pendingHelpers())) {
            plan = plan.answer(now, m, false).sendTo(port);
          }
          return plan;
        }
        // the asks on the phone (a notice on the sheet is recorded as told, not answered yes or no)
        List<CallEntry> open = plan.calls().stream().filter(c -> c.isOpen() && c.purpose() == Purpose.ASK).toList();
        if (!open.isEmpty() && now.equals(open.get(0).askedAt().plus(Duration.ofMinutes(30)))) {
          return plan.recordCall(now, open.get(0).member(), CallOutcome.NO_ANSWER).sendTo(port);
        }
        if (!open.isEmpty() && now.equals(open.get(0).askedAt().plus(Duration.ofHours(2)))) {
          return plan.recordCall(now, open.get(0).member(), CallOutcome.YES).sendTo(port);
        }
        return plan;
      case "visit":
        return halfHourLater ? plan.answer(now, plan.asked().get(0), true).sendTo(port) : plan;
      default:
        return plan; // the small job: nobody answers
    }
  }

  private static AskPlan plan(Circle circle, CircleSnapshot snapshot, CircleAgreements agreements,
      HelpRequest request, Visibility visibility) {
    return AskPlan.builder(request, circle)
        .rankedBy(MatchingStrategies.standard(), snapshot)
        .visibility(visibility)
        .agreements(agreements)
        .area(Area.of("Muziekwijk"))
        .build();
  }

  private static HelpRequest request(String id, String requester, Capability capability, TimeWindow window,
      Instant now) {
    return HelpRequest.builder().id(RequestId.of(id)).requester(MemberId.of(requester)).capability(capability)
        .window(window).expectedDuration(Duration.ofHours(1)).createdAt(now).build();
  }

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(ZONE).toInstant();
  }

  private static void print(Circle circle, List<AskPlan> plans, InMemoryMessagePort port, Locale locale,
      PrintStream out) {
    DateTimeFormatter time = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", locale);
    out.println("-- appgroep / app group --");
    for (Message m : port.groupChat()) {
      out.println("[" + time.format(m.at().atZone(ZONE)) + "] " + m.text());
    }
    out.println();
    out.println("-- persoonlijke berichten / direct messages: " + (port.messages().size() - port.groupChat().size()));
    for (Message m : port.messages()) {
      if (!m.recipient().isGroup()) {
        out.println("[" + time.format(m.at().atZone(ZONE)) + "] " + m.recipient() + " (" + m.purpose() + "): "
            + m.text());
      }
    }
    List<CallEntry> calls = new ArrayList<>();
    plans.forEach(p -> calls.addAll(p.calls()));
    for (Member connector : circle.connectorsOn(LocalDate.ofInstant(port.messages().get(0).at(), ZONE))) {
      out.println();
      out.print(CallSheet.of(connector.id(), calls).print(circle, ZONE, locale));
    }
    out.println();
    for (AskPlan plan : plans) {
      out.println(plan.request().id() + ": " + plan.lifecycle().state()
          + plan.lifecycle().helper().map(h -> " (" + h + ")").orElse("")
          + plan.lifecycle().nextStep().map(s -> " - " + s.advice(locale)).orElse(""));
    }
  }
}
