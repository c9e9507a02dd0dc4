package nl.voorzorgcirkel.intake.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class IntakeArchitectureTest {

  private static final JavaClasses INTAKE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.voorzorgcirkel.intake");

  @Test
  void intakeDependsOnCoreMatchingTheJdkAndItsFourLibrariesOnly() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(
        "nl.voorzorgcirkel.intake..", "nl.voorzorgcirkel.core..", "nl.voorzorgcirkel.matching..", "java..",
        "com.fasterxml.jackson..", "com.github.benmanes.caffeine..", "de.siegmar.fastcsv..",
        "com.github.mustachejava..", "org.jspecify.annotations..")
        .check(INTAKE);
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("nl.voorzorgcirkel.core.internal..", "nl.voorzorgcirkel.matching.internal..")
        .check(INTAKE);
  }

  @Test
  void noLibraryTypeAppearsInThePublicApi() {
    methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("not a library type",
            type -> !type.getPackageName().startsWith("com.")
                && !type.getPackageName().startsWith("de.")))
        .check(INTAKE);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("nl.voorzorgcirkel.intake.(*)..").should().beFreeOfCycles().check(INTAKE);
  }
}
