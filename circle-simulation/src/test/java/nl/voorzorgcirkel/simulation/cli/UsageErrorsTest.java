package nl.voorzorgcirkel.simulation.cli;

import static nl.voorzorgcirkel.simulation.cli.SimulateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * User test 7: user test 6, J7 made some usage errors one line in the language of {@code --lang}
 * ({@code --threads 0}); the others still came out in picocli's English (an option without its
 * value, one given twice, a bad {@code --shard}, a missing scenario, a value that is not true or
 * false), and a bad {@code --lang} half in each language. Every usage error is now one line in
 * the language of {@code --lang}, naming the command, the option and the rule, with exit code 2
 * and nothing on standard output; a bad {@code --lang} in both languages.
 */
class UsageErrorsTest {

  /** Runs the command line and returns its one error line, checking the exit code and the rest. */
  private static String refused(String... args) {
    String[] r = run(args);
    String where = String.join(" ", args) + ": " + r[2];
    assertEquals("2", r[0], where);
    assertEquals("", r[1], where);
    String line = r[2].strip();
    assertEquals(1, line.lines().count(), where);
    assertFalse(line.contains("Usage") || line.contains("Exception"), where);
    return line;
  }

  @Test
  void anOptionWithoutItsValueNamesTheOptionAndWhatItTakes() {
    assertEquals("simulate run: option --out needs a value (DIR) (see simulate run --help)",
        refused("run", "muziekwijk", "--out"));
    // picocli saw --lang as the value that --out lacks; the language is taken from the arguments
    assertEquals("simulate run: optie --out vraagt om een waarde (DIR) (zie simulate run --help)",
        refused("run", "muziekwijk", "--out", "--lang", "nl"));
  }

  @Test
  void aValueOfTheWrongTypeSaysWhatTheOptionTakes() {
    assertEquals("simulate run: invalid value for option --threads: must be a whole number"
        + " (see simulate run --help)", refused("run", "muziekwijk", "--threads", "two"));
    assertEquals("simulate check: ongeldige waarde voor optie --seed: moet een geheel getal zijn"
        + " (zie simulate check --help)", refused("check", "muziekwijk", "--seed", "x", "--lang", "nl"));
    assertEquals("simulate run: invalid value for option --no-progress: must be true or false"
        + " (see simulate run --help)", refused("run", "muziekwijk", "--no-progress=maybe"));
    assertEquals("simulate run: ongeldige waarde voor optie --no-progress: moet true of false zijn"
        + " (zie simulate run --help)", refused("run", "muziekwijk", "--lang", "nl", "--no-progress=3"));
  }

  @Test
  void aBadShardSaysTheRuleInBothLanguages() {
    assertEquals("simulate run: invalid value for option --shard: a shard is i/n, such as 3/16 for the third"
        + " of 16 (i from 1 to n) (see simulate run --help)", refused("run", "muziekwijk", "--shard", "3"));
    assertEquals("simulate run: ongeldige waarde voor optie --shard: een shard is i/n, zoals 3/16 voor de"
        + " derde van 16 (i van 1 tot en met n) (zie simulate run --help)",
        refused("run", "muziekwijk", "--shard", "drie", "--lang", "nl"));
    assertEquals("simulate run: invalid value for option --shard: the shard must be 1 to 3 (i of i/n)"
        + " (see simulate run --help)", refused("run", "muziekwijk", "--shard", "4/3"));
    assertEquals("simulate run: ongeldige waarde voor optie --shard: het aantal shards n moet 1 tot en met"
        + " 1000000 zijn (zie simulate run --help)", refused("run", "muziekwijk", "--lang=nl", "--shard", "1/0"));
  }

  @Test
  void anOptionGivenTwiceOrAMissingParameterIsNamed() {
    assertEquals("simulate run: option --out is given twice: give it once (see simulate run --help)",
        refused("run", "muziekwijk", "--out", "a", "--out", "b"));
    assertEquals("simulate run: optie --days is twee keer gegeven: geef die één keer (zie simulate run --help)",
        refused("run", "muziekwijk", "--days", "3", "--days", "4", "--lang", "nl"));
    assertEquals("simulate check: missing: SCENARIO (see simulate check --help)", refused("check"));
    assertEquals("simulate merge: ontbreekt: SHARDS (zie simulate merge --help)", refused("merge", "--lang", "nl"));
  }

