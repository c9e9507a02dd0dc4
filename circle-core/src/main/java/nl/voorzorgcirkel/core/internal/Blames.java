package nl.voorzorgcirkel.core.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The property a cross-field rule method ({@code @AssertTrue boolean birthYearFitsJoined()})
 * blames: the field users set, which a violation's path names instead of the method. Read by
 * {@link ModelValidator}; the rule keeps the method's name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Blames {
  /**
   * The property's name as a path names it.
   *
   * @return for example {@code "birthYear"}; not null or empty
   */
  String value();
}
