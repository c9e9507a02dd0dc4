package nl.voorzorgcirkel.simulation.spark.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class SparkArchitectureTest {

  private static final JavaClasses SPARK_MODULE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.voorzorgcirkel.simulation.spark");

  @Test
  void theSparkJobUsesTheSimulationsPublicApiOnly() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("nl.voorzorgcirkel.simulation.internal..",
        "nl.voorzorgcirkel.core.internal..", "nl.voorzorgcirkel.matching.internal..").check(SPARK_MODULE);
  }

  /**
   * The simulation's command-line internals (the {@code --out} rule, {@code --version}), exported to
   * this module only, are for its command line: this module runs on the class path, where the
   * qualified export does not hold, so this test does.
   */
  @Test
  void onlyTheCommandLineUsesTheSimulationsCommandLineInternals() {
    noClasses().that().resideOutsideOfPackage("nl.voorzorgcirkel.simulation.spark.cli..")
        .should().dependOnClassesThat().resideInAPackage("nl.voorzorgcirkel.simulation.cli.internal..")
        .check(SPARK_MODULE);
  }

  @Test
  void onlyTheCommandLineUsesPicocli() {
    noClasses().that().resideOutsideOfPackage("nl.voorzorgcirkel.simulation.spark.cli..")
        .should().dependOnClassesThat().resideInAnyPackage("picocli..").check(SPARK_MODULE);
  }
}
