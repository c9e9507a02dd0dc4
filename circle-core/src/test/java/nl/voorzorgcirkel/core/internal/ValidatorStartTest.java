package nl.voorzorgcirkel.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * User test 12, L6: reading {@code WeeklyAvailability.DEFAULT_ZONE} started Hibernate Validator
 * (and its INFO line {@code HV000001}), because the class's static initialiser built a value; so
 * the README's recipe, to quieten the logger before the first model value is built, failed for a
 * program whose static field read the constant first. The core is loaded afresh in a class loader
 * of its own, where the validator has not started yet.
 */
class ValidatorStartTest {

  @Test
  void readingAConstantDoesNotStartTheValidatorAndBuildingAValueDoes() throws Exception {
    try (URLClassLoader fresh = freshCore()) {
      Class<?> availability = Class.forName("nl.voorzorgcirkel.core.model.WeeklyAvailability", true, fresh);
      assertEquals(fresh, availability.getClassLoader(), "the core is loaded afresh");
      assertEquals(ZoneId.of("Europe/Amsterdam"), availability.getField("DEFAULT_ZONE").get(null));
      assertFalse(started(fresh), "reading DEFAULT_ZONE started the validator");
      availability.getMethod("daytime").invoke(null);
      assertTrue(started(fresh), "the first value built starts it");
    }
  }

  private static boolean started(ClassLoader loader) throws Exception {
    Method started = Class.forName(ModelValidator.class.getName(), true, loader).getDeclaredMethod("started");
    started.setAccessible(true);
    return (Boolean) started.invoke(null);
  }

  /** The core's classes and its dependencies, with the platform's loader as parent. */
  private static URLClassLoader freshCore() throws ClassNotFoundException {
    String[] from = {ModelValidator.class.getName(), "jakarta.validation.Validation",
        "org.hibernate.validator.HibernateValidator", "org.jboss.logging.Logger",
        "com.fasterxml.classmate.TypeResolver", "org.jspecify.annotations.Nullable"};
    URL[] urls = new URL[from.length];
    for (int i = 0; i < from.length; i++) {
      urls[i] = Class.forName(from[i]).getProtectionDomain().getCodeSource().getLocation();
    }
    return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
  }
}
