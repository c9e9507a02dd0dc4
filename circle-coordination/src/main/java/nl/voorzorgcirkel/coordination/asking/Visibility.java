package nl.voorzorgcirkel.coordination.asking;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.coordination.internal.Problems;
import nl.voorzorgcirkel.core.model.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * Who may see a request: the whole app group, only the connectors (the requester asked privately),
 * or only some members the requester named. A request that is not for the whole group never
 * reaches the group chat: its asks go to members one by one and name nobody.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Visibility {

  /** The kinds of visibility. */
  public enum Kind {
    /** Posted in the app group; members are also asked one by one. */
    GROUP,
    /** Only the connectors know the request; they have members asked one by one. */
    CONNECTORS_ONLY,
    /** Only the members the requester named are asked, one by one. */
    NAMED_MEMBERS
  }

  private static final Visibility GROUP = new Visibility(Kind.GROUP, List.of());
  private static final Visibility CONNECTORS_ONLY = new Visibility(Kind.CONNECTORS_ONLY, List.of());

  private final Kind kind;
  private final List<MemberId> members;

  private Visibility(Kind kind, List<MemberId> members) {
    this.kind = kind;
    this.members = members;
  }

  /**
   * The whole group.
   *
   * @return the group visibility
   */
  public static Visibility group() {
    return GROUP;
  }

  /**
   * Only the connectors: the requester asked privately.
   *
   * @return the connectors-only visibility
   */
  public static Visibility connectorsOnly() {
    return CONNECTORS_ONLY;
  }

  /**
   * Only the members named, asked in the order given.
   *
   * @param named the members, not empty, no nulls, no duplicates
   * @return the visibility
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException (an {@link
   *     IllegalArgumentException}) in English and Dutch: on field {@code named} if the list is empty
   *     (rule {@code notEmpty}), on field {@code named[i]} for each member named again (rule {@code
   *     unique})
   */
  public static Visibility members(List<MemberId> named) {
    List<MemberId> copy = List.copyOf(named);
    Problems problems = new Problems("Visibility");
    if (copy.isEmpty()) {
      problems.add("named", "notEmpty", Map.of());
    }
    for (int i = 0; i < copy.size(); i++) {
      if (copy.indexOf(copy.get(i)) < i) {
        problems.add("named[" + i + "]", "unique", Map.of("id", copy.get(i).value()));
      }
    }
    problems.throwIfAny();
    return new Visibility(Kind.NAMED_MEMBERS, copy);
  }

  /**
   * The kind.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The members named, for {@link Kind#NAMED_MEMBERS}.
   *
   * @return an unmodifiable list in the order named; empty for the other kinds
   */
  public List<MemberId> members() {
    return members;
  }

  /**
   * Whether the request may be posted in the app group.
   *
   * @return true only for {@link Kind#GROUP}
   */
  public boolean reachesGroup() {
    return kind == Kind.GROUP;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Visibility && ((Visibility) other).kind == kind
        && ((Visibility) other).members.equals(members);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, members);
  }

  /**
   * The kind and, for named members, their ids.
   *
   * @return for example {@code "Visibility{CONNECTORS_ONLY}"}
   */
  @Override
  public String toString() {
    return kind == Kind.NAMED_MEMBERS ? "Visibility{" + kind + " " + members + "}" : "Visibility{" + kind + "}";
  }
}
