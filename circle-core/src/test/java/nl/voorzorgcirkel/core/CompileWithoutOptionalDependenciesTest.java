package nl.voorzorgcirkel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's code that builds model values compiles with {@code -Xlint:all -Werror} against the core
 * and its required dependencies alone: neither Immutables nor Jackson leaks onto the users'
 * compile class path.
 */
class CompileWithoutOptionalDependenciesTest {

  private static final String USER_CODE = String.join("\n",
      "import java.time.*;",
      "import java.util.List;",
      "import nl.voorzorgcirkel.core.model.*;",
      "import nl.voorzorgcirkel.core.lifecycle.*;",
      "import nl.voorzorgcirkel.core.ledger.*;",
      "public class UserCode {",
      "  public static Circle circle() {",
      "    Member m = Member.builder().id(MemberId.of(\"m-1\")).displayName(\"A\").birthYear(1950)",
      "        .home(GeoPoint.of(52, 5)).joined(LocalDate.of(2025, 1, 1))",
      "        .addCapabilities(CapabilityOffer.builder().capability(Capability.MEALS).build())",
      "        .build();",
      "    HelpRequest r = HelpRequest.builder().id(RequestId.of(\"r\")).requester(m.id())",
      "        .capability(Capability.MEALS).expectedDuration(Duration.ofHours(1))",
      "        .window(TimeWindow.flexible(Instant.EPOCH, Instant.EPOCH.plusSeconds(86400)))",
      "        .createdAt(Instant.EPOCH).build();",
      "    RequestLifecycle.open(r).cancel(Instant.EPOCH, null);",
      "    HelpLedger.empty().size();",
      "    return Circle.builder().id(CircleId.of(\"c\")).name(\"n\").neighbourhood(\"w\")",
      "        .founded(LocalDate.of(2025, 1, 1)).addMembers(m).policy(CirclePolicy.builder().build())",
      "        .build().toBuilder().build();",
      "  }",
      "}");

  @Test
  void userCodeCompilesWithoutImmutablesOrJacksonAndWithoutWarnings(@TempDir Path dir) throws IOException {
    Path source = dir.resolve("UserCode.java");
    Files.writeString(source, USER_CODE, StandardCharsets.UTF_8);
    String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> e.endsWith("target" + File.separator + "classes")
            || e.contains("jakarta.validation") || e.contains("hibernate-validator")
            || e.contains("jboss-logging") || e.contains("classmate"))
        .collect(Collectors.joining(File.pathSeparator));
    assertTrue(!classPath.contains("jackson") && !classPath.contains("immutables"), classPath);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter output = new StringWriter();
    boolean ok = javac.getTask(output, null, null,
        List.of("-Xlint:all", "-Werror", "--release", "17", "-classpath", classPath,
            "-d", dir.toString()),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
            .getJavaFileObjects(source.toFile())).call();
    assertEquals("", output.toString().strip(), "javac printed warnings or errors");
    assertTrue(ok);
  }
}
