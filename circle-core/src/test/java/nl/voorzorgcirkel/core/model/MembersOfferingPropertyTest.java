package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import org.junit.jupiter.api.Test;

/** The members who offer a capability: read from the circle's index, the same as asking each member. */
class MembersOfferingPropertyTest {

  @Test
  void theIndexAnswersAsEachMemberDoes() {
    Props.property("circle-members-offering", 300)
        .forAll(longs().all(), integers().between(1, 20))
        .checkAssert((seed, size) -> {
          Circle circle = new RandomModel(seed).circle(size);
          for (Capability capability : Capability.standard()) {
            List<Member> expected = circle.members().stream().filter(m -> m.offers(capability)).toList();
            assertEquals(expected, circle.membersOffering(capability), capability.code());
          }
          assertEquals(List.of(), circle.membersOffering(Capability.of("not-offered-by-anyone")));
        });
  }

  @Test
  void aNullCapabilityIsRefusedByName() {
    Circle circle = new RandomModel(1).circle(3);
    NullPointerException e = assertThrows(NullPointerException.class, () -> circle.membersOffering(null));
    assertEquals("capability", e.getMessage());
  }

  @Test
  void aNullVocabularyIsRefusedByName() {
    // before (user test 16b, L3): "Cannot invoke ... because "vocabulary" is null"
    Circle circle = new RandomModel(1).circle(3);
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> circle.membersOffering(Capability.MEALS, null));
    assertEquals("vocabulary", e.getMessage());
  }
}
