package nl.voorzorgcirkel.simulation;

import java.util.Optional;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import nl.voorzorgcirkel.simulation.statistics.Interval;

/**
 * One figure's difference between a compared value and the baseline at one design point: the
 * paired 95 % interval over replications (common random numbers), and the unpaired (Welch)
 * interval for comparison. Immutable.
 *
 * @param baseline the baseline's point, not null
 * @param treatment the compared value's point, not null
 * @param output the figure, not null
 * @param paired the paired interval of {@code treatment - baseline}, or empty with fewer than two
 *     replications where both exist
 * @param unpaired the Welch interval of the same difference, or empty likewise
 * @since 0.1.0
 */
public record PairedDifference(DesignPoint baseline, DesignPoint treatment, Output output,
    Optional<Interval> paired, Optional<Interval> unpaired) {}
