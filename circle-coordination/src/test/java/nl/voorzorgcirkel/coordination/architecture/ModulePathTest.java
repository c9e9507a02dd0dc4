package nl.voorzorgcirkel.coordination.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The texts work as users meet the library on the module path: the tests themselves run on the
 * class path, so this test builds a module layer of this module, core, matching and their
 * dependencies, and reads a text through the exported API: the module's message tables must be read
 * by its own code, or every text fails there with "missing message table".
 */
class ModulePathTest {

  private static final List<String> MODULE_JARS = List.of("circle-core", "circle-matching", "jakarta.validation-api",
      "hibernate-validator", "jboss-logging", "classmate", "jspecify", "fastcsv");

  @Test
  void textsLoadOnTheModulePath() throws Exception {
    List<Path> paths = new ArrayList<>();
    paths.add(Path.of("target/classes"));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String normalised = entry.replace('\\', '/');
      if (MODULE_JARS.stream().anyMatch(name -> normalised.contains("/" + name + "/") || normalised.contains("/" + name + "-"))
          && !normalised.contains("test-classes") && !normalised.endsWith("-tests.jar")) {
        paths.add(Path.of(entry));
      }
    }
    ModuleFinder finder = ModuleFinder.of(paths.toArray(new Path[0]));
    ModuleLayer boot = ModuleLayer.boot();
    Configuration configuration = boot.configuration().resolve(finder, ModuleFinder.of(),
        Set.of("nl.voorzorgcirkel.coordination"));
    ModuleLayer layer = boot.defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    assertEquals("nl.voorzorgcirkel.coordination",
        layer.findLoader("nl.voorzorgcirkel.coordination").loadClass("nl.voorzorgcirkel.coordination.texts.DayPart")
            .getModule().getName(), "the class comes from the named module, not the class path");
    Class<?> dayPart = layer.findLoader("nl.voorzorgcirkel.coordination")
        .loadClass("nl.voorzorgcirkel.coordination.texts.DayPart");
    Object morning = dayPart.getMethod("valueOf", String.class).invoke(null, "MORNING");
    assertEquals("ochtend", dayPart.getMethod("label", Locale.class).invoke(morning, Locale.forLanguageTag("nl")));
  }
}
