package nl.voorzorgcirkel.core.assessment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.activity.ActivityLog;
import nl.voorzorgcirkel.core.checkin.CheckInCall;
import nl.voorzorgcirkel.core.checkin.CheckIns;
import nl.voorzorgcirkel.core.checkin.Escalation;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.contact.ContactKind;
import nl.voorzorgcirkel.core.contact.ContactLog;
import nl.voorzorgcirkel.core.contact.ContactSignal;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.AskHistory;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.lifecycle.Transition;
import nl.voorzorgcirkel.core.model.CalendarWeeks;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;

/** The checks of a circle's life; see {@link CircleHealthCheck#check(Circle, CircleLife, LocalDate)}. */
final class LifeChecks {

  private final Circle circle;
  private final CircleLife life;
  private final LocalDate date;
  private final ZoneId zone;
  private final LifeThresholds thresholds;
  /** The end of the day checked: everything before it counts. */
  private final Instant now;
  private final List<Member> members;
  private final List<HealthFinding> findings;

  LifeChecks(Circle circle, CircleLife life, LocalDate date, List<HealthFinding> findings) {
    this.circle = circle;
    this.life = life;
    this.date = date;
    this.zone = life.zone();
    this.thresholds = life.thresholds();
    this.now = date.plusDays(1).atStartOfDay(zone).toInstant();
    this.members = circle.membersOn(date);
    this.findings = findings;
  }

  void run() {
    life.ledger().ifPresent(ledger -> overCapacity(ledger,
        life.commitments().orElse(CommitmentBook.empty())));
    life.requests().ifPresent(requests -> {
      HelpLedger ledger = life.ledger().orElse(HelpLedger.empty());
      neverAsked(requests, ledger);
      neverAsk(requests, ledger);
      risingExpiries(requests);
    });
    if (life.requests().isPresent() || life.calls().isPresent() || life.checkIns().isPresent()) {
      ContactLog contacts = life.contacts();
      connectorLoad(life.requests().orElse(List.of()), contacts);
      life.checkIns().ifPresent(checkIns -> overdueCheckIns(checkIns, contacts));
    }
    life.activities().ifPresent(this::noSharedActivity);
  }

  /**
   * Helpers over capacity in each of the last {@code weeksOverCapacity} weeks: the complete weeks
   * before this one by help given, this week by help given and promised.
   */
  private void overCapacity(HelpLedger ledger, CommitmentBook commitments) {
    int weeks = thresholds.weeksOverCapacity();
    Instant thisWeek = CalendarWeeks.startOf(now.minusNanos(1), zone);
    Instant nextWeek = CalendarWeeks.endOf(now.minusNanos(1), zone);
    List<MemberId> over = new ArrayList<>();
    for (Member member : members) {
      Duration capacity = member.capacityPerWeek();
      boolean everyWeek = ledger.givenBy(member.id(), thisWeek, nextWeek)
          .plus(commitments.committedBy(member.id(), thisWeek, nextWeek)).compareTo(capacity) > 0;
      Instant end = thisWeek;
      for (int k = 1; k < weeks && everyWeek; k++) {
        Instant start = CalendarWeeks.startOf(end.minusSeconds(1), zone);
        everyWeek = ledger.givenBy(member.id(), start, end).compareTo(capacity) > 0;
        end = start;
      }
      if (everyWeek) {
        over.add(member.id());
      }
    }
    if (!over.isEmpty()) {
      findings.add(new HealthFinding(Severity.WARNING, HealthCode.HELPERS_OVER_CAPACITY, null,
          sorted(over), Map.of("weeks", weeks)));
    }
  }

  /** Members who offer something, were in the circle the whole period and were never asked. */
  private void neverAsked(List<RequestLifecycle> requests, HelpLedger ledger) {
    Instant from = now.minus(Duration.ofDays(7L * thresholds.quietWeeks()));
    AskHistory asks = AskHistory.from(requests);
    List<MemberId> never = new ArrayList<>();
    for (Member member : membersThroughout(from)) {
      if (!member.capabilities().isEmpty() && member.status() == MemberStatus.ACTIVE
          && asks.timesAsked(member.id(), from, now) == 0
          && ledger.givenBy(member.id(), from, now).isZero()) {
        never.add(member.id());
      }
    }
    if (!never.isEmpty()) {
      findings.add(new HealthFinding(Severity.INFO, HealthCode.MEMBERS_NEVER_ASKED, null,
          sorted(never), Map.of("weeks", thresholds.quietWeeks())));
    }
  }

  /** Members in the circle the whole period who asked for nothing and received nothing. */
  private void neverAsk(List<RequestLifecycle> requests, HelpLedger ledger) {
    Instant from = now.minus(Duration.ofDays(7L * thresholds.quietWeeks()));
    Set<MemberId> asked = new HashSet<>();
    for (RequestLifecycle lifecycle : requests) {
      Instant created = lifecycle.request().createdAt();
      if (!created.isBefore(from) && created.isBefore(now)) {
        asked.add(lifecycle.request().requester());
      }
    }
    List<MemberId> never = new ArrayList<>();
    for (Member member : membersThroughout(from)) {
      if (!asked.contains(member.id()) && ledger.receivedBy(member.id(), from, now).isZero()) {
        never.add(member.id());
      }
    }
    if (!never.isEmpty()) {
      findings.add(new HealthFinding(Severity.INFO, HealthCode.MEMBERS_NEVER_ASK, null,
          sorted(never), Map.of("weeks", thresholds.quietWeeks())));
    }
  }

