package nl.voorzorgcirkel.core.impact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import nl.voorzorgcirkel.core.activity.ActivityLog;
import nl.voorzorgcirkel.core.audit.AuditTrail;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.export.CircleRecords;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.loneliness.LonelinessScore;

/**
 * What the impact report reads of one circle: the circle, its ledger and consents ({@link
 * CircleRecords}), and where the platform keeps them, the lives of its requests, its commitments,
 * its shared activities, its audit trail and its members' loneliness scores. What is not kept is
 * empty, and the figures made from it are 0 or absent.
 *
 * <p>Immutable and thread-safe. {@code toString()} gives counts only.
 *
 * @since 0.1.0
 */
public final class CircleHistory {

  private final CircleRecords records;
  private final List<RequestLifecycle> lifecycles;
  private final CommitmentBook commitments;
  private final ActivityLog activities;
  private final AuditTrail audit;
  private final List<LonelinessScore> loneliness;

  private CircleHistory(Builder b) {
    this.records = b.records;
    this.lifecycles = List.copyOf(b.lifecycles);
    this.commitments = b.commitments;
    this.activities = b.activities;
    this.audit = b.audit;
    this.loneliness = List.copyOf(b.loneliness);
  }

  /**
   * A circle's history with only its records; the rest empty.
   *
   * @param records the circle, its ledger and consents, not null
   * @return the history
   */
  public static CircleHistory of(CircleRecords records) {
    return builder(records).build();
  }

  /**
   * A builder starting from a circle's records, the rest empty.
   *
   * @param records the circle, its ledger and consents, not null
   * @return a builder; not thread-safe
   */
  public static Builder builder(CircleRecords records) {
    return new Builder(Objects.requireNonNull(records, "records"));
  }

  /**
   * The circle, its ledger and its consents.
   *
   * @return the records, never null
   */
  public CircleRecords records() {
    return records;
  }

  /**
   * The lives of the circle's requests, in the order given.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<RequestLifecycle> lifecycles() {
    return lifecycles;
  }

  /**
   * The circle's commitments.
   *
   * @return the book, never null
   */
  public CommitmentBook commitments() {
    return commitments;
  }

  /**
   * The attendance of the circle's shared activities.
   *
   * @return the log, never null
   */
  public ActivityLog activities() {
    return activities;
  }

  /**
   * The circle's audit trail, where joins and leaves are read.
   *
   * @return the trail, never null
   */
  public AuditTrail audit() {
    return audit;
  }

  /**
   * The members' loneliness scores, in the order given.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<LonelinessScore> loneliness() {
    return loneliness;
  }

  /**
   * Counts only.
   *
   * @return for example {@code CircleHistory[c-1, 120 records, 130 requests]}
   */
  @Override
  public String toString() {
    return "CircleHistory[" + records.circle().id().value() + ", " + records.ledger().size()
        + " records, " + lifecycles.size() + " requests]";
  }

  /** Builds a {@link CircleHistory}. Not thread-safe. */
  public static final class Builder {
    private final CircleRecords records;
    private final List<RequestLifecycle> lifecycles = new ArrayList<>();
    private CommitmentBook commitments = CommitmentBook.empty();
    private ActivityLog activities = ActivityLog.empty();
    private AuditTrail audit = AuditTrail.empty();
    private final List<LonelinessScore> loneliness = new ArrayList<>();

    private Builder(CircleRecords records) {
      this.records = records;
    }

    /**
     * Adds the lives of requests.
     *
     * @param lifecycles the lifecycles, not null, without nulls
     * @return this builder
     */
    public Builder lifecycles(Collection<RequestLifecycle> lifecycles) {
      lifecycles.forEach(l -> this.lifecycles.add(Objects.requireNonNull(l, "lifecycles[]")));
      return this;
    }

    /**
     * Sets the commitments.
     *
     * @param commitments the book, not null
     * @return this builder
     */
    public Builder commitments(CommitmentBook commitments) {
      this.commitments = Objects.requireNonNull(commitments, "commitments");
      return this;
    }

    /**
     * Sets the attendance of shared activities.
     *
     * @param activities the log, not null
     * @return this builder
     */
    public Builder activities(ActivityLog activities) {
      this.activities = Objects.requireNonNull(activities, "activities");
      return this;
    }

    /**
     * Sets the audit trail.
     *
     * @param audit the trail, not null
     * @return this builder
     */
    public Builder audit(AuditTrail audit) {
      this.audit = Objects.requireNonNull(audit, "audit");
      return this;
    }

    /**
     * Adds loneliness scores.
     *
     * @param scores the scores, not null, without nulls
     * @return this builder
     */
    public Builder loneliness(Collection<LonelinessScore> scores) {
      scores.forEach(s -> this.loneliness.add(Objects.requireNonNull(s, "loneliness[]")));
      return this;
    }

    /**
     * The history.
     *
     * @return a new history, never null
     */
    public CircleHistory build() {
      return new CircleHistory(this);
    }
  }
}
