/**
 * Exports of personal data: the pseudonymised {@link nl.voorzorgcirkel.core.export.ResearchExport}
 * (no names, the neighbourhood for a place, ages in bands, groups smaller than k suppressed) and
 * the {@link nl.voorzorgcirkel.core.export.AccessReport} that answers a member's access request
 * (GDPR article 15) with everything the circle holds about them.
 *
 * <p>Every type is immutable and thread-safe. Unless a method says otherwise, parameters must not
 * be null and return values are never null.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.core.export;

import org.jspecify.annotations.NullMarked;
