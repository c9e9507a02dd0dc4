package nl.voorzorgcirkel.coordination.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CoordinationArchitectureTest {

  private static final JavaClasses COORDINATION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.voorzorgcirkel.coordination");

  @Test
  void coordinationDependsOnCoreMatchingAndItsCsvLibraryOnly() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage("nl.voorzorgcirkel.coordination..",
        "nl.voorzorgcirkel.core..", "nl.voorzorgcirkel.matching..", "java..", "org.jspecify..", "de.siegmar.fastcsv..")
        .check(COORDINATION);
    noClasses().should().dependOnClassesThat().resideInAnyPackage("nl.voorzorgcirkel.core.internal..",
        "nl.voorzorgcirkel.matching.internal..", "nl.voorzorgcirkel.simulation..", "nl.voorzorgcirkel.examples..")
        .check(COORDINATION);
  }

  @Test
  void packagesHaveNoCyclesAndTheTextsKnowNothingOfThePlan() {
    slices().matching("nl.voorzorgcirkel.coordination.(*)..").should().beFreeOfCycles().check(COORDINATION);
    noClasses().that().resideInAnyPackage("..coordination.texts..", "..coordination.messaging..",
        "..coordination.callsheet..").should().dependOnClassesThat().resideInAPackage("..coordination.asking..")
        .check(COORDINATION);
  }

  @Test
  void theModuleExportsItsApiAndNotItsInternals() {
    ModuleDescriptor module = ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();
    Set<String> exported = new TreeSet<>();
    module.exports().forEach(e -> exported.add(e.source()));
    assertEquals(Set.of("nl.voorzorgcirkel.coordination.asking", "nl.voorzorgcirkel.coordination.callsheet",
        "nl.voorzorgcirkel.coordination.messaging", "nl.voorzorgcirkel.coordination.texts"), exported);
    assertEquals("nl.voorzorgcirkel.coordination", module.name());
  }
}
