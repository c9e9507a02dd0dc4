package nl.voorzorgcirkel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Runs the core in a class loader whose class path has every entry but Jackson's. */
class JacksonIsOptionalTest {

  @Test
  void theCoreWorksWithoutJacksonOnTheClassPath() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains("jackson")) {
        urls.add(new File(entry).toURI().toURL());
      }
    }
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]),
        ClassLoader.getPlatformClassLoader())) {
      assertThrows(ClassNotFoundException.class,
          () -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper", false, loader));
      Class<?> probe = Class.forName(NoJacksonProbe.class.getName(), true, loader);
      assertFalse(probe == NoJacksonProbe.class, "the probe must come from the Jackson-free loader");
      @SuppressWarnings("unchecked")
      Callable<String> run = (Callable<String>) probe.getDeclaredConstructor().newInstance();
      assertEquals(new NoJacksonProbe().call(), run.call());
    }
  }
}
