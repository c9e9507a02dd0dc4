/**
 * Where a circle refers what it should not take on: a {@link
 * nl.voorzorgcirkel.coordination.referral.ReferralDirectory} of local {@link
 * nl.voorzorgcirkel.coordination.referral.ReferralContact}s (the district nursing team, the
 * municipality's social team, the welfare organisation), configured per circle and per
 * organisation, so that a referral says whom to call.
 *
 * <p>Unless a method says otherwise, parameters must not be null and return values are never null.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.coordination.referral;

import org.jspecify.annotations.NullMarked;
