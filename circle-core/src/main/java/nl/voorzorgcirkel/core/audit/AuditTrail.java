package nl.voorzorgcirkel.core.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.consent.ConsentRecord;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * The audit trail of a circle: every change to a member's role, consent or membership, who made
 * it and when, in the order it was made. Append-only: recording returns a new trail, and the time
 * of each entry comes from the {@link Clock} given, which must not go back.
 *
 * <p>Example: a connector makes Bob a connector too.
 *
 * <pre>{@code
 * trail = trail.memberChanged(clock, connector, bob, bob.toBuilder().role(Role.CONNECTOR).build());
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@code toString()} counts entries and names nobody.
 *
 * @since 0.1.0
 */
public final class AuditTrail {

  private static final AuditTrail EMPTY = new AuditTrail(List.of());

  private final List<AuditEntry> entries;

  private AuditTrail(List<AuditEntry> entries) {
    this.entries = entries;
  }

  /**
   * The trail without entries.
   *
   * @return the empty trail
   */
  public static AuditTrail empty() {
    return EMPTY;
  }

  /**
   * A trail of stored entries.
   *
   * @param entries the entries in the order they were made, not null, without null elements
   * @return the trail
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException with rule {@code inTimeOrder}
   *     naming the first entry that lies before the one above it
   */
  public static AuditTrail of(List<AuditEntry> entries) {
    List<AuditEntry> copy = Arguments.noNulls(entries, "entries");
    for (int i = 1; i < copy.size(); i++) {
      if (copy.get(i).at().isBefore(copy.get(i - 1).at())) {
        throw Arguments.invalid("AuditTrail", "entries[" + i + "]", "inTimeOrder", Map.of());
      }
    }
    return new AuditTrail(copy);
  }

  /**
   * Every entry, in the order made.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<AuditEntry> entries() {
    return entries;
  }

  /**
   * The entries about one member (the subject), in the order made.
   *
   * @param subject the member, not null
   * @return an unmodifiable list, possibly empty
   */
  public List<AuditEntry> about(MemberId subject) {
    Objects.requireNonNull(subject, "subject");
    return entries.stream().filter(e -> e.subject().equals(subject)).toList();
  }

  /**
   * The entries made by one actor, in the order made: what a connector did.
   *
   * @param actor the actor, not null
   * @return an unmodifiable list, possibly empty
   */
  public List<AuditEntry> by(MemberId actor) {
    Objects.requireNonNull(actor, "actor");
    return entries.stream().filter(e -> e.actor().equals(actor)).toList();
  }

  /**
   * A trail with one more entry, made now by the clock.
   *
   * @param clock the clock, not null; its instant must not lie before the last entry's
   * @param actor who made the change, not null
   * @param subject whom it is about, not null
   * @param change the kind, not null
   * @param from the code before, upper-case ({@code [A-Z0-9_:]{1,60}}), not null
   * @param to the code after, same form, not null
   * @return the new trail
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if a code is not of that form
   *     or lies outside the years 1 to 9999, or (rule {@code inTimeOrder}) if the clock went back
   */
  public AuditTrail record(Clock clock, MemberId actor, MemberId subject, AuditChange change,
      String from, String to) {
    Instant now = Objects.requireNonNull(clock, "clock").instant();
    return append(AuditEntry.builder().at(now).actor(actor).subject(subject).change(change)
        .before(from).after(to).build());
  }

  /**
   * A trail with entries for what changed between two versions of a member: {@link
   * AuditChange#ROLE} if the role changed, {@link AuditChange#MEMBERSHIP} if the status changed
   * or the member is new.
   *
   * @param clock the clock, not null
   * @param actor who made the change, not null
   * @param before the member before, or null for a member who joins
   * @param after the member after, not null, with the same id as {@code before}
   * @return the new trail; this one if neither role nor status changed
   * @throws IllegalArgumentException if the ids differ
   */
  public AuditTrail memberChanged(Clock clock, MemberId actor, @Nullable Member before,
      Member after) {
    Objects.requireNonNull(after, "after");
    if (before != null && !before.id().equals(after.id())) {
      throw Arguments.invalid("AuditTrail", "after", "sameMember", Map.of());
    }
    AuditTrail trail = this;
    String was = before == null ? "NONE" : before.status().name();
    if (!was.equals(after.status().name())) {
      trail = trail.record(clock, actor, after.id(), AuditChange.MEMBERSHIP, was,
          after.status().name());
    }
    if (before != null && before.role() != after.role()) {
      trail = trail.record(clock, actor, after.id(), AuditChange.ROLE, before.role().name(),
          after.role().name());
    }
    return trail;
  }

  /**
   * A trail with an entry for a consent record about to be added to a register: from whether the
   * consent held on the record's day ({@code VITALITY:GIVEN} or {@code VITALITY:NOT_GIVEN}) to
   * what the record says ({@code VITALITY:GIVEN} or {@code VITALITY:WITHDRAWN}). The actor is the
   * record's {@link ConsentRecord#recordedBy()}.
   *
   * @param clock the clock, not null
   * @param before the register before the record is added, not null
   * @param record the record, not null
   * @return the new trail
   */
  public AuditTrail consentRecorded(Clock clock, ConsentRegister before, ConsentRecord record) {
    Objects.requireNonNull(record, "record");
    String purpose = record.purpose().name();
    boolean held = Objects.requireNonNull(before, "before")
        .isGiven(record.member(), record.purpose(), record.date());
    return record(clock, record.recordedBy(), record.member(), AuditChange.CONSENT,
        purpose + (held ? ":GIVEN" : ":NOT_GIVEN"),
        purpose + (record.given() ? ":GIVEN" : ":WITHDRAWN"));
  }

  private AuditTrail append(AuditEntry entry) {
    if (!entries.isEmpty() && entry.at().isBefore(entries.get(entries.size() - 1).at())) {
      throw Arguments.invalid("AuditTrail", "clock", "inTimeOrder", Map.of());
    }
    List<AuditEntry> copy = new ArrayList<>(entries.size() + 1);
    copy.addAll(entries);
    copy.add(entry);
    return new AuditTrail(List.copyOf(copy));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AuditTrail that && entries.equals(that.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  /**
   * A summary that counts entries; names no member.
   *
   * @return for example {@code AuditTrail[3 entries]}
   */
  @Override
  public String toString() {
    return "AuditTrail[" + entries.size() + " entries]";
  }
}
