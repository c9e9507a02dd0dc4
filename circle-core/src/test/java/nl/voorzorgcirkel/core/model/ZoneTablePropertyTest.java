package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

class ZoneTablePropertyTest {

  private static final List<ZoneId> ZONES = List.of(WeeklyAvailability.DEFAULT_ZONE,
      ZoneId.of("UTC"), ZoneId.of("Africa/Casablanca"), ZoneId.of("Australia/Lord_Howe"),
      ZoneId.of("Pacific/Apia"), ZoneId.of("America/Sao_Paulo"));

  /** The table's offsets over steady periods are java.time's, in zones with odd rules. */
  @Test
  void answersAsJavaTimeDoes() {
    long from = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2199-09-01T00:00:00Z").getEpochSecond(); // periods end before 2200
    Props.property("zone-table-answers-as-java-time", 20_000)
        .forAll(longs().between(from, to), integers().between(0, 90 * 86_400),
            integers().between(0, ZONES.size() - 1))
        .checkAssert((second, length, z) -> {
          ZoneId zone = ZONES.get(z);
          ZoneTable table = ZoneTable.of(zone);
          int offset = zone.getRules().getOffset(Instant.ofEpochSecond(second)).getTotalSeconds();
          // a change in [second, second + length] is the next change after second - 1
          ZoneOffsetTransition next = zone.getRules().nextTransition(Instant.ofEpochSecond(second - 1));
          boolean steady = next == null || next.getInstant().getEpochSecond() > second + length;
          assertEquals(steady ? offset : ZoneTable.NOT_STEADY, table.steadyOffset(second, second + length),
              "offset from " + Instant.ofEpochSecond(second) + " for " + length + " s in " + zone);
        });
  }

  /** After a change the new offset holds, as in java.time; a period that meets one is not steady. */
  @Test
  void theNewOffsetHoldsFromTheChange() {
    ZoneId zone = WeeklyAvailability.DEFAULT_ZONE;
    long change = Instant.parse("2026-03-29T01:00:00Z").getEpochSecond();
    assertEquals(3600, ZoneTable.of(zone).steadyOffset(change - 1, change - 1));
    assertEquals(ZoneTable.NOT_STEADY, ZoneTable.of(zone).steadyOffset(change, change));
    assertEquals(ZoneTable.NOT_STEADY, ZoneTable.of(zone).steadyOffset(change - 1, change));
    assertEquals(7200, ZoneTable.of(zone).steadyOffset(change + 1, change + 86_400));
  }
}
