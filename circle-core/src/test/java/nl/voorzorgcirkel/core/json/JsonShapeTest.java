package nl.voorzorgcirkel.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.FamilyCarerId;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.SeriesId;
import nl.voorzorgcirkel.core.model.TripId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The JSON that other systems read and write: identifiers as plain strings, ledgers and
 * commitment books as arrays, and numbers that are missing or null reported as missing. Each test
 * configures its own mapper, so that each covers the configuration it asserts.
 */
class JsonShapeTest {

  private static InvalidValueException readFails(ObjectMapper mapper, String json, Class<?> type) {
    JsonProcessingException e = assertThrows(JsonProcessingException.class,
        () -> mapper.readValue(json, type));
    return (InvalidValueException) e.getCause();
  }

  @Test
  void identifiersAndCapabilitiesAreWrittenAndReadAsPlainStrings() throws Exception {
    ObjectMapper mapper = CircleJson.newMapper();
    List<Object> values = List.of(MemberId.of("m-1"), CircleId.of("c-1"), RequestId.of("r-1"),
        Capability.of("meals"), TripId.of("t-1"), SeriesId.of("s-1"), FamilyCarerId.of("fc-1"));
    for (Object value : values) {
      String json = mapper.writeValueAsString(value);
      assertEquals('"' + value.toString() + '"', json, value.getClass().getSimpleName());
      assertEquals(value, mapper.readValue(json, value.getClass()), json);
    }
  }

  @Test
  void aLedgerAndACommitmentBookAreArraysOfTheirEntries() throws Exception {
    ObjectMapper mapper = CircleJson.newMapper();
    HelpRecord record = HelpRecord.builder().helper(MemberId.of("m-1")).recipient(MemberId.of("m-2"))
        .capability(Capability.MEALS).start(Fixtures.NOW).effort(Duration.ofHours(1)).build();
    HelpLedger ledger = HelpLedger.of(List.of(record));
    String json = mapper.writeValueAsString(ledger);
    assertEquals("[" + mapper.writeValueAsString(record) + "]", json);
    assertEquals(ledger, mapper.readValue(json, HelpLedger.class));
    assertEquals("[]", mapper.writeValueAsString(HelpLedger.empty()));

    CommitmentBook book = CommitmentBook.from(List.of(
        RequestLifecycle.open(Fixtures.request("r-1", "m-0").build()).accept(Fixtures.NOW, MemberId.of("m-1"))));
    String bookJson = mapper.writeValueAsString(book);
    assertEquals("[" + mapper.writeValueAsString(book.commitments().get(0)) + "]", bookJson);
    assertEquals(book, mapper.readValue(bookJson, CommitmentBook.class));
  }

  @Test
  void aMissingBirthYearIsReportedOnceAsNotGiven() throws Exception {
    ObjectMapper mapper = CircleJson.newMapper();
    ObjectNode member = mapper.valueToTree(Fixtures.member("m-1").build());
    member.remove("birthYear");
    InvalidValueException e = readFails(mapper, mapper.writeValueAsString(member), Member.class);
    assertEquals(1, e.violations().size(), e::getMessage);
    assertEquals("invalid value (1): Member.birthYear: must be given", e.getMessage());
  }

  @Test
  void aNullNumberIsReportedAsMissingNotReadAsZero() throws Exception {
    ObjectMapper mapper = CircleJson.newMapper();
    InvalidValueException e = readFails(mapper, "{\"latitude\":null,\"longitude\":5.2}", GeoPoint.class);
    assertEquals("invalid value (1): GeoPoint.latitude: must be given", e.getMessage());
    // a number that has a default takes it when null, as when left out
    assertEquals(mapper.readValue("{}", nl.voorzorgcirkel.core.model.CirclePolicy.class),
        mapper.readValue("{\"minSize\":null}", nl.voorzorgcirkel.core.model.CirclePolicy.class));
  }

  @Test
  void aNullOptionalIsReadAsEmpty() throws Exception {
    ObjectMapper mapper = CircleJson.newMapper();
    ObjectNode record = mapper.valueToTree(HelpRecord.builder().helper(MemberId.of("m-1"))
        .recipient(MemberId.of("m-2")).capability(Capability.MEALS).start(Fixtures.NOW)
        .effort(Duration.ofHours(1)).request(RequestId.of("r-1")).build());
    record.putNull("request");
    HelpRecord read = mapper.readValue(mapper.writeValueAsString(record), HelpRecord.class);
    assertEquals(Optional.empty(), read.request());
  }
}
