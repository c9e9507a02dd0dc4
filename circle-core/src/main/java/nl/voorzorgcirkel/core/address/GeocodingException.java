package nl.voorzorgcirkel.core.address;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.i18n.Messages;
import org.jspecify.annotations.Nullable;

/**
 * A geocoder could not answer: the service was unreachable or too slow, refused the request,
 * limited the rate, or answered something unreadable. The message names the cause and the
 * service, never the address.
 *
 * @since 0.1.0
 */
public final class GeocodingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a geocoder could not answer. */
  public enum Reason {
    /** The service could not be reached (no connection, name not resolved). */
    UNREACHABLE,
    /** The service did not answer in time. */
    TIMEOUT,
    /** The service kept answering "too many requests" after the retries. */
    RATE_LIMITED,
    /** The service answered with an error status. */
    REFUSED,
    /** The answer could not be read. */
    UNREADABLE_ANSWER,
    /** The waiting for an answer was interrupted. */
    INTERRUPTED
  }

  /** Why the geocoder could not answer. */
  private final Reason reason;
  /** The service's name. */
  private final String service;
  /** The HTTP status, or 0. */
  private final int status;
  /** Whether a fallback was asked too and did not know the address. */
  private final boolean fallbackAsked;

  /**
   * Creates the exception.
   *
   * @param reason why, not null
   * @param service the service's name, for example {@code "PDOK Locatieserver"}; not null
   * @param status the HTTP status for {@link Reason#REFUSED} and {@link Reason#RATE_LIMITED}, 0
   *     otherwise
   * @param underlying the exception behind it, or null
   */
  public GeocodingException(Reason reason, String service, int status, @Nullable Throwable underlying) {
    this(reason, service, status, false, underlying);
  }

  private GeocodingException(Reason reason, String service, int status, boolean fallbackAsked,
      @Nullable Throwable underlying) {
    super(text(Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(service, "service"),
        status, fallbackAsked, Locale.ENGLISH), underlying);
    this.reason = reason;
    this.service = service;
    this.status = status;
    this.fallbackAsked = fallbackAsked;
  }

  /** This failure, after a fallback was asked too and did not know the address (this one the cause). */
  GeocodingException fallbackDidNotKnow() {
    return new GeocodingException(reason, service, status, true, this);
  }

  /**
   * Why the geocoder could not answer.
   *
   * @return the reason, never null
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The HTTP status the service answered with.
   *
   * @return the status, 0 when there was none
   */
  public int status() {
    return status;
  }

  /**
   * The message in the reader's language.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return for example {@code "PDOK Locatieserver did not answer in time"}, and where a fallback
   *     was asked too ({@link Geocoder#orElse}) and did not know the address, {@code ", and the
   *     fallback does not know the address either"}
   */
  public String message(Locale locale) {
    return text(reason, service, status, fallbackAsked, locale);
  }

  private static String text(Reason reason, String service, int status, boolean fallbackAsked, Locale locale) {
    String text = Messages.format("geocoding." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-'),
        locale, Map.of("service", service, "status", status));
    return fallbackAsked ? text + Messages.format("geocoding.fallback-did-not-know", locale, Map.of()) : text;
  }
}
