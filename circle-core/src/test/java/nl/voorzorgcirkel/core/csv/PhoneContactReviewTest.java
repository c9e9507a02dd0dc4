package nl.voorzorgcirkel.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.Member;
import org.junit.jupiter.api.Test;

/**
 * A member reached by phone or through a connector without a phone number is kept, and listed for
 * review (user test 3, F18): otherwise an ask waits on a call sheet nobody can act on.
 */
class PhoneContactReviewTest {

  private static final Locale NL = Locale.forLanguageTag("nl");

  @Test
  void aPhoneContactWithoutANumberIsKeptAndListedForReviewInEnglishAndDutch() {
    String file = String.join("\r\n",
        "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Contactkanaal;Telefoon",
        "m-1;Jan Geheim;1948;52,379;5,223;1-3-2025;telefoon;",
        "m-2;Bep;1950;52,379;5,223;1-3-2025;via verbinder;",
        "m-3;Cor;1950;52,379;5,223;1-3-2025;telefoon;06 12345678",
        "m-4;Dien;1950;52,379;5,223;1-3-2025;appgroep;", "");
    ImportResult<Member> result = MemberCsv.read(file.getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS);
    assertEquals(List.of(), result.errors());
    assertEquals(List.of("m-1", "m-2", "m-3", "m-4"),
        result.values().stream().map(m -> m.id().value()).collect(Collectors.toList()));
    assertEquals(List.of("2:Telefoon:phone-missing", "3:Telefoon:phone-missing"), result.reviews().stream()
        .map(r -> r.row() + ":" + r.column().orElse("-") + ":" + r.rule()).collect(Collectors.toList()));
    RowError review = result.reviews().get(0);
    assertEquals("row 2, column Telefoon: this member is reached by phone or through a connector but has no phone"
        + " number: the connectors cannot call them", review.message(Locale.ENGLISH));
    assertEquals("rij 2, kolom Telefoon: deze deelnemer wordt gebeld of via een verbinder bereikt, maar heeft geen"
        + " telefoonnummer: de verbinders kunnen niet bellen", review.message(NL));
    assertFalse(review.toString().contains("Jan"));
  }

  @Test
  void withoutAPhoneColumnTheContactColumnIsNamed() {
    String file = String.join("\n", "id,name,birth year,latitude,longitude,joined,contact",
        "m-1,Jan,1948,52.379,5.223,2025-03-01,phone", "");
    ImportResult<Member> result = MemberCsv.read(file.getBytes(StandardCharsets.UTF_8), ImportMode.ALL_OR_NOTHING);
    assertEquals(1, result.values().size());
    assertEquals("contact", result.reviews().get(0).column().orElseThrow());
  }
}
