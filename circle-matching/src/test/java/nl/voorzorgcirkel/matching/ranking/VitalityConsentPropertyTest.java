package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.voorzorgcirkel.core.consent.ConsentRecord;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.consent.DataAccess;
import nl.voorzorgcirkel.core.consent.DataPolicy;
import nl.voorzorgcirkel.core.consent.LawfulBasis;
import nl.voorzorgcirkel.core.consent.PersonalField;
import nl.voorzorgcirkel.core.consent.Purpose;
import nl.voorzorgcirkel.core.consent.Reader;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.matching.assignment.AssignmentPlan;
import nl.voorzorgcirkel.matching.assignment.BatchAssignment;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import nl.voorzorgcirkel.testing.matching.Instances;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: without consent for vitality, no ranking and no batch assignment depends on a
 * member's vitality, even under a strategy that scores it: the snapshot given a {@link
 * DataAccess} is where matching reads members, and it shows every unconsented vitality alike.
 */
class VitalityConsentPropertyTest {

  /** A score that reads vitality: what a pluggable strategy could do. */
  private static final SoftScore VITALITY = new SoftScore() {
    @Override
    public String code() {
      return "vitality";
    }

    @Override
    public double score(MatchContext context, Member candidate) {
      return switch (candidate.vitality()) {
        case VITAL -> 1.0;
        case SOME_LIMITATIONS -> 0.5;
        case DEPENDENT -> 0.0;
      };
    }
  };

  private static final MatchingStrategy READS_VITALITY =
      MatchingStrategies.builder().score(VITALITY, 5.0).build();
  private static final MemberId CONNECTOR = MemberId.of("m-0");

  @Test
  void withoutConsentNoRankingOrPlanDependsOnVitality() {
    Props.property("matching-sees-no-vitality-without-consent", 300)
        .forAll(longs().all(), integers().between(2, 15), longs().all())
        .checkAssert((seed, size, otherVitalities) -> {
          Instances instance = Instances.random(seed, size);
          RandomModel random = new RandomModel(seed ^ 0x14L);
          ConsentRegister consents = random.consents(instance.circle(), Fixtures.TODAY);
          DataAccess access = DataPolicy.standard().access(Reader.MATCHING, consents);
          LocalDate today = Fixtures.TODAY;
          // the same circle, with other vitalities for everyone whose consent does not hold
          RandomModel other = new RandomModel(otherVitalities);
          List<Member> changed = new ArrayList<>();
          for (Member m : instance.circle().members()) {
            boolean consented = consents.isGiven(m.id(), Purpose.VITALITY, today);
            changed.add(consented ? m : m.toBuilder().vitality(other.pick(Vitality.class)).build());
          }
          Circle varied = instance.circle().toBuilder().members(changed).build();
          CircleSnapshot seen = instance.snapshot().withAccess(access);
          CircleSnapshot seenVaried = CircleSnapshot.at(varied, instance.snapshot().ledger(),
              instance.snapshot().now()).withCommitments(instance.snapshot().commitments())
              .withAccess(access);

          assertEquals(READS_VITALITY.rank(instance.request(), seen),
              READS_VITALITY.rank(instance.request(), seenVaried), "ranking");

          List<HelpRequest> requests = new ArrayList<>();
          requests.add(instance.request());
          for (int i = 2, n = random.between(2, 4); i <= n; i++) {
            requests.add(random.request(RequestId.of("r-" + i),
                MemberId.of("m-" + random.between(0, size - 1)), Fixtures.NOW));
          }
          BatchAssignment batch = BatchAssignment.builder().strategy(READS_VITALITY).build();
          AssignmentPlan plan = batch.plan(requests, seen);
          AssignmentPlan planVaried = batch.plan(requests, seenVaried);
          assertEquals(plan.assignments(), planVaried.assignments(), "assignments");
          assertEquals(plan.unplaced(), planVaried.unplaced(), "unplaced");
          assertEquals(plan.rankings(), planVaried.rankings(), "rankings of the plan");
        });
  }