  @Test
  void anUnknownOptionIsNamedWithWhatWasMeant() {
    String en = refused("run", "muziekwijk", "--thread", "2");
    assertTrue(en.startsWith("simulate run: unknown option or argument: --thread"), en);
    assertTrue(en.contains("did you mean --threads"), en);
    String nl = refused("check", "muziekwijk", "extra", "--lang", "nl");
    assertEquals("simulate check: onbekende optie of onbekend argument: extra (zie simulate check --help)", nl);
  }

  @Test
  void aSetWithoutFieldAndValueSaysTheRuleInTheChosenLanguage() {
    assertEquals("simulate check: ongeldige waarde voor optie --set: vraagt om VELD=WAARDE, een veld van het"
        + " scenario, een isgelijkteken en de waarde, zoals behaviour.acceptance.probability=0.5"
        + " (zie simulate check --help)", refused("check", "muziekwijk", "--lang", "nl", "--set", "=3"));
  }

  /** Which language the user reads is what is wrong: the refusal is in both, on one line. */
  @Test
  void aBadLangIsRefusedInBothLanguages() {
    String expected = "simulate run: invalid value for option --lang: the reports are in en or nl only"
        + " (see simulate run --help) / simulate run: ongeldige waarde voor optie --lang: de rapporten zijn er"
        + " alleen in en of nl (zie simulate run --help)";
    assertEquals(expected, refused("run", "muziekwijk", "--lang", "fr"));
    assertEquals(expected, refused("run", "muziekwijk", "--lang=de", "--threads", "0"));
    // without its value too (user test 8, L3: it was refused in English only)
    assertEquals("simulate check: option --lang needs a value (en|nl) (see simulate check --help)"
        + " / simulate check: optie --lang vraagt om een waarde (en|nl) (zie simulate check --help)",
        refused("check", "muziekwijk", "--lang"));
  }

  /**
   * User test 8, L4: a value out of range from {@code --days} or {@code --set} lacked the command's
   * name and the hint that every other usage error of the command carries, and its Dutch read
   * "moet een minimumwaarde van 1 hebben". It now reads as the other usage errors do, and as a
   * Dutch user would say it.
   */
  @Test
  void aValueOutOfRangeFromAnOptionIsAUsageErrorOfItsCommand() {
    assertEquals("simulate run: --days 0: experiment.days: must be at least 1 (see simulate run --help)",
        refused("run", "muziekwijk", "--days", "0"));
    assertEquals("simulate run: --days 0: experiment.days: moet minstens 1 zijn (zie simulate run --help)",
        refused("run", "muziekwijk", "--days", "0", "--lang", "nl"));
    assertEquals("simulate check: --set behaviour.acceptance.probability=2: behaviour.acceptance.probability:"
        + " mag hoogstens 1 zijn (zie simulate check --help)",
        refused("check", "muziekwijk", "--set", "behaviour.acceptance.probability=2", "--lang", "nl"));
    assertEquals("simulate check: --replications 0: experiment.replications: must be at least 1"
        + " (see simulate check --help)", refused("check", "muziekwijk", "--replications", "0"));
  }

  /** User test 8, L4: merge's own errors said {@code merge:}, not the command's full name. */
  @Test
  void mergesOwnErrorsCarryTheFullName() {
    assertEquals("simulate merge: nowhere: no such file", refused("merge", "nowhere"));
    assertEquals("simulate merge: nergens: bestand bestaat niet", refused("merge", "nergens", "--lang", "nl"));
  }

  /**
   * User test 8, L5: an unknown command was "unknown option or argument: bogus-cmd --lang en". It
   * is named alone, as a command, with the commands there are.
   */
  @Test
  void anUnknownCommandIsNamedAloneWithTheCommands() {
    assertEquals("simulate: unknown command: bogus-cmd; the commands are run, merge, check, schema, example"
        + " (see simulate --help)", refused("bogus-cmd", "--lang", "en"));
    assertEquals("simulate: onbekend commando: bogus-cmd; de commando's zijn run, merge, check, schema, example"
        + " (zie simulate --help)", refused("bogus-cmd", "--lang", "nl"));
    String typo = refused("rnu", "muziekwijk");
    assertTrue(typo.startsWith("simulate: unknown command: rnu; the commands are "), typo);
  }
}
