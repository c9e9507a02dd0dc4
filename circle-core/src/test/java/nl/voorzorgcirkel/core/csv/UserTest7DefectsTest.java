package nl.voorzorgcirkel.core.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.model.Member;
import org.junit.jupiter.api.Test;

/**
 * Defects found by the seventh user test in the member import, each as a test that failed before
 * its fix: a join date in the future (K5), a birth year that cannot be a member's (K5), and a
 * hostile header (K6). Files as Dutch spreadsheets write them: byte-order mark, CR LF, semicolons.
 */
class UserTest7DefectsTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final String HEADER = "\uFEFFNr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op\r\n";
  /** Thursday 4 December 2026, 10:00 in Amsterdam. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneId.of("Europe/Amsterdam"));

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> problems(List<RowError> errors) {
    return errors.stream().map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule())
        .collect(Collectors.toList());
  }

  private static List<String> ids(ImportResult<Member> result) {
    return result.values().stream().map(m -> m.id().value()).collect(Collectors.toList());
  }

  /** K5: a join date after the import's day was taken, and the member silently not counted until then. */
  @Test
  void aJoinDateAfterTheImportsDayIsRefusedWithTheOtherRowsKept() {
    String file = HEADER
        + "m-1;Anna;1948;52,379;5,223;1-3-2025\r\n"
        + "m-2;Bert;1950;52,379;5,223;1-3-2030\r\n" // a typing error for 2023, or a plan
        + "m-3;Cor;1951;52,379;5,223;4-12-2026\r\n" // today: joins today
        + "m-4;Dina;1952;52,379;5,223;2026-12-05\r\n"; // tomorrow
    ImportOptions options = ImportOptions.standard().withClock(CLOCK);
    ImportResult<Member> result = MemberCsv.read(bytes(file), ImportMode.VALID_ROWS, options);
    assertEquals(List.of("m-1", "m-3"), ids(result));
    assertEquals(List.of("3:Aangemeld op:joined-future", "5:Aangemeld op:joined-future"), problems(result.errors()));
    RowError future = result.errors().get(0);
    assertEquals("row 3, column Aangemeld op: the date is after the day of the import (2026-12-04):"
        + " nobody can have joined in the future", future.message(Locale.ENGLISH));
    assertEquals("rij 3, kolom Aangemeld op: de datum ligt na de dag van de import (4-12-2026):"
        + " niemand kan in de toekomst lid geworden zijn", future.message(DUTCH));
    assertFalse(future.message(Locale.ENGLISH).contains("2030"), "never the value");

    // all or nothing: the same errors, nothing kept
    ImportException all = assertThrows(ImportException.class,
        () -> MemberCsv.read(bytes(file), ImportMode.ALL_OR_NOTHING, options));
    assertEquals(problems(result.errors()), problems(all.errors()));

    // streamed, with the same options: the same rows and errors
    List<String> streamed = new java.util.ArrayList<>();
    ImportResult<Member> rest = MemberCsv.read(new java.io.ByteArrayInputStream(bytes(file)), options,
        row -> streamed.add(row.value().id().value()));
    assertEquals(ids(result), streamed);
    assertEquals(problems(result.errors()), problems(rest.errors()));

    // without a clock the import cannot know today, and does not check (documented)
    assertEquals(List.of("m-1", "m-2", "m-3", "m-4"), ids(MemberCsv.read(bytes(file), ImportMode.VALID_ROWS)));
  }

  /** The import's day is the clock's date in the clock's zone, taken once for the whole import. */
  @Test
  void theImportsDayIsTheClocksDateInItsZone() {
    String file = HEADER + "m-1;Anna;1948;52,379;5,223;5-12-2026\r\n";
    // 23:30 UTC on the 4th is 00:30 on the 5th in Amsterdam
    Instant lateEvening = Instant.parse("2026-12-04T23:30:00Z");
    Clock amsterdam = Clock.fixed(lateEvening, ZoneId.of("Europe/Amsterdam"));
    Clock utc = Clock.fixed(lateEvening, ZoneOffset.UTC);
    assertEquals(List.of(), problems(MemberCsv.read(bytes(file), ImportMode.VALID_ROWS,
        ImportOptions.standard().withClock(amsterdam)).errors()));
    assertEquals(List.of("2:Aangemeld op:joined-future"), problems(MemberCsv.read(bytes(file), ImportMode.VALID_ROWS,
        ImportOptions.standard().withClock(utc)).errors()));
    assertEquals(LocalDate.of(2026, 12, 5), ImportOptions.standard().withClock(amsterdam).clock()
        .map(LocalDate::now).orElseThrow());
    assertTrue(ImportOptions.standard().clock().isEmpty());
    // every copy keeps the clock (CandidateCsv adds its geocoding home reader to the caller's options)
    ImportOptions copied = ImportOptions.standard().withClock(utc).withOffers(OfferMode.LENIENT)
        .withVocabulary(ImportOptions.standard().vocabulary()).withHomes((line, errors) -> null);
    assertEquals(utc, copied.clock().orElseThrow());
    assertThrows(NullPointerException.class, () -> ImportOptions.standard().withClock(null));
  }

  /** K5: a birth year 3 years before joining (2022 for 2025) was a member; one 15 years before too. */
  @Test
  void aBirthYearMustBe18To125YearsBeforeTheYearOfJoining() {
    String file = HEADER
        + "m-1;Anna;2007;52,379;5,223;31-12-2025\r\n" // 18 in the year of joining
        + "m-2;Bert;2010;52,379;5,223;1-3-2025\r\n" // 15
        + "m-3;Cor;1900;52,379;5,223;1-3-2025\r\n" // 125
        + "m-4;Dina;1899;52,379;5,223;1-3-2025\r\n" // 126
        + "m-5;Eef;2026;52,379;5,223;1-3-2025\r\n" // born after joining
        + "m-6;Fer;2008;52,379;5,223;1-1-2025\r\n"; // 17
    ImportResult<Member> result = MemberCsv.read(bytes(file), ImportMode.VALID_ROWS);
    assertEquals(List.of("m-1", "m-3"), ids(result));
    assertEquals(List.of("3:Geboortejaar:birth-year", "5:Geboortejaar:birth-year", "6:Geboortejaar:birth-year",
        "7:Geboortejaar:birth-year"), problems(result.errors()));
    RowError young = result.errors().get(0);
    assertEquals("row 3, column Geboortejaar: must be 18 to 125 years before the year of joining",
        young.message(Locale.ENGLISH));
    assertEquals("rij 3, kolom Geboortejaar: moet 18 tot 125 jaar voor het jaar van aanmelding liggen",
        young.message(DUTCH));
    assertFalse(young.message(Locale.ENGLISH).contains("2010"), "never the value");
    // the numbers of the message are the model's: one rule, in one place
    assertTrue(young.message(Locale.ENGLISH).contains(Member.MIN_AGE_AT_JOINING + " to " + Member.MAX_AGE_AT_JOINING));
  }

  /** K6: a header of more than 1,000 fields was refused as "no readable header row", without why. */
  @Test
  void aHeaderOfMoreThan1000FieldsIsRefusedSayingSo() {
    String wide = "\uFEFF" + String.join(";", Collections.nCopies(1_001, "x")) + "\r\nm-1;Anna\r\n";
    ImportException e = assertThrows(ImportException.class, () -> MemberCsv.read(bytes(wide), ImportMode.VALID_ROWS));
    assertEquals(List.of("1:-:no-header"), problems(e.errors()));
    assertEquals("row 1: the header row has more than 1,000 fields, more than a list may have: is this the right"
        + " file?", e.errors().get(0).message(Locale.ENGLISH));
    assertEquals("rij 1: de kopregel heeft meer dan 1.000 velden, meer dan een lijst mag hebben: is dit het"
        + " goede bestand?", e.errors().get(0).message(DUTCH));
    // hostile: a million fields is refused the same way, in bounded memory
    String hostile = String.join(",", Collections.nCopies(1_000_000, "")) + "\n";
    ImportException huge = assertThrows(ImportException.class,
        () -> MemberCsv.read(bytes(hostile), ImportMode.VALID_ROWS));
    assertEquals(List.of("1:-:no-header"), problems(huge.errors()));
    assertTrue(huge.errors().get(0).message(Locale.ENGLISH).contains("more than 1,000 fields"));
    // a header field over the limit says so too
    String longName = "Nr;" + "N".repeat(10_001) + ";Geboortejaar\r\n";
    ImportException tooLong = assertThrows(ImportException.class,
        () -> MemberCsv.read(bytes(longName), ImportMode.VALID_ROWS));
    assertEquals(List.of("1:-:no-header"), problems(tooLong.errors()));
    assertEquals("row 1: a name in the header row is longer than 10,000 characters: is this the right file?",
        tooLong.errors().get(0).message(Locale.ENGLISH));
    assertEquals("rij 1: een naam in de kopregel is langer dan 10.000 tekens: is dit het goede bestand?",
        tooLong.errors().get(0).message(DUTCH));
    // exactly 1,000 fields is a header, read and checked for its columns
    String thousand = String.join(";", Collections.nCopies(1_000, "x")) + "\r\n";
    ImportException missing = assertThrows(ImportException.class,
        () -> MemberCsv.read(bytes(thousand), ImportMode.VALID_ROWS));
    assertEquals("missing-column", missing.errors().get(0).rule());
  }
}
