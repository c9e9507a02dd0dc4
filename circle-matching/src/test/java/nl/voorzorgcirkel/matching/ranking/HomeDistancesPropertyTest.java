package nl.voorzorgcirkel.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.List;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.matching.internal.HomeDistances;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.matching.Instances;
import org.junit.jupiter.api.Test;

/**
 * Matching keeps each circle's home-to-home distances ({@link HomeDistances}) instead of measuring
 * them for every request: a kept distance must be the one {@link GeoPoint#distanceMetresTo}
 * measures, to the last bit, so that no ranking, rule or score changes with it; a changed circle
 * or a member object that is not the circle's own is measured afresh.
 */
class HomeDistancesPropertyTest {

  private static final Duration LOAD_WINDOW = Duration.ofDays(28);

  @Test
  void aKeptDistanceIsTheMeasuredOneToTheLastBit() {
    Props.property("home-distances-as-measured", 500)
        .forAll(longs().all(), integers().between(2, 15))
        .checkAssert((seed, size) -> {
          Instances instances = Instances.random(seed, size);
          List<Member> members = instances.circle().members();
          // every member asks in turn, with the random request's place (if any) and without one;
          // each distance asked twice in a context, and again in a second context of the circle
          for (Member requester : members) {
            HelpRequest asked = instances.request().toBuilder().requester(requester.id()).build();
            HelpRequest atHome = asked.toBuilder().place(java.util.Optional.empty()).build();
            for (HelpRequest request : List.of(asked, atHome, atHome)) {
              MatchContext context = MatchContext.of(request, instances.snapshot(), LOAD_WINDOW);
              GeoPoint place = request.place().orElse(requester.home());
              for (int pass = 0; pass < 2; pass++) {
                for (Member helper : members) {
                  assertEquals(bits(helper.home().distanceMetresTo(place)), bits(context.distanceMetres(helper)),
                      "seed " + seed + ", helper " + helper.id() + ", requester " + requester.id());
                  GeoPoint farthest = request.destination().isPresent()
                      && helper.home().distanceMetresTo(request.destination().get()) > helper.home().distanceMetresTo(place)
                      ? request.destination().get() : place;
                  assertEquals(bits(helper.home().distanceMetresTo(farthest)), bits(context.farthestMetres(helper)));
                }
              }
            }
          }
          HomeDistances table = HomeDistances.of(instances.circle());
          for (int i = 0; i < members.size(); i++) {
            assertEquals(i, table.indexOf(members.get(i)));
            for (int j = 0; j < members.size(); j++) {
              assertEquals(bits(members.get(i).home().distanceMetresTo(members.get(j).home())),
                  bits(table.metres(i, j)));
            }
          }
        });
  }

  @Test
  void aChangedCircleOrAnotherMemberObjectIsMeasuredAfresh() {
    Props.property("home-distances-changed-circle", 500)
        .forAll(longs().all(), integers().between(2, 15), integers().between(0, 1_000))
        .checkAssert((seed, size, move) -> {
          Instances instances = Instances.random(seed, size);
          Circle circle = instances.circle();
          Member requester = circle.members().get(0);
          HelpRequest request = instances.request().toBuilder().requester(requester.id())
              .place(java.util.Optional.empty()).build();
          Member helper = circle.members().get(size - 1);
          // fill the table of the circle first
          MatchContext.of(request, instances.snapshot(), LOAD_WINDOW).distanceMetres(helper);
          assertSame(HomeDistances.of(circle), HomeDistances.of(circle));

          // the helper moves: the changed circle is another value, with its own table
          Member moved = helper.toBuilder()
              .home(GeoPoint.of(helper.home().latitude() + move / 100_000.0, helper.home().longitude())).build();
          Circle changed = circle.withMember(moved);
          assertNotSame(HomeDistances.of(circle), HomeDistances.of(changed));
          MatchContext later = MatchContext.of(request,
              CircleSnapshot.at(changed, instances.snapshot().ledger(), instances.snapshot().now()), LOAD_WINDOW);
          Member movedInCircle = changed.member(moved.id()).orElseThrow();
          assertEquals(bits(moved.home().distanceMetresTo(requester.home())), bits(later.distanceMetres(movedInCircle)));

          // an equal member object that is not the circle's own is not found in the table
          Member copy = helper.toBuilder().build();
          assertNotSame(helper, copy);
          assertEquals(-1, HomeDistances.of(circle).indexOf(copy));
          assertEquals(bits(copy.home().distanceMetresTo(requester.home())),
              bits(MatchContext.of(request, instances.snapshot(), LOAD_WINDOW).distanceMetres(copy)));
        });
  }

  private static long bits(double value) {
    return Double.doubleToRawLongBits(value);
  }
}
