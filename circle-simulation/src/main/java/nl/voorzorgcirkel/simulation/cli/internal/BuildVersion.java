package nl.voorzorgcirkel.simulation.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Properties;

/**
 * The build's version for a command's {@code --version}: read from the {@code version.properties}
 * beside the command's class, which the build fills in ({@code version=${project.version}} in a
 * module's {@code src/main/resources-filtered}, filtered by the parent POM), so a snapshot prints
 * {@code 0.1.0-SNAPSHOT} and no constant in the code goes stale (user test 10, 13). Used by {@code
 * simulate} and {@code simulate-spark}, in a package that the module exports to the Spark module
 * only; not an API for other programs. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class BuildVersion {

  private BuildVersion() {}

  /**
   * The version the build wrote beside a class.
   *
   * @param command the command's class, whose package holds {@code version.properties}; not null
   * @return the version, such as {@code 0.1.0-SNAPSHOT}; never null
   * @throws IOException if the file is missing from the jar, cannot be read or has no version
   */
  public static String of(Class<?> command) throws IOException {
    Objects.requireNonNull(command, "command");
    Properties p = new Properties();
    try (InputStream in = command.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IOException("version.properties is missing from the jar beside " + command.getName());
      }
      p.load(in);
    }
    String version = p.getProperty("version");
    if (version == null || version.isBlank() || version.startsWith("${")) {
      throw new IOException("version.properties beside " + command.getName() + " holds no version: the build"
          + " did not filter it");
    }
    return version;
  }
}
