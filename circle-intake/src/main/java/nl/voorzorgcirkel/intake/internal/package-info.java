/** The intake module's own helpers (texts, request pacing). Not API: not exported. */
@NullMarked
package nl.voorzorgcirkel.intake.internal;

import org.jspecify.annotations.NullMarked;
