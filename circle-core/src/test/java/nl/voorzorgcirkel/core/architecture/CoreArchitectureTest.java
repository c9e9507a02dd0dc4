package nl.voorzorgcirkel.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreArchitectureTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.voorzorgcirkel.core");

  @Test
  void coreDependsOnNoOtherModuleOfOurs() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("nl.voorzorgcirkel.matching..", "nl.voorzorgcirkel.examples..")
        .check(CORE);
  }

  @Test
  void coreUsesNoFramework() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
        "org.springframework..", "jakarta.inject..", "javax.inject..", "com.google.inject..",
        "jakarta.persistence..", "javax.persistence..", "io.micronaut..", "io.quarkus..",
        "jakarta.enterprise..", "org.slf4j..", "org.apache.logging..")
        .check(CORE);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("nl.voorzorgcirkel.core.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void theModelKnowsNothingOfTheRulesBuiltOnIt() {
    noClasses().that().resideInAPackage("nl.voorzorgcirkel.core.model..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.voorzorgcirkel.core.ledger..",
            "nl.voorzorgcirkel.core.lifecycle..", "nl.voorzorgcirkel.core.scope..",
            "nl.voorzorgcirkel.core.assessment..", "nl.voorzorgcirkel.core.json..",
            "nl.voorzorgcirkel.core.csv..", "nl.voorzorgcirkel.core.commitment..")
        .check(CORE);
    // the record of help given knows nothing of help promised, nor the lifecycle of commitments
    noClasses().that().resideInAnyPackage("nl.voorzorgcirkel.core.ledger..",
            "nl.voorzorgcirkel.core.lifecycle..", "nl.voorzorgcirkel.core.scope..")
        .should().dependOnClassesThat().resideInAPackage("nl.voorzorgcirkel.core.commitment..")
        .check(CORE);
    // the health check reads requests since issue 13; the ledger and scope still do not
    noClasses().that().resideInAnyPackage("nl.voorzorgcirkel.core.scope..",
            "nl.voorzorgcirkel.core.ledger..")
        .should().dependOnClassesThat().resideInAPackage("nl.voorzorgcirkel.core.lifecycle..")
        .check(CORE);
  }

  @Test
  void activitiesAreNotHelpAndTheRecordsOfHelpKnowNothingOfCompany() {
    // an activity cannot reach the help ledger, commitments or requests: it never changes a load
    noClasses().that().resideInAPackage("nl.voorzorgcirkel.core.activity..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.voorzorgcirkel.core.ledger..",
            "nl.voorzorgcirkel.core.commitment..", "nl.voorzorgcirkel.core.lifecycle..")
        .check(CORE);
    noClasses().that().resideInAnyPackage("nl.voorzorgcirkel.core.model..",
            "nl.voorzorgcirkel.core.ledger..", "nl.voorzorgcirkel.core.commitment..",
            "nl.voorzorgcirkel.core.lifecycle..", "nl.voorzorgcirkel.core.scope..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.voorzorgcirkel.core.activity..",
            "nl.voorzorgcirkel.core.contact..", "nl.voorzorgcirkel.core.checkin..",
            "nl.voorzorgcirkel.core.care..")
        .check(CORE);
  }

  @Test
  void jacksonIsOnlyNeededByTheJsonPackageAtRunTime() {
    // annotations may be anywhere (they are ignored when Jackson is absent); code only in json
    noClasses().that().resideOutsideOfPackage("nl.voorzorgcirkel.core.json..")
        .should().callMethodWhere(DescribedPredicate.describe("a Jackson method",
            call -> call.getTargetOwner().getPackageName().startsWith("com.fasterxml.jackson")))
        .check(CORE);
  }

  @Test
  void generatedClassesNeverAppearInPublicSignatures() {
    ArchRuleDefinition.classes().that().arePublic()
        .and().haveSimpleNameNotStartingWith("Immutable")
        .should(new ArchCondition<JavaClass>("expose no generated Immutable* type") {
          @Override
          public void check(JavaClass type, ConditionEvents events) {
            List<JavaCodeUnit> units = new ArrayList<>(type.getAllMethods());
            units.addAll(type.getConstructors());
            for (JavaCodeUnit unit : units) {
              if (!unit.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
              }
              boolean leaks = unit.getRawReturnType().getSimpleName().startsWith("Immutable")
                  || unit.getRawParameterTypes().stream()
                      .anyMatch(p -> p.getSimpleName().startsWith("Immutable"));
              if (leaks) {
                events.add(SimpleConditionEvent.violated(unit,
                    unit.getFullName() + " exposes a generated type"));
              }
            }
          }
        })
        .check(CORE);
  }

  @Test
  void generatedClassesAreHidden() {
    ArchRuleDefinition.classes().that().haveSimpleNameStartingWith("Immutable")
        .and().areTopLevelClasses()
        .should().notBePublic()
        .check(CORE);
  }
}
