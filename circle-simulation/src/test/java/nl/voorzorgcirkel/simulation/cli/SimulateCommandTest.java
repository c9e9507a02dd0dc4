package nl.voorzorgcirkel.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

  /** Exit code, standard output, standard error (also for the other tests of the command line). */
  static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = SimulateCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void helpListsTheSubcommandsAndTheirOptions() {
    String[] help = run("--help");
    assertEquals("0", help[0]);
    for (String word : new String[] {"run", "check", "schema", "example"}) {
      assertTrue(help[1].contains(word), help[1]);
    }
    String[] runHelp = run("run", "--help");
    for (String option : new String[] {"--out", "--threads", "--set", "--replications", "--seed", "--lang"}) {
      assertTrue(runHelp[1].contains(option), option);
    }
  }

  /**
   * User test 5, H9: {@code --lang fr} ran the scenario and printed English. A language the
   * reports do not have is now a usage error, in both languages, before anything runs.
   */
  @Test
  void anUnknownLanguageIsRefusedAsAUsageErrorInBothLanguages() {
    for (String[] args : new String[][] {{"run", "fairness-grid", "--lang", "fr"}, {"check", "queueing", "--lang", "de"},
        {"merge", "nowhere", "--lang", "fr"}}) {
      String[] r = run(args);
      assertEquals("2", r[0], String.join(" ", args) + ": " + r[2]);
      assertTrue(r[2].contains("--lang") && r[2].contains("en or nl") && r[2].contains("en of nl"), r[2]);
      assertEquals("", r[1], String.join(" ", args));
    }
    assertEquals("0", run("check", "queueing", "--lang", "NL")[0]);
  }

  @Test
  void runWritesTheSummaryAndTheReports(@TempDir Path dir) throws IOException {
    String[] r = run("run", "fairness-grid", "--set", "population.circles=2", "--days", "30",
        "--replications", "2", "--threads", "2", "--out", dir.toString());
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].startsWith("Scenario fairness-grid: 2 circles, 30 days"), r[1]);
    assertTrue(r[1].contains("Paired differences"), r[1]);
    assertTrue(r[2].contains("circle runs"), r[2]);
    assertTrue(Files.exists(dir.resolve("report.html")));
    assertTrue(Files.exists(dir.resolve("differences.csv")));
    assertTrue(Files.list(dir.resolve("charts")).count() > 10);
  }

  /**
   * User test 3, finding 13: with {@code --lang nl} only the errors were Dutch; summary.txt and
   * report.html ({@code <html lang="en">}) stayed English. Now the summary, the page, the charts'
   * titles and the lines the command prints follow --lang, numbers with a decimal comma; the CSV
   * files are the same in both languages, byte for byte.
   */
  @Test
  void langChoosesTheLanguageOfTheSummaryTheReportAndTheChartsButNotOfTheCsvFiles(@TempDir Path dir)
      throws IOException {
    Path en = dir.resolve("en");
    Path nl = dir.resolve("nl");
    String[] english = run("run", "fairness-grid", "--set", "population.circles=2", "--days", "30",
        "--replications", "2", "--threads", "2", "--no-progress", "--out", en.toString());
    String[] dutch = run("run", "fairness-grid", "--set", "population.circles=2", "--days", "30",
        "--replications", "2", "--threads", "2", "--no-progress", "--out", nl.toString(), "--lang", "nl");
    assertEquals("0", dutch[0], dutch[2]);
    assertTrue(dutch[1].startsWith("Scenario fairness-grid: 2 cirkels, 30 dagen"), dutch[1]);
    assertTrue(dutch[1].contains("Gepaarde verschillen") && dutch[1].contains("geschreven naar "), dutch[1]);
    String summary = Files.readString(nl.resolve("summary.txt"));
    assertTrue(summary.contains("aandeel geholpen hulpvragen") && !summary.contains("requests posted"), summary);
    assertTrue(summary.matches("(?s).*\\d,\\d{4} \\[\\d,\\d{4}; \\d,\\d{4}].*"), "Dutch decimals: " + summary);
    String html = Files.readString(nl.resolve("report.html"));
    assertTrue(html.contains("<html lang=\"nl\">") && html.contains("<h2>Gepaarde verschillen</h2>")
        && html.contains("Simulatierapport: fairness-grid"), html.substring(0, 400));
    assertFalse(html.contains("Paired differences") || html.contains("Each figure is"), "English left in the page");
    assertTrue(Files.readString(en.resolve("report.html")).contains("<html lang=\"en\">"));
    for (String csv : new String[] {"summary.csv", "replications.csv", "differences.csv"}) {
      assertEquals(Files.readString(en.resolve(csv)), Files.readString(nl.resolve(csv)), csv);
    }
    assertEquals(english[1].lines().count(), dutch[1].lines().count());
  }

  @Test
  void setTurnsTheAskPlanOnAndItsRefusalsNameTheScenariosFields(@TempDir Path dir) throws IOException {
    String[] r = run("run", "muziekwijk", "--set", "policy.askPlan.quietFrom=22:00", "--days", "30",
        "--replications", "1", "--no-progress", "--out", dir.toString());
    assertEquals("0", r[0], r[2]);
    String scenario = Files.readString(dir.resolve("scenario.json"));
    assertTrue(scenario.contains("\"quietFrom\" : \"22:00\"") && scenario.contains("\"zone\" : \"Europe/Amsterdam\""),
        scenario);
    String[] bad = run("check", "muziekwijk", "--set", "policy.askPlan.zone=Europe/Lutjebroek", "--set",
        "policy.notificationBudget=25", "--lang", "nl");
    assertEquals("2", bad[0]);
    assertTrue(bad[2].contains("policy.askPlan.zone") && bad[2].contains("moet een tijdzone zijn"), bad[2]);
    assertTrue(bad[2].contains("policy.notificationBudget") && bad[2].contains("moet tussen 1 en 20 liggen"), bad[2]);
  }

  @Test
  void setTurnsContactOnAndItsFiguresReachTheSummaryAndTheCsvFiles(@TempDir Path dir) throws IOException {
    String[] r = run("run", "muziekwijk", "--set", "contact.withoutContactDays=5", "--days", "60",
        "--replications", "2", "--no-progress", "--out", dir.toString());
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("share of check-in alarms that were false"), r[1]);
    assertTrue(r[1].contains("contacts per member per month"), r[1]);
    String header = Files.readAllLines(dir.resolve("replications.csv")).get(0);
    assertTrue(header.endsWith(",contacts_per_member_month,share_alone_without_contact,check_in_alarms,"
        + "false_alarm_rate,unwell_spells,days_until_found"), header);
    assertTrue(Files.readAllLines(dir.resolve("monthly.csv")).get(0).endsWith(
        ",contacts_per_member_month,share_alone_without_contact,check_in_alarms_per_circle_week"));
    assertTrue(Files.readString(dir.resolve("scenario.json")).contains("\"withoutContactDays\" : 5"));
    Path plain = dir.resolve("plain");
    Files.createDirectories(plain);
    assertEquals("0", run("run", "muziekwijk", "--days", "60", "--replications", "2", "--no-progress",
        "--out", plain.toString())[0]);
    assertTrue(!Files.readString(plain.resolve("replications.csv")).contains("contact"));
    String[] bad = run("check", "muziekwijk", "--set", "contact.checkIns.connectorAfterDays=2", "--lang", "nl");
    assertEquals("2", bad[0]);
    assertTrue(bad[2].contains("contact.checkIns.connectorAfterDays"), bad[2]);
    assertTrue(bad[2].contains("moet groter zijn dan buddyAfterDays"), bad[2]);
  }

  @Test
  void anErrorInASettingNamesTheSettingAsWrittenNotAPlaceInGeneratedText() {
    String[] typo = run("check", "muziekwijk", "--set", "experiment.sed=4");
    assertEquals("2", typo[0]);
    assertTrue(typo[2].contains("--set experiment.sed=4: experiment.sed: "), typo[2]);
    assertTrue(typo[2].contains("did you mean 'experiment.seed'?"), typo[2]);
    // user test 6, J6: the same words as a design factor's, in both languages, no JSON Schema jargon
    String[] nl = run("check", "muziekwijk", "--set", "behaviour.acceptance.probabilty=0.3", "--lang", "nl");
    assertEquals("2", nl[0]);
    assertTrue(nl[2].contains("--set behaviour.acceptance.probabilty=0.3: behaviour.acceptance.probabilty:"
        + " is geen veld van het scenario; bedoelt u 'behaviour.acceptance.probability'?"), nl[2]);
    assertFalse(nl[2].contains("schema") || typo[2].contains("schema"), nl[2] + typo[2]);
    assertFalse(typo[2].matches("(?s).*:1:\\d+.*"), typo[2]);
    String[] zero = run("check", "muziekwijk", "--replications", "0", "--lang", "nl");
    assertEquals("2", zero[0]);
    assertTrue(zero[2].contains("--replications 0: experiment.replications: "), zero[2]);
  }

  @Test
  void aBadScenarioExitsWithCode2AndEveryErrorInTheChosenLanguage(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"formatVersion\": 2,\n \"population\": {\"circles\": -1},\n"
        + " \"experiment\": {\"seed\": 1.5, \"start\": \"2100-01-04\"}}");
    String[] en = run("run", file.toString(), "--no-progress");
    assertEquals("2", en[0]);
    assertTrue(en[2].contains(file + ":2:"), en[2]);
    assertTrue(en[2].contains("population.circles"), en[2]);
    assertTrue(en[2].contains("experiment.seed"), en[2]);
    String[] nl = run("check", file.toString(), "--lang", "nl");
    assertEquals("2", nl[0]);
    assertTrue(nl[2].contains("population.circles: moet minstens 1 zijn"), nl[2]);
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"formatVersion\": 2,,}");
    String[] syntax = run("check", broken.toString());
    assertEquals("2", syntax[0]);
    assertTrue(syntax[2].contains(broken + ":1:"), syntax[2]);
    assertEquals("2", run("run", "atlantis")[0]);
    assertEquals("2", run("run", "muziekwijk", "--bogus")[0]);
    assertEquals("2", run("run", "muziekwijk", "--set", "behaviour.colour=1")[0]);
  }

  @Test
  void schemaExampleAndCheckPrintWhatTheySay() {
    String[] schema = run("schema");
    assertEquals("0", schema[0]);
    assertTrue(schema[1].contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"")
        || schema[1].contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    String[] example = run("example", "queueing");
    assertTrue(example[1].contains("\"queueing\""), example[1]);
    String[] check = run("check", "fairness-grid");
    assertEquals("0", check[0], check[2]);
    assertTrue(check[1].contains("18 points"), check[1]);
  }

  @Test
  void shardsRunSeparatelyMergeIntoTheSameFilesAsOneRun(@TempDir Path dir) throws IOException {
    String[] study = {"fairness-grid", "--set", "population.circles=3", "--days", "30", "--replications", "2",
        "--no-progress"};
    String[] whole = run(concat(new String[] {"run"}, study, new String[] {"--out", dir.resolve("one").toString()}));
    assertEquals("0", whole[0], whole[2]);
    for (int i = 1; i <= 4; i++) {
      String[] shard = run(concat(new String[] {"run"}, study,
          new String[] {"--shard", i + "/4", "--threads", "1", "--out", dir.resolve("shards").toString()}));
      assertEquals("0", shard[0], shard[2]);
      assertTrue(shard[1].startsWith("shard " + i + "/4: 27 circle runs, written to "), shard[1]);
      assertTrue(shard[1].contains("simulate merge " + dir.resolve("shards")), shard[1]);
    }
    String[] merged = run("merge", dir.resolve("shards").toString(), "--out", dir.resolve("merged").toString());
    assertEquals("0", merged[0], merged[2]);
    assertEquals(whole[1].replace(dir.resolve("one").toString(), "DIR"),
        merged[1].replace(dir.resolve("merged").toString(), "DIR"));
    nl.voorzorgcirkel.simulation.SameFiles.assertSameFiles(dir.resolve("one"), dir.resolve("merged"));
  }

  @Test
  void aMissingShardOrABadShardOptionIsRefusedWithCode2(@TempDir Path dir) throws IOException {
    String[] shard = run("run", "muziekwijk", "--days", "20", "--replications", "1", "--no-progress",
        "--shard", "2/3", "--out", dir.toString());
    assertEquals("0", shard[0], shard[2]);
    String[] merge = run("merge", dir.toString(), "--lang", "nl");
    assertEquals("2", merge[0]);
    assertEquals("simulate merge: shards 1 en 3 van 3 ontbreken", merge[2].strip());
    assertEquals("2", run("merge", dir.resolve("nothing-here").toString())[0]);
    String[] noOut = run("run", "muziekwijk", "--shard", "1/3");
    assertEquals("2", noOut[0]);
    assertTrue(noOut[2].contains("--shard needs --out"), noOut[2]);
    String[] zero = run("run", "muziekwijk", "--shard", "0/3", "--out", dir.toString());
    assertEquals("2", zero[0]);
    assertTrue(zero[2].contains("the shard must be 1 to 3"), zero[2]);
  }

  private static String[] concat(String[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
  }

  @Test
  void recordsWriteEachCirclesLedgerAndLifecyclesAndTheImpactReport(@TempDir Path dir) throws IOException {
    String[] r = run("run", "muziekwijk", "--days", "90", "--replications", "1", "--no-progress",
        "--records", "--out", dir.toString());
    assertEquals("0", r[0], r[2]);
    assertTrue(r[1].contains("records and impact report: 6 files"), r[1]);
    String circle = Files.readString(dir.resolve("records/point-1-circle-1.json"));
    assertTrue(circle.contains("\"ledger\"") && circle.contains("\"lifecycles\"")
        && circle.contains("\"type\" : \"accepted\""), circle.substring(0, 400));
    assertTrue(circle.contains("\"point\" : 1,") && circle.contains("\"replication\" : 1,")
        && circle.contains("\"circle\" : 1,"), "numbered from 1 like the summary and CSV files");
    assertTrue(circle.contains("\"audit\"") && circle.contains("\"before\" : \"NONE\""), "joins recorded");
    java.util.regex.Matcher home = java.util.regex.Pattern
        .compile("\"(latitude|longitude)\" : (-?[0-9.]+)").matcher(circle);
    int homes = 0;
    for (; home.find(); homes++) {
      assertTrue(home.group(2).matches("-?[0-9]+(\\.[0-9]{1,3})?"), "coarse to 0.001 degrees: " + home.group());
    }
    assertTrue(homes >= 20, "homes checked: " + homes);
    String csv = Files.readString(dir.resolve("records/impact-point-1.csv"));
    assertTrue(csv.startsWith("from,to,k,measure,key,value,unit,members,suppressed\n"), csv);
    assertTrue(Files.readString(dir.resolve("records/impact-point-1.json")).contains("\"schemaVersion\":1"));
    assertTrue(Files.readString(dir.resolve("records/impact-point-1.nl.html")).contains("Impactrapportage"));
    assertEquals("2", run("run", "muziekwijk", "--records", "--no-progress")[0], "--records needs --out");
  }

  @Test
  void aSetOfAFieldTheDesignVariesIsRefusedNotIgnored() {
    // before: check listed 8, 12, 16 as if the setting had not been given
    String[] r = run("check", "fairness-grid", "--set", "population.membersPerCircle=10");
    assertEquals("2", r[0], r[1]);
    assertTrue(r[2].contains("--set population.membersPerCircle=10: population.membersPerCircle: the design varies"
        + " population.membersPerCircle"), r[2]);
    String[] nl = run("check", "fairness-grid", "--set", "policy.fairness.strategy=leximin", "--lang", "nl");
    assertEquals("2", nl[0]);
    assertTrue(nl[2].contains("de vergelijking varieert policy.fairness.strategy"), nl[2]);
    assertEquals("0", run("check", "fairness-grid", "--set", "behaviour.fatigue.lossPerRecentAsk=0.1")[0]);
  }

  @Test
  void theShardOptionsHelpShowsTheSlurmVariable() {
    String help = run("run", "--help")[1];
    assertTrue(help.contains("--shard ${SLURM_ARRAY_TASK_ID}/16"), help);
    assertFalse(help.contains("null/16"), help);
  }

  @Test
  void aMissingFileIsSaidInWords(@TempDir Path dir) {
    String[] r = run("check", dir.resolve("nonexist.json").toString());
    assertEquals("2", r[0]);
    assertTrue(r[2].trim().endsWith("nonexist.json: no such file"), r[2]);
    String[] nl = run("check", dir.resolve("nonexist.json").toString(), "--lang", "nl");
    assertTrue(nl[2].trim().endsWith("nonexist.json: bestand bestaat niet"), nl[2]);
    String[] merge = run("merge", dir.resolve("shard-1-of-2.shard").toString());
    assertEquals("2", merge[0]);
    assertTrue(merge[2].contains("no such file") && !merge[2].contains("Exception"), merge[2]);
  }

  @Test
  void aSetWithoutAnEqualsSignNamesTheCommand() {
    // before: "Usage: <main class> ..."
    String[] r = run("check", "muziekwijk", "--set", "population.circles");
    assertEquals("2", r[0]);
    assertTrue(r[2].contains("needs FIELD=VALUE"), r[2]);
    assertTrue(r[2].startsWith("simulate check: "), r[2]);
    assertTrue(r[2].contains("(see simulate check --help)"), r[2]);
    assertFalse(r[2].contains("<main class>"), r[2]);
  }

  /**
   * User test 6, J7: {@code run study.json --threads 0} printed its one English line and then the
   * whole usage (40 lines), also with {@code --lang nl}. A bad option is now one line in the
   * language of {@code --lang}, naming the command, the option and the rule, with exit code 2.
   */
  @Test
  void aBadOptionValueIsOneLineInTheChosenLanguage() {
    String[][] cases = {
      {"run", "muziekwijk", "--threads", "0"},
      {"run", "muziekwijk", "--threads", "0", "--lang", "nl"},
      {"run", "muziekwijk", "--threads", "twee", "--lang", "nl"},
      {"run", "muziekwijk", "--lang", "nl", "--days", "1.5"},
      {"check", "muziekwijk", "--seed", "x"},
      {"run", "muziekwijk", "--lang", "nl", "--thread", "2"},
      {"run", "muziekwijk", "--lang", "nl", "--shard", "1/2"},
    };
    String[] expected = {
      "simulate run: --threads must be at least 1 (see simulate run --help)",
      "simulate run: --threads moet minstens 1 zijn (zie simulate run --help)",
      "simulate run: ongeldige waarde voor optie --threads: moet een geheel getal zijn (zie simulate run --help)",
      "simulate run: ongeldige waarde voor optie --days: moet een geheel getal zijn (zie simulate run --help)",
      "simulate check: invalid value for option --seed: must be a whole number (see simulate check --help)",
      "simulate run: onbekende optie of onbekend argument: --thread*(zie simulate run --help)",
      "simulate run: --shard vraagt om --out: de map voor het bestand van de shard (zie simulate run --help)",
    };
    for (int i = 0; i < cases.length; i++) {
      String[] r = run(cases[i]);
      assertEquals("2", r[0], String.join(" ", cases[i]) + ": " + r[2]);
      String line = r[2].strip();
      assertFalse(line.contains("\n") || line.contains("Usage"), line);
      if (expected[i].contains("*")) {
        String[] ends = expected[i].split("\\*");
        assertTrue(line.startsWith(ends[0]) && line.endsWith(ends[1]), line);
      } else {
        assertEquals(expected[i], line, String.join(" ", cases[i]));
      }
      assertEquals("", r[1]);
    }
  }

  @Test
  void aWholeNumberWithAFractionIsTakenForARangeOnTheCommandLine() {
    String[] r = run("check", "muziekwijk", "--set", "population.membersPerCircle=12.0");
    assertEquals("0", r[0], r[2]);
  }

  /**
   * User test 10, 13: {@code --version} printed {@code circle-simulation 0.1.0} for the
   * 0.1.0-SNAPSHOT jar. It prints the build's version, the one in this module's pom.
   */
  @Test
  void versionIsTheBuildsOwn() throws IOException {
    nl.voorzorgcirkel.simulation.VersionOption.assertBuildsOwn("circle-simulation", SimulateCommandTest::run,
        "run", "merge", "check", "schema", "example");
  }

  /**
   * User test 10, 13: {@code --days 1e3} was refused as not a whole number, while a file's {@code
   * "days": 1e1} is taken. The options that set a field follow the file's rule: a number whose
   * value is whole, in any of JSON's notations; its range is the field's.
   */
  @Test
  void optionsThatSetAFieldTakeWholeNumbersAsTheFileDoes(@TempDir Path dir) throws IOException {
    String[] days = run("check", "muziekwijk", "--days", "1e3", "--replications", "2.0", "--seed", "7E2");
    assertEquals("0", days[0], days[2]);
    Path file = dir.resolve("study.json");
    Files.writeString(file, run("example", "fairness-grid")[1].replace("\"days\": 365", "\"days\": 1e3"));
    assertTrue(Files.readString(file).contains("\"days\": 1e3"));
    assertEquals("0", run("check", file.toString())[0], "the file takes the same notation");
    String[] large = run("check", "muziekwijk", "--days", "1e5");
    assertEquals("2", large[0]);
    assertEquals("simulate check: --days 100000: experiment.days: must be at most 36500 (see simulate check --help)",
        large[2].strip());
    String[] fraction = run("check", "muziekwijk", "--days", "10.5");
    assertEquals("simulate check: invalid value for option --days: must be a whole number"
        + " (see simulate check --help)", fraction[2].strip());
    String[] huge = run("check", "muziekwijk", "--seed", "1e999999999", "--lang", "nl");
    assertEquals("simulate check: ongeldige waarde voor optie --seed: is veel te groot (zie simulate check --help)",
        huge[2].strip());
    assertEquals("simulate run: --threads must be at least 1 (see simulate run --help)",
        run("run", "muziekwijk", "--threads", "0e3")[2].strip(), "--threads reads the same notation");
  }
}
