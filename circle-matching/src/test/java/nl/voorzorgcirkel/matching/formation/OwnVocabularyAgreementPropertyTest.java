package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.activity.Activity;
import nl.voorzorgcirkel.core.activity.ActivityLog;
import nl.voorzorgcirkel.core.activity.Invitation;
import nl.voorzorgcirkel.core.activity.InvitationReason;
import nl.voorzorgcirkel.core.activity.Invitations;
import nl.voorzorgcirkel.core.activity.Place;
import nl.voorzorgcirkel.core.assessment.CircleHealthCheck;
import nl.voorzorgcirkel.core.assessment.HealthCode;
import nl.voorzorgcirkel.core.assessment.HealthFinding;
import nl.voorzorgcirkel.core.model.Absence;
import nl.voorzorgcirkel.core.model.ActivityId;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Recurrence;
import nl.voorzorgcirkel.core.model.VocabularyEntry;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * For random vocabularies of a circle's own (codes the standard vocabulary does not know, each a
 * synonym of a kind of circle help or a new kind), the health check, formation's coverage and the
 * invitations given that vocabulary find exactly the members that the matching's {@link
 * Circle#membersOffering(Capability, CapabilityVocabulary)} finds for each kind; a formation policy
 * refuses a second required code of a kind it requires (rule {@code oneRequirementPerKind}).
 * QuickTheories with
 * the fixed seed {@link Props#SEED} (20261126), 100 examples.
 */
class OwnVocabularyAgreementPropertyTest {

  /** Codes a platform might add; the standard vocabulary reads each as no kind of help of its own. */
  private static final List<String> OWN_CODES = List.of("regiotaxi", "buurtbus", "klusbus", "praatpaal",
      "tuinclub", "leesgroep", "wandelmaatje", "plusbus");
  private static final Instant THURSDAY = Fixtures.TODAY.atTime(17, 30)
      .atZone(nl.voorzorgcirkel.core.model.WeeklyAvailability.DEFAULT_ZONE).toInstant();

  /** The standard vocabulary with each own code left out, a synonym of a circle kind, or a new kind. */
  private static CapabilityVocabulary vocabulary(Random random) {
    CapabilityVocabulary vocabulary = CapabilityVocabulary.standard();
    for (String code : OWN_CODES) {
      int choice = random.nextInt(3);
      if (choice == 1) {
        vocabulary = vocabulary.withSynonyms(Capability.standard().get(random.nextInt(Capability.standard().size())),
            code);
      } else if (choice == 2) {
        vocabulary = vocabulary.with(VocabularyEntry.of(Capability.of(code), code, code));
      }
    }
    return vocabulary;
  }

  /** 4 to 14 members, each offering up to 4 codes, one per kind by the standard and by {@code own}. */
  private static Circle circle(Random random, CapabilityVocabulary own) {
    List<Capability> codes = new ArrayList<>(Capability.standard());
    OWN_CODES.forEach(code -> codes.add(Capability.of(code)));
    codes.add(Capability.of("autorit"));
    codes.add(Capability.of("boodschappen"));
    Circle.Builder builder = Fixtures.circle(0);
    int size = 4 + random.nextInt(11);
    for (int i = 0; i < size; i++) {
      Member.Builder m = Fixtures.member("m-" + i).home(GeoPoint.of(52.379 + i * 0.0002, 5.223));
      Set<Capability> standardKinds = new HashSet<>();
      Set<Capability> ownKinds = new HashSet<>();
      for (int k = random.nextInt(5); k > 0; k--) {
        Capability code = codes.get(random.nextInt(codes.size()));
        if (ownKinds.add(own.canonical(code)) & standardKinds.add(CapabilityVocabulary.standard().canonical(code))) {
          m.addCapabilities(CapabilityOffer.of(code));
        }
      }
      if (random.nextInt(5) == 0) {
        m.addAbsences(Absence.of(Fixtures.TODAY, Fixtures.TODAY.plusDays(2)));
      }
      builder.addMembers(m.build());
    }
    return builder.build();
  }

  /** Per kind of help the ids of the members the matching finds offering it and available today. */
  private static Map<Capability, List<MemberId>> availableByKind(Circle circle, CapabilityVocabulary own) {
    Map<Capability, List<MemberId>> byKind = new TreeMap<>();
    for (Member member : circle.membersOn(Fixtures.TODAY)) {
      for (CapabilityOffer offer : member.capabilities()) {
        Capability kind = own.canonical(offer.capability());
        byKind.computeIfAbsent(kind, k -> circle.membersOffering(k, own).stream()
            .filter(m -> m.isAvailableOn(Fixtures.TODAY)).map(Member::id).sorted().collect(Collectors.toList()));
      }
    }
    return byKind;
  }

  @Test
  void healthCheckFormationCoverageAndInvitationsAgreeWithTheMatchingForOwnVocabularies() {
    Props.property("own vocabularies: health check, formation coverage and invitations as the matching", 100)
        .forAll(longs().all())
        .checkAssert(seed -> {
          Random random = new Random(seed);
          CapabilityVocabulary own = vocabulary(random);
          Circle circle = circle(random, own);
          String at = "vocabulary and circle seed " + seed;

          // the health check: a single point of failure per kind with fewer available offerers
          Map<Capability, List<MemberId>> expected = new TreeMap<>();
          availableByKind(circle, own).forEach((kind, ids) -> {
            if (ids.size() < circle.policy().minOfferersPerCapability()) {
              expected.put(kind, ids);
            }
          });
          Map<Capability, List<MemberId>> found = new TreeMap<>();
          for (HealthFinding f : CircleHealthCheck.check(circle, Fixtures.TODAY, own)
              .findings(HealthCode.SINGLE_POINT_OF_FAILURE)) {
            found.put(f.capability().orElseThrow(), f.members());
          }
          assertEquals(expected, found, "health check, " + at);

          // formation coverage: every code required once or twice, counted over the members today; one
          // code per kind of help as the vocabulary reads them, as a policy refuses a second
          Map<Capability, Integer> required = new LinkedHashMap<>();
          List<Capability> codes = new ArrayList<>(Capability.standard());
          OWN_CODES.forEach(code -> codes.add(Capability.of(code)));
          List<Capability> secondOfAKind = new ArrayList<>();
          for (int k = 1 + random.nextInt(3); k > 0; k--) {
            Capability code = codes.get(random.nextInt(codes.size()));
            int needed = 1 + random.nextInt(2);
            Optional<Capability> sameKind = required.keySet().stream()
                .filter(c -> own.canonical(c).equals(own.canonical(code))).findFirst();
            if (sameKind.isEmpty()) {
              required.put(code, needed);
            } else if (!sameKind.get().equals(code)) {
              secondOfAKind.add(code);
            }
          }
          FormationPolicy policy = new FormationPolicy(2, 8, 15, 0, 1500, required, 0.0).withVocabulary(own);
          for (Capability second : secondOfAKind) {
            Map<Capability, Integer> twice = new TreeMap<>(required);
            twice.put(second, 1);
            InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> new FormationPolicy(2, 8, 15, 0, 1500, twice, 0.0, own), at);
            assertEquals("oneRequirementPerKind", refused.violations().get(0).rule(), at);
          }
          Set<MemberId> today = circle.membersOn(Fixtures.TODAY).stream().map(Member::id)
              .collect(Collectors.toSet());
          Map<Capability, Integer> missing = new TreeMap<>();
          policy.requiredCapabilities().forEach((capability, needed) -> {
            long offering = circle.membersOffering(capability, own).stream().filter(m -> today.contains(m.id()))
                .count();
            if (offering < needed) {
              missing.put(capability, (int) (needed - offering));
            }
          });
          Map<Capability, Integer> needs = new TreeMap<>();
          CircleAdvice.needs(circle, Fixtures.TODAY, policy).stream().filter(n -> n.kind().equals("capability"))
              .forEach(n -> needs.put(n.capabilityNeeded().orElseThrow(), n.count()));
          assertEquals(missing, needs, "formation coverage (advice), " + at);
          List<Candidate> pool = circle.members().stream().map(m -> Candidate.of(m, false))
              .collect(Collectors.toList());
          for (FormedCircle formed : FormationAlgorithms.compactGrowth(policy, seed).form(pool, Fixtures.TODAY)
              .circles()) {
            Set<String> tooFew = new TreeSet<>();
            policy.requiredCapabilities().forEach((capability, needed) -> {
              if (formed.circle().membersOffering(capability, own).size() < needed) {
                tooFew.add(capability.code());
              }
            });
            Set<String> breached = new TreeSet<>();
            formed.breaches().stream().filter(b -> b.rule().equals("coverage"))
                .forEach(b -> breached.add(String.valueOf(b.figures().get("capability"))));
            assertEquals(tooFew, breached, "formation coverage (formed " + formed.circle().id() + "), " + at);
          }

          // invitations: could give a ride exactly when the matching finds the member offering rides
          Activity trip = Activity.builder().id(ActivityId.of("cycling")).title("Fietstocht")
              .organiser(MemberId.of("m-0")).start(THURSDAY).duration(Duration.ofHours(2))
              .place(Place.of("Buurthuis")).recurrence(Recurrence.oneOff()).needsRide(true).build();
          Set<MemberId> drivers = circle.membersOffering(Capability.RIDE_BY_CAR, own).stream().map(Member::id)
              .collect(Collectors.toSet());
          for (Invitation invitation : Invitations.rank(circle, trip, ActivityLog.of(List.of()), THURSDAY,
              Invitations.DEFAULT_QUIET_WEEKS, own)) {
            assertEquals(drivers.contains(invitation.member()),
                invitation.reasons().contains(InvitationReason.COULD_GIVE_A_RIDE),
                "invitation of " + invitation.member() + ", " + at);
          }
        });
  }
}
