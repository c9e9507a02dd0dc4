package nl.voorzorgcirkel.core.erasure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.activity.Activity;
import nl.voorzorgcirkel.core.activity.ActivityLog;
import nl.voorzorgcirkel.core.activity.Attendance;
import nl.voorzorgcirkel.core.audit.AuditEntry;
import nl.voorzorgcirkel.core.audit.AuditTrail;
import nl.voorzorgcirkel.core.checkin.CheckInAgreement;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.consent.ConsentRecord;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.contact.ContactLog;
import nl.voorzorgcirkel.core.contact.ContactSignal;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.AnsweredBy;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.loneliness.LonelinessScore;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * The erasure of one member (GDPR article 17): they leave the circle's member list, with their
 * name, phone number, birth year, home and vitality, and wherever the circle's records name them
 * (help given and received, commitments, requests and their histories, shared activities and
 * their attendance, contacts, check-in agreements, consents, the audit trail) a pseudonym takes
 * their place. Every total stays as it was: hours of help, numbers of requests
 * and their outcomes, loads per (pseudonymous) member. The free text and places of their own
 * requests are dropped, since those could say who they were.
 *
 * <p>Pseudonymisation, not anonymisation, for as long as anyone keeps the link from the member to
 * the pseudonym: this object is that link. Apply it to every record the circle keeps, then drop
 * it; choose a pseudonym that says nothing about the member (for example {@code erased-17}, never
 * one made from their id or name).
 *
 * <p>Immutable and thread-safe. {@code toString()} shows neither id.
 *
 * @since 0.1.0
 */
public final class Erasure {

  private final MemberId erased;
  private final MemberId pseudonym;

  private Erasure(MemberId erased, MemberId pseudonym) {
    this.erased = erased;
    this.pseudonym = pseudonym;
  }

  /**
   * The erasure of a member under a pseudonym.
   *
   * @param erased the member to erase, not null
   * @param pseudonym the id that replaces them, not null, not {@code erased}
   * @return the erasure
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException with rule {@code
   *     pseudonymDiffers} if the two are the same
   */
  public static Erasure of(MemberId erased, MemberId pseudonym) {
    Objects.requireNonNull(erased, "erased");
    Objects.requireNonNull(pseudonym, "pseudonym");
    if (erased.equals(pseudonym)) {
      throw Arguments.invalid("Erasure", "pseudonym", "pseudonymDiffers", Map.of());
    }
    return new Erasure(erased, pseudonym);
  }

  /**
   * The circle without the member: they leave the member list, and other members' lists of whom
   * they avoid no longer name them.
   *
   * @param circle the circle, not null
   * @return the new circle (this one if it does not name the member)
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException with rule {@code
   *     pseudonymInUse} if a member of the circle has the pseudonym as id
   */
  public Circle applyTo(Circle circle) {
    Objects.requireNonNull(circle, "circle");
    if (circle.member(pseudonym).isPresent()) {
      throw Arguments.invalid("Erasure", "pseudonym", "pseudonymInUse", Map.of());
    }
    List<Member> members = new ArrayList<>(circle.members().size());
    boolean changed = false;
    for (Member member : circle.members()) {
      if (member.id().equals(erased)) {
        changed = true;
      } else if (member.avoids().contains(erased)) {
        List<MemberId> avoids = new ArrayList<>(member.avoids());
        avoids.remove(erased);
        members.add(member.toBuilder().avoids(avoids).build());
        changed = true;
      } else {
        members.add(member);
      }
    }
    return changed ? circle.toBuilder().members(members).build() : circle;
  }

  /**
   * The ledger with the pseudonym for the member, as helper and as recipient.
   *
   * @param ledger the ledger, not null
   * @return a ledger with the same records in the same order, and the same total effort
   */
  public HelpLedger applyTo(HelpLedger ledger) {
    List<HelpRecord> records = new ArrayList<>(ledger.size());
    for (HelpRecord record : ledger.records()) {
      boolean helper = record.helper().equals(erased);
      boolean recipient = record.recipient().equals(erased);
      records.add(!helper && !recipient ? record : HelpRecord.builder().from(record)
          .helper(swap(record.helper())).recipient(swap(record.recipient())).build());
    }
    return HelpLedger.of(records);
  }

