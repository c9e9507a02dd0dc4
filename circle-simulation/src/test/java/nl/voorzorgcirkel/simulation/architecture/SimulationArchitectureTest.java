package nl.voorzorgcirkel.simulation.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class SimulationArchitectureTest {

  private static final JavaClasses SIMULATION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.voorzorgcirkel.simulation");

  @Test
  void theSimulationDependsOnCoreAndMatchingOnlyOfOurs() {
    // the one exception: the spelling distance behind the scenario errors' "did you mean"
    noClasses().should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("nl.voorzorgcirkel.examples..",
        "nl.voorzorgcirkel.core.internal..", "nl.voorzorgcirkel.matching.internal..")
        .and(DescribedPredicate.not(HasName.Predicates.name("nl.voorzorgcirkel.core.internal.Spelling"))))
        .check(SIMULATION);
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

  /** What simulate shares with simulate-spark (the {@code --out} rule, {@code --version}) is for the command lines only. */
  @Test
  void onlyTheCommandLineUsesItsSharedParts() {
    noClasses().that().resideOutsideOfPackage("nl.voorzorgcirkel.simulation.cli..")
        .should().dependOnClassesThat().resideInAPackage("nl.voorzorgcirkel.simulation.cli.internal..")
        .check(SIMULATION);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("nl.voorzorgcirkel.simulation.(*)..").should().beFreeOfCycles().check(SIMULATION);
  }
}
