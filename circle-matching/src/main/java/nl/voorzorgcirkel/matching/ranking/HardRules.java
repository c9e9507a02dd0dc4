package nl.voorzorgcirkel.matching.ranking;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberStatus;
import org.jspecify.annotations.Nullable;

/**
 * The standard {@link HardRule}s, one per {@link ExclusionReason}. All are stateless and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class HardRules {

  /**
   * The travel time kept free between two pieces of help of one member at set times, unless set
   * otherwise: 15 minutes, for members who live within walking or cycling distance of each other
   * (an assumption of this library).
   */
  public static final Duration DEFAULT_TRAVEL_BUFFER = Duration.ofMinutes(15);

  private static final List<HardRule> STANDARD = List.of(notTheRequester(), takesPart(),
      offersCapability(), requesterPreference(), withinLimits(), available(), withinCapacity(),
      noTimeConflict());

  private HardRules() {}

  /**
   * Every standard rule, cheapest first: the requester, taking part, the capability, the
   * requester's preference, the member's limits, availability, capacity, time conflicts (last, so
   * the rules that were here before keep their places). The first rule that fails names the
   * reason.
   *
   * @return an unmodifiable list
   */
  public static List<HardRule> standard() {
    return STANDARD;
  }

  /*
   * The kinds of the standard rules: a strategy that knows a rule's kind calls its test directly
   * ({@link #excludes(int, MatchContext, Member)}), a static call the compiler binds and inlines
   * whatever else it has seen, instead of through the interface.
   */
  /** Not a standard rule: asked through {@link HardRule}. */
  static final int OTHER = -1;
  static final int NOT_THE_REQUESTER = 0;
  static final int TAKES_PART = 1;
  static final int OFFERS_CAPABILITY = 2;
  static final int REQUESTER_PREFERENCE = 3;
  static final int WITHIN_LIMITS = 4;
  static final int AVAILABLE = 5;
  static final int WITHIN_CAPACITY = 6;
  static final int NO_TIME_CONFLICT = 7;
  static final int NOT_DECLINED = 8;

  /**
   * A standard rule: its kind, whose test {@link #excludes(int, MatchContext, Member)} runs, and
   * its explanation, {@code check} explaining only whom the test rules out. The rule object and a
   * strategy that calls the test by the rule's kind run the same code.
   */
  private abstract static class Rule implements HardRule {
    private final int kind;

    Rule(int kind) {
      this.kind = kind;
    }

    /** The exclusion of a member the test ruled out, with its reason and figures. */
    abstract Exclusion explain(MatchContext context, Member candidate);

    @Override
    public final Optional<Exclusion> check(MatchContext context, Member candidate) {
      return HardRules.excludes(kind, context, candidate) ? Optional.of(explain(context, candidate)) : Optional.empty();
    }

    @Override
    public final boolean excludes(MatchContext context, Member candidate) {
      return HardRules.excludes(kind, context, candidate);
    }
  }

  /**
   * A rule's kind: one of the constants above for a standard rule, {@link #OTHER} for any other.
   *
   * @param rule the rule, not null
   * @return the kind
   */
  static int kindOf(HardRule rule) {
    return rule instanceof Rule standard ? standard.kind : OTHER;
  }

  /**
   * Whether the standard rule of a kind rules the member out: the test of each standard rule,
   * without allocating.
   *
   * @param kind a standard rule's kind, not {@link #OTHER}
   * @throws IllegalArgumentException for another kind
   */
  static boolean excludes(int kind, MatchContext context, Member candidate) {
    switch (kind) {
      case NOT_THE_REQUESTER:
        return candidate.id().equals(context.request().requester());
      case TAKES_PART:
        return candidate.status() == MemberStatus.LEFT || !context.takesPartDuringWindow(candidate);
      case OFFERS_CAPABILITY:
        return !candidate.offers(context.request().capability());
      case REQUESTER_PREFERENCE:
        return context.requester().avoids().contains(candidate.id());
      case WITHIN_LIMITS:
        return limitExceeded(context, candidate) != null;
      case AVAILABLE:
        return context.earliestStart(candidate).isEmpty();
      case WITHIN_CAPACITY:
        return context.compareWeekLoadAfter(candidate, candidate.capacityPerWeek()) > 0;
      case NO_TIME_CONFLICT:
        return !context.snapshot().commitments().isEmpty()
            && context.helpStart(candidate).isEmpty() && context.earliestStart(candidate).isPresent();
      case NOT_DECLINED:
        return context.askStatus(candidate.id()) == AskStatus.DECLINED;
      default:
        throw new IllegalArgumentException("not a standard rule: " + kind);
    }
  }

  /**
   * Rules out the requester.
   *
   * @return the rule ({@link ExclusionReason#IS_REQUESTER})
   */
  public static HardRule notTheRequester() {
    return new Rule(NOT_THE_REQUESTER) {
      @Override
      Exclusion explain(MatchContext context, Member candidate) {
        return Exclusion.of(candidate.id(), ExclusionReason.IS_REQUESTER, Map.of());
      }
    };
  }

  /**
   * Rules out members who left, or who are paused or away for the whole window.
   *
   * @return the rule ({@link ExclusionReason#LEFT_CIRCLE}, {@link ExclusionReason#PAUSED}, {@link
   *     ExclusionReason#ABSENT})
   */
  public static HardRule takesPart() {
    return new Rule(TAKES_PART) {
      @Override
      Exclusion explain(MatchContext context, Member candidate) {
        if (candidate.status() == MemberStatus.LEFT) {
          return Exclusion.of(candidate.id(), ExclusionReason.LEFT_CIRCLE, Map.of());
        }
        ExclusionReason reason = candidate.status() == MemberStatus.PAUSED
            && candidate.pausedUntil().map(d -> !d.isBefore(context.firstDay())).orElse(false)
            ? ExclusionReason.PAUSED : ExclusionReason.ABSENT;
        return Exclusion.of(candidate.id(), reason, Map.of());
      }
    };
  }

  /**
   * Rules out members who do not offer the capability.
   *
   * @return the rule ({@link ExclusionReason#LACKS_CAPABILITY})
   */
  public static HardRule offersCapability() {
    return new Rule(OFFERS_CAPABILITY) {
      @Override
      Exclusion explain(MatchContext context, Member candidate) {
        return Exclusion.of(candidate.id(), ExclusionReason.LACKS_CAPABILITY,
            context.lacksCapabilityFigures());
      }
    };
  }

  /**
   * Whether a rule is the standard capability rule ({@link #offersCapability()}): with it among a
   * strategy's rules, only the members who offer the request's capability ({@link
   * nl.voorzorgcirkel.core.model.Circle#membersOffering}) can pass them all.
   */
  static boolean isOffersCapability(HardRule rule) {
    return kindOf(rule) == OFFERS_CAPABILITY;
  }

  /**
   * Rules out members the requester would rather not be helped by.
   *
   * @return the rule ({@link ExclusionReason#REQUESTER_PREFERENCE})
   */
  public static HardRule requesterPreference() {
    return new Rule(REQUESTER_PREFERENCE) {
      @Override
      Exclusion explain(MatchContext context, Member candidate) {
        return Exclusion.of(candidate.id(), ExclusionReason.REQUESTER_PREFERENCE, Map.of());
      }
    };
  }

  /**
   * Rules out members whose offer's limits the request exceeds: longer than they help at one
   * time, or farther than they go.
   *
   * @return the rule ({@link ExclusionReason#LONGER_THAN_LIMIT}, {@link ExclusionReason#TOO_FAR})
   */
  public static HardRule withinLimits() {
    return new Rule(WITHIN_LIMITS) {
      @Override
      Exclusion explain(MatchContext context, Member candidate) {
        return Objects.requireNonNull(limitExceeded(context, candidate), "limit");
      }
    };
  }

  /** The exclusion for the first limit a request exceeds, or null. */
  private static @Nullable Exclusion limitExceeded(MatchContext context, Member candidate) {
    Optional<CapabilityOffer> offer = candidate.offerOf(context.request().capability());
    if (offer.isEmpty()) {
      return null;
    }
    Duration expected = context.request().expectedDuration();
    Optional<Duration> maxDuration = offer.get().maxDuration();
    if (maxDuration.isPresent() && expected.compareTo(maxDuration.get()) > 0) {
      return Exclusion.of(candidate.id(), ExclusionReason.LONGER_THAN_LIMIT,
          Map.of("minutes", expected.toMinutes(), "maxMinutes", maxDuration.get().toMinutes()));
    }
    Optional<Integer> maxMetres = offer.get().maxDistanceMetres();
    if (maxMetres.isPresent()) {
      double metres = context.farthestMetres(candidate);
      if (metres > maxMetres.get()) {
        return Exclusion.of(candidate.id(), ExclusionReason.TOO_FAR,
            Map.of("distanceMetres", Math.round(metres), "maxMetres", maxMetres.get()));
      }
    }
    return null;
  }

  /**
   * Rules out members in none of whose weekly slots the help fits within the window.
   *
   * @return the rule ({@link ExclusionReason#NOT_AVAILABLE})
   */
  public static HardRule available() {
    return new Rule(AVAILABLE) {
      @Override
      Exclusion explain(MatchContext context, Member candidate) {
        return Exclusion.of(candidate.id(), ExclusionReason.NOT_AVAILABLE, Map.of());
      }
    };
  }

  /**
   * Rules out members who promised help at set times that the request would overlap, with the
   * strategy's travel time kept free either side ({@link MatchContext#travelBuffer()}): for a
   * request at a set time, when its time overlaps; for a flexible one, when it fits in the
   * member's weekly slots only where it overlaps ({@link MatchContext#helpStart}).
   *
   * @return the rule ({@link ExclusionReason#TIME_CONFLICT})
   */
  public static HardRule noTimeConflict() {
    return new Rule(NO_TIME_CONFLICT) {
      @Override
      Exclusion explain(MatchContext context, Member candidate) {
        return Exclusion.of(candidate.id(), ExclusionReason.TIME_CONFLICT,
            Map.of("bufferMinutes", context.travelBuffer().toMinutes()));
      }
    };
  }

  /**
   * Rules out members who said no to this request ({@link MatchContext#askStatus}); used by
   * strategies built with {@link DeclineHandling#EXCLUDE}. Other requests are not affected.
   *
   * @return the rule ({@link ExclusionReason#DECLINED})
   */
  public static HardRule notDeclined() {
    return new Rule(NOT_DECLINED) {
      @Override
      Exclusion explain(MatchContext context, Member candidate) {
        return Exclusion.of(candidate.id(), ExclusionReason.DECLINED, Map.of());
      }
    };
  }

  /**
   * Rules out members whom the request would take past their weekly capacity, counting the help
   * they gave and promised in the week they would help with it ({@link MatchContext#weekLoad}).
   *
   * @return the rule ({@link ExclusionReason#AT_CAPACITY})
   */
  public static HardRule withinCapacity() {
    return new Rule(WITHIN_CAPACITY) {
      @Override
      Exclusion explain(MatchContext context, Member candidate) {
        Duration load = context.weekLoad(candidate);
        return Exclusion.of(candidate.id(), ExclusionReason.AT_CAPACITY,
            Map.of("loadMinutes", load.toMinutes(),
                "requestMinutes", context.request().expectedDuration().toMinutes(),
                "capacityMinutes", candidate.capacityPerWeek().toMinutes()));
      }
    };
  }
}
