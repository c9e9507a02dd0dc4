/**
 * Contact signals (omkijken): help given or received, an activity attended, a check-in, a call
 * logged. A {@link nl.voorzorgcirkel.core.contact.ContactLog} gathers them from the help ledger,
 * the activity log and what callers record, and tells per member the days since last contact.
 *
 * <p>A contact is a fact about two people meeting or talking, never a measure of a member: it is
 * for the buddies and connectors who look out for members, not for the group.
 *
 * <p>Every type is immutable and thread-safe. Parameters must not be null ({@link
 * NullPointerException} naming the parameter) and return values are never null; absent values
 * are {@link java.util.Optional}.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.core.contact;

import org.jspecify.annotations.NullMarked;
