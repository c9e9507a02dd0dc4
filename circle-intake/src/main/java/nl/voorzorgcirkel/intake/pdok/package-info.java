/**
 * The Dutch national geocoding service, PDOK Locatieserver, as a {@link
 * nl.voorzorgcirkel.core.address.Geocoder}: {@link nl.voorzorgcirkel.intake.pdok.PdokLocatieserver}.
 *
 * <p>Nothing here accepts or returns null unless a parameter or result says so.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.intake.pdok;

import org.jspecify.annotations.NullMarked;
