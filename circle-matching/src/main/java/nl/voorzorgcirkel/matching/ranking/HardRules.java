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

  /**
   * A standard rule: its test and its explanation, {@code check} explaining only whom the test rules
   * out. Each standard rule is a class of its own, not one class around a lambda per rule: where a
   * ranking's call of a rule sees one class, the compiler inlines the rule's test (its call of
   * {@code test} on a known class is bound directly), which it cannot through a shared wrapper's
   * call of the lambda.
   */
  private abstract static class Rule implements HardRule {
    /** Whether the rule rules the member out; without allocating. */
    abstract boolean test(MatchContext context, Member candidate);

    /** The exclusion of a member the test ruled out, with its reason and figures. */
    abstract Exclusion explain(MatchContext context, Member candidate);

    @Override
    public final Optional<Exclusion> check(MatchContext context, Member candidate) {
      return test(context, candidate) ? Optional.of(explain(context, candidate)) : Optional.empty();
    }

    @Override
    public final boolean excludes(MatchContext context, Member candidate) {
      return test(context, candidate);
    }
  }

  /**
   * Rules out the requester.
   *
   * @return the rule ({@link ExclusionReason#IS_REQUESTER})
   */
  public static HardRule notTheRequester() {
    return new Rule() {
      @Override
      boolean test(MatchContext context, Member candidate) {
        return candidate.id().equals(context.request().requester());
      }

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
    return new Rule() {
      @Override
      boolean test(MatchContext context, Member candidate) {
        return candidate.status() == MemberStatus.LEFT
            || !context.takesPartDuringWindow(candidate);
      }

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
   * Rules out members who do not offer the kind of help asked for, read as the scope reads the
   * request ({@link MatchContext#offers(Member)}): a member who offers {@code
   * groceries-and-errands} offers what a request for {@code boodschappen} asks, and one who offers
   * {@code ride-by-car} what a request for {@code naar-de-kapper} asks.
   *
   * @return the rule ({@link ExclusionReason#LACKS_CAPABILITY})
   */
  public static HardRule offersCapability() {
    return new OffersCapability();
  }

  /**
   * Whether a rule is the standard capability rule ({@link #offersCapability()}): with it among a
   * strategy's rules, only the members who offer the request's capability ({@link
   * nl.voorzorgcirkel.core.model.Circle#membersOffering(nl.voorzorgcirkel.core.model.Capability,
   * nl.voorzorgcirkel.core.model.CapabilityVocabulary)}) can pass them all.
   */
  static boolean isOffersCapability(HardRule rule) {
    return rule instanceof OffersCapability;
  }

  /** The capability rule, a named class so that a strategy can recognise it. */
  private static final class OffersCapability extends Rule {
    @Override
    boolean test(MatchContext context, Member candidate) {
      return !context.offers(candidate);
    }

    @Override
    Exclusion explain(MatchContext context, Member candidate) {
      return Exclusion.of(candidate.id(), ExclusionReason.LACKS_CAPABILITY,
          context.lacksCapabilityFigures());
    }
  }

  /**
   * Rules out members the requester would rather not be helped by.
   *
   * @return the rule ({@link ExclusionReason#REQUESTER_PREFERENCE})
   */
  public static HardRule requesterPreference() {
    return new Rule() {
      @Override
      boolean test(MatchContext context, Member candidate) {
        return context.requester().avoids().contains(candidate.id());
      }

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
    return new Rule() {
      @Override
      boolean test(MatchContext context, Member candidate) {
        return limitExceeded(context, candidate) != null;
      }

      @Override
      Exclusion explain(MatchContext context, Member candidate) {
        return Objects.requireNonNull(limitExceeded(context, candidate), "limit");
      }
    };
  }

  /** The exclusion for the first limit a request exceeds, or null. */
  private static @Nullable Exclusion limitExceeded(MatchContext context, Member candidate) {
    Optional<CapabilityOffer> offer = context.offerOf(candidate);
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
   * Rules out members in none of whose weekly slots the help fits within the window, on the days
   * they take part (a day away or paused does not count: {@link MatchContext#earliestStart}).
   *
   * @return the rule ({@link ExclusionReason#NOT_AVAILABLE})
   */
  public static HardRule available() {
    return new Rule() {
      @Override
      boolean test(MatchContext context, Member candidate) {
        return context.earliestStart(candidate).isEmpty();
      }

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
    return new Rule() {
      @Override
      boolean test(MatchContext context, Member candidate) {
        return !context.snapshot().commitments().isEmpty()
            && context.helpStart(candidate).isEmpty() && context.earliestStart(candidate).isPresent();
      }

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
    return new Rule() {
      @Override
      boolean test(MatchContext context, Member candidate) {
        return context.askStatus(candidate.id()) == AskStatus.DECLINED;
      }

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
    return new Rule() {
      @Override
      boolean test(MatchContext context, Member candidate) {
        return context.compareWeekLoadAfter(candidate, candidate.capacityPerWeek()) > 0;
      }

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
