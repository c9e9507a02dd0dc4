package nl.voorzorgcirkel.coordination.asking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The hours in which nobody is asked for help unless it is needed today: by default 21:00 to
 * 08:00 local time, an assumption (most older people do not want a phone call or a message at
 * night), which a circle sets in its {@link CircleAgreements}. Help is needed today when declared
 * {@link nl.voorzorgcirkel.core.model.Urgency#TODAY}, or when its last start comes less than the
 * {@linkplain CircleAgreements#urgentAnswerTimeout() urgent answer timeout} after the quiet hours
 * end, whatever the urgency declared, so that nobody would have time to answer after them; the
 * notices at the end of a request wait for the end of the quiet hours too ({@link AskPlan}).
 *
 * <p>From {@code from} (included) to {@code until} (excluded), across midnight when {@code until}
 * is not after {@code from}; equal times mean no quiet hours. Immutable and thread-safe.
 *
 * @param from when the quiet hours start, local time; not null
 * @param until when they end, local time; not null
 * @since 0.1.0
 */
public record QuietHours(LocalTime from, LocalTime until) {

  private static final QuietHours STANDARD = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));
  private static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

  /**
   * Checks the components.
   *
   * @param from see the record description
   * @param until see the record description
   */
  public QuietHours {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
  }

  /**
   * Quiet from 21:00 to 08:00.
   *
   * @return the standard quiet hours
   */
  public static QuietHours standard() {
    return STANDARD;
  }

  /**
   * No quiet hours: asks at any time.
   *
   * @return quiet hours that contain no time
   */
  public static QuietHours none() {
    return NONE;
  }

  /**
   * Whether there are no quiet hours.
   *
   * @return true when {@code from} equals {@code until}
   */
  public boolean isNone() {
    return from.equals(until);
  }

  /**
   * Whether a local time is quiet.
   *
   * @param time the local time, not null
   * @return true inside the quiet hours
   */
  public boolean contains(LocalTime time) {
    Objects.requireNonNull(time, "time");
    if (isNone()) {
      return false;
    }
    if (from.isBefore(until)) {
      return !time.isBefore(from) && time.isBefore(until);
    }
    return !time.isBefore(from) || time.isBefore(until);
  }

  /**
   * Whether an instant is quiet in a zone.
   *
   * @param at the instant, not null
   * @param zone the circle's zone, not null
   * @return true inside the quiet hours
   */
  public boolean contains(Instant at, ZoneId zone) {
    return contains(LocalDateTime.ofInstant(at, zone).toLocalTime());
  }

  /**
   * The first instant at or after {@code at} that is not quiet: {@code at} itself outside the
   * quiet hours, otherwise the next {@code until} (on a day whose clock skips that time, the
   * moment after the gap).
   *
   * @param at the instant, not null
   * @param zone the circle's zone, not null
   * @return the instant, never before {@code at}
   */
  public Instant nextAllowed(Instant at, ZoneId zone) {
    LocalDateTime local = LocalDateTime.ofInstant(at, zone);
    if (!contains(local.toLocalTime())) {
      return at;
    }
    // quiet before "until" today, or (across midnight) after "from": then "until" is tomorrow
    boolean beforeUntil = local.toLocalTime().isBefore(until);
    LocalDateTime end = local.toLocalDate().plusDays(beforeUntil ? 0 : 1).atTime(until);
    Instant next = ZonedDateTime.ofLocal(end, zone, null).toInstant();
    return next.isBefore(at) ? at : next;
  }
}
