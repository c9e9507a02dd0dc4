/**
 * <b>Not part of the API.</b> The simulation's English and Dutch texts (figures' labels, the
 * summary, the HTML report, charts, the command line), read with the core's message tables; not
 * exported.
 */
package nl.voorzorgcirkel.simulation.i18n;
