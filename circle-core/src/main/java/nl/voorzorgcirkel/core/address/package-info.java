/**
 * Addresses and where they are: an {@link nl.voorzorgcirkel.core.address.Address} from a sign-up
 * list, the {@link nl.voorzorgcirkel.core.address.Geocoder} port that turns it into a coarse
 * {@link nl.voorzorgcirkel.core.address.Location}, and {@link
 * nl.voorzorgcirkel.core.address.PostcodeCentroids}, a geocoder from a table of postcode centres
 * that the user supplies (no network). An adapter for the Dutch national geocoding service is in
 * the {@code circle-intake} module.
 *
 * <p>An address is personal data: it appears in no {@code toString()}, message or log, and the
 * library keeps only the coarse location it leads to. Unless a method says otherwise, parameters
 * must not be null and return values are never null.
 *
 * @since 0.1.0
 */
@ValueStyle
@NullMarked
package nl.voorzorgcirkel.core.address;

import org.jspecify.annotations.NullMarked;

import nl.voorzorgcirkel.core.internal.ValueStyle;
