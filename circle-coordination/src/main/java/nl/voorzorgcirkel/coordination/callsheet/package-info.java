/**
 * The connectors' call sheets: members without a smartphone (who are reached by phone or through
 * a connector) are asked by a connector, not by a message. Each ask to such a member becomes one
 * {@link nl.voorzorgcirkel.coordination.callsheet.CallEntry} on one connector's {@link
 * nl.voorzorgcirkel.coordination.callsheet.CallSheet}, printable and as CSV, and the connector
 * records the {@link nl.voorzorgcirkel.coordination.callsheet.CallOutcome}: yes or no for a call
 * that asks something, told for a call that only tells something, no answer or voicemail for
 * either ({@link nl.voorzorgcirkel.coordination.callsheet.CallEntry#outcomes()}).
 *
 * <p>A call sheet is the connector's own working list: printed or written as CSV it holds the
 * names and phone numbers of the members to call, which is its purpose. Its {@code toString()}
 * and its entries never hold them.
 *
 * <p>Unless a method says otherwise, parameters must not be null and return values are never null.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.coordination.callsheet;

import org.jspecify.annotations.NullMarked;
