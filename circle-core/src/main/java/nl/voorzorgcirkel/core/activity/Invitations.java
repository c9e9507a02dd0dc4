package nl.voorzorgcirkel.core.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * Whom to invite personally to an occurrence of an activity: members who live alone, who have not
 * been at an activity for a while, who need a ride to it, and who could give one.
 *
 * <p>Considered are the members in the circle on the day of the occurrence who are not away or
 * paused and do not already take part. A member gets a reason when:
 *
 * <ul>
 *   <li>{@link InvitationReason#LIVES_ALONE}: {@link Member#livesAlone()};
 *   <li>{@link InvitationReason#NOT_SEEN_FOR_A_WHILE}: not at any activity in the {@code
 *       quietWeeks} weeks before the occurrence (or never);
 *   <li>{@link InvitationReason#NEEDS_A_RIDE}: the activity {@linkplain Activity#needsRide() needs
 *       a ride} and the member does not offer {@link Capability#RIDE_BY_CAR};
 *   <li>{@link InvitationReason#COULD_GIVE_A_RIDE}: the activity needs a ride and the member
 *       offers one: an offer of rides read by kind of help, as matching reads it ({@link
 *       Circle#membersOffering(Capability, CapabilityVocabulary)}), by the {@linkplain
 *       CapabilityVocabulary#standard() standard vocabulary} unless the circle's own is given
 *       ({@link #rank(Circle, Activity, ActivityLog, Instant, int, CapabilityVocabulary)}), so an
 *       offer written {@code autorit} or {@code lift} counts.
 * </ul>
 *
 * <p>Members without a reason are left out; the rest are ordered by {@link Invitation#score()}
 * (highest first), then by longest since last present (never first), then by member id. A full
 * activity gets no suggestions. Deterministic; stateless and thread-safe; O(m * a) for m members
 * and a attendances.
 *
 * @since 0.1.0
 */
public final class Invitations {

  /** The weeks without an activity after which a member counts as not seen for a while: 4. */
  public static final int DEFAULT_QUIET_WEEKS = 4;

  private static final Comparator<Invitation> ORDER = Comparator
      .comparingInt(Invitation::score).reversed()
      .thenComparing(i -> i.weeksSinceLastPresent().orElse(Integer.MAX_VALUE),
          Comparator.reverseOrder())
      .thenComparing(Invitation::member);

  private Invitations() {}

  /**
   * The invitations for an occurrence, with {@link #DEFAULT_QUIET_WEEKS}.
   *
   * @param circle the circle, not null
   * @param activity the activity, not null
   * @param log the circle's activity log, not null
   * @param occurrence the start of the occurrence to invite for, not null
   * @return the invitations in order, unmodifiable, possibly empty
   */
  public static List<Invitation> rank(Circle circle, Activity activity, ActivityLog log,
      Instant occurrence) {
    return rank(circle, activity, log, occurrence, DEFAULT_QUIET_WEEKS);
  }

  /**
   * The invitations for an occurrence.
   *
   * @param circle the circle, not null
   * @param activity the activity, not null
   * @param log the circle's activity log, not null
   * @param occurrence the start of the occurrence to invite for, not null
   * @param quietWeeks weeks without an activity after which a member is not seen for a while, 1
   *     to 52
   * @return the invitations in order, unmodifiable, possibly empty
   * @throws IllegalArgumentException if {@code quietWeeks} is out of range
   */
  public static List<Invitation> rank(Circle circle, Activity activity, ActivityLog log,
      Instant occurrence, int quietWeeks) {
    return rank(circle, activity, log, occurrence, quietWeeks, CapabilityVocabulary.standard());
  }

  /**
   * The invitations for an occurrence, reading who offers rides by the circle's own vocabulary, as
   * matching with a scope policy of that vocabulary does: under a vocabulary that makes {@code
   * regiotaxi} a synonym of rides, a member offering {@code regiotaxi} could give a ride.
   *
   * @param circle the circle, not null
   * @param activity the activity, not null
   * @param log the circle's activity log, not null
   * @param occurrence the start of the occurrence to invite for, not null
   * @param quietWeeks weeks without an activity after which a member is not seen for a while, 1
   *     to 52
   * @param vocabulary the vocabulary that reads the offers, normally the matching's; not null
   * @return the invitations in order, unmodifiable, possibly empty
   * @throws IllegalArgumentException if {@code quietWeeks} is out of range
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException with rule {@code
   *     Circle.oneOfferPerKind} if the activity needs a ride and a member offers a kind of help
   *     twice as the vocabulary reads it ({@link Circle#requireOneOfferPerKind})
   * @since 0.1.0
   */
  public static List<Invitation> rank(Circle circle, Activity activity, ActivityLog log,
      Instant occurrence, int quietWeeks, CapabilityVocabulary vocabulary) {
    Objects.requireNonNull(vocabulary, "vocabulary");
    Objects.requireNonNull(circle, "circle");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(occurrence, "occurrence");
    if (quietWeeks < 1 || quietWeeks > 52) {
      throw new IllegalArgumentException("quietWeeks must be between 1 and 52, was " + quietWeeks);
    }
    if (activity.isFull()) {
      return List.of();
    }
    LocalDate day = LocalDate.ofInstant(occurrence, activity.zone());
    // who could give a ride, as matching reads the offers (autorit too)
    Set<MemberId> drivers = new HashSet<>();
    if (activity.needsRide()) {
      for (Member driver : circle.membersOffering(Capability.RIDE_BY_CAR, vocabulary)) {
        drivers.add(driver.id());
      }
    }
    List<Invitation> invitations = new ArrayList<>();
    for (Member member : circle.membersOn(day)) {
      if (!member.isAvailableOn(day) || activity.takesPart(member.id())) {
        continue;
      }
      Optional<Integer> weeks = log.lastPresent(member.id(), occurrence)
          .map(last -> (int) (Duration.between(last, occurrence).toDays() / 7));
      Set<InvitationReason> reasons = EnumSet.noneOf(InvitationReason.class);
      if (member.livesAlone()) {
        reasons.add(InvitationReason.LIVES_ALONE);
      }
      if (weeks.map(w -> w >= quietWeeks).orElse(true)) {
        reasons.add(InvitationReason.NOT_SEEN_FOR_A_WHILE);
      }
      if (activity.needsRide()) {
        reasons.add(drivers.contains(member.id())
            ? InvitationReason.COULD_GIVE_A_RIDE : InvitationReason.NEEDS_A_RIDE);
      }
      if (!reasons.isEmpty()) {
        invitations.add(new Invitation(member.id(), reasons, weeks));
      }
    }
    invitations.sort(ORDER);
    return List.copyOf(invitations);
  }
}
