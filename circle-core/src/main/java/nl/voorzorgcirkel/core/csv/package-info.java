/**
 * Reading the lists organisations keep: members from a CSV file exported from a spreadsheet
 * ({@link nl.voorzorgcirkel.core.csv.MemberCsv}), every bad row reported with its row number,
 * column and rule ({@link nl.voorzorgcirkel.core.csv.RowError}), in English or Dutch, never quoting
 * the rejected value.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.core.csv;

import org.jspecify.annotations.NullMarked;
