package nl.voorzorgcirkel.core.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * The consent records of a circle, in order of their day (records of one day in the order they
 * were added): the history of who agreed to what, kept as proof (GDPR article 7(1)).
 *
 * <p>Consent for a purpose holds for a member on a day when the latest of their records for that
 * purpose on or before that day gives it; without any record it does not hold. Adding returns a
 * new register.
 *
 * <p>Immutable and thread-safe. {@code toString()} counts records and names nobody.
 *
 * @since 0.1.0
 */
public final class ConsentRegister {

  private static final ConsentRegister EMPTY = new ConsentRegister(List.of());
  private static final Comparator<ConsentRecord> BY_DAY = Comparator.comparing(ConsentRecord::date);

  private final List<ConsentRecord> records;

  private ConsentRegister(List<ConsentRecord> records) {
    this.records = records;
  }

  /**
   * The register without records: no consent holds for anyone.
   *
   * @return the empty register
   */
  public static ConsentRegister empty() {
    return EMPTY;
  }

  /**
   * A register of the given records, ordered by day (a stable sort: one day keeps the given order).
   *
   * @param records the records, not null, without null elements
   * @return the register
   * @throws NullPointerException naming the position of a null element
   */
  public static ConsentRegister of(Collection<ConsentRecord> records) {
    List<ConsentRecord> copy = new ArrayList<>(Arguments.noNulls(
        new ArrayList<>(Objects.requireNonNull(records, "records")), "records"));
    copy.sort(BY_DAY);
    return new ConsentRegister(List.copyOf(copy));
  }

  /**
   * A register with one more record, after every record of the same or an earlier day.
   *
   * @param record the record, not null
   * @return the new register
   */
  public ConsentRegister with(ConsentRecord record) {
    Objects.requireNonNull(record, "record");
    List<ConsentRecord> copy = new ArrayList<>(records.size() + 1);
    int at = records.size();
    while (at > 0 && records.get(at - 1).date().isAfter(record.date())) {
      at--;
    }
    copy.addAll(records.subList(0, at));
    copy.add(record);
    copy.addAll(records.subList(at, records.size()));
    return new ConsentRegister(List.copyOf(copy));
  }

  /**
   * Every record, ordered by day.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<ConsentRecord> records() {
    return records;
  }

  /**
   * The records about one member, ordered by day.
   *
   * @param member the member, not null
   * @return an unmodifiable list, possibly empty
   */
  public List<ConsentRecord> recordsOf(MemberId member) {
    Objects.requireNonNull(member, "member");
    return records.stream().filter(r -> r.member().equals(member)).toList();
  }

  /**
   * Whether a member's consent for a purpose holds on a day: their latest record for it on or
   * before that day gives it.
   *
   * @param member the member, not null
   * @param purpose the purpose, not null
   * @param day the day, not null
   * @return true if consent holds; false without any record
   */
  public boolean isGiven(MemberId member, Purpose purpose, LocalDate day) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(day, "day");
    for (int i = records.size() - 1; i >= 0; i--) {
      ConsentRecord record = records.get(i);
      if (!record.date().isAfter(day) && record.purpose() == purpose
          && record.member().equals(member)) {
        return record.given();
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConsentRegister that && records.equals(that.records);
  }

  @Override
  public int hashCode() {
    return records.hashCode();
  }

  /**
   * A summary that counts the records; names no member.
   *
   * @return for example {@code ConsentRegister[12 records]}
   */
  @Override
  public String toString() {
    return "ConsentRegister[" + records.size() + " records]";
  }
}
