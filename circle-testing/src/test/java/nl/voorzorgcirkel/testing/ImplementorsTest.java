package nl.voorzorgcirkel.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.Ranking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.core.scope.ScopePolicies;
import nl.voorzorgcirkel.core.scope.ScopePolicy;
import nl.voorzorgcirkel.matching.fairness.FairnessStrategy;
import nl.voorzorgcirkel.matching.formation.FormationAlgorithm;
import nl.voorzorgcirkel.matching.formation.FormationAlgorithms;
import nl.voorzorgcirkel.matching.ranking.Exclusion;
import nl.voorzorgcirkel.matching.ranking.HardRule;
import nl.voorzorgcirkel.matching.ranking.MatchContext;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategy;
import nl.voorzorgcirkel.matching.ranking.SoftScore;
import nl.voorzorgcirkel.testing.matching.FairnessStrategyContract;
import nl.voorzorgcirkel.testing.matching.FormationAlgorithmContract;
import nl.voorzorgcirkel.testing.matching.HardRuleContract;
import nl.voorzorgcirkel.testing.matching.MatchingStrategyContract;
import nl.voorzorgcirkel.testing.matching.SoftScoreContract;
import nl.voorzorgcirkel.testing.scope.ScopePolicyContract;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;

/**
 * Plays an implementor: implementations written outside the library, as an organisation would
 * write its own, run through every published contract. (Our own implementations run the same
 * contracts in circle-core's and circle-matching's tests.)
 */
class ImplementorsTest {

  /** An organisation that also refers gardening to a municipal service. */
  static final ScopePolicy GARDEN_TO_MUNICIPALITY = ScopePolicies.standard().orElse(request ->
      request.capability().code().equals("garden")
          ? ScopeDecision.refer(ReferralTarget.MUNICIPAL_SOCIAL_SUPPORT, "garden-service")
          : ScopeDecision.inScope());

  /** Asks connectors only when nobody else can: a rule of one organisation's own. */
  static final HardRule NO_CONNECTORS = (context, member) -> member.role() == Role.CONNECTOR
      ? Optional.of(Exclusion.of(member.id(), "connector-spared", Map.of()))
      : Optional.empty();

  /** Prefers members who have been in the circle longer. */
  static final SoftScore SENIORITY = new SoftScore() {
    @Override
    public String code() {
      return "seniority";
    }

    @Override
    public double score(MatchContext context, Member candidate) {
      long days = Duration.between(candidate.joined().atStartOfDay(),
          Fixtures.TODAY.atStartOfDay()).toDays();
      return Math.max(0, Math.min(1, days / 3650.0));
    }
  };

  /** Priority falls with each hour given: {@code 1 / (1 + hours)}. */
  static final FairnessStrategy HOURS_GIVEN = (candidates, duration) -> candidates.stream()
      .mapToDouble(c -> 1.0 / (1 + c.load().toMinutes() / 60.0)).toArray();

  @Nested
  class Scope extends ScopePolicyContract {
    @Override
    protected List<Named<ScopePolicy>> policies() {
      return List.of(Named.of("garden to the municipality", GARDEN_TO_MUNICIPALITY));
    }
  }

  @Nested
  class Strategy extends MatchingStrategyContract {
    @Override
    protected List<Named<MatchingStrategy>> strategies() {
      return List.of(Named.of("seniority, hours given, connectors spared", MatchingStrategies.builder()
          .addRule(NO_CONNECTORS).score(SENIORITY, 0.3).fairness(HOURS_GIVEN, 0.3).build()));
    }
  }

  @Nested
  class Rule extends HardRuleContract {
    @Override
    protected List<Named<HardRule>> rules() {
      return List.of(Named.of("connectors spared", NO_CONNECTORS));
    }
  }

  @Nested
  class Score extends SoftScoreContract {
    @Override
    protected List<Named<SoftScore>> scores() {
      return List.of(Named.of("seniority", SENIORITY));
    }
  }

