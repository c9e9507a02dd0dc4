/**
 * The circle health check: {@link nl.voorzorgcirkel.core.assessment.CircleHealthCheck} measures a
 * circle against its policy and returns a {@link nl.voorzorgcirkel.core.assessment.HealthReport}
 * of {@link nl.voorzorgcirkel.core.assessment.HealthFinding}s (severity, code, message in English
 * or Dutch).
 *
 * @since 0.1.0
 */
@NullMarked
@ValueStyle
package nl.voorzorgcirkel.core.assessment;

import nl.voorzorgcirkel.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
