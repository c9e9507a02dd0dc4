package nl.voorzorgcirkel.core.export;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.audit.AuditEntry;
import nl.voorzorgcirkel.core.audit.AuditTrail;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.consent.ConsentRecord;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.AnsweredBy;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * Everything a circle holds about one member, for their access request (GDPR article 15): their
 * member record in full (name, phone number, birth year, home, vitality and the rest), their
 * consents, the audit entries about them and made by them, the help they gave and received, their
 * commitments, the requests they made (with their free text) and the requests in which they were
 * asked. Write it as JSON with {@link nl.voorzorgcirkel.core.json.CircleJson#newMapper()}.
 *
 * <p>This report holds personal data by design: give it only to the member. Its {@code
 * toString()} counts and names nobody.
 *
 * @param member the member's id, not null
 * @param madeAt when the report was made, from the injected clock, not null
 * @param memberRecord the member record, or empty if the circle no longer lists them
 * @param consents the member's consent records, in order of day
 * @param audit the audit entries about or by the member, in the order made
 * @param helpGiven the help the member gave, in ledger order
 * @param helpReceived the help the member received, in ledger order
 * @param commitments help the member promised or was promised, not given yet
 * @param requestsMade the requests the member made, with their histories
 * @param requestsAsked other requests in which the member was asked, said yes or no, or recorded
 *     an event
 * @since 0.1.0
 */
public record AccessReport(MemberId member, Instant madeAt, Optional<Member> memberRecord,
    List<ConsentRecord> consents, List<AuditEntry> audit, List<HelpRecord> helpGiven,
    List<HelpRecord> helpReceived, List<Commitment> commitments,
    List<RequestLifecycle> requestsMade, List<RequestLifecycle> requestsAsked) {

  /**
   * Checks that nothing is null and copies the lists.
   *
   * @param member see the record description
   * @param madeAt see the record description
   * @param memberRecord see the record description
   * @param consents see the record description
   * @param audit see the record description
   * @param helpGiven see the record description
   * @param helpReceived see the record description
   * @param commitments see the record description
   * @param requestsMade see the record description
   * @param requestsAsked see the record description
   */
  public AccessReport {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(madeAt, "madeAt");
    Objects.requireNonNull(memberRecord, "memberRecord");
    consents = List.copyOf(consents);
    audit = List.copyOf(audit);
    helpGiven = List.copyOf(helpGiven);
    helpReceived = List.copyOf(helpReceived);
    commitments = List.copyOf(commitments);
    requestsMade = List.copyOf(requestsMade);
    requestsAsked = List.copyOf(requestsAsked);
  }

  /**
   * Gathers everything held about a member.
   *
   * @param member the member, not null
   * @param circle the circle, not null
   * @param ledger the help given, not null
   * @param commitments the commitments, not null
   * @param requests the circle's requests, not null, without null elements
   * @param consents the consents, not null
   * @param audit the audit trail, not null
   * @param clock the clock for {@link #madeAt()}, not null
   * @return the report
   */
  public static AccessReport of(MemberId member, Circle circle, HelpLedger ledger,
      CommitmentBook commitments, Collection<RequestLifecycle> requests, ConsentRegister consents,
      AuditTrail audit, Clock clock) {
    Objects.requireNonNull(member, "member");
    List<RequestLifecycle> made = new ArrayList<>();
    List<RequestLifecycle> asked = new ArrayList<>();
    for (RequestLifecycle lifecycle : requests) {
      if (lifecycle.request().requester().equals(member)) {
        made.add(lifecycle);
      } else if (lifecycle.events().stream().anyMatch(e -> names(e, member))) {
        asked.add(lifecycle);
      }
    }
    return new AccessReport(member, Objects.requireNonNull(clock, "clock").instant(),
        circle.member(member), consents.recordsOf(member),
        audit.entries().stream()
            .filter(e -> e.subject().equals(member) || e.actor().equals(member)).toList(),
        ledger.records().stream().filter(r -> r.helper().equals(member)).toList(),
        ledger.records().stream().filter(r -> r.recipient().equals(member)).toList(),
        commitments.commitments().stream()
            .filter(c -> c.helper().equals(member) || c.recipient().equals(member)).toList(),
        made, asked);
  }

  private static boolean names(RequestEvent event, MemberId member) {
    if (event.by().map(member::equals).orElse(false)) {
      return true;
    }
    if (event instanceof RequestEvent.Asked asked) {
      return asked.helpers().contains(member);
    } else if (event instanceof RequestEvent.Accepted accepted) {
      return accepted.helper().equals(member) || answeredFor(accepted.answeredBy(), member);
    } else if (event instanceof RequestEvent.Declined d) {
      return d.helper().equals(member) || answeredFor(d.answeredBy(), member);
    }
    return false;
  }

  /** Whether the member is the connector who answered for someone: the answer names them too. */
  private static boolean answeredFor(AnsweredBy answeredBy, MemberId member) {
    return answeredBy.connector().map(member::equals).orElse(false);
  }

  /**
   * Counts; names nobody and shows no personal data.
   *
   * @return for example {@code AccessReport[3 consents, 12 help records, 4 requests]}
   */
  @Override
  public String toString() {
    return "AccessReport[" + consents.size() + " consents, " + audit.size() + " audit entries, "
        + (helpGiven.size() + helpReceived.size()) + " help records, " + commitments.size()
        + " commitments, " + (requestsMade.size() + requestsAsked.size()) + " requests]";
  }
}
