/**
 * The immutable, validated model of voorzorgcirkels: {@link nl.voorzorgcirkel.core.model.Circle},
 * {@link nl.voorzorgcirkel.core.model.Member}, {@link nl.voorzorgcirkel.core.model.Capability},
 * {@link nl.voorzorgcirkel.core.model.HelpRequest} and the small values they are made of.
 *
 * <p>Every type is immutable and thread-safe. Build a value with its {@code builder()} or an
 * {@code of(...)} factory; a value that breaks a rule is never created: building throws {@link
 * nl.voorzorgcirkel.core.validation.InvalidValueException} listing every violation with its field
 * path. Fields that hold personal data (names, phone numbers, home positions, birth years,
 * vitality, free text) never appear in {@code toString()}.
 *
 * <p>Unless a method says otherwise, parameters must not be null ({@link NullPointerException}
 * naming the parameter) and return values are never null; absent values are {@link
 * java.util.Optional}. Collections are unmodifiable and keep insertion order.
 *
 * @since 0.1.0
 */
@ValueStyle
@NullMarked
package nl.voorzorgcirkel.core.model;

import org.jspecify.annotations.NullMarked;
import nl.voorzorgcirkel.core.internal.ValueStyle;
