package nl.voorzorgcirkel.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of this library, applied per package through {@code package-info.java}.
 *
 * <p>SOURCE retention keeps Immutables off the users' compile class path. The generated
 * {@code Immutable*} classes are package-private and hidden behind the abstract types; nulls and
 * missing attributes are not rejected by the generated code but by the Jakarta constraints
 * declared on the model, so that one {@link nl.voorzorgcirkel.core.validation.InvalidValueException}
 * lists every violation at once.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    defaults = @Value.Immutable(copy = false, prehash = false),
    allParameters = false,
    privateNoargConstructor = false,
    // No @Generated (org.immutables or javax) on generated code: users compile against the public
    // builders, which extend generated classes, and must not need Immutables to do so.
    allowedClasspathAnnotations = {Override.class},
    // JSON is configured in nl.voorzorgcirkel.core.json, never on the model: users who compile
    // against the model must not need Jackson either.
    jacksonIntegration = false)
public @interface ValueStyle {}
