package nl.voorzorgcirkel.core.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.voorzorgcirkel.core.json.CircleJson;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.AskHistory;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.SeriesId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.TripId;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

class CommitmentBookTest {

  private static final MemberId ANNA = MemberId.of("m-anna");
  private static final MemberId BERT = MemberId.of("m-bert");
  private static final Instant TEN = Instant.parse("2026-12-01T09:00:00Z"); // Tuesday 10:00 local

  private static HelpRequest ride(String id, Instant start, int minutes) {
    return Fixtures.request(id, "m-0")
        .window(TimeWindow.fixed(start, start.plus(Duration.ofMinutes(minutes))))
        .expectedDuration(Duration.ofMinutes(minutes))
        .createdAt(Fixtures.NOW)
        .build();
  }

  @Test
  void acceptedHelpIsCommittedAndEntersTheLedgerOnlyWhenDone() {
    HelpRequest there = ride("r-there", TEN, 60).toBuilder().trip(TripId.of("t-denture")).build();
    RequestLifecycle open = RequestLifecycle.open(there);
    RequestLifecycle accepted = open.accept(Fixtures.NOW.plusSeconds(60), ANNA);
    RequestLifecycle done = accepted.complete(TEN.plus(Duration.ofHours(1)), Duration.ofMinutes(70));

    assertEquals(Optional.empty(), Commitment.from(open));
    Commitment commitment = Commitment.from(accepted).orElseThrow();
    assertEquals(ANNA, commitment.helper());
    assertEquals(MemberId.of("m-0"), commitment.recipient());
    assertEquals(TEN, commitment.start());
    assertTrue(commitment.isTimeFixed());
    assertEquals(Optional.of(TripId.of("t-denture")), commitment.trip());
    assertEquals(Optional.empty(), accepted.toHelpRecord(), "nothing in the ledger before the help is done");
    assertEquals(Optional.empty(), Commitment.from(done), "done help is no longer promised");

    CommitmentBook book = CommitmentBook.from(List.of(accepted,
        RequestLifecycle.open(ride("r-other", TEN, 30))));
    assertEquals(List.of(commitment), book.commitments());
    HelpLedger ledger = HelpLedger.empty().append(done.toHelpRecord().orElseThrow());
    assertEquals(Duration.ofMinutes(70), ledger.givenBy(ANNA, TEN.minusSeconds(3600), TEN.plusSeconds(86_400)));
    assertTrue(CommitmentBook.from(List.of(done)).isEmpty());
  }

  @Test
  void loadsCountInTheWeekTheHelpStartsAndCancellingGivesTheTimeBack() {
    Commitment tuesday = Commitment.from(RequestLifecycle.open(ride("r-1", TEN, 90)).accept(Fixtures.NOW, ANNA)).orElseThrow();
    Commitment nextWeek = Commitment.from(RequestLifecycle.open(ride("r-2", TEN.plus(Duration.ofDays(7)), 30))
        .accept(Fixtures.NOW, ANNA)).orElseThrow();
    Commitment bert = Commitment.from(RequestLifecycle.open(ride("r-3", TEN, 45)).accept(Fixtures.NOW, BERT)).orElseThrow();
    CommitmentBook book = CommitmentBook.of(List.of(nextWeek, bert, tuesday));
    Instant monday = Instant.parse("2026-11-29T23:00:00Z");
    Instant nextMonday = monday.plus(Duration.ofDays(7));
    assertEquals(Duration.ofMinutes(90), book.committedBy(ANNA, monday, nextMonday));
    assertEquals(Duration.ofMinutes(30), book.committedBy(ANNA, nextMonday, nextMonday.plus(Duration.ofDays(7))));
    assertEquals(Duration.ofMinutes(45), book.committedBy(BERT, monday, nextMonday));
    assertEquals(List.of(tuesday, nextWeek), book.commitmentsOf(ANNA));

    CommitmentBook cancelled = book.without(RequestId.of("r-1"));
    assertEquals(Duration.ZERO, cancelled.committedBy(ANNA, monday, nextMonday));
    assertEquals(2, cancelled.size());
    assertSame(cancelled, cancelled.without(RequestId.of("r-1")));
    assertEquals(book, cancelled.with(tuesday));
    assertEquals(Duration.ofMinutes(30), cancelled.with(nextWeek.withAgreedStart(TEN))
        .committedBy(ANNA, monday, nextMonday), "replaced, at the agreed time");
    assertThrows(IllegalArgumentException.class, () -> CommitmentBook.of(List.of(tuesday, tuesday)));
    assertEquals("CommitmentBook{commitments=3}", book.toString());
  }

