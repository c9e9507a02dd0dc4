package nl.voorzorgcirkel.core.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.csv.CsvTable;
import nl.voorzorgcirkel.core.csv.RowError;
import org.junit.jupiter.api.Test;

class AddressColumnsTest {

  private static CsvTable table(String... lines) {
    return CsvTable.parse(String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aStreetAndNumberInOneCellWithPostcodeAndPlace() {
    CsvTable table = table("Nr;Naam;Adres;Postcode;Woonplaats;Telefoon",
        "1;An;kerkstraat 12 a;1318 ab;ALMERE;0612345678",
        "2;Bo;Vivaldistraat 12-2;1318AB;Almere;",
        "3;Cor;;1318AB;Almere;",
        "4;Dien;Dorpsweg;1318 X;Almere;",
        "5;Eef;;;;");
    AddressColumns columns = AddressColumns.find(table).orElseThrow();
    assertEquals(List.of("Adres", "Postcode", "Woonplaats"), columns.names());
    List<RowError> errors = new ArrayList<>();
    List<Optional<Address>> read = table.lines().stream().map(l -> columns.read(l, errors)).collect(Collectors.toList());
    Address an = read.get(0).orElseThrow();
    assertEquals(Optional.of("Kerkstraat"), an.street());
    assertEquals(12, an.houseNumber());
    assertEquals(Optional.of("A"), an.addition());
    assertEquals(Optional.of("1318AB"), an.postcode());
    assertEquals(Optional.of("Almere"), an.place());
    assertEquals(Optional.of("2"), read.get(1).orElseThrow().addition());
    assertEquals(Optional.empty(), read.get(2));
    assertEquals(Optional.empty(), read.get(3));
    assertEquals(Optional.empty(), read.get(4), "no address at all: nothing to report here");
    assertEquals(List.of("4:Adres:house-number", "5:Adres:street-address", "5:Postcode:address-postcode"),
        errors.stream().map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule()).collect(Collectors.toList()));
    assertEquals("rij 5, kolom Postcode: moet een Nederlandse postcode zijn, zoals 1318 AB",
        errors.get(2).message(Locale.forLanguageTag("nl")));
    assertFalse(errors.toString().contains("1318 X") || errors.toString().contains("Dorpsweg"));
  }

  @Test
  void separateStreetNumberAndAdditionColumnsInEnglish() {
    CsvTable table = table("id,street,house number,addition,place",
        "1,Van 't Hoffstraat,3,bis,Almere",
        "2,Vivaldistraat,12a,,Almere",
        "3,Vivaldistraat,12,!,Almere",
        "4,Vivaldistraat,twelve,,Almere");
    AddressColumns columns = AddressColumns.find(table).orElseThrow();
    List<RowError> errors = new ArrayList<>();
    Address first = columns.read(table.lines().get(0), errors).orElseThrow();
    assertEquals(Optional.of("Van 't Hoffstraat"), first.street());
    assertEquals(Optional.of("bis"), first.addition());
    assertEquals(Optional.empty(), first.postcode());
    assertEquals(Optional.of("A"), columns.read(table.lines().get(1), errors).orElseThrow().addition());
    assertTrue(columns.read(table.lines().get(2), errors).isEmpty());
    assertTrue(columns.read(table.lines().get(3), errors).isEmpty());
    assertEquals(List.of("4:addition:house-number", "5:house number:house-number"),
        errors.stream().map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule()).collect(Collectors.toList()));
  }

  @Test
  void anAddressWithoutPostcodeOrPlaceCannotBeLocatedAndTheRowSaysSo() {
    CsvTable table = table("Nr;Adres;Woonplaats", "1;Kerkstraat 1;");
    List<RowError> errors = new ArrayList<>();
    assertTrue(AddressColumns.find(table).orElseThrow().read(table.lines().get(0), errors).isEmpty());
    assertEquals(1, errors.size());
    assertEquals("Woonplaats", errors.get(0).column().orElseThrow());
    assertEquals("address-incomplete", errors.get(0).rule());
  }

  @Test
  void aTableWithoutAddressColumnsHasNone() {
    assertEquals(Optional.empty(), AddressColumns.find(table("id,latitude,longitude", "1,52.3,5.2")));
  }
}
