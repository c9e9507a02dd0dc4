package nl.voorzorgcirkel.simulation;

/**
 * A unit of work: a block of consecutive circles of one replication of one design point. Its
 * result ({@link Simulation#runUnit}) is a pure function of the scenario and this key, so units can
 * run anywhere, in any order, more than once; their results add up exactly ({@link
 * UnitResult#merge}). Immutable.
 *
 * @param point the design point's index, from 0
 * @param replication the replication, from 0
 * @param firstCircle the first circle, from 0
 * @param circles how many circles, 1 or more
 * @since 0.1.0
 */
public record WorkUnit(int point, int replication, int firstCircle, int circles) {}
