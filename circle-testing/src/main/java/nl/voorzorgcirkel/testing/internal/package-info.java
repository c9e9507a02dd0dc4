/**
 * Not API: the library's own test helpers (the README checker), which the library's modules use in
 * their tests. The module does not export this package and its Javadoc leaves it out.
 */
@NullMarked
package nl.voorzorgcirkel.testing.internal;

import org.jspecify.annotations.NullMarked;
