package nl.voorzorgcirkel.core.activity;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.i18n.Messages;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * A suggestion to invite a member personally to an activity, with the reasons. For the organiser
 * or a connector: it names the member by id, and its reasons (living alone, needing a ride) are
 * not for the group.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Invitation {

  private final MemberId member;
  private final List<InvitationReason> reasons;
  private final Optional<Integer> weeksSinceLastPresent;

  Invitation(MemberId member, Set<InvitationReason> reasons, Optional<Integer> weeksSinceLastPresent) {
    this.member = Objects.requireNonNull(member, "member");
    this.reasons = List.copyOf(EnumSet.copyOf(reasons));
    this.weeksSinceLastPresent = weeksSinceLastPresent;
  }

  /**
   * The member to invite.
   *
   * @return the id, never null
   */
  public MemberId member() {
    return member;
  }

  /**
   * Why, in the order of {@link InvitationReason}.
   *
   * @return an unmodifiable list, never empty
   */
  public List<InvitationReason> reasons() {
    return reasons;
  }

  /**
   * Whole weeks since the member was last at an activity.
   *
   * @return 0 or more, or empty if the member has never been at one
   */
  public Optional<Integer> weeksSinceLastPresent() {
    return weeksSinceLastPresent;
  }

  /**
   * The sum of the reasons' weights: what orders the invitations.
   *
   * @return 1 to 7
   */
  public int score() {
    return reasons.stream().mapToInt(InvitationReason::weight).sum();
  }

  /**
   * The suggestion as a sentence, naming the member by id.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return for example "invite m-7 personally: lives alone, needs a ride"
   */
  public String message(Locale locale) {
    String why = reasons.stream().map(r -> r.label(locale)).collect(Collectors.joining(", "));
    return Messages.format("invitation.suggestion", locale, Map.of("member", member, "reasons", why));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Invitation
        && ((Invitation) other).member.equals(member)
        && ((Invitation) other).reasons.equals(reasons)
        && ((Invitation) other).weeksSinceLastPresent.equals(weeksSinceLastPresent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(member, reasons, weeksSinceLastPresent);
  }

  /**
   * The member id and reason codes only.
   *
   * @return for example {@code "Invitation{m-7 [LIVES_ALONE, NEEDS_A_RIDE]}"}
   */
  @Override
  public String toString() {
    return "Invitation{" + member + " " + reasons + "}";
  }
}
