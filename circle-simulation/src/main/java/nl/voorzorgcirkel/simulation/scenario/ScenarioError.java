package nl.voorzorgcirkel.simulation.scenario;

import java.util.Locale;
import java.util.Objects;

/**
 * One error in a scenario: where (the source, the field's path, and the line and column when the
 * file shows it) and which rule, in English and Dutch. Scenario files hold no personal data, so a
 * rule may quote a value. Immutable.
 *
 * @param source the file name or another name for the input ({@code --days 0} for an option), or
 *     empty for an error about no one input (shards missing from a merge); not null
 * @param path the field's dot-separated path with list indexes ({@code
 *     behaviour.demand.needsPerWeekByAge[1].value}), or empty for the whole file; not null
 * @param line the line, from 1, or 0 when unknown (a default, or a value set by a design point)
 * @param column the column, from 1, or 0 when unknown
 * @param rule the rule in English, not null
 * @param ruleDutch the rule in Dutch, not null
 * @since 0.1.0
 */
public record ScenarioError(String source, String path, int line, int column, String rule,
    String ruleDutch) {

  /**
   * Checks for nulls.
   *
   * @param source see the record description
   * @param path see the record description
   * @param line see the record description
   * @param column see the record description
   * @param rule see the record description
   * @param ruleDutch see the record description
   */
  public ScenarioError {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(ruleDutch, "ruleDutch");
  }

  /**
   * The error as one line: {@code source:line:column: path: rule}, without the source where it is
   * empty.
   *
   * @param locale Dutch ({@code nl}) or anything else for English; not null
   * @return the line
   */
  public String message(Locale locale) {
    String where = line > 0 ? source + ":" + line + ":" + column + ": " : source.isEmpty() ? "" : source + ": ";
    String field = path.isEmpty() ? "" : path + ": ";
    return where + field + ("nl".equals(locale.getLanguage()) ? ruleDutch : rule);
  }

  @Override
  public String toString() {
    return message(Locale.ENGLISH);
  }
}
