package nl.voorzorgcirkel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published Javadoc shows the API and nothing else (user test 14): a package that a module
 * exports only to the library's own modules ({@code exports ... to ...}) is not API, so the
 * parent POM's {@code excludePackageNames} leaves it out of the Javadoc jar, and no package that
 * is exported to everyone is left out. {@code nl.voorzorgcirkel.core.i18n} was exported to our
 * modules only and showed in the core's Javadoc.
 */
class JavadocScopeTest {

  private static final Pattern QUALIFIED = Pattern.compile("exports\\s+([\\w.]+)\\s+to\\b");
  private static final Pattern OPEN = Pattern.compile("exports\\s+([\\w.]+)\\s*;");

  private static Path root() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
  }

  /** The parent POM's excluded packages as regular expressions: a glob, and its subpackages. */
  private static List<Pattern> excluded() throws IOException {
    String pom = Files.readString(root().resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<excludePackageNames>([^<]*)</excludePackageNames>").matcher(pom);
    assertTrue(m.find(), "the parent POM configures excludePackageNames");
    List<Pattern> patterns = new ArrayList<>();
    for (String glob : m.group(1).split("[,:;]")) {
      patterns.add(Pattern.compile(glob.strip().replace(".", "\\.").replace("*", ".*") + "(\\..*)?"));
    }
    return patterns;
  }

  private static boolean isExcluded(String pkg, List<Pattern> excluded) {
    return excluded.stream().anyMatch(p -> p.matcher(pkg).matches());
  }

  @Test
  void packagesExportedOnlyToOurModulesAreLeftOutOfTheJavadocAndTheApiIsNot() throws IOException {
    List<Pattern> excluded = excluded();
    TreeSet<String> qualified = new TreeSet<>();
    TreeSet<String> open = new TreeSet<>();
    List<Path> modules;
    try (Stream<Path> dirs = Files.list(root())) {
      modules = dirs.map(d -> d.resolve("src/main/java/module-info.java")).filter(Files::exists).sorted().toList();
    }
    assertTrue(modules.size() >= 5, "module descriptors found: " + modules);
    for (Path module : modules) {
      String text = Files.readString(module, StandardCharsets.UTF_8).replaceAll("//[^\\n]*", "");
      QUALIFIED.matcher(text).results().forEach(r -> qualified.add(r.group(1)));
      OPEN.matcher(text).results().forEach(r -> open.add(r.group(1)));
    }
    assertTrue(qualified.contains("nl.voorzorgcirkel.core.i18n"), qualified.toString());
    List<String> shown = qualified.stream().filter(p -> !isExcluded(p, excluded)).toList();
    assertEquals(List.of(), shown, "exported to our own modules only, so not API, yet in the Javadoc");
    List<String> hidden = open.stream().filter(p -> isExcluded(p, excluded)).toList();
    assertEquals(List.of(), hidden, "API packages left out of the Javadoc");
    assertFalse(open.isEmpty());
  }
}
