package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.MemberId;
import org.junit.jupiter.api.Test;

/**
 * User test 15, L3: breaches and their figures came in another order in each JVM run, since the
 * sorted maps were copied into {@code Map.copyOf}'s hash order. They keep the sorted order.
 */
class SortedFiguresTest {

  @Test
  void requiredCapabilitiesAndFiguresAreReadInSortedOrder() {
    Map<Capability, Integer> required = new HashMap<>();
    for (Capability c : Capability.standard()) {
      required.put(c, 1);
    }
    FormationPolicy standard = FormationPolicy.standard();
    FormationPolicy policy = new FormationPolicy(standard.minSize(), standard.targetSize(), standard.maxSize(),
        standard.connectors(), standard.maxDistanceMetres(), required, standard.minVitalShare());
    List<Capability> sorted = new ArrayList<>(required.keySet());
    sorted.sort(null);
    assertEquals(sorted, List.copyOf(policy.requiredCapabilities().keySet()));

    Map<String, Object> figures = new HashMap<>();
    for (String name : List.of("size", "min", "max", "target", "connectors", "distance", "vital", "share")) {
      figures.put(name, 1);
    }
    List<String> names = figures.keySet().stream().sorted().toList();
    assertEquals(names, List.copyOf(new PolicyBreach("size", figures).figures().keySet()));
    assertEquals(names, List.copyOf(new NotPlaced(MemberId.of("m-1"), "far", figures).figures().keySet()));
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("size", null);
    assertThrows(NullPointerException.class, () -> new PolicyBreach("size", withNull), "no null figure");
  }
}