  @Test
  void helpAtASetTimeOverlapsOtherHelpWithTravelTimeBetween() {
    Commitment tenToEleven = Commitment.from(RequestLifecycle.open(ride("r-1", TEN, 60))
        .accept(Fixtures.NOW, ANNA)).orElseThrow();
    CommitmentBook book = CommitmentBook.of(List.of(tenToEleven));
    Duration buffer = Duration.ofMinutes(15);
    Instant eleven = TEN.plus(Duration.ofHours(1));
    assertEquals(List.of(tenToEleven), book.overlapping(ANNA, eleven, eleven.plusSeconds(1800), buffer));
    assertEquals(List.of(), book.overlapping(ANNA, eleven.plus(buffer), eleven.plusSeconds(3600), buffer),
        "after the travel time");
    assertEquals(List.of(tenToEleven), book.overlapping(ANNA, TEN.minusSeconds(3600), TEN.minusSeconds(600), buffer));
    assertEquals(List.of(), book.overlapping(ANNA, TEN.minusSeconds(3600), TEN.minus(buffer), buffer));
    assertEquals(List.of(), book.overlapping(BERT, TEN, eleven, buffer));
    Commitment flexible = Commitment.builder().from(tenToEleven)
        .request(RequestId.of("r-flex")).window(TimeWindow.flexible(TEN, TEN.plus(Duration.ofDays(2)))).build();
    assertEquals(false, flexible.overlaps(TEN, eleven, buffer), "a flexible commitment has no set time yet");
    assertTrue(flexible.withAgreedStart(TEN).overlaps(TEN, eleven, buffer));
    assertEquals(TEN.plus(Duration.ofDays(1)), Commitment.from(RequestLifecycle.open(ride("r-f", TEN, 60).toBuilder()
        .window(TimeWindow.flexible(TEN, TEN.plus(Duration.ofDays(2)))).build()).accept(Fixtures.NOW, ANNA),
        TEN.plus(Duration.ofDays(1))).orElseThrow().start(), "a flexible one counts where it is planned");
    assertEquals(TEN, Commitment.from(RequestLifecycle.open(ride("r-x", TEN, 60)).accept(Fixtures.NOW, ANNA),
        TEN.plus(Duration.ofDays(1))).orElseThrow().start(), "a fixed one keeps its time");
  }

  @Test
  void aBookRoundTripsThroughJson() throws JsonProcessingException {
    ObjectMapper mapper = CircleJson.newMapper();
    HelpRequest weekly = ride("r-1", TEN, 60).toBuilder().series(SeriesId.of("s-shop"))
        .trip(TripId.of("t-1")).build();
    CommitmentBook book = CommitmentBook.from(List.of(
        RequestLifecycle.open(weekly).accept(Fixtures.NOW, ANNA),
        RequestLifecycle.open(ride("r-2", TEN, 30)).accept(Fixtures.NOW, BERT)));
    assertEquals(book, mapper.readValue(mapper.writeValueAsString(book), CommitmentBook.class));
  }

  @Test
  void theAskHistoryCountsAsksAndDeclinesPerMemberAndPeriod() {
    RequestLifecycle first = RequestLifecycle.open(ride("r-1", TEN, 60))
        .ask(Fixtures.NOW.plusSeconds(10), null, List.of(ANNA, BERT))
        .decline(Fixtures.NOW.plusSeconds(20), ANNA)
        .accept(Fixtures.NOW.plusSeconds(30), BERT)
        .decline(Fixtures.NOW.plusSeconds(40), BERT); // Bert withdraws
    RequestLifecycle second = RequestLifecycle.open(ride("r-2", TEN, 60))
        .ask(Fixtures.NOW.plus(Duration.ofDays(10)), null, List.of(ANNA));
    AskHistory history = AskHistory.from(List.of(first, second));
    Instant from = Fixtures.NOW;
    Instant to = Fixtures.NOW.plus(Duration.ofDays(30));
    assertEquals(2, history.timesAsked(ANNA, from, to));
    assertEquals(1, history.timesAsked(ANNA, from, Fixtures.NOW.plus(Duration.ofDays(10))), "end excluded");
    assertEquals(1, history.timesDeclined(ANNA, from, to));
    assertEquals(1, history.timesAsked(BERT, from, to));
    assertEquals(1, history.timesDeclined(BERT, from, to), "withdrawing is saying no");
    assertEquals(0, history.timesAsked(MemberId.of("m-nobody"), from, to));
    assertEquals(0, history.timesAsked(ANNA, Fixtures.NOW.plusSeconds(11), Fixtures.NOW.plusSeconds(12)));
    assertEquals("AskHistory{asks=3, declines=2}", history.toString());
    assertTrue(AskHistory.empty().isEmpty());
  }
}
