/**
 * Commitments: help a member has said yes to and has not given yet. A {@link
 * nl.voorzorgcirkel.core.commitment.Commitment} is made when a request is accepted and leaves the
 * {@link nl.voorzorgcirkel.core.commitment.CommitmentBook} when the help is done (it then enters
 * the ledger), cancelled or withdrawn.
 *
 * <p>Matching counts the book alongside the ledger: a member who accepted three rides for next
 * week is not asked first again, never past their weekly capacity in the week each piece of help
 * falls in, and never for help that overlaps a fixed time they already promised.
 *
 * <p>This package sits apart from {@code ledger}, which holds only help given: the ledger is an
 * append-only record of the past that the lifecycle writes to, while commitments come from the
 * lifecycles and disappear again.
 *
 * @since 0.1.0
 */
@ValueStyle
@NullMarked
package nl.voorzorgcirkel.core.commitment;

import nl.voorzorgcirkel.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