  /**
   * The commitments with the pseudonym for the member, as helper and as recipient.
   *
   * @param book the commitments, not null
   * @return the same commitments, pseudonymised
   */
  public CommitmentBook applyTo(CommitmentBook book) {
    List<Commitment> commitments = new ArrayList<>(book.size());
    for (Commitment c : book.commitments()) {
      commitments.add(!c.helper().equals(erased) && !c.recipient().equals(erased) ? c
          : Commitment.builder().from(c).helper(swap(c.helper())).recipient(swap(c.recipient()))
              .build());
    }
    return CommitmentBook.of(commitments);
  }

  /**
   * The request with the pseudonym for its requester if that is the member; a request of the
   * member loses its description and its places.
   *
   * @param request the request, not null
   * @return the request, pseudonymised
   */
  public HelpRequest applyTo(HelpRequest request) {
    if (!request.requester().equals(erased)) {
      return request;
    }
    return request.toBuilder().requester(pseudonym).description(Optional.empty())
        .place(Optional.empty()).destination(Optional.empty()).build();
  }

  /**
   * The request's life, replayed with the pseudonym for the member wherever it names them (as
   * requester, helper asked, helper who said yes or no, or whoever recorded an event): the same
   * states, at the same times.
   *
   * @param lifecycle the lifecycle, not null
   * @return the lifecycle, pseudonymised
   */
  public RequestLifecycle applyTo(RequestLifecycle lifecycle) {
    List<RequestEvent> events = new ArrayList<>(lifecycle.events().size());
    for (RequestEvent event : lifecycle.events()) {
      events.add(applyTo(event));
    }
    return RequestLifecycle.replay(applyTo(lifecycle.request()), events);
  }

  /**
   * The consent records, each kept (the proof that consent was asked stays), with the pseudonym
   * for the member and for whoever recorded them if that was the member.
   *
   * @param consents the register, not null
   * @return the register, pseudonymised
   */
  public ConsentRegister applyTo(ConsentRegister consents) {
    List<ConsentRecord> records = new ArrayList<>(consents.records().size());
    for (ConsentRecord r : consents.records()) {
      records.add(!r.member().equals(erased) && !r.recordedBy().equals(erased) ? r
          : ConsentRecord.builder().from(r).member(swap(r.member()))
              .recordedBy(swap(r.recordedBy())).build());
    }
    return ConsentRegister.of(records);
  }

  /**
   * The audit trail, every entry kept, with the pseudonym for the member as actor and subject.
   *
   * @param trail the trail, not null
   * @return the trail, pseudonymised
   */
  public AuditTrail applyTo(AuditTrail trail) {
    List<AuditEntry> entries = new ArrayList<>(trail.entries().size());
    for (AuditEntry e : trail.entries()) {
      entries.add(!e.actor().equals(erased) && !e.subject().equals(erased) ? e
          : AuditEntry.builder().from(e).actor(swap(e.actor())).subject(swap(e.subject()))
              .build());
    }
    return AuditTrail.of(entries);
  }

  /**
   * The attendance of shared activities, every occasion kept, with the pseudonym for the member
   * as organiser and as attendee.
   *
   * @param log the activity log, not null
   * @return the log, pseudonymised
   */
  public ActivityLog applyTo(ActivityLog log) {
    List<Attendance> attendances = new ArrayList<>(log.size());
    for (Attendance a : log.attendances()) {
      attendances.add(new Attendance(a.activity(), a.occurrence(), swap(a.organiser()),
          a.organiserEffort(), a.attendees().stream().map(this::swap).toList()));
    }
    return ActivityLog.of(attendances);
  }