  @Nested
  class Fairness extends FairnessStrategyContract {
    @Override
    protected List<Named<FairnessStrategy>> strategies() {
      return List.of(Named.of("hours given", HOURS_GIVEN));
    }
  }

  @Nested
  class Formation extends FormationAlgorithmContract {
    @Override
    protected List<Named<FormationAlgorithm>> algorithms() {
      return List.of(Named.of("compact growth, another seed", FormationAlgorithms.compactGrowth(policy(), 2026)));
    }
  }

  /**
   * User test 4, G5: a strategy that ranks a request under way as if nobody had been asked (it
   * forgets who said no) passed the contract; now the lifecycle check fails it, with the seed.
   */
  @Test
  void aStrategyThatForgetsWhoSaidNoFailsTheContractWithTheSeedReported() {
    MatchingStrategy forgetful = new MatchingStrategy() {
      @Override
      public Ranking rank(HelpRequest request, CircleSnapshot snapshot) {
        return MatchingStrategies.standard().rank(request, snapshot);
      }

      @Override
      public Ranking rank(RequestLifecycle lifecycle, CircleSnapshot snapshot) {
        return MatchingStrategies.standard().rank(lifecycle.request(), snapshot);
      }
    };
    MatchingStrategyContract contract = new MatchingStrategyContract() {
      @Override
      protected List<Named<MatchingStrategy>> strategies() {
        return List.of(Named.of("forgetful", forgetful));
      }
    };
    TestInfo info = info("forgetful");
    AssertionError e = assertThrows(AssertionError.class, () -> contract.honoursTheRequestsLifecycle(forgetful, info));
    assertTrue(e.getMessage().contains("not to be asked first again")
        || e.getMessage().contains("is not reported as awaiting an answer"), e.getMessage());
    assertTrue(e.getMessage().contains(String.valueOf(Props.SEED)), "the seed is reported: " + e.getMessage());
    // the standard strategy and one built with the builder pass the same check
    contract.honoursTheRequestsLifecycle(MatchingStrategies.standard(), info);
    contract.honoursTheRequestsLifecycle(MatchingStrategies.builder().notificationBudget(1).build(), info);
  }

  /**
   * User test 13, M1: a strategy that penalises saying no (a rule excluding whoever declined
   * anything lately, or a score falling with the declines) passed every contract test; now the
   * decline check fails both, with the seed, and passes the standard strategy and one whose
   * fairness counts hours given.
   */
  @Test
  void aStrategyThatHoldsADeclineAgainstOtherRequestsFailsTheContract() {
    HardRule noDecliners = (context, member) -> context.timesDeclined(member.id()) > 0
        ? Optional.of(Exclusion.of(member.id(), "declined-lately", Map.of())) : Optional.empty();
    SoftScore fewerDeclines = new SoftScore() {
      @Override
      public String code() {
        return "fewer-declines";
      }

      @Override
      public double score(MatchContext context, Member candidate) {
        return 1.0 / (1 + context.timesDeclined(candidate.id()));
      }
    };
    MatchingStrategyContract contract = new MatchingStrategyContract() {
      @Override
      protected List<Named<MatchingStrategy>> strategies() {
        return List.of();
      }
    };
    TestInfo info = info("penalises no");
    for (MatchingStrategy broken : List.of(MatchingStrategies.builder().addRule(noDecliners).build(),
        MatchingStrategies.builder().score(fewerDeclines, 2.0).build())) {
      AssertionError e = assertThrows(AssertionError.class,
          () -> contract.aDeclineChangesNothingForOtherRequests(broken, info));
      assertTrue(e.getMessage().contains("said no to another request, and this request's ranking changed"),
          e.getMessage());
      assertTrue(e.getMessage().contains(String.valueOf(Props.SEED)), "the seed is reported: " + e.getMessage());
    }
    contract.aDeclineChangesNothingForOtherRequests(MatchingStrategies.standard(), info);
    contract.aDeclineChangesNothingForOtherRequests(MatchingStrategies.builder()
        .fairness(HOURS_GIVEN, 0.5).build(), info);
  }

