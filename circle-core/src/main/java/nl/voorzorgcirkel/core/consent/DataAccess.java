package nl.voorzorgcirkel.core.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * A {@link DataPolicy} applied for one {@link Reader} with a circle's {@link ConsentRegister}: what
 * that reader may read of each member on a day. Made by {@link DataPolicy#access}.
 *
 * <p>Readers are given an access and read through it: {@link #mayRead} where a reader can leave a
 * member out of a figure (the health check counts vitality only of members whose consent holds),
 * and {@link #view(Circle, LocalDate)} where a reader is handed members (matching ranks on a view in
 * which every withheld field carries the same {@linkplain PersonalField neutral value}, so that no
 * result can depend on it, whatever a pluggable strategy reads).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DataAccess {

  private final DataPolicy policy;
  private final Reader reader;
  private final ConsentRegister consents;

  DataAccess(DataPolicy policy, Reader reader, ConsentRegister consents) {
    this.policy = policy;
    this.reader = reader;
    this.consents = consents;
  }

  /**
   * The reader this access is for.
   *
   * @return the reader, never null
   */
  public Reader reader() {
    return reader;
  }

  /**
   * The policy applied.
   *
   * @return the policy, never null
   */
  public DataPolicy policy() {
    return policy;
  }

  /**
   * The consents checked.
   *
   * @return the register, never null
   */
  public ConsentRegister consents() {
    return consents;
  }

  /**
   * Whether the reader may read a field of a member on a day: the policy allows the field, and the
   * member's consent holds on that day for every purpose the policy names for it.
   *
   * @param member the member, not null
   * @param field the field, not null
   * @param day the day, not null
   * @return true if the reader may read it
   */
  public boolean mayRead(MemberId member, PersonalField field, LocalDate day) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(day, "day");
    if (!policy.fields(reader).contains(Objects.requireNonNull(field, "field"))) {
      return false;
    }
    for (Purpose purpose : policy.purposes(reader, field)) {
      if (!consents.isGiven(member, purpose, day)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The member as this reader may see them on a day: every field it may not read replaced by the
   * field's neutral value.
   *
   * @param member the member, not null
   * @param day the day, not null
   * @return {@code member} itself if nothing is withheld, else a copy
   */
  public Member view(Member member, LocalDate day) {
    Objects.requireNonNull(member, "member");
    Set<PersonalField> readable = readable(member.id(), day);
    Member.@Nullable Builder copy = null;
    for (PersonalField field : PersonalField.values()) {
      if (readable.contains(field) || !field.onMember()) {
        continue;
      }
      if (copy == null) {
        copy = member.toBuilder();
      }
      field.withhold(copy, member);
    }
    return copy == null ? member : copy.build();
  }

  /**
   * The circle with every member {@linkplain #view(Member, LocalDate) as this reader may see them}
   * on a day.
   *
   * @param circle the circle, not null
   * @param day the day, not null
   * @return {@code circle} itself if nothing is withheld, else a copy
   */
  public Circle view(Circle circle, LocalDate day) {
    Objects.requireNonNull(circle, "circle");
    List<Member> members = new ArrayList<>(circle.members().size());
    boolean changed = false;
    for (Member member : circle.members()) {
      Member seen = view(member, day);
      changed |= seen != member;
      members.add(seen);
    }
    return changed ? circle.toBuilder().members(members).build() : circle;
  }

  /**
   * The fields this reader may read of a member on a day.
   *
   * @param member the member, not null
   * @param day the day, not null
   * @return a new set, possibly empty
   */
  public Set<PersonalField> readable(MemberId member, LocalDate day) {
    Set<PersonalField> fields = EnumSet.noneOf(PersonalField.class);
    for (PersonalField field : PersonalField.values()) {
      if (mayRead(member, field, day)) {
        fields.add(field);
      }
    }
    return fields;
  }

  /**
   * The reader and the number of consent records; names no member.
   *
   * @return for example {@code DataAccess[MATCHING, 12 records]}
   */
  @Override
  public String toString() {
    return "DataAccess[" + reader + ", " + consents.records().size() + " records]";
  }
}
