/**
 * The lists a circle needs on paper, as CSV and HTML: {@link
 * nl.voorzorgcirkel.intake.lists.CircleLists} writes the member list, the connectors' phone list
 * and the Dutch (or English) welcome sheet.
 *
 * <p>Nothing here accepts or returns null unless a parameter or result says so.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.intake.lists;

import org.jspecify.annotations.NullMarked;