  /** Expiries in the recent weeks against the same number of weeks before. */
  private void risingExpiries(List<RequestLifecycle> requests) {
    Duration period = Duration.ofDays(7L * thresholds.recentWeeks());
    Instant recentFrom = now.minus(period);
    Instant previousFrom = recentFrom.minus(period);
    int recent = 0;
    int previous = 0;
    for (RequestLifecycle lifecycle : requests) {
      for (Transition transition : lifecycle.history()) {
        if (transition.event() instanceof RequestEvent.Expired) {
          Instant at = transition.event().at();
          if (!at.isBefore(recentFrom) && at.isBefore(now)) {
            recent++;
          } else if (!at.isBefore(previousFrom) && at.isBefore(recentFrom)) {
            previous++;
          }
        }
      }
    }
    if (recent > previous && recent >= 2) {
      findings.add(new HealthFinding(Severity.WARNING, HealthCode.RISING_EXPIRIES, null, List.of(),
          Map.of("recent", recent, "previous", previous, "weeks", thresholds.recentWeeks())));
    }
  }

  /**
   * Connectors' tasks a week over the recent weeks: asking helpers and referring requests (from
   * the lifecycles), check-ins and calls they made (from the contacts).
   */
  private void connectorLoad(List<RequestLifecycle> requests, ContactLog contacts) {
    Instant from = now.minus(Duration.ofDays(7L * thresholds.recentWeeks()));
    Map<MemberId, Integer> tasks = new TreeMap<>();
    for (Member connector : circle.connectorsOn(date)) {
      tasks.put(connector.id(), 0);
    }
    for (RequestLifecycle lifecycle : requests) {
      for (Transition transition : lifecycle.history()) {
        RequestEvent event = transition.event();
        if ((event instanceof RequestEvent.Asked || event instanceof RequestEvent.Referred)
            && !event.at().isBefore(from) && event.at().isBefore(now)) {
          event.by().filter(tasks::containsKey).ifPresent(by -> tasks.merge(by, 1, Integer::sum));
        }
      }
    }
    for (ContactSignal signal : contacts.signals()) {
      if ((signal.kind() == ContactKind.CHECK_IN || signal.kind() == ContactKind.CALL)
          && !signal.at().isBefore(from) && signal.at().isBefore(now)) {
        signal.with().filter(tasks::containsKey).ifPresent(by -> tasks.merge(by, 1, Integer::sum));
      }
    }
    List<MemberId> loaded = new ArrayList<>();
    double most = 0;
    for (Map.Entry<MemberId, Integer> entry : tasks.entrySet()) {
      double perWeek = entry.getValue() / (double) thresholds.recentWeeks();
      if (perWeek > thresholds.connectorTasksPerWeek()) {
        loaded.add(entry.getKey());
        most = Math.max(most, perWeek);
      }
    }
    if (!loaded.isEmpty()) {
      findings.add(new HealthFinding(Severity.WARNING, HealthCode.CONNECTOR_LOAD, null, loaded,
          Map.of("max", thresholds.connectorTasksPerWeek(),
              "tasksPerWeek", Math.round(most * 10) / 10.0)));
    }
  }

  private void noSharedActivity(ActivityLog activities) {
    Instant from = now.minus(Duration.ofDays(7L * thresholds.weeksWithoutActivity()));
    if (activities.between(from, now).isEmpty()) {
      findings.add(new HealthFinding(Severity.WARNING, HealthCode.NO_SHARED_ACTIVITY, null,
          List.of(), Map.of("weeks", thresholds.weeksWithoutActivity())));
    }
  }

  /** Check-ins at the connectors' step: counted only, never naming the member in a report. */
  private void overdueCheckIns(CheckIns checkIns, ContactLog contacts) {
    int overdue = 0;
    for (CheckInCall call : checkIns.due(circle, contacts, date, zone)) {
      if (call.escalation() == Escalation.CONNECTOR) {
        overdue++;
      }
    }
    if (overdue > 0) {
      findings.add(new HealthFinding(Severity.WARNING, HealthCode.CHECK_INS_OVERDUE, null,
          List.of(), Map.of("overdue", overdue)));
    }
  }

  /** Members in the circle since before {@code from}. */
  private List<Member> membersThroughout(Instant from) {
    LocalDate first = LocalDate.ofInstant(from, zone);
    List<Member> throughout = new ArrayList<>();
    for (Member member : members) {
      if (!member.joined().isAfter(first)) {
        throughout.add(member);
      }
    }
    return throughout;
  }

  private static List<MemberId> sorted(List<MemberId> ids) {
    List<MemberId> copy = new ArrayList<>(ids);
    copy.sort(null);
    return copy;
  }
}
