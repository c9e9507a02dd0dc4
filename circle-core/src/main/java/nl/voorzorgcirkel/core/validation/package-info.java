/**
 * How the model reports bad input: {@link nl.voorzorgcirkel.core.validation.InvalidValueException}
 * with every {@link nl.voorzorgcirkel.core.validation.Violation} at once, in English and Dutch,
 * never quoting personal data.
 *
 * <p>The rules themselves are Jakarta Validation constraints declared once, on the model types, and
 * checked by Hibernate Validator whenever a value is built; no Expression Language implementation
 * is needed on the class path.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.core.validation;

import org.jspecify.annotations.NullMarked;
