package nl.voorzorgcirkel.core.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The property a cross-field rule method ({@code @AssertTrue boolean birthYearFitsJoined()})
 * blames: the field users set, which a violation's path names instead of the method (and a CSV
 * reader maps to its column). Read by {@link ModelValidator}; the rule keeps the name of its message
 * key ({@code Member.birthYearFitsJoined}).
 *
 * <p>Every rule method of the model types carries one, naming a property of its type ({@code
 * BlamedFieldsTest} checks this by reflection). A rule whose culprit depends on the value is
 * declared once per field, each method with the same message key: {@code TimeWindow}'s years
 * rule is blamed on {@code start} or {@code end}, whichever lies outside them.
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
