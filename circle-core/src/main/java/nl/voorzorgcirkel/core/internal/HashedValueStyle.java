package nl.voorzorgcirkel.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * {@link ValueStyle} for small values that are compared and hashed all the time (identifiers and
 * capabilities): the same settings, and the hash code computed once when the value is built, so
 * that {@code equals} of two different values compares two ints and {@code hashCode} reads a
 * field. A type-level style replaces the package's, so every setting is repeated here; the
 * attribute sits in the style, not on {@code @Value.Immutable}, because annotation attributes
 * would reach users' class files and warn where Immutables is absent.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    defaults = @Value.Immutable(copy = false, prehash = true),
    allParameters = false,
    privateNoargConstructor = false,
    allowedClasspathAnnotations = {Override.class},
    jacksonIntegration = false)
public @interface HashedValueStyle {}
