/**
 * Fixtures and contract tests for code built on the voorzorgcirkel SDK.
 *
 * @since 0.1.0
 */
module nl.voorzorgcirkel.testing {
  requires transitive nl.voorzorgcirkel.matching;
  requires transitive org.junit.jupiter.api;
  requires transitive org.junit.jupiter.params;
  requires transitive quicktheories;

  exports nl.voorzorgcirkel.testing;
  exports nl.voorzorgcirkel.testing.scope;
  exports nl.voorzorgcirkel.testing.matching;

  // JUnit finds and calls the contracts' test methods and argument sources.
  opens nl.voorzorgcirkel.testing.scope to org.junit.platform.commons;
  opens nl.voorzorgcirkel.testing.matching to org.junit.platform.commons;
}
