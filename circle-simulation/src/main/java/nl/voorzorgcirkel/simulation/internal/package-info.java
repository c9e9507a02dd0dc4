/**
 * The engine's internals: one circle's run, its event list, random streams per source, the
 * calendar and the exact totals. Not exported.
 */
package nl.voorzorgcirkel.simulation.internal;
