package nl.voorzorgcirkel.coordination.asking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.voorzorgcirkel.coordination.internal.Problems;
import nl.voorzorgcirkel.core.lifecycle.AnsweredBy;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.ContactChannel;
import nl.voorzorgcirkel.core.model.FamilyCarerId;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;

/**
 * Who may answer an ask (yes or no) for whom, declared in advance as data: the circle's rule that
 * an {@link AskPlan} checks before it takes an answer given on a member's behalf ({@link
 * AskPlan#answer(java.time.Instant, MemberId, boolean, AnsweredBy)}).
 *
 * <ul>
 *   <li>A member may always answer for themselves ({@link AnsweredBy#member()}).
 *   <li>A connector of the circle may answer for a member without a smartphone (reached by phone or
 *       through a connector): the connector phones them and passes on their answer. A connector
 *       may answer for a member who reads messages only when that member asked the connectors to
 *       ({@link Builder#connectorsAnswerFor}).
 *   <li>A family carer (mantelzorger) who is not a circle member may answer for a member only when
 *       the member named that carer in advance ({@link Builder#familyCarer}).
 * </ul>
 *
 * <p>A refused answer is an {@link nl.voorzorgcirkel.core.validation.InvalidValueException} on the
 * field {@code answeredBy}, in English and Dutch, naming the member's and the carer's ids only: rule
 * {@code connectorOfCircle} (the one answering is not a connector of the circle), {@code
 * connectorMandate} or {@code carerMandate}. Immutable and thread-safe; the declarations keep
 * their order.
 *
 * @since 0.1.0
 */
public final class AnswerMandates {

  private static final AnswerMandates STANDARD = builder().build();

  private final Set<MemberId> connectorsFor;
  private final Map<MemberId, List<FamilyCarerId>> carers;

  private AnswerMandates(Builder b) {
    this.connectorsFor = Set.copyOf(b.connectorsFor);
    Map<MemberId, List<FamilyCarerId>> copy = new LinkedHashMap<>();
    b.carers.forEach((member, ids) -> copy.put(member, List.copyOf(ids)));
    this.carers = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * No declarations: members answer for themselves, and connectors for members without a
   * smartphone.
   *
   * @return the standard mandates
   */
  public static AnswerMandates standard() {
    return STANDARD;
  }

  /**
   * A builder starting from {@link #standard()}.
   *
   * @return a new builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The family carers a member named to answer for them, in the order declared.
   *
   * @param member the member, not null
   * @return an unmodifiable list, empty when the member named none
   */
  public List<FamilyCarerId> familyCarersOf(MemberId member) {
    Objects.requireNonNull(member, "member");
    return carers.getOrDefault(member, List.of());
  }

  /**
   * Whether a member who reads messages asked the connectors to answer for them.
   *
   * @param member the member, not null
   * @return true when declared
   */
  public boolean connectorsAnswerFor(MemberId member) {
    return connectorsFor.contains(Objects.requireNonNull(member, "member"));
  }

  /**
   * Whether someone may give a member's answer in a circle.
   *
   * @param circle the circle, not null
   * @param member the member whose answer it is, not null; a member of the circle
   * @param by who gives it, not null
   * @return true when the rules above allow it (a connector recorded as answering for themselves
   *     is allowed here, and refused by the lifecycle: that is the member answering)
   */
  public boolean allows(Circle circle, MemberId member, AnsweredBy by) {
    Problems problems = new Problems("AskPlan");
    check(problems, circle, member, by);
    return !problems.any();
  }

  /** Adds the rule an answer given on a member's behalf breaks, if any, on field {@code answeredBy}. */
  void check(Problems problems, Circle circle, MemberId member, AnsweredBy by) {
    Objects.requireNonNull(circle, "circle");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(by, "by");
    switch (by.kind()) {
      case CONNECTOR: {
        MemberId connector = by.connector().orElseThrow();
        if (circle.member(connector).filter(m -> m.role() == Role.CONNECTOR).isEmpty()) {
          problems.add("answeredBy", "connectorOfCircle", Map.of("member", connector.value(),
              "circle", circle.id().value()));
        } else if (!connector.equals(member) && !byPhone(circle, member) && !connectorsAnswerFor(member)) {
          problems.add("answeredBy", "connectorMandate", Map.of("member", member.value()));
        }
        break;
      }
      case FAMILY_CARER: {
        FamilyCarerId carer = by.familyCarer().orElseThrow();
        if (!familyCarersOf(member).contains(carer)) {
          problems.add("answeredBy", "carerMandate", Map.of("member", member.value(), "carer", carer.value()));
        }
        break;
      }
      default:
        break;
    }
  }

  /** Whether a member is reached by phone or through a connector, not by messages. */
  private static boolean byPhone(Circle circle, MemberId member) {
    return circle.member(member).map(Member::contact).map(c -> c != ContactChannel.GROUP_CHAT).orElse(false);
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return other instanceof AnswerMandates o && o.connectorsFor.equals(connectorsFor) && o.carers.equals(carers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(connectorsFor, carers);
  }

  /**
   * Counts only: which member named which carer stays out of logs.
   *
   * @return for example {@code "AnswerMandates{connectorsFor=1, familyCarers=2}"}
   */
  @Override
  public String toString() {
    return "AnswerMandates{connectorsFor=" + connectorsFor.size() + ", familyCarers="
        + carers.values().stream().mapToInt(List::size).sum() + "}";
  }

  /** Builds mandates. Not thread-safe. */
  public static final class Builder {
    private final Set<MemberId> connectorsFor = new LinkedHashSet<>();
    private final Map<MemberId, List<FamilyCarerId>> carers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * A member who reads messages asks the connectors to answer for them too (for example while
     * they are in hospital). Members without a smartphone need no declaration.
     *
     * @param member the member, not null
     * @return this builder
     */
    public Builder connectorsAnswerFor(MemberId member) {
      connectorsFor.add(Objects.requireNonNull(member, "member"));
      return this;
    }

    /**
     * A member names a family carer who may answer for them; declaring the same pair twice keeps
     * one.
     *
     * @param member the member, not null
     * @param carer the family carer's id, not null; never their name
     * @return this builder
     */
    public Builder familyCarer(MemberId member, FamilyCarerId carer) {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(carer, "carer");
      List<FamilyCarerId> ids = carers.computeIfAbsent(member, m -> new ArrayList<>());
      if (!ids.contains(carer)) {
        ids.add(carer);
      }
      return this;
    }

    /**
     * Builds the mandates.
     *
     * @return the mandates
     */
    public AnswerMandates build() {
      return new AnswerMandates(this);
    }
  }
}
