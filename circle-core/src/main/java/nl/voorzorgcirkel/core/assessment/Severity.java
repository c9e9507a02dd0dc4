package nl.voorzorgcirkel.core.assessment;

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
  PROBLEM
}
