package nl.voorzorgcirkel.matching.ranking;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Member;

/**
 * The standard {@link SoftScore}s. All are stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class SoftScores {

  /** Distance at which the distance score reaches 0: 2,000 m, beyond walking or cycling range. */
  public static final int DISTANCE_REFERENCE_METRES = 2_000;

  private SoftScores() {}

  /*
   * The kinds of the standard scores: a strategy that knows a score's kind calls it directly
   * ({@link #score(int, MatchContext, Member)}), a static call the compiler binds and inlines,
   * instead of through the interface.
   */
  /** Not a standard score: asked through {@link SoftScore}. */
  static final int OTHER = -1;
  static final int DISTANCE = 0;
  static final int FAMILIARITY = 1;
  static final int CAPABILITY_FIT = 2;
  static final int SLACK = 3;
  static final int SAME_TRIP = 4;
  static final int PREVIOUS_HELPER = 5;

  /**
   * A standard score: its code and its kind, whose value {@link #score(int, MatchContext, Member)}
   * computes. The score object and a strategy that calls it by the kind run the same code.
   */
  private abstract static class Standard implements SoftScore {
    private final int kind;
    private final String code;

    Standard(int kind, String code) {
      this.kind = kind;
      this.code = code;
    }

    @Override
    public final String code() {
      return code;
    }

    @Override
    public final double score(MatchContext context, Member candidate) {
      return SoftScores.score(kind, context, candidate);
    }
  }

  /**
   * A score's kind: one of the constants above for a standard score, {@link #OTHER} for any other.
   *
   * @param score the score, not null
   * @return the kind
   */
  static int kindOf(SoftScore score) {
    return score instanceof Standard standard ? standard.kind : OTHER;
  }

  /**
   * The value of the standard score of a kind.
   *
   * @param kind a standard score's kind, not {@link #OTHER}
   * @throws IllegalArgumentException for another kind
   */
  static double score(int kind, MatchContext context, Member candidate) {
    switch (kind) {
      case DISTANCE:
        return distanceValue(context, candidate);
      case FAMILIARITY:
        return familiarityValue(context, candidate);
      case CAPABILITY_FIT:
        return capabilityFitValue(context, candidate);
      case SLACK:
        return slackValue(context, candidate);
      case SAME_TRIP:
        return sameTripValue(context, candidate);
      case PREVIOUS_HELPER:
        return previousHelperValue(context, candidate);
      default:
        throw new IllegalArgumentException("not a standard score: " + kind);
    }
  }

  private static double distanceValue(MatchContext context, Member candidate) {
    return Math.max(0.0, 1.0 - context.distanceMetres(candidate) / DISTANCE_REFERENCE_METRES);
  }

  private static double familiarityValue(MatchContext context, Member candidate) {
    return 1.0 - 1.0 / (1 + context.timesHelpedRequester(candidate.id()));
  }

  private static double capabilityFitValue(MatchContext context, Member candidate) {
    Optional<CapabilityOffer> offer = candidate.offerOf(context.request().capability());
    if (offer.isEmpty()) {
      return 0.0;
    }
    double sum = 0;
    int limits = 0;
    if (offer.get().maxDistanceMetres().isPresent()) {
      sum += headroom(context.farthestMetres(candidate), offer.get().maxDistanceMetres().get());
      limits++;
    }
    if (offer.get().maxDuration().isPresent()) {
      sum += headroom((double) context.request().expectedDuration().toSeconds(),
          (double) offer.get().maxDuration().get().toSeconds());
      limits++;
    }
    return limits == 0 ? 1.0 : sum / limits;
  }

  private static double slackValue(MatchContext context, Member candidate) {
    Duration capacity = candidate.capacityPerWeek();
    if (capacity.isZero()) {
      return 0.0;
    }
    return Math.max(0.0, 1.0 - (double) context.weekLoadAfterSeconds(candidate) / capacity.toSeconds());
  }

  private static double sameTripValue(MatchContext context, Member candidate) {
    return context.takesOtherLeg(candidate.id()) ? 1.0 : 0.0;
  }

  private static double previousHelperValue(MatchContext context, Member candidate) {
    return context.previousHelper().map(candidate.id()::equals).orElse(false) ? 1.0 : 0.0;
  }

  /**
   * Closer is better: {@code 1 - distance / 2,000 m}, at least 0, for the distance from the
   * helper's home to the place of the help ({@link MatchContext#distanceMetres}); a destination
   * is the same for every helper and does not count here.
   *
   * @return the score ({@code "distance"})
   */
  public static SoftScore distance() {
    return new Standard(DISTANCE, "distance") {
      @Override
      public Map<String, Object> figures(MatchContext context, Member candidate) {
        return Map.of("distanceMetres", Math.round(context.distanceMetres(candidate)));
      }
    };
  }

  /**
   * People prefer a helper they know: {@code 1 - 1 / (1 + n)} for {@code n} earlier occasions on
   * which this member helped the requester (0, 0.5, 0.67, 0.75, ...).
   *
   * @return the score ({@code "familiarity"})
   */
  public static SoftScore familiarity() {
    return new Standard(FAMILIARITY, "familiarity") {
      @Override
      public Map<String, Object> figures(MatchContext context, Member candidate) {
        return Map.of("times", context.timesHelpedRequester(candidate.id()));
      }
    };
  }

  /**
   * How comfortably the request sits within the limits the member set for this capability: 1
   * without limits; otherwise the mean headroom left under each limit ({@code 1 - used / limit}).
   *
   * @return the score ({@code "capability-fit"})
   */
  public static SoftScore capabilityFit() {
    return new Standard(CAPABILITY_FIT, "capability-fit") {
      @Override
      public Map<String, Object> figures(MatchContext context, Member candidate) {
        return Map.of("percent", Math.round(100 * score(context, candidate)));
      }
    };
  }

  /**
   * Slack in the member's weekly capacity after this request: {@code 1 - (week load + request) /
   * capacity}, at least 0. A member with room to spare is asked before one near their limit.
   *
   * @return the score ({@code "slack"})
   */
  public static SoftScore slack() {
    return new Standard(SLACK, "slack") {
      @Override
      public Map<String, Object> figures(MatchContext context, Member candidate) {
        Duration left = candidate.capacityPerWeek().minus(context.weekLoad(candidate))
            .minus(context.request().expectedDuration());
        return Map.of("minutesLeft", Math.max(0, left.toMinutes()));
      }
    };
  }

  /**
   * One helper for all legs of a trip: 1 for a member who said yes to another leg of the
   * request's trip ({@link MatchContext#takesOtherLeg}), else 0. Applies only to legs of a trip.
   *
   * @return the score ({@code "same-trip"})
   */
  public static SoftScore sameTrip() {
    return new Standard(SAME_TRIP, "same-trip") {
      @Override
      public boolean appliesTo(MatchContext context) {
        return context.request().trip().isPresent();
      }
    };
  }

  /**
   * Continuity in a series: 1 for the member who helped with, or said yes to, the previous
   * occurrence of the request's series ({@link MatchContext#previousHelper()}), else 0. Applies
   * only to occurrences of a series.
   *
   * @return the score ({@code "previous-helper"})
   */
  public static SoftScore previousHelper() {
    return new Standard(PREVIOUS_HELPER, "previous-helper") {
      @Override
      public boolean appliesTo(MatchContext context) {
        return context.request().series().isPresent();
      }
    };
  }

  private static double headroom(double used, double limit) {
    return limit <= 0 ? 0.0 : Math.max(0.0, 1.0 - used / limit);
  }
}
