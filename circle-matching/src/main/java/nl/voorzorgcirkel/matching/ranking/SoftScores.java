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

  /**
   * Closer is better: {@code 1 - distance / 2,000 m}, at least 0, for the distance from the
   * helper's home to the place of the help ({@link MatchContext#distanceMetres}); a destination
   * is the same for every helper and does not count here.
   *
   * @return the score ({@code "distance"})
   */
  public static SoftScore distance() {
    return new SoftScore() {
      @Override
      public String code() {
        return "distance";
      }

      @Override
      public double score(MatchContext context, Member candidate) {
        return Math.max(0.0, 1.0 - context.distanceMetres(candidate) / DISTANCE_REFERENCE_METRES);
      }

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
    return new SoftScore() {
      @Override
      public String code() {
        return "familiarity";
      }

      @Override
      public double score(MatchContext context, Member candidate) {
        return 1.0 - 1.0 / (1 + context.timesHelpedRequester(candidate.id()));
      }

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
    return new SoftScore() {
      @Override
      public String code() {
        return "capability-fit";
      }

      @Override
      public double score(MatchContext context, Member candidate) {
        Optional<CapabilityOffer> offer = context.offerOf(candidate);
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
    return new SoftScore() {
      @Override
      public String code() {
        return "slack";
      }

      @Override
      public double score(MatchContext context, Member candidate) {
        Duration capacity = candidate.capacityPerWeek();
        if (capacity.isZero()) {
          return 0.0;
        }
        return Math.max(0.0, 1.0 - (double) context.weekLoadAfterSeconds(candidate) / capacity.toSeconds());
      }

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
   * request's trip ({@link MatchContext#takesOtherLeg}), else 0; the figure {@code takesOtherLeg}
   * (true/false) says which. Applies only to legs of a trip.
   *
   * @return the score ({@code "same-trip"})
   */
  public static SoftScore sameTrip() {
    return new SoftScore() {
      @Override
      public String code() {
        return "same-trip";
      }

      @Override
      public boolean appliesTo(MatchContext context) {
        return context.request().trip().isPresent();
      }

      @Override
      public double score(MatchContext context, Member candidate) {
        return context.takesOtherLeg(candidate.id()) ? 1.0 : 0.0;
      }

      @Override
      public Map<String, Object> figures(MatchContext context, Member candidate) {
        return Map.of("takesOtherLeg", context.takesOtherLeg(candidate.id()));
      }
    };
  }

  /**
   * Continuity in a series: 1 for the member who helped with, or said yes to, the previous
   * occurrence of the request's series ({@link MatchContext#previousHelper()}), else 0; the figure
   * {@code previousHelper} (true/false) says which. Applies only to occurrences of a series.
   *
   * @return the score ({@code "previous-helper"})
   */
  public static SoftScore previousHelper() {
    return new SoftScore() {
      @Override
      public String code() {
        return "previous-helper";
      }

      @Override
      public boolean appliesTo(MatchContext context) {
        return context.request().series().isPresent();
      }

      @Override
      public double score(MatchContext context, Member candidate) {
        return isPreviousHelper(context, candidate) ? 1.0 : 0.0;
      }

      @Override
      public Map<String, Object> figures(MatchContext context, Member candidate) {
        return Map.of("previousHelper", isPreviousHelper(context, candidate));
      }
    };
  }

  private static boolean isPreviousHelper(MatchContext context, Member candidate) {
    return context.previousHelper().map(candidate.id()::equals).orElse(false);
  }

  private static double headroom(double used, double limit) {
    return limit <= 0 ? 0.0 : Math.max(0.0, 1.0 - used / limit);
  }
}
