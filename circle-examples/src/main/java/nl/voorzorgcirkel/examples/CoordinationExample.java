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
import nl.voorzorgcirkel.coordination.asking.AskStep;
import nl.voorzorgcirkel.coordination.asking.CircleAgreements;
import nl.voorzorgcirkel.coordination.asking.Visibility;
import nl.voorzorgcirkel.coordination.callsheet.CallEntry;
import nl.voorzorgcirkel.coordination.callsheet.CallOutcome;
import nl.voorzorgcirkel.coordination.callsheet.CallSheet;
import nl.voorzorgcirkel.coordination.messaging.InMemoryMessagePort;
import nl.voorzorgcirkel.coordination.messaging.Message;
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
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;

/**
 * For platform developers: a week of a circle's requests through ask plans and the in-memory
 * message port, driven the way a platform's scheduler drives them (every quarter of an hour, each
 * plan advanced when its next check has come), printed as the app group and the connectors' call
 * sheets would show them.
 *
 * <p>Four requests: a ride posted in the group (the first asked says no, the next says yes); a
 * private request for groceries from a member without a smartphone, made to the connectors: those
 * asked first say no, and a member without a smartphone, called by a connector, is not in at first
 * and says yes on the second call; a visit asked of named members; and a small job nobody takes,
 * which is escalated to the connectors and expires with a next step.
 */
public final class CoordinationExample {

  private static final ZoneId ZONE = WeeklyAvailability.DEFAULT_ZONE;

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
    plans.put("groceries", AskPlan.builder(groceries, circle).order(order).visibility(Visibility.connectorsOnly())
        .agreements(agreements).area(Area.of("Muziekwijk")).build());
    plans.put("visit", plan(circle, snapshot, agreements, request("r-visit", "m-09", Capability.VISITS_AND_COMPANY,
        TimeWindow.flexibleWithinDays(today.plusDays(2), 3, ZONE), start),
        Visibility.members(List.of(MemberId.of("m-05"), MemberId.of("m-07"), MemberId.of("m-04")))));
    plans.put("job", plan(circle, snapshot, agreements, request("r-job", "m-06", Capability.SMALL_JOBS,
        TimeWindow.fixed(at(today.plusDays(3), 14), at(today.plusDays(3), 16)), start), Visibility.group()));

    InMemoryMessagePort port = new InMemoryMessagePort();
    // the platform's scheduler: every quarter of an hour for a week
    for (int quarter = 0; quarter < 7 * 24 * 4; quarter++) {
      Instant now = start.plus(Duration.ofMinutes(15L * quarter));
      for (Map.Entry<String, AskPlan> entry : plans.entrySet()) {
        AskPlan plan = entry.getValue();
        // due when its next check has come; a new plan (nothing happened yet) at once
        boolean due = !plan.isFinished()
            && plan.nextCheck().map(t -> !t.isAfter(now)).orElse(plan.lifecycle().history().isEmpty());
        if (due) {
          AskStep step = plan.advance(now);
          plan = step.sendTo(port);
        }
        plan = answers(entry.getKey(), plan, now, port);
        entry.setValue(plan);
      }
    }
    print(circle, new ArrayList<>(plans.values()), port, locale, out);
    List<CallEntry> finalCalls = new ArrayList<>();
    plans.values().forEach(p -> finalCalls.addAll(p.calls()));
    return new Outcome(circle, List.copyOf(plans.values()), port, List.copyOf(finalCalls));
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
          return plan.answer(now, plan.asked().get(0), false, null).sendTo(port);
        }
        if (hourLater) {
          return plan.answer(now, plan.asked().get(1), true, null).sendTo(port);
        }
        return plan;
      case "groceries":
        // those asked first say no; the next round reaches a member by phone, who is not in at
        // first and says yes when the connector calls again
        if (halfHourLater) {
          for (MemberId m : List.copyOf(plan.lifecycle().pendingHelpers())) {
            plan = plan.answer(now, m, false, null).sendTo(port);
          }
          return plan;
        }
        List<CallEntry> open = plan.calls().stream().filter(CallEntry::isOpen).toList();
        if (!open.isEmpty() && now.equals(open.get(0).askedAt().plus(Duration.ofMinutes(30)))) {
          return plan.recordCall(now, open.get(0).member(), CallOutcome.NO_ANSWER).sendTo(port);
        }
        if (!open.isEmpty() && now.equals(open.get(0).askedAt().plus(Duration.ofHours(2)))) {
          return plan.recordCall(now, open.get(0).member(), CallOutcome.YES).sendTo(port);
        }
        return plan;
      case "visit":
        return halfHourLater ? plan.answer(now, plan.asked().get(0), true, null).sendTo(port) : plan;
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
