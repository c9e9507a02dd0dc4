package nl.voorzorgcirkel.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import org.junit.jupiter.api.Test;

/**
 * Whatever valid value we start from and whichever fields we break, the builder refuses and names
 * exactly the broken fields, all at once.
 */
class BuilderRejectionPropertyTest {

  private static final Map<String, UnaryOperator<Member.Builder>> MEMBER_BREAKERS = Map.of(
      "displayName", b -> b.displayName(" "),
      "birthYear", b -> b.birthYear(-1),
      "home", b -> b.home(null),
      "phoneNumber", b -> b.phoneNumber("ZZ not a number"),
      "capacityPerWeek", b -> b.capacityPerWeek(Duration.ofHours(50)),
      "joined", b -> b.joined(null),
      "id", b -> b.id(null),
      "pausedUntil", b -> b.status(MemberStatus.LEFT).pausedUntil(LocalDate.MAX),
      "capabilities[1]", b -> b.capabilities(new ArrayList<>(java.util.Arrays.asList(
          CapabilityOffer.of(nl.voorzorgcirkel.core.model.Capability.MEALS), null))));

  private static final Map<String, UnaryOperator<HelpRequest.Builder>> REQUEST_BREAKERS = Map.of(
      "requester", b -> b.requester(null),
      "capability", b -> b.capability(null),
      "expectedDuration", b -> b.expectedDuration(Duration.ofSeconds(5)),
      "description", b -> b.description("ZZ".repeat(1001)),
      "createdAt", b -> b.createdAt(null),
      // a one-second window fits no valid duration, and not the too-short one above either
      "durationFitsWindow", b -> b.window(TimeWindow.fixed(Fixtures.NOW, Fixtures.NOW.plusSeconds(1))));

  /** The field a breaker of a rule over two fields is reported on: the one the rule blames. */
  private static final Map<String, String> BLAMED = Map.of("durationFitsWindow", "expectedDuration");

  @Test
  void memberBuildersNameEveryBrokenField() {
    Props.property("member-builder-names-broken-fields", 1_000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          RandomModel random = new RandomModel(seed);
          Member valid = random.member(MemberId.of("m-1"));
          Set<String> broken = pickSome(random, MEMBER_BREAKERS.keySet());
          Member.Builder builder = valid.toBuilder();
          for (String field : broken) {
            builder = MEMBER_BREAKERS.get(field).apply(builder);
          }
          Member.Builder finalBuilder = builder;
          InvalidValueException e = assertThrows(InvalidValueException.class, finalBuilder::build);
          assertEquals(broken, paths(e));
        });
  }

  @Test
  void requestBuildersNameEveryBrokenField() {
    Props.property("request-builder-names-broken-fields", 1_000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          RandomModel random = new RandomModel(seed);
          HelpRequest valid = random.request(RequestId.of("r-1"), MemberId.of("m-1"), Fixtures.NOW);
          Set<String> broken = pickSome(random, REQUEST_BREAKERS.keySet());
          HelpRequest.Builder builder = valid.toBuilder();
          for (String field : broken) {
            builder = REQUEST_BREAKERS.get(field).apply(builder);
          }
          HelpRequest.Builder finalBuilder = builder;
          InvalidValueException e = assertThrows(InvalidValueException.class, finalBuilder::build);
          assertEquals(broken.stream().map(b -> BLAMED.getOrDefault(b, b)).collect(Collectors.toCollection(TreeSet::new)),
              paths(e));
        });
  }

  private static Set<String> pickSome(RandomModel random, Set<String> fields) {
    List<String> all = new ArrayList<>(new TreeSet<>(fields));
    Set<String> picked = new TreeSet<>();
    int n = random.between(1, all.size());
    while (picked.size() < n) {
      picked.add(random.pick(all));
    }
    return picked;
  }

  private static Set<String> paths(InvalidValueException e) {
    return e.violations().stream().map(Violation::path).collect(Collectors.toCollection(TreeSet::new));
  }
}
