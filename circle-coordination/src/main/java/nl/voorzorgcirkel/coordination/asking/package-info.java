/**
 * Asking over time: who may see a request ({@link nl.voorzorgcirkel.coordination.asking.Visibility}),
 * the circle's agreements about asking ({@link
 * nl.voorzorgcirkel.coordination.asking.CircleAgreements}, {@link
 * nl.voorzorgcirkel.coordination.asking.QuietHours}) and the {@link
 * nl.voorzorgcirkel.coordination.asking.AskPlan} that asks in rounds, waits for answers, keeps
 * quiet at night, escalates to a connector and lets the request expire with a next step.
 *
 * <p>The plan has no threads or timers of its own: the platform calls {@link
 * nl.voorzorgcirkel.coordination.asking.AskPlan#advance(java.time.Instant)} from its scheduler (at
 * the time the last step asked for, or whenever it likes) and records answers as they come; each
 * call returns an {@link nl.voorzorgcirkel.coordination.asking.AskStep} with the new plan, the
 * messages to send and the calls for the connectors.
 *
 * <p>Unless a method says otherwise, parameters must not be null and return values are never null.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.coordination.asking;

import org.jspecify.annotations.NullMarked;
