/**
 * The help that was given: {@link nl.voorzorgcirkel.core.ledger.HelpRecord} (who helped whom, with
 * what, when, for how long) and the append-only {@link nl.voorzorgcirkel.core.ledger.HelpLedger}
 * that answers how much each member has helped over a period.
 *
 * <p>Help received is reported, never used against a member: circles are explicitly not
 * tit-for-tat. What matters is that the load on helpers stays bearable and is spread.
 *
 * @since 0.1.0
 */
@ValueStyle
@NullMarked
package nl.voorzorgcirkel.core.ledger;

import org.jspecify.annotations.NullMarked;
import nl.voorzorgcirkel.core.internal.ValueStyle;
