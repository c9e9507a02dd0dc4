/**
 * Texts about a help request for the app group, for members and for connectors, in Dutch and
 * English, that give only what the circle needs: the kind of help, the day part, the area or
 * street (never a house number) and whom to answer.
 *
 * <p>No text names the requester or anyone else, and none contains the request's description,
 * places, the requester's preferences or any health data: {@link
 * nl.voorzorgcirkel.coordination.texts.RequestTexts} is never given them. An {@link
 * nl.voorzorgcirkel.coordination.texts.Area} refuses anything that looks like a house number.
 *
 * <p>Unless a method says otherwise, parameters must not be null and return values are never null.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.coordination.texts;

import org.jspecify.annotations.NullMarked;
