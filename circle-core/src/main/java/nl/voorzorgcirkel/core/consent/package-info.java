/**
 * Consent and purpose: which personal data a member agreed to, for what, on which lawful basis
 * (GDPR articles 6 and 9), and which fields each part of the library may read.
 *
 * <p>A {@link nl.voorzorgcirkel.core.consent.ConsentRecord} says that a member gave or withdrew
 * consent for one {@link nl.voorzorgcirkel.core.consent.Purpose} on a day, on a {@link
 * nl.voorzorgcirkel.core.consent.LawfulBasis}; the {@link
 * nl.voorzorgcirkel.core.consent.ConsentRegister} holds them and answers whether consent holds on
 * a day. The {@link nl.voorzorgcirkel.core.consent.DataPolicy} says, per {@link
 * nl.voorzorgcirkel.core.consent.Reader} (matching, health check, reports, exports, the group, the
 * connectors), which {@link nl.voorzorgcirkel.core.consent.PersonalField personal fields} it may
 * read and for which purposes consent is needed; a {@link
 * nl.voorzorgcirkel.core.consent.DataAccess} binds the policy to one reader and a register, and is
 * what the readers are given: the health check counts vitality only where it may read it, and
 * matching ranks on a view of the circle in which withheld fields carry neutral values.
 *
 * <p>Every type is immutable and thread-safe. Unless a method says otherwise, parameters must not
 * be null and return values are never null.
 *
 * @since 0.1.0
 */
@ValueStyle
@NullMarked
package nl.voorzorgcirkel.core.consent;

import org.jspecify.annotations.NullMarked;
import nl.voorzorgcirkel.core.internal.ValueStyle;
