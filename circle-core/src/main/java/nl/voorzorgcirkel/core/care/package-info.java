/**
 * The move to care: a circle notices first when a member's needs grow beyond what neighbours
 * should do. {@link nl.voorzorgcirkel.core.care.MoveToCare} reads the help a member received (the
 * kinds, the hours a week, the weeks in a row) and changes in vitality against the circle's
 * {@link nl.voorzorgcirkel.core.care.CareThresholds}, and gives a {@link
 * nl.voorzorgcirkel.core.care.CareSignal} suggesting a referral (the municipality's social team, a
 * family carers' meeting, district nursing), while the member stays in the circle for company.
 *
 * <p>Signals concern health data (GDPR article 9): they are for the connectors, never for the
 * group, and they name members by id only. Receiving help is never a fault: a signal means the
 * member may need more than the circle should give, not that they ask too much.
 *
 * <p>Every type is immutable and thread-safe. Parameters must not be null ({@link
 * NullPointerException} naming the parameter) and return values are never null.
 *
 * @since 0.1.0
 */
@NullMarked
@ValueStyle
package nl.voorzorgcirkel.core.care;

import nl.voorzorgcirkel.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
