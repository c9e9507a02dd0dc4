package nl.voorzorgcirkel.matching.formation;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.matching.internal.Texts;

/**
 * A candidate who could not be placed in a circle, and why.
 *
 * @param candidate the candidate's id, not null
 * @param reason {@code no-one-within-distance} (nobody else lives close enough), {@code
 *     too-few-nearby} (fewer than a circle's minimum live close enough) or {@code no-room-nearby}
 *     (the circles close enough are full, or would have someone the candidate avoids); not null
 * @since 0.1.0
 */
public record NotPlaced(MemberId candidate, String reason) {

  /**
   * Checks the components.
   *
   * @param candidate see the record description
   * @param reason see the record description
   */
  public NotPlaced {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * The reason in the reader's language.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the message, never null
   */
  public String message(Locale locale) {
    return Texts.format("formation.unplaced." + reason, locale, Map.of());
  }
}
