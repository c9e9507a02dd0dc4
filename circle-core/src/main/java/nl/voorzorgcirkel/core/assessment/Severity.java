package nl.voorzorgcirkel.core.assessment;

import java.util.Locale;
import nl.voorzorgcirkel.core.i18n.Messages;

/**
 * How serious a finding is, from least to most.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** Worth knowing; no action needed. */
  INFO,
  /** The circle works, but should act before it becomes a problem. */
  WARNING,
  /** The circle does not meet its policy. */
  PROBLEM;

  /**
   * A readable name of the severity, in capitals as a report shows it.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return for example "WARNING" or "WAARSCHUWING"
   * @since 0.1.0
   */
  public String label(Locale locale) {
    return Messages.format("severity." + name(), locale);
  }
}
