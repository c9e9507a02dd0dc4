/** Not API: the module's message tables. */
@NullMarked
package nl.voorzorgcirkel.coordination.internal;

import org.jspecify.annotations.NullMarked;
