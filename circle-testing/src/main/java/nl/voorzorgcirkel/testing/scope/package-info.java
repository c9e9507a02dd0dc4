/**
 * The contract test of {@link nl.voorzorgcirkel.core.scope.ScopePolicy}, for implementors.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.testing.scope;

import org.jspecify.annotations.NullMarked;