  /**
   * User test 13, M2: a policy that refers with the request's description as its reason code passed
   * the scope contract, and the description showed in the decision's toString() and the lifecycle's
   * events. Now refer() refuses a reason that is not code-shaped, and the contract fails a policy
   * that slips the description through in code shape as well.
   */
  @Test
  void aPolicyWhoseReasonQuotesTheDescriptionFailsTheContract() {
    ScopePolicy chatty = request -> ScopeDecision.refer(ReferralTarget.DISTRICT_NURSING,
        request.description().orElse("x"));
    ScopePolicy slugged = request -> ScopeDecision.refer(ReferralTarget.DISTRICT_NURSING,
        request.description().orElse("x").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
    ScopePolicyContract contract = new ScopePolicyContract() {
      @Override
      protected List<Named<ScopePolicy>> policies() {
        return List.of();
      }
    };
    TestInfo info = info("chatty");
    for (ScopePolicy broken : List.of(chatty, slugged)) {
      AssertionError e = assertThrows(AssertionError.class,
          () -> contract.decidesEveryRequestDeterministicallyWithAReason(broken, info));
      assertTrue(e.getMessage().contains(String.valueOf(Props.SEED)), "the seed is reported: " + e.getMessage());
      assertFalse(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("zwaantje"),
          "the failure does not quote the description either: " + e.getMessage());
    }
    contract.decidesEveryRequestDeterministicallyWithAReason(GARDEN_TO_MUNICIPALITY, info);
  }

  /**
   * User test 14, L10: a policy that takes showering on passed the scope contract, though circles
   * never give personal care. Now the contract fails it, naming the care codes it took on and the
   * rule; a policy that takes on wound care fails the same way, and the standard policy, with or
   * without an organisation's own referrals, passes.
   */
  @Test
  void aPolicyThatTakesOnShoweringOrWoundCareFailsTheContract() {
    ScopePolicy showers = request -> java.util.Set.of("showering", "douchen", "shower", "douche")
        .contains(request.capability().code()) ? ScopeDecision.inScope() : ScopePolicies.standard().assess(request);
    ScopePolicy woundCare = request -> request.capability().code().startsWith("wond")
        ? ScopeDecision.inScope() : ScopePolicies.standard().assess(request);
    ScopePolicyContract contract = new ScopePolicyContract() {
      @Override
      protected List<Named<ScopePolicy>> policies() {
        return List.of();
      }
    };
    AssertionError shower = assertThrows(AssertionError.class,
        () -> contract.refersEveryKindOfPersonalAndNursingCare(showers));
    assertTrue(shower.getMessage().contains("showering (personal-care)"), shower.getMessage());
    assertTrue(shower.getMessage().contains("douchen (personal-care)"), shower.getMessage());
    assertTrue(shower.getMessage().contains("a circle never takes on personal or nursing care"), shower.getMessage());
    AssertionError wound = assertThrows(AssertionError.class,
        () -> contract.refersEveryKindOfPersonalAndNursingCare(woundCare));
    assertTrue(wound.getMessage().contains("wondzorg (nursing-care)"), wound.getMessage());
    contract.refersEveryKindOfPersonalAndNursingCare(ScopePolicies.standard());
    contract.refersEveryKindOfPersonalAndNursingCare(GARDEN_TO_MUNICIPALITY);
  }

  /** A test's information with only a display name, for contract methods called directly. */
  static TestInfo info(String name) {
    return new TestInfo() {
      @Override
      public String getDisplayName() {
        return name;
      }

      @Override
      public java.util.Set<String> getTags() {
        return java.util.Set.of();
      }

      @Override
      public Optional<Class<?>> getTestClass() {
        return Optional.empty();
      }

      @Override
      public Optional<java.lang.reflect.Method> getTestMethod() {
        return Optional.empty();
      }
    };
  }
}
