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
    classes().that().resideOutsideOfPackage("nl.voorzorgcirkel.matching.json..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
        "nl.voorzorgcirkel.matching..", "nl.voorzorgcirkel.core..", "java..", "javax.annotation..",
        "org.jspecify.annotations..")
        .check(MATCHING);
    // the result JSON may use Jackson too: an optional dependency (requires static)
    classes().that().resideInAPackage("nl.voorzorgcirkel.matching.json..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
        "nl.voorzorgcirkel.matching..", "nl.voorzorgcirkel.core..", "java..", "javax.annotation..",
        "org.jspecify.annotations..", "com.fasterxml.jackson..")
        .check(MATCHING);
  }

  @Test
  void onlyTheResultJsonNeedsJacksonAndNothingElseDependsOnIt() {
    // matching works without Jackson on the class path: nothing outside the json package loads it
    noClasses().that().resideOutsideOfPackage("nl.voorzorgcirkel.matching.json..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "nl.voorzorgcirkel.matching.json..")
        .check(MATCHING);
  }

  @Test
  void matchingUsesOnlyTheCoresApiItsMessageTablesAndArgumentChecks() {
    // the core exports these two non-API packages to matching only: its message tables, and
    // argument checks that throw the model's bilingual exception (and, for the result JSON, the
    // model's "must be given"), the load spread shared with the impact report, the rule of a name
    // and the yes/no words of the CSV readers
    noClasses().should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
        .resideInAnyPackage("nl.voorzorgcirkel.core.internal..", "nl.voorzorgcirkel.core.json..")
        .and(com.tngtech.archunit.base.DescribedPredicate.not(com.tngtech.archunit.core.domain.properties
            .HasName.Predicates.name("nl.voorzorgcirkel.core.internal.Arguments")))
        .and(com.tngtech.archunit.base.DescribedPredicate.not(com.tngtech.archunit.core.domain.JavaClass
            .Predicates.resideInAPackage("nl.voorzorgcirkel.core.json..")))
        .and(com.tngtech.archunit.base.DescribedPredicate.not(com.tngtech.archunit.core.domain.properties
            .HasName.Predicates.name("nl.voorzorgcirkel.core.internal.ModelValidator")))
        .and(com.tngtech.archunit.base.DescribedPredicate.not(com.tngtech.archunit.core.domain.properties
            .HasName.Predicates.name("nl.voorzorgcirkel.core.internal.Spread")))
        .and(com.tngtech.archunit.base.DescribedPredicate.not(com.tngtech.archunit.core.domain.properties
            .HasName.Predicates.name("nl.voorzorgcirkel.core.internal.Names")))
        .and(com.tngtech.archunit.base.DescribedPredicate.not(com.tngtech.archunit.core.domain.properties
            .HasName.Predicates.name("nl.voorzorgcirkel.core.internal.YesNo"))))
        .check(MATCHING);
    // the rule of a name, which a neighbourhood follows, and the yes/no words of the member list's
    // columns, which the candidate list's take too: for the formation package only
    noClasses().that().resideOutsideOfPackage("nl.voorzorgcirkel.matching.formation..")
        .should().dependOnClassesThat().haveFullyQualifiedName("nl.voorzorgcirkel.core.internal.Names")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("nl.voorzorgcirkel.core.internal.YesNo")
        .check(MATCHING);
    // the Gini and max/mean the core's impact report shares: for the fairness measures only
    noClasses().that().resideOutsideOfPackage("nl.voorzorgcirkel.matching.fairness..")
        .should().dependOnClassesThat().haveFullyQualifiedName("nl.voorzorgcirkel.core.internal.Spread")
        .check(MATCHING);
    // the core's JSON set-up and its "must be given" violation: for the result JSON only
    noClasses().that().resideOutsideOfPackage("nl.voorzorgcirkel.matching.json..")
        .should().dependOnClassesThat().resideInAPackage("nl.voorzorgcirkel.core.json..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("nl.voorzorgcirkel.core.internal.ModelValidator")
        .check(MATCHING);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("nl.voorzorgcirkel.matching.(*)..").should().beFreeOfCycles().check(MATCHING);
  }
}
