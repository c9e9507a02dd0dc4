package nl.voorzorgcirkel.simulation.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class SimulationArchitectureTest {

  private static final JavaClasses SIMULATION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.voorzorgcirkel.simulation");

  @Test
  void theSimulationDependsOnCoreAndMatchingOnlyOfOurs() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("nl.voorzorgcirkel.examples..",
        "nl.voorzorgcirkel.core.internal..", "nl.voorzorgcirkel.matching.internal..").check(SIMULATION);
  }

  @Test
  void onlyTheCommandLineUsesPicocliAndTheProgressBar() {
    noClasses().that().resideOutsideOfPackage("nl.voorzorgcirkel.simulation.cli..")
        .should().dependOnClassesThat().resideInAnyPackage("picocli..", "me.tongfei..").check(SIMULATION);
  }

  @Test
  void reportsAndTheCommandLineUseThePublicApiNotTheEngine() {
    noClasses().that().resideInAnyPackage("nl.voorzorgcirkel.simulation.report..",
        "nl.voorzorgcirkel.simulation.cli..", "nl.voorzorgcirkel.simulation.scenario..",
        "nl.voorzorgcirkel.simulation.statistics..")
        .should().dependOnClassesThat().resideInAPackage("nl.voorzorgcirkel.simulation.internal..")
        .check(SIMULATION);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("nl.voorzorgcirkel.simulation.(*)..").should().beFreeOfCycles().check(SIMULATION);
  }
}
