package nl.voorzorgcirkel.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.csv.ImportMode;
import nl.voorzorgcirkel.core.csv.ImportOptions;
import nl.voorzorgcirkel.core.csv.ImportResult;
import nl.voorzorgcirkel.core.csv.RowError;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.intake.lists.CircleLists;
import nl.voorzorgcirkel.matching.formation.Candidate;
import nl.voorzorgcirkel.matching.formation.CandidateCsv;
import nl.voorzorgcirkel.matching.formation.FormationAlgorithms;
import nl.voorzorgcirkel.matching.formation.FormationPolicy;
import nl.voorzorgcirkel.matching.formation.FormationResult;
import nl.voorzorgcirkel.matching.formation.FormedCircle;
import nl.voorzorgcirkel.matching.formation.NotPlaced;
import nl.voorzorgcirkel.matching.formation.PolicyBreach;

/**
 * For welfare IT teams: the sign-up list of a coffee morning (a Dutch spreadsheet export, one row
 * with a typing error) becomes circles, each with its health report, and each circle's member
 * list, phone list and welcome sheet.
 *
 * <p>The pool file uses the candidate format of {@link CandidateCsv}.
 */
public final class FormationExample {

  private FormationExample() {}

  /**
   * Forms circles from the sample list and writes each circle's member list, phone list and
   * welcome sheet (CSV and HTML) into a directory.
   *
   * @param args the directory, default {@code target/lists}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    LocalDate on = LocalDate.now(Clock.system(WeeklyAvailability.DEFAULT_ZONE));
    FormationResult result = run(on, Locale.forLanguageTag("nl"), System.out);
    Path directory = Path.of(args.length > 0 ? args[0] : "target/lists");
    for (Path file : writeLists(result, on, directory)) {
      System.out.println("written: " + file);
    }
  }

  /**
   * Writes the lists of every formed circle, in Dutch, into a directory.
   *
   * @param result the formed circles, not null
   * @param on the day, not null
   * @param directory the directory, created if missing; not null
   * @return the files written
   * @throws IOException if a file cannot be written
   */
  public static List<Path> writeLists(FormationResult result, LocalDate on, Path directory) throws IOException {
    List<Circle> circles = new ArrayList<>();
    result.circles().forEach(c -> circles.add(c.circle()));
    return CircleLists.builder().organisation("Welzijn Muziekwijk", "036 000 0000").build()
        .writeAll(circles, on, directory);
  }

  /**
   * Reads the sample pool, forms circles and prints them with their health reports.
   *
   * @param on the day the circles are formed, not null
   * @param locale the language of the output, not null
   * @param out where to print, not null
   * @return the formation result
   */
  public static FormationResult run(LocalDate on, Locale locale, PrintStream out) {
    ImportResult<Candidate> pool;
    try (InputStream in = FormationExample.class.getResourceAsStream("muziekwijk-pool.csv")) {
      // the day of the import from a clock: a sign-up date after it is refused, not kept
      Clock importDay = Clock.fixed(on.atStartOfDay(WeeklyAvailability.DEFAULT_ZONE).toInstant(),
          WeeklyAvailability.DEFAULT_ZONE);
      pool = CandidateCsv.reader().withOptions(ImportOptions.standard().withClock(importDay))
          .read(in.readAllBytes(), ImportMode.VALID_ROWS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println(DemoTexts.text(locale, "formation.read",
        Map.of("read", pool.values().size(), "refused", pool.errors().size())));
    for (RowError error : pool.errors()) {
      out.println("  " + error.message(locale));
    }
    FormationPolicy policy = FormationPolicy.standard();
    FormationResult result = FormationAlgorithms.recursiveBisection(policy, 2026).form(pool.values(), on);
    out.println(DemoTexts.text(locale, "formation.bisection", Map.of("quality", result.quality().describe(locale))));
    // the first algorithm of this library and the nearest-neighbour baseline, for comparison
    out.println(DemoTexts.text(locale, "formation.compact", Map.of("quality",
        FormationAlgorithms.compactGrowth(policy, 2026).form(pool.values(), on).quality().describe(locale))));
    out.println(DemoTexts.text(locale, "formation.baseline", Map.of("quality",
        FormationAlgorithms.nearestNeighbourBaseline(policy).form(pool.values(), on).quality().describe(locale))));
    for (FormedCircle circle : result.circles()) {
      out.println();
      out.println(DemoTexts.text(locale, "formation.circle", Map.of("id", circle.circle().id(),
          "name", circle.circle().name(), "size", circle.circle().members().size(),
          "verdict", DemoTexts.text(locale, circle.meetsPolicy() ? "formation.meets" : "formation.misses"))));
      for (PolicyBreach breach : circle.breaches()) {
        out.println("  - " + breach.message(locale));
      }
      out.print(circle.health().toText(locale));
    }
    for (NotPlaced p : result.notPlaced()) {
      out.println(p.candidate() + ": " + p.message(locale));
    }
    return result;
  }
}
