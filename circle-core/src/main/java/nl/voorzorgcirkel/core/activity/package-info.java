/**
 * Shared activities (gezelligheid, samen iets doen): the Thursday meal, a cycling trip, a walk.
 *
 * <p>An {@link nl.voorzorgcirkel.core.activity.Activity} has an organiser, participants who join
 * and leave, a {@link nl.voorzorgcirkel.core.activity.Place} named without house numbers, a
 * recurrence (the same {@link nl.voorzorgcirkel.core.model.Recurrence} as recurring requests) and
 * its accessibility. Who came to an occurrence is an {@link
 * nl.voorzorgcirkel.core.activity.Attendance}, kept in an {@link
 * nl.voorzorgcirkel.core.activity.ActivityLog}; {@link
 * nl.voorzorgcirkel.core.activity.Invitations} suggests whom to invite personally.
 *
 * <p>Activities are not help: nothing here enters the {@code HelpLedger}, so help loads and the
 * fairness of the help spread never change because of an activity. The organiser's effort is
 * counted separately ({@link nl.voorzorgcirkel.core.activity.ActivityLog#organiserEffort}).
 *
 * <p>Every type is immutable and thread-safe. Parameters must not be null ({@link
 * NullPointerException} naming the parameter) and return values are never null; absent values
 * are {@link java.util.Optional}.
 *
 * @since 0.1.0
 */
@NullMarked
@ValueStyle
package nl.voorzorgcirkel.core.activity;

import nl.voorzorgcirkel.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
