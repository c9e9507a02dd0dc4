/**
 * Fixtures for tests of code built on the voorzorgcirkel SDK: {@link
 * nl.voorzorgcirkel.testing.Fixtures} (valid builders), {@link
 * nl.voorzorgcirkel.testing.RandomModel} (random valid values from a seed) and {@link
 * nl.voorzorgcirkel.testing.Props} (property tests with a fixed, reported seed).
 *
 * <p>Contract tests for implementors are in {@code nl.voorzorgcirkel.testing.scope} and {@code
 * nl.voorzorgcirkel.testing.matching}: extend one, name your implementations, and JUnit runs
 * every rule of the interface's specification against them.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.testing;

import org.jspecify.annotations.NullMarked;
