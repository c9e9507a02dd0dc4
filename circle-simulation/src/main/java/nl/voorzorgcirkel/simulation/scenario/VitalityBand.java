package nl.voorzorgcirkel.simulation.scenario;

/**
 * The vitality mix of new members from an age on: the shares with some limitations and dependent;
 * the rest is vital. Immutable.
 *
 * @param fromAge the first age of the band, 0 to 120
 * @param someLimitations share with some limitations, 0 to 1
 * @param dependent share dependent, 0 to 1; with {@code someLimitations} at most 1
 * @since 0.1.0
 */
public record VitalityBand(int fromAge, double someLimitations, double dependent) {}
