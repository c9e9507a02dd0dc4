/**
 * What the {@code simulate} and {@code simulate-spark} command lines share: the rule for the
 * {@code --out} folder and its manifest ({@link nl.voorzorgcirkel.simulation.cli.internal.OutputFolder})
 * and the build's version for {@code --version} ({@link
 * nl.voorzorgcirkel.simulation.cli.internal.BuildVersion}). Not an API: the module exports this
 * package to {@code nl.voorzorgcirkel.simulation.spark} only, and the architecture tests allow no
 * other user.
 *
 * @since 0.1.0
 */
package nl.voorzorgcirkel.simulation.cli.internal;
