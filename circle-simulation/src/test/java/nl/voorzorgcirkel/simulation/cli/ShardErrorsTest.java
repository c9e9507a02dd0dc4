package nl.voorzorgcirkel.simulation.cli;

import static nl.voorzorgcirkel.simulation.cli.SimulateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User test 7, K7: {@code simulate merge} refuses shards that do not belong together or cannot be
 * read, naming the file and the rule, in English and in Dutch, with exit code 2 and nothing on
 * standard output: shards of different scenarios or seeds, a damaged shard, a shard of another
 * format (format 1, before the count of requests with no eligible member), a file that is no shard.
 */
class ShardErrorsTest {

  /** Every line of merge's errors starts with the command's full name (user test 8, L4). */
  private static final String MERGE = "simulate merge: ";

  private static final String[] STUDY = {"muziekwijk", "--days", "20", "--replications", "1", "--no-progress"};

  /** Runs shard i of 2 of the study with extra options into a folder, and returns its file. */
  private static Path shard(Path dir, int i, String... extra) {
    String[] args = concat(new String[] {"run"}, STUDY, extra, new String[] {"--shard", i + "/2", "--out",
        dir.toString()});
    String[] r = run(args);
    assertEquals("0", r[0], r[2]);
    return dir.resolve("shard-" + i + "-of-2.shard");
  }

  private static String[] concat(String[]... parts) {
    return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
  }

  /** Merges in English and in Dutch; both refuse with code 2; returns the two error texts. */
  private static String[] refused(Path... shards) {
    String[] files = Arrays.stream(shards).map(Path::toString).toArray(String[]::new);
    String[] en = run(concat(new String[] {"merge"}, files));
    String[] nl = run(concat(new String[] {"merge"}, files, new String[] {"--lang", "nl"}));
    for (String[] r : new String[][] {en, nl}) {
      assertEquals("2", r[0], r[2]);
      assertEquals("", r[1]);
      assertFalse(r[2].contains("Exception") || r[2].contains("Usage"), r[2]);
    }
    return new String[] {en[2].strip(), nl[2].strip()};
  }

  @Test
  void shardsOfDifferentSeedsNameTheSeed(@TempDir Path dir) {
    Path one = shard(dir, 1);
    Path two = shard(dir, 2, "--seed", "99");
    String[] r = refused(one, two);
    // one cause, one error: shard 2 is there, of another seed, and not also "missing" (user test 10, 8)
    assertEquals(MERGE + two + ": ran another scenario than " + one + " (experiment.seed differs; the scenarios of all"
        + " shards must be the same, every field, seed included)", r[0]);
    assertEquals(MERGE + two + ": draaide een ander scenario dan " + one + " (experiment.seed verschilt; het scenario"
        + " van alle shards moet gelijk zijn, elk veld, de startwaarde (seed) ook)", r[1]);
  }

  @Test
  void shardsOfDifferentScenariosNameTheFields(@TempDir Path dir) {
    Path one = shard(dir, 1);
    Path two = shard(dir, 2, "--set", "population.circles=3", "--set", "behaviour.acceptance.probability=0.5");
    String[] r = refused(one, two);
    assertTrue(r[0].startsWith(MERGE + two + ": ran another scenario than " + one
        + " (behaviour.acceptance.probability, population.circles differ;"), r[0]);
    assertTrue(r[1].startsWith(MERGE + two + ": draaide een ander scenario dan " + one
        + " (behaviour.acceptance.probability, population.circles verschillen;"), r[1]);
  }

  @Test
  void aDamagedShardIsNamedAndTheOthersStillChecked(@TempDir Path dir) throws IOException {
    Path one = shard(dir, 1);
    Path two = shard(dir, 2);
    byte[] bytes = Files.readAllBytes(two);
    Files.write(two, Arrays.copyOf(bytes, bytes.length - 7));
    String[] r = refused(one, two);
    assertTrue(r[0].startsWith(MERGE + two + ": is damaged or cut short ("), r[0]);
    assertTrue(r[1].startsWith(MERGE + two + ": is beschadigd of afgebroken ("), r[1]);
    Files.writeString(two, "{\"formatVersion\": 2}");
    r = refused(one, two);
    assertEquals(MERGE + two + ": is not a shard file (it does not start with VZCS)", r[0]);
    assertEquals(MERGE + two + ": is geen shardbestand (het begint niet met VZCS)", r[1]);
  }

  /**
   * A shard of format 1 lacks the count of requests with no eligible member: merging it would
   * report figures the shard does not hold. It is refused by name, with what to do.
   */
  @Test
  void aShardOfFormat1IsRefusedWithTheRule(@TempDir Path dir) throws IOException {
    Path one = shard(dir, 1);
    Path two = shard(dir, 2);
    byte[] bytes = Files.readAllBytes(two);
    assertEquals(2, ByteBuffer.wrap(bytes, 4, 4).getInt(), "the format this version writes");
    ByteBuffer.wrap(bytes, 4, 4).putInt(1);
    Files.write(two, bytes);
    String[] r = refused(one, two);
    assertEquals(MERGE + two + ": is a shard file of format 1; this version reads format 2 only (format 1 lacks figures"
        + " this version reports, such as the requests with no eligible member): run the shard again with this"
        + " version, and merge only shards made by the same version", r[0]);
    assertEquals(MERGE + two + ": is een shardbestand van formaat 1; deze versie leest alleen formaat 2 (formaat 1 mist"
        + " cijfers die deze versie rapporteert, zoals de hulpvragen zonder geschikt lid): draai de shard opnieuw"
        + " met deze versie, en voeg alleen shards van dezelfde versie samen", r[1]);
  }

  @Test
  void aShardGivenTwiceAndAMissingOneAreBothListed(@TempDir Path dir) {
    Path one = shard(dir, 1);
    String[] r = refused(one, one);
    assertEquals(MERGE + one + ": is shard 1/2, like " + one + ": give each shard once" + System.lineSeparator()
        + "simulate merge: shard 2 of 2 is missing", r[0]);
    assertEquals(MERGE + one + ": is shard 1/2, net als " + one + ": geef elke shard één keer" + System.lineSeparator()
        + "simulate merge: shard 2 van 2 ontbreekt", r[1]);
  }
}
