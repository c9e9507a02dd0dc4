package nl.voorzorgcirkel.core.assessment;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.activity.ActivityLog;
import nl.voorzorgcirkel.core.checkin.CheckIns;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.contact.ContactLog;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import org.jspecify.annotations.Nullable;

/**
 * What happened in a circle, as far as the caller knows it: help given (the ledger), help
 * promised (the commitments), the requests and their lifecycles, shared activities, check-ins and
 * calls, and the check-in agreements. The health check reads each part that was given and skips
 * the checks of parts that were not, so a platform that keeps no activities gets no finding about
 * them.
 *
 * <p>Start from {@link #empty()} and add parts with the {@code with*} methods, as with {@code
 * java.time}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CircleLife {

  private static final CircleLife EMPTY = new CircleLife(null, null, null, null, null, null,
      WeeklyAvailability.DEFAULT_ZONE, LifeThresholds.standard());

  private final @Nullable HelpLedger ledger;
  private final @Nullable CommitmentBook commitments;
  private final @Nullable List<RequestLifecycle> requests;
  private final @Nullable ActivityLog activities;
  private final @Nullable ContactLog calls;
  private final @Nullable CheckIns checkIns;
  private final ZoneId zone;
  private final LifeThresholds thresholds;

  private CircleLife(@Nullable HelpLedger ledger, @Nullable CommitmentBook commitments,
      @Nullable List<RequestLifecycle> requests, @Nullable ActivityLog activities,
      @Nullable ContactLog calls, @Nullable CheckIns checkIns, ZoneId zone,
      LifeThresholds thresholds) {
    this.ledger = ledger;
    this.commitments = commitments;
    this.requests = requests;
    this.activities = activities;
    this.calls = calls;
    this.checkIns = checkIns;
    this.zone = zone;
    this.thresholds = thresholds;
  }

  /**
   * Nothing known yet; weeks and days counted in {@link WeeklyAvailability#DEFAULT_ZONE}, {@link
   * LifeThresholds#standard()}.
   *
   * @return the empty life
   */
  public static CircleLife empty() {
    return EMPTY;
  }

  /**
   * A copy with the help given.
   *
   * @param ledger the ledger, not null
   * @return the changed life
   */
  public CircleLife withLedger(HelpLedger ledger) {
    return new CircleLife(Objects.requireNonNull(ledger, "ledger"), commitments, requests,
        activities, calls, checkIns, zone, thresholds);
  }

  /**
   * A copy with the help promised.
   *
   * @param commitments the commitments, not null
   * @return the changed life
   */
  public CircleLife withCommitments(CommitmentBook commitments) {
    return new CircleLife(ledger, Objects.requireNonNull(commitments, "commitments"), requests,
        activities, calls, checkIns, zone, thresholds);
  }

  /**
   * A copy with the requests.
   *
   * @param requests the lifecycles of the requests, not null, without null elements
   * @return the changed life
   */
  public CircleLife withRequests(Collection<RequestLifecycle> requests) {
    return new CircleLife(ledger, commitments, List.copyOf(requests), activities, calls, checkIns,
        zone, thresholds);
  }

  /**
   * A copy with the shared activities held.
   *
   * @param activities the activity log, not null
   * @return the changed life
   */
  public CircleLife withActivities(ActivityLog activities) {
    return new CircleLife(ledger, commitments, requests,
        Objects.requireNonNull(activities, "activities"), calls, checkIns, zone, thresholds);
  }

  /**
   * A copy with the check-ins and calls logged. Help and activities need not be in it: {@link
   * #contacts()} adds them from the ledger and the activity log.
   *
   * @param calls the logged contacts, not null
   * @return the changed life
   */
  public CircleLife withCalls(ContactLog calls) {
    return new CircleLife(ledger, commitments, requests, activities,
        Objects.requireNonNull(calls, "calls"), checkIns, zone, thresholds);
  }

  /**
   * A copy with the check-in agreements.
   *
   * @param checkIns the agreements, not null
   * @return the changed life
   */
  public CircleLife withCheckIns(CheckIns checkIns) {
    return new CircleLife(ledger, commitments, requests, activities, calls,
        Objects.requireNonNull(checkIns, "checkIns"), zone, thresholds);
  }

  /**
   * A copy that counts days and weeks in another zone.
   *
   * @param zone the zone, not null
   * @return the changed life
   */
  public CircleLife withZone(ZoneId zone) {
    return new CircleLife(ledger, commitments, requests, activities, calls, checkIns,
        Objects.requireNonNull(zone, "zone"), thresholds);
  }

  /**
   * A copy read against other thresholds.
   *
   * @param thresholds the thresholds, not null
   * @return the changed life
   */
  public CircleLife withThresholds(LifeThresholds thresholds) {
    return new CircleLife(ledger, commitments, requests, activities, calls, checkIns, zone,
        Objects.requireNonNull(thresholds, "thresholds"));
  }

  /**
   * The help given.
   *
   * @return the ledger, or empty if not given
   */
  public Optional<HelpLedger> ledger() {
    return Optional.ofNullable(ledger);
  }

  /**
   * The help promised.
   *
   * @return the commitments, or empty if not given
   */
  public Optional<CommitmentBook> commitments() {
    return Optional.ofNullable(commitments);
  }

  /**
   * The requests.
   *
   * @return an unmodifiable list, or empty if not given
   */
  public Optional<List<RequestLifecycle>> requests() {
    return Optional.ofNullable(requests);
  }

  /**
   * The shared activities held.
   *
   * @return the log, or empty if not given
   */
  public Optional<ActivityLog> activities() {
    return Optional.ofNullable(activities);
  }

  /**
   * The check-ins and calls logged.
   *
   * @return the log, or empty if not given
   */
  public Optional<ContactLog> calls() {
    return Optional.ofNullable(calls);
  }

  /**
   * The check-in agreements.
   *
   * @return the agreements, or empty if not given
   */
  public Optional<CheckIns> checkIns() {
    return Optional.ofNullable(checkIns);
  }

  /**
   * Every contact known: the help in the ledger, the activities attended and the check-ins and
   * calls logged.
   *
   * @return the contact log, never null (empty if nothing is known)
   */
  public ContactLog contacts() {
    ContactLog derived = ContactLog.from(ledger == null ? HelpLedger.empty() : ledger,
        activities == null ? ActivityLog.empty() : activities);
    return calls == null ? derived : derived.withAll(calls.signals());
  }

  /**
   * The zone in which days and weeks are counted.
   *
   * @return the zone, never null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The thresholds the life is read against.
   *
   * @return the thresholds, never null
   */
  public LifeThresholds thresholds() {
    return thresholds;
  }

  /**
   * Which parts are known, without their content (it names members).
   *
   * @return for example {@code "CircleLife{ledger=12, requests=4, activities=3}"}
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("CircleLife{zone=").append(zone);
    if (ledger != null) {
      out.append(", ledger=").append(ledger.size());
    }
    if (commitments != null) {
      out.append(", commitments=").append(commitments.size());
    }
    if (requests != null) {
      out.append(", requests=").append(requests.size());
    }
    if (activities != null) {
      out.append(", activities=").append(activities.size());
    }
    if (calls != null) {
      out.append(", calls=").append(calls.size());
    }
    if (checkIns != null) {
      out.append(", checkIns=").append(checkIns.agreements().size());
    }
    return out.append('}').toString();
  }
}
