package nl.voorzorgcirkel.matching.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class MatchingArchitectureTest {

  private static final JavaClasses MATCHING = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.voorzorgcirkel.matching");

  @Test
  void matchingDependsOnCoreAndNothingElseOfOurs() {
    noClasses().should().dependOnClassesThat().resideInAPackage("nl.voorzorgcirkel.examples..")
        .check(MATCHING);
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(
        "nl.voorzorgcirkel.matching..", "nl.voorzorgcirkel.core..", "java..", "javax.annotation..",
        "org.jspecify.annotations..")
        .check(MATCHING);
  }

  @Test
  void matchingUsesOnlyTheCoresApiItsMessageTablesAndArgumentChecks() {
    // the core exports these two non-API packages to matching only: its message tables, and
    // argument checks that throw the model's bilingual exception
    noClasses().should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
        .resideInAnyPackage("nl.voorzorgcirkel.core.internal..", "nl.voorzorgcirkel.core.json..")
        .and(com.tngtech.archunit.base.DescribedPredicate.not(com.tngtech.archunit.core.domain.properties
            .HasName.Predicates.name("nl.voorzorgcirkel.core.internal.Arguments"))))
        .check(MATCHING);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("nl.voorzorgcirkel.matching.(*)..").should().beFreeOfCycles().check(MATCHING);
  }
}
