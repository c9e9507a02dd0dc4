package nl.voorzorgcirkel.core.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class HelpLedgerPropertyTest {

  private static final Duration SPAN = Duration.ofDays(120);

  /** Loads over any window equal the help recorded in it, counted record by record. */
  @Test
  void loadsEqualTheRecordedHelp() {
    Props.property("ledger-loads-equal-recorded-help", 1_000)
        .forAll(longs().all(), integers().between(0, 200))
        .checkAssert((seed, count) -> {
          RandomModel random = new RandomModel(seed);
          List<HelpRecord> records = new ArrayList<>();
          HelpLedger ledger = HelpLedger.empty();
          Map<MemberId, Duration> running = new HashMap<>();
          for (int i = 0; i < count; i++) {
            HelpRecord r = random.record(8, Fixtures.NOW, SPAN);
            records.add(r);
            // the helper asked about just before and just after their record is added
            assertEquals(running.getOrDefault(r.helper(), Duration.ZERO),
                ledger.givenBy(r.helper(), Fixtures.NOW, Fixtures.NOW.plus(SPAN)));
            ledger = ledger.append(r);
            running.merge(r.helper(), r.effort(), Duration::plus);
            assertEquals(running.get(r.helper()), ledger.givenBy(r.helper(), Fixtures.NOW, Fixtures.NOW.plus(SPAN)));
            // asked between appends too, members with no help yet included
            for (int m = 0; m < 8; m++) {
              MemberId id = MemberId.of("m-" + m);
              assertEquals(running.getOrDefault(id, Duration.ZERO),
                  ledger.givenBy(id, Fixtures.NOW, Fixtures.NOW.plus(SPAN)), "given by " + id);
            }
          }
          Instant from = Fixtures.NOW.plus(Duration.ofDays(random.between(0, 60)));
          Instant to = from.plus(Duration.ofDays(random.between(0, 90)));

          assertQueriesMatchTheRecords(ledger, records, from, to, 8);
          assertEquals(records, ledger.records());
          assertEquals(ledger, HelpLedger.of(records));
        });
  }

  /**
   * A record without a request is refused exactly when an equal one is held, whatever the order of
   * starts, in the newest ledger and in an older one (which copies on append). Records are drawn
   * from a small pool, so that repeats are frequent and far apart, with starts out of order and to
   * the nanosecond; the set of records appended so far is the reference.
   */
  @Test
  void aRecordWithoutARequestIsRefusedExactlyWhenAnEqualOneIsHeld() {
    Props.property("ledger-refuses-equal-records", 500)
        .forAll(longs().all(), integers().between(1, 120))
        .checkAssert((seed, count) -> {
          RandomModel random = new RandomModel(seed);
          Set<HelpRecord> held = new HashSet<>();
          List<HelpLedger> versions = new ArrayList<>();
          List<HelpRecord> appended = new ArrayList<>();
          HelpLedger ledger = HelpLedger.empty();
          for (int i = 0; i < count; i++) {
            HelpRecord r = poolRecord(random);
            if (held.contains(r)) {
              HelpLedger before = ledger;
              InvalidValueException e = assertThrows(InvalidValueException.class, () -> before.append(r));
              assertTrue(e.getMessage().contains("already holds this record"), e.getMessage());
              assertEquals(appended.size(), ledger.size());
            } else {
              ledger = ledger.append(r);
              held.add(r);
              appended.add(r);
            }
            versions.add(ledger);
          }
          // an older ledger refuses what it holds and takes what only later ledgers hold
          HelpLedger older = versions.get(random.between(0, versions.size() - 1));
          Set<HelpRecord> olderHeld = new HashSet<>(older.records());
          for (HelpRecord r : appended) {
            if (olderHeld.contains(r)) {
              assertThrows(InvalidValueException.class, () -> older.append(r));
            } else {
              assertEquals(older.size() + 1, older.append(r).size());
            }
          }
          if (!appended.isEmpty()) {
            List<HelpRecord> twice = new ArrayList<>(appended);
            twice.add(appended.get(random.between(0, appended.size() - 1)));
            assertThrows(InvalidValueException.class, () -> HelpLedger.of(twice));
          }
        });
  }

  /** A record without a request from a small pool: two helpers, four starts (one with nanoseconds), two efforts. */
  private static HelpRecord poolRecord(RandomModel random) {
    MemberId helper = MemberId.of("m-" + random.between(0, 1));
    MemberId recipient = MemberId.of("m-" + random.between(2, 3));
    Instant start = Fixtures.NOW.plusSeconds(3_600L * random.between(0, 2))
        .plusNanos(random.chance(0.25) ? 500_000_000L : 0);
    Capability kind = random.chance(0.5) ? Capability.MEALS : Capability.GROCERIES_AND_ERRANDS;
    return HelpRecord.of(helper, recipient, kind, start, Duration.ofMinutes(random.chance(0.5) ? 30 : 90));
  }

  /** Appending never changes a ledger that exists: branches from an older ledger stay apart. */
  @Test
  void appendingNeverChangesAnExistingLedger() {
    Props.property("ledger-append-only", 500)
        .forAll(longs().all(), integers().between(0, 50), integers().between(1, 20))
        .checkAssert((seed, shared, branch) -> {
          RandomModel random = new RandomModel(seed);
          HelpLedger base = HelpLedger.empty();
          for (int i = 0; i < shared; i++) {
            base = base.append(random.record(6, Fixtures.NOW, SPAN));
          }
          List<HelpRecord> baseRecords = List.copyOf(base.records());
          HelpLedger left = base;
          HelpLedger right = base;
          List<HelpRecord> leftAdded = new ArrayList<>();
          for (int i = 0; i < branch; i++) {
            HelpRecord l = random.record(6, Fixtures.NOW, SPAN);
            leftAdded.add(l);
            left = left.append(l);
            right = right.append(random.record(6, Fixtures.NOW, SPAN));
          }
          assertEquals(baseRecords, base.records());
          assertEquals(shared + branch, left.size());
          assertEquals(leftAdded, left.records().subList(shared, shared + branch));
          assertEquals(baseRecords, right.records().subList(0, shared));
          // the indexes of shared storage see only each ledger's own records
          Instant from = Fixtures.NOW.plus(Duration.ofDays(random.between(0, 60)));
          Instant to = from.plus(Duration.ofDays(random.between(0, 90)));
          assertQueriesMatchTheRecords(base, baseRecords, from, to, 6);
          assertQueriesMatchTheRecords(left, List.copyOf(left.records()), from, to, 6);
          assertQueriesMatchTheRecords(right, List.copyOf(right.records()), from, to, 6);
        });
  }

  /** Every query of the ledger equals the same question answered record by record. */
  private static void assertQueriesMatchTheRecords(HelpLedger ledger, List<HelpRecord> records,
      Instant from, Instant to, int poolSize) {
    Map<MemberId, Duration> given = new HashMap<>();
    Map<MemberId, Duration> received = new HashMap<>();
    for (HelpRecord r : records) {
      if (!r.start().isBefore(from) && r.start().isBefore(to)) {
        given.merge(r.helper(), r.effort(), Duration::plus);
        received.merge(r.recipient(), r.effort(), Duration::plus);
      }
    }
    assertEquals(given, ledger.loads(from, to));
    for (int m = 0; m < poolSize; m++) {
      MemberId id = MemberId.of("m-" + m);
      assertEquals(given.getOrDefault(id, Duration.ZERO), ledger.givenBy(id, from, to));
      assertEquals(received.getOrDefault(id, Duration.ZERO), ledger.receivedBy(id, from, to));
      for (int n = 0; n < poolSize; n++) {
        MemberId other = MemberId.of("m-" + n);
        long times = records.stream().filter(r -> r.helper().equals(id) && r.recipient().equals(other)
            && r.start().isBefore(from)).count();
        assertEquals(times, ledger.timesHelped(id, other, from), "times " + id + " helped " + other);
      }
    }
  }
}
