/**
 * The port through which the platform sends what the library decides to send: {@link
 * nl.voorzorgcirkel.coordination.messaging.MessagePort}, implemented by the platform (app group,
 * SMS, e-mail, push), and {@link nl.voorzorgcirkel.coordination.messaging.InMemoryMessagePort} for
 * tests and examples. The library decides <em>what</em> to send to <em>whom</em> through
 * <em>which</em> {@link nl.voorzorgcirkel.coordination.messaging.Channel}; the platform decides how
 * a channel is delivered.
 *
 * <p>Unless a method says otherwise, parameters must not be null and return values are never null.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.coordination.messaging;

import org.jspecify.annotations.NullMarked;
