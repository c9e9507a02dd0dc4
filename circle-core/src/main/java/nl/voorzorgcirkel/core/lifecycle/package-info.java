/**
 * The life of a help request as an explicit state machine: {@link
 * nl.voorzorgcirkel.core.lifecycle.RequestLifecycle} moves through {@link
 * nl.voorzorgcirkel.core.lifecycle.RequestState}s by {@link
 * nl.voorzorgcirkel.core.lifecycle.RequestEvent}s, keeping the whole history.
 *
 * <pre>
 *   OPEN --asked--&gt; HELPERS_ASKED --accepted--&gt; ACCEPTED --done--&gt; DONE
 *    |  \--accepted (a volunteer on the group chat)--^   |
 *    |   HELPERS_ASKED --declined by every asked helper--&gt; OPEN
 *    |   ACCEPTED --declined by the helper (withdraws)--&gt; OPEN
 *    +-- OPEN, HELPERS_ASKED --expired--&gt; EXPIRED  (with the next step to take)
 *    +-- OPEN, HELPERS_ASKED, EXPIRED --referred--&gt; REFERRED (out of scope)
 *    +-- OPEN, HELPERS_ASKED, ACCEPTED --cancelled--&gt; CANCELLED
 * </pre>
 *
 * <p>{@link nl.voorzorgcirkel.core.lifecycle.AskHistory} reads, from many lifecycles, how often each
 * member was asked and said no: the notification load a member carries, never help received.
 *
 * <p>A yes or a no may be given for a member by someone else, a connector after a phone call or a
 * family carer the member named in advance; each {@code Accepted} and {@code Declined} event records
 * who gave it ({@link nl.voorzorgcirkel.core.lifecycle.AnsweredBy}).
 *
 * <p>Events come in time order, and the request's window bounds two of them: a yes after the window
 * ended is refused ({@code window-has-ended}: nobody expired the request, but it can no longer be
 * helped when it was needed), and so is help reported done before the window starts ({@code
 * done-before-the-window}: it cannot have happened, and the ledger would count it in the wrong
 * week). A second no from a member who said no and was not asked again is refused as {@code
 * already-said-no}, so that it is counted once.
 *
 * <p>A decline carries no penalty. DONE, CANCELLED, EXPIRED and REFERRED are final, except that
 * an expired request can still be referred: nobody in the circle could help, and it turns out to
 * belong with professional care.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.core.lifecycle;

import org.jspecify.annotations.NullMarked;