  /**
   * A shared activity with the pseudonym for the member as organiser or participant.
   *
   * @param activity the activity, not null
   * @return the activity, pseudonymised
   */
  public Activity applyTo(Activity activity) {
    if (!activity.organiser().equals(erased) && !activity.participants().contains(erased)) {
      return activity;
    }
    return Activity.builder().from(activity).organiser(swap(activity.organiser()))
        .participants(activity.participants().stream().map(this::swap).toList()).build();
  }

  /**
   * The contacts (help, activities, check-ins, calls), every one kept, with the pseudonym for the
   * member on either side.
   *
   * @param log the contact log, not null
   * @return the log, pseudonymised
   */
  public ContactLog applyTo(ContactLog log) {
    List<ContactSignal> signals = new ArrayList<>(log.size());
    for (ContactSignal c : log.signals()) {
      signals.add(new ContactSignal(swap(c.member()), c.at(), c.kind(), c.with().map(this::swap)));
    }
    return ContactLog.of(signals);
  }

  /**
   * A check-in agreement with the pseudonym for the member, as the one looked after or as buddy.
   *
   * @param agreement the agreement, not null
   * @return the agreement, pseudonymised
   */
  public CheckInAgreement applyTo(CheckInAgreement agreement) {
    if (!agreement.member().equals(erased) && !agreement.buddy().map(erased::equals).orElse(false)) {
      return agreement;
    }
    return CheckInAgreement.builder().from(agreement).member(swap(agreement.member()))
        .buddy(agreement.buddy().map(this::swap)).build();
  }

  /**
   * A loneliness score with the pseudonym for the member: the answers are kept, so that reports
   * count the same, and can no longer be tied to the member once this erasure is dropped.
   *
   * @param score the score, not null
   * @return the score, pseudonymised ({@code score} itself if it is another member's)
   * @since 0.1.0
   */
  public LonelinessScore applyTo(LonelinessScore score) {
    return score.member().equals(erased)
        ? LonelinessScore.of(pseudonym, score.day(), score.answers()) : score;
  }

  private RequestEvent applyTo(RequestEvent event) {
    if (event instanceof RequestEvent.Asked asked) {
      return new RequestEvent.Asked(asked.at(), asked.by().map(this::swap),
          asked.helpers().stream().map(this::swap).toList());
    } else if (event instanceof RequestEvent.Accepted accepted) {
      return new RequestEvent.Accepted(accepted.at(), swap(accepted.helper()), swap(accepted.answeredBy()));
    } else if (event instanceof RequestEvent.Declined declined) {
      return new RequestEvent.Declined(declined.at(), swap(declined.helper()), swap(declined.answeredBy()));
    } else if (event instanceof RequestEvent.Done done) {
      return new RequestEvent.Done(done.at(), done.by().map(this::swap), done.actualEffort());
    } else if (event instanceof RequestEvent.Cancelled cancelled) {
      return new RequestEvent.Cancelled(cancelled.at(), cancelled.by().map(this::swap));
    } else if (event instanceof RequestEvent.Referred referred) {
      return new RequestEvent.Referred(referred.at(), referred.by().map(this::swap),
          referred.target(), referred.reasonCode());
    } else if (event instanceof RequestEvent.Expired) {
      return event; // names nobody
    }
    // a new kind of event must say here which members it names, or it would keep the member
    throw new IllegalStateException("no erasure for event type " + event.getClass().getSimpleName());
  }

  private MemberId swap(MemberId id) {
    return id.equals(erased) ? pseudonym : id;
  }

  /** A connector who answered for someone is named by the answer: the pseudonym if erased. */
  private AnsweredBy swap(AnsweredBy answeredBy) {
    return answeredBy.connector().filter(erased::equals).map(c -> AnsweredBy.connector(pseudonym)).orElse(answeredBy);
  }

  /**
   * Names neither the erased member nor the pseudonym.
   *
   * @return {@code "Erasure"}
   */
  @Override
  public String toString() {
    return "Erasure";
  }
}
