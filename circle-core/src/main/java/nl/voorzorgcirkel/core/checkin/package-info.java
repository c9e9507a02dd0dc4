/**
 * Check-ins (omkijken): members who live alone may agree that someone rings when they have not
 * been seen for a while. A {@link nl.voorzorgcirkel.core.checkin.CheckInAgreement} says who and
 * after how many days ("my buddy rings me after 3 days, a connector after 5"); {@link
 * nl.voorzorgcirkel.core.checkin.CheckIns} lists every day who should be rung, by whom, and
 * escalates from the buddy to the connectors.
 *
 * <p>Check-ins are opt-in: a member without an agreement is never listed, and opting out removes
 * the agreement. Absences and holidays suppress them. Nothing here removes a member or marks one
 * as inactive; the calls are for the buddy or connector named, never for the group.
 *
 * <p>Every type is immutable and thread-safe. Parameters must not be null ({@link
 * NullPointerException} naming the parameter) and return values are never null; absent values
 * are {@link java.util.Optional}.
 *
 * @since 0.1.0
 */
@NullMarked
@ValueStyle
package nl.voorzorgcirkel.core.checkin;

import nl.voorzorgcirkel.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