  /** The control: the same score does rank by vitality where consent holds, and without access. */
  @Test
  void theScoreRanksByVitalityWhereItMay() {
    Circle circle = twoHelpers(Vitality.DEPENDENT, Vitality.VITAL);
    Circle swapped = twoHelpers(Vitality.VITAL, Vitality.DEPENDENT);
    HelpRequest request = Fixtures.request("r-1", "m-0").capability(Capability.GROCERIES_AND_ERRANDS).build();

    assertNotEquals(firstOf(request, snapshot(circle)), firstOf(request, snapshot(swapped)),
        "without an access, the score reads vitality");
    ConsentRegister both = ConsentRegister.empty()
        .with(vitalityGiven("m-1", Fixtures.TODAY.minusDays(1)))
        .with(vitalityGiven("m-2", Fixtures.TODAY.minusDays(1)));
    DataAccess consented = DataPolicy.standard().access(Reader.MATCHING, both);
    assertEquals(MemberId.of("m-2"), firstOf(request, snapshot(circle).withAccess(consented)));
    assertEquals(MemberId.of("m-1"), firstOf(request, snapshot(swapped).withAccess(consented)));

    DataAccess none = DataPolicy.standard().access(Reader.MATCHING, ConsentRegister.empty());
    assertEquals(firstOf(request, snapshot(circle).withAccess(none)),
        firstOf(request, snapshot(swapped).withAccess(none)), "no consent: vitality is not read");
  }

  @Test
  void aSnapshotIsOnlyCopiedWhenSomethingIsWithheld() {
    CircleSnapshot snapshot = snapshot(twoHelpers(Vitality.VITAL, Vitality.DEPENDENT));
    DataPolicy.Builder everything = DataPolicy.builder();
    for (PersonalField field : PersonalField.values()) {
      everything.allow(Reader.MATCHING, field, field == PersonalField.VITALITY
          ? new Purpose[] {Purpose.VITALITY} : new Purpose[0]);
    }
    ConsentRegister all = ConsentRegister.empty();
    for (Member m : snapshot.circle().members()) {
      all = all.with(vitalityGiven(m.id().value(), Fixtures.TODAY));
    }
    assertSame(snapshot, snapshot.withAccess(everything.build().access(Reader.MATCHING, all)));
    CircleSnapshot withheld = snapshot.withAccess(
        DataPolicy.standard().access(Reader.MATCHING, ConsentRegister.empty()));
    assertEquals(List.of(Vitality.VITAL, Vitality.VITAL, Vitality.VITAL),
        withheld.circle().members().stream().map(Member::vitality).toList());
    assertEquals(snapshot.now(), withheld.now());
  }

  private static MemberId firstOf(HelpRequest request, CircleSnapshot snapshot) {
    return READS_VITALITY.rank(request, snapshot).candidates().get(0).member();
  }

  private static CircleSnapshot snapshot(Circle circle) {
    return CircleSnapshot.at(circle, nl.voorzorgcirkel.core.ledger.HelpLedger.empty(), Fixtures.NOW);
  }

  private static Circle twoHelpers(Vitality first, Vitality second) {
    Circle.Builder circle = Fixtures.circle(0);
    circle.addMembers(Fixtures.member("m-0").build());
    circle.addMembers(Fixtures.member("m-1").vitality(first)
        .addCapabilities(CapabilityOffer.of(Capability.GROCERIES_AND_ERRANDS)).build());
    circle.addMembers(Fixtures.member("m-2").vitality(second)
        .addCapabilities(CapabilityOffer.of(Capability.GROCERIES_AND_ERRANDS)).build());
    return circle.build();
  }

  private static ConsentRecord vitalityGiven(String member, LocalDate day) {
    return ConsentRecord.given(MemberId.of(member), Purpose.VITALITY, LawfulBasis.EXPLICIT_CONSENT,
        day, CONNECTOR);
  }
}
