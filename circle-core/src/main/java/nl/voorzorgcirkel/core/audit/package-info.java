/**
 * The audit trail: who changed a member's role, consent or membership, and when. Connectors see
 * health data and act on members' behalf; their actions are accountable (GDPR article 5(2)).
 *
 * <p>{@link nl.voorzorgcirkel.core.audit.AuditTrail} is append-only and takes its time from an
 * injected {@link java.time.Clock}; each {@link nl.voorzorgcirkel.core.audit.AuditEntry} names the
 * actor and the member by id and the change by codes, never by personal data.
 *
 * <p>Every type is immutable and thread-safe. Unless a method says otherwise, parameters must not
 * be null and return values are never null.
 *
 * @since 0.1.0
 */
@ValueStyle
@NullMarked
package nl.voorzorgcirkel.core.audit;

import org.jspecify.annotations.NullMarked;
import nl.voorzorgcirkel.core.internal.ValueStyle;
