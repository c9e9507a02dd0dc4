package nl.voorzorgcirkel.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.csv.ImportMode;
import nl.voorzorgcirkel.core.csv.ImportResult;
import nl.voorzorgcirkel.core.csv.RowError;
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
 * with a typing error) becomes circles, each with its health report.
 *
 * <p>The pool file uses the candidate format of {@link CandidateCsv}.
 */
public final class FormationExample {

  private FormationExample() {}

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
      pool = CandidateCsv.read(in.readAllBytes(), ImportMode.VALID_ROWS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println(DemoTexts.text(locale, "formation.read",
        Map.of("read", pool.values().size(), "refused", pool.errors().size())));
    for (RowError error : pool.errors()) {
      out.println("  " + error.message(locale));
    }
    FormationResult result = FormationAlgorithms.compactGrowth(FormationPolicy.standard(), 2026)
        .form(pool.values(), on);
    out.println(result.quality().describe(locale));
    for (FormedCircle circle : result.circles()) {
      out.println();
      out.println(DemoTexts.text(locale, "formation.circle", Map.of("id", circle.circle().id(),
          "size", circle.circle().members().size(),
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
