/**
 * The impact report: what a set of circles did in a period, in figures for the welfare
 * organisation, the municipality and the funders, with no member in it. {@link
 * nl.voorzorgcirkel.core.impact.ImpactReporter} makes an {@link
 * nl.voorzorgcirkel.core.impact.ImpactReport} from each circle's {@link
 * nl.voorzorgcirkel.core.impact.CircleHistory} (ledger, request lifecycles, commitments, shared
 * activities, audit trail and loneliness scores, where kept); the report is a list of {@link
 * nl.voorzorgcirkel.core.impact.ImpactFigure figures}, one per {@link
 * nl.voorzorgcirkel.core.impact.ImpactMeasure measure} and key, and writes itself as CSV. The
 * versioned JSON document is in circle-matching's {@code json} package; the printable HTML page
 * with charts in circle-simulation's {@code report} package.
 *
 * <p>Privacy: figures are counts, sums, shares and spreads; every figure names how many members it
 * is about, and one about fewer than k of them is suppressed ({@link
 * nl.voorzorgcirkel.core.export.KAnonymity}, the rule of the research export); where a whole and
 * the parts that add up to it have exactly one suppressed figure among them, one more is
 * suppressed (a small part, else the whole, a headline figure only as a last resort; see {@link
 * nl.voorzorgcirkel.core.impact.ImpactMeasure#isBreakdown()}), up the hierarchy until none can be
 * worked out from what is shown. Loneliness scores are counted only where the data policy lets reports read them.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.core.impact;

import org.jspecify.annotations.NullMarked;
