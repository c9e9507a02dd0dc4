package nl.voorzorgcirkel.coordination.texts;

import java.time.LocalTime;
import java.util.Locale;
import nl.voorzorgcirkel.coordination.internal.Phrases;

/**
 * The part of a day a text names instead of a clock time: "donderdagochtend".
 *
 * @since 0.1.0
 */
public enum DayPart {
  /** 00:00 to 06:00. */
  NIGHT,
  /** 06:00 to 12:00. */
  MORNING,
  /** 12:00 to 18:00. */
  AFTERNOON,
  /** 18:00 to 24:00. */
  EVENING;

  /**
   * The part of the day a local time falls in.
   *
   * @param time the local time, not null
   * @return the day part
   */
  public static DayPart of(LocalTime time) {
    return values()[time.getHour() / 6];
  }

  /**
   * The name in the reader's language.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return for example "ochtend" or "morning"
   */
  public String label(Locale locale) {
    return Phrases.format("part." + name(), locale, java.util.Map.of());
  }
}
