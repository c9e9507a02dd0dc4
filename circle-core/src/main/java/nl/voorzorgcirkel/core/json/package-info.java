/**
 * Optional JSON support with Jackson: {@link nl.voorzorgcirkel.core.json.CircleJson} configures an
 * {@code ObjectMapper} so that every model type round-trips. Only this package needs Jackson on
 * the class path (jackson-databind, jackson-datatype-jsr310 and jackson-datatype-jdk8); the rest
 * of the library works without it.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.core.json;

import org.jspecify.annotations.NullMarked;
