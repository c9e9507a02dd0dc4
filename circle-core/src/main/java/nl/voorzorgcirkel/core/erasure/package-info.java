/**
 * Erasure and retention (GDPR articles 17 and 5(1)(e)): {@link
 * nl.voorzorgcirkel.core.erasure.Erasure} removes a member from a circle and replaces them by a
 * pseudonym everywhere their help, requests, consents and audit entries are kept, so that every
 * total stays as it was; {@link nl.voorzorgcirkel.core.erasure.Retention} drops the free text of
 * requests once a retention period has passed, by an injected clock.
 *
 * <p>Every type is immutable and thread-safe. Unless a method says otherwise, parameters must not
 * be null and return values are never null.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.core.erasure;

import org.jspecify.annotations.NullMarked;
