package nl.voorzorgcirkel.core.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.csv.ImportException;
import nl.voorzorgcirkel.core.model.BuildingId;
import org.junit.jupiter.api.Test;

class BuildingsTest {

  private static Address street(String street, int number, String addition) {
    Address.Builder b = Address.builder().street(street).houseNumber(number).place("Almere");
    if (addition != null) {
      b.addition(addition);
    }
    return b.build();
  }

  @Test
  void aComplexHoldsItsSideOfTheStreetWithinTheRange() {
    Buildings buildings = Buildings.read(("Complex;Straat;Plaats;Van;Tot;Zijde\n"
        + "leeuwenhof;Zuiderzeelaan;Almere;2;120;even\n"
        + "de-boog;Vivaldistraat;almere;1;9;\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(Optional.of(BuildingId.of("leeuwenhof")), buildings.of(street("Zuiderzeelaan", 64, null)));
    assertEquals(Optional.of(BuildingId.of("leeuwenhof")), buildings.of(street("zuiderzeelaan", 64, "B")));
    assertEquals(Optional.empty(), buildings.of(street("Zuiderzeelaan", 63, null)), "the odd side");
    assertEquals(Optional.empty(), buildings.of(street("Zuiderzeelaan", 122, null)));
    assertEquals(Optional.of(BuildingId.of("de-boog")), buildings.of(street("Vivaldi-straat", 4, null)));
    Buildings byPostcode = Buildings.builder().add(BuildingId.of("zonnehof"), "1318 AB", 10, 40, Buildings.Side.ALL).build();
    assertEquals(Optional.of(BuildingId.of("zonnehof")),
        byPostcode.of(Address.builder().postcode("1318ab").houseNumber(12).build()));
  }

  @Test
  void homesThatShareAHouseNumberShareABuildingUnderAnIdThatHidesTheAddress() {
    Buildings none = Buildings.sharedHouseNumbers();
    BuildingId a = none.of(street("Vivaldistraat", 12, "A")).orElseThrow();
    assertEquals(a, none.of(street("vivaldistraat", 12, "2")).orElseThrow());
    assertNotEquals(a, none.of(street("Vivaldistraat", 14, "A")).orElseThrow());
    assertEquals(Optional.empty(), none.of(street("Vivaldistraat", 12, null)), "a house on its own");
    assertTrue(a.value().matches("b-[0-9a-f]{10}"), a.value());
  }

  @Test
  void aBadTableNamesEveryRowAndColumn() {
    ImportException e = assertThrows(ImportException.class, () -> Buildings.read(("gebouw;postcode;van;tot;zijde\n"
        + ";1318AB;1;9;\n"
        + "a;13XX;1;9;\n"
        + "b;1318AB;9;1;\n"
        + "c;1318AB;x;9;links\n").getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of("2:gebouw:required", "3:postcode:postcode", "4:tot:range",
        "5:van:whole-number", "5:zijde:choice"),
        e.errors().stream().map(r -> r.row() + ":" + r.column().orElse("-") + ":" + r.rule()).collect(Collectors.toList()));
    assertThrows(ImportException.class, () -> Buildings.read("gebouw;van;tot\n".getBytes(StandardCharsets.UTF_8)));
    assertThrows(IllegalArgumentException.class,
        () -> Buildings.builder().add(BuildingId.of("x"), "Kerkstraat", "Almere", 9, 1, Buildings.Side.ALL));
  }
}
