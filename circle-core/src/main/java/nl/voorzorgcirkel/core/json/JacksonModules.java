package nl.voorzorgcirkel.core.json;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;

/**
 * Jackson's java.time and JDK 8 modules, which {@link CircleJson} registers, checked for first.
 *
 * <p>The core only {@code requires static} them, so on the module path they are there only when
 * something resolves them: {@code java -p} does, binding Jackson's service providers, but a jlink
 * image of an application that requires only {@code com.fasterxml.jackson.databind} leaves them
 * out, and {@code new JavaTimeModule()} then failed with a {@link NoClassDefFoundError} (user test
 * 9, M2). This class names what to add instead. Only {@link Loaded} names the two classes, so
 * nothing touches them before the check. Thread-safe.
 */
final class JacksonModules {

  /** A Jackson module the core needs: a class of it, its module name and its artifact. */
  record Needed(String className, String module, String artifact) {}

  /** What {@link CircleJson} needs beside jackson-databind, in the order of registration. */
  static final List<Needed> NEEDED = List.of(
      new Needed("com.fasterxml.jackson.datatype.jsr310.JavaTimeModule", "com.fasterxml.jackson.datatype.jsr310",
          "jackson-datatype-jsr310"),
      new Needed("com.fasterxml.jackson.datatype.jdk8.Jdk8Module", "com.fasterxml.jackson.datatype.jdk8",
          "jackson-datatype-jdk8"));

  private JacksonModules() {}

  /**
   * New instances of the java.time and JDK 8 modules.
   *
   * @return the modules, in the order to register them
   * @throws IllegalStateException naming the Jackson modules to add, if one is not there
   */
  static List<Module> create() {
    check(NEEDED, JacksonModules.class.getClassLoader());
    return Loaded.create();
  }

  /**
   * Throws if a class of the list cannot be loaded by the loader.
   *
   * @param needed what is needed, not null
   * @param loader the loader of the core's classes; null for the boot loader
   * @throws IllegalStateException naming the missing modules, their artifacts and what to add
   */
  static void check(List<Needed> needed, ClassLoader loader) {
    List<String> modules = new ArrayList<>();
    List<String> artifacts = new ArrayList<>();
    for (Needed n : needed) {
      try {
        Class.forName(n.className(), false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        modules.add(n.module());
        artifacts.add(n.artifact());
      }
    }
    if (!modules.isEmpty()) {
      StringBuilder requires = new StringBuilder();
      for (String m : modules) {
        requires.append(requires.length() == 0 ? "" : " ").append("requires ").append(m).append(';');
      }
      throw new IllegalStateException("CircleJson and ResultJson need Jackson's modules " + modules
          + ", which are not there: add the artifacts " + artifacts + " (com.fasterxml.jackson.datatype)"
          + "; on the module path and in a jlink image, add '" + requires + "' to your module-info.java");
    }
  }

  /** The only code that names the two classes: loaded after the check. */
  private static final class Loaded {
    static List<Module> create() {
      return List.of(new JavaTimeModule(), new Jdk8Module());
    }
  }
}
