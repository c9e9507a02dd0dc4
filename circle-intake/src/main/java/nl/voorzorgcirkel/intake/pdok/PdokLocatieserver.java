package nl.voorzorgcirkel.intake.pdok;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.voorzorgcirkel.core.address.Address;
import nl.voorzorgcirkel.core.address.Addresses;
import nl.voorzorgcirkel.core.address.Geocoder;
import nl.voorzorgcirkel.core.address.GeocodingException;
import nl.voorzorgcirkel.core.address.Location;
import nl.voorzorgcirkel.core.address.Precision;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.intake.internal.Pacer;
import org.jspecify.annotations.Nullable;

/**
 * The Dutch national geocoding service, PDOK Locatieserver (version 3.1, the {@code free}
 * endpoint), as a {@link Geocoder}: addresses from the national address register (BAG), with the
 * neighbourhood (CBS buurt) and district (wijk) they lie in.
 *
 * <p><b>What is sent.</b> For an address with a postcode, only the postcode and house number; the
 * addition is matched here, among the answers. Without a postcode, the street, house number and
 * place. Nothing else (no name, no id) and to no other host than the configured endpoint.
 *
 * <p><b>Which answer.</b> Of the addresses the service returns, the one with the same postcode (or
 * street and place, compared without regard to case, accents and spacing) and house number, and
 * the same addition; without an addition, the address without one, else the first. None: not
 * found ({@link Optional#empty()}).
 *
 * <p><b>Caching.</b> Answers, "not found" included, are kept in memory ({@link
 * Builder#cacheSize}, default 10,000 addresses, for {@link Builder#cacheExpiry}, default one
 * hour): importing a corrected list again does not ask again. The cache holds addresses, so it is
 * kept short and never written to disk. Failures are not cached.
 *
 * <p><b>Rate and retries.</b> At most {@link Builder#requestsPerSecond} requests a second (default
 * 5: PDOK's fair-use level promises only limited capacity and asks users to be modest; an
 * assumption, not a published figure). A timeout, a connection failure, "too many requests" (429,
 * honouring {@code Retry-After} up to a minute) and a server error (5xx) are retried ({@link
 * Builder#retries}, default 3) after 0.5, 1 and 2 seconds; then the call throws {@link
 * GeocodingException} with the cause. Other refusals (4xx) are not retried. <b>An outage is
 * remembered:</b> after a call failed because the service could not be reached or did not answer
 * in time (after its retries), every call in the next {@link Builder#pauseAfterOutage} (default one
 * minute) fails at once with the same reason, without a request, so that a list of hundreds of
 * addresses falls back (see {@link Geocoder#orElse}) in moments instead of waiting seconds for
 * each; the first call after the pause asks the service again. Requests carry a
 * {@code User-Agent} and, if set, the {@code Referer} PDOK asks applications to send.
 *
 * <p>Thread-safe; requests are sent one at a time.
 *
 * @since 0.1.0
 */
public final class PdokLocatieserver implements Geocoder {

  /** The service's {@code free} endpoint. */
  public static final URI ENDPOINT = URI.create("https://api.pdok.nl/bzk/locatieserver/search/v3_1/free");

  private static final String SERVICE = "PDOK Locatieserver";
  private static final String FIELDS = "type,weergavenaam,straatnaam,huisnummer,huisletter,"
      + "huisnummertoevoeging,postcode,woonplaatsnaam,gemeentenaam,wijknaam,buurtnaam,centroide_ll";
  private static final Pattern POINT = Pattern.compile(
      "POINT\\(\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s+(-?[0-9]+(?:\\.[0-9]+)?)\\s*\\)");
  private static final long MAX_RETRY_AFTER_NANOS = Duration.ofMinutes(1).toNanos();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI endpoint;
  private final HttpClient client;
  private final Duration timeout;
  private final int retries;
  private final String userAgent;
  private final Optional<String> referer;
  private final Pacer pacer;
  private final Cache<String, Optional<Location>> cache;
  private final long pauseAfterOutageNanos;
  private final LongSupplier nanoTime;
  /** Until when (nano time) calls fail at once, and with which reason; guarded by this. */
  private long outageUntil;
  private GeocodingException.@Nullable Reason outage;

  private PdokLocatieserver(Builder b) {
    this.endpoint = b.endpoint;
    this.client = b.client != null ? b.client
        : HttpClient.newBuilder().connectTimeout(b.timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    this.timeout = b.timeout;
    this.retries = b.retries;
    this.userAgent = b.userAgent;
    this.referer = Optional.ofNullable(b.referer);
    this.pacer = new Pacer(b.requestsPerSecond, b.nanoTime, b.sleeper);
    this.pauseAfterOutageNanos = b.pauseAfterOutage.toNanos();
    this.nanoTime = b.nanoTime;
    this.cache = Caffeine.newBuilder().maximumSize(b.cacheSize).expireAfterWrite(b.cacheExpiry)
        .ticker(b.nanoTime::getAsLong).build();
  }

  /**
   * A new builder with the defaults above, for the public endpoint.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Optional<Location> locate(Address address) {
    Objects.requireNonNull(address, "address");
    return cache.get(key(address), k -> fetch(address));
  }

  /** The address as a cache key: what identifies it, normalised. */
  private static String key(Address a) {
    return String.join("|", a.postcodeKey().orElse(""), String.valueOf(a.houseNumber()),
        Addresses.key(a.addition().orElse("")), a.postcodeKey().isPresent() ? "" : Addresses.key(a.street().orElse("")),
        a.postcodeKey().isPresent() ? "" : Addresses.key(a.place().orElse("")));
  }

  private Optional<Location> fetch(Address address) {
    GeocodingException.Reason down = outage();
    if (down != null) {
      throw new GeocodingException(down, SERVICE, 0, null);
    }
    try {
      return ask(address);
    } catch (GeocodingException e) {
      if (e.reason() == GeocodingException.Reason.UNREACHABLE || e.reason() == GeocodingException.Reason.TIMEOUT) {
        synchronized (this) {
          outage = e.reason();
          outageUntil = nanoTime.getAsLong() + pauseAfterOutageNanos;
        }
      }
      throw e;
    }
  }

  /** The reason of an outage that is still within its pause, or null. */
  private synchronized GeocodingException.@Nullable Reason outage() {
    return outage != null && nanoTime.getAsLong() - outageUntil < 0 ? outage : null;
  }

  private Optional<Location> ask(Address address) {
    HttpRequest.Builder request = HttpRequest.newBuilder(query(address)).timeout(timeout)
        .header("Accept", "application/json").header("User-Agent", userAgent).GET();
    referer.ifPresent(r -> request.header("Referer", r));
    GeocodingException last = null;
    long wait = 0;
    for (int attempt = 0; attempt <= retries; attempt++) {
      try {
        if (attempt > 0) {
          pacer.pause(wait);
        }
        pacer.await();
        HttpResponse<String> response = client.send(request.build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        if (status == 200) {
          return best(read(response.body()), address);
        }
        if (status != 429 && status < 500) {
          throw new GeocodingException(GeocodingException.Reason.REFUSED, SERVICE, status, null);
        }
        last = new GeocodingException(status == 429 ? GeocodingException.Reason.RATE_LIMITED
            : GeocodingException.Reason.REFUSED, SERVICE, status, null);
        wait = status == 429 ? retryAfter(response) : backoff(attempt);
      } catch (HttpTimeoutException e) {
        last = new GeocodingException(GeocodingException.Reason.TIMEOUT, SERVICE, 0, e);
        wait = backoff(attempt);
      } catch (IOException e) {
        last = new GeocodingException(GeocodingException.Reason.UNREACHABLE, SERVICE, 0, e);
        wait = backoff(attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new GeocodingException(GeocodingException.Reason.INTERRUPTED, SERVICE, 0, e);
      }
    }
    throw last;
  }

  /** 0.5 s before the first retry, then twice as long each time. */
  private static long backoff(int attempt) {
    return Duration.ofMillis(500L << Math.min(attempt, 10)).toNanos();
  }

  /** The Retry-After header in seconds (its date form is not used by PDOK), else 2 s; at most a minute. */
  private static long retryAfter(HttpResponse<?> response) {
    Optional<String> header = response.headers().firstValue("Retry-After");
    long nanos = Duration.ofSeconds(2).toNanos();
    if (header.isPresent() && header.get().strip().matches("[0-9]{1,6}")) {
      nanos = Duration.ofSeconds(Long.parseLong(header.get().strip())).toNanos();
    }
    return Math.min(nanos, MAX_RETRY_AFTER_NANOS);
  }

  private URI query(Address a) {
    List<String> params = new ArrayList<>();
    if (a.postcodeKey().isPresent()) {
      String postcode = a.postcodeKey().get();
      params.add("q=" + encode(postcode + " " + a.houseNumber()));
      params.add("fq=" + encode("postcode:" + postcode));
    } else {
      params.add("q=" + encode(a.street().orElse("") + " " + a.houseNumber() + " " + a.place().orElse("")));
    }
    params.add("fq=" + encode("type:adres"));
    params.add("fq=" + encode("huisnummer:" + a.houseNumber()));
    params.add("fl=" + encode(FIELDS));
    params.add("rows=20");
    return URI.create(endpoint + "?" + String.join("&", params));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** The documents of an answer; the parse error is not chained: it would quote the answer. */
  private static JsonNode read(String body) {
    try {
      JsonNode docs = JSON.readTree(body).path("response").path("docs");
      if (!docs.isArray()) {
        throw new GeocodingException(GeocodingException.Reason.UNREADABLE_ANSWER, SERVICE, 0, null);
      }
      return docs;
    } catch (JsonProcessingException e) {
      throw new GeocodingException(GeocodingException.Reason.UNREADABLE_ANSWER, SERVICE, 0, null);
    }
  }

  private static Optional<Location> best(JsonNode docs, Address a) {
    JsonNode withoutAddition = null;
    JsonNode first = null;
    String addition = Addresses.key(a.addition().orElse(""));
    for (JsonNode doc : docs) {
      if (!"adres".equals(doc.path("type").asText()) || doc.path("huisnummer").asInt(-1) != a.houseNumber()) {
        continue;
      }
      boolean same = a.postcodeKey().isPresent()
          ? a.postcodeKey().get().equals(Addresses.compactPostcode(doc.path("postcode").asText()))
          : Addresses.key(a.street().orElse("")).equals(Addresses.key(doc.path("straatnaam").asText()))
              && Addresses.key(a.place().orElse("")).equals(Addresses.key(doc.path("woonplaatsnaam").asText()));
      if (!same) {
        continue;
      }
      String theirs = Addresses.key(doc.path("huisletter").asText("") + doc.path("huisnummertoevoeging").asText(""));
      if (theirs.equals(addition)) {
        return Optional.of(location(doc));
      }
      if (theirs.isEmpty() && withoutAddition == null) {
        withoutAddition = doc;
      }
      if (first == null) {
        first = doc;
      }
    }
    if (!addition.isEmpty()) {
      return withoutAddition != null ? Optional.of(location(withoutAddition)) : Optional.empty();
    }
    return Optional.ofNullable(withoutAddition != null ? withoutAddition : first).map(PdokLocatieserver::location);
  }

  private static Location location(JsonNode doc) {
    Matcher point = POINT.matcher(doc.path("centroide_ll").asText());
    if (!point.matches()) {
      throw new GeocodingException(GeocodingException.Reason.UNREADABLE_ANSWER, SERVICE, 0, null);
    }
    double lon = Double.parseDouble(point.group(1));
    double lat = Double.parseDouble(point.group(2));
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      throw new GeocodingException(GeocodingException.Reason.UNREADABLE_ANSWER, SERVICE, 0, null);
    }
    return new Location(GeoPoint.of(lat, lon), Precision.ADDRESS, name(doc, "buurtnaam"), name(doc, "wijknaam"),
        name(doc, "gemeentenaam"));
  }

  private static Optional<String> name(JsonNode doc, String field) {
    String text = doc.path(field).asText("").strip();
    return text.isEmpty() || text.length() > 100 ? Optional.empty() : Optional.of(text);
  }

  @Override
  public String toString() {
    return "PdokLocatieserver{" + endpoint.getHost() + "}";
  }

  /** Configures the geocoder. Not thread-safe. */
  public static final class Builder {
    private URI endpoint = ENDPOINT;
    private @Nullable HttpClient client;
    private Duration timeout = Duration.ofSeconds(10);
    private double requestsPerSecond = 5;
    private int retries = 3;
    private long cacheSize = 10_000;
    private Duration cacheExpiry = Duration.ofHours(1);
    private String userAgent = "voorzorgcirkel-sdk/0.1";
    private @Nullable String referer;
    private LongSupplier nanoTime = System::nanoTime;
    private Pacer.Sleeper sleeper = Pacer.Sleeper.SYSTEM;
    private Duration pauseAfterOutage = Duration.ofMinutes(1);

    private Builder() {}

    /**
     * Another endpoint: a test server, a proxy inside the organisation, or a later version.
     *
     * @param uri the URL of a {@code free} endpoint, http or https, not null
     * @return this builder
     */
    public Builder endpoint(URI uri) {
      Objects.requireNonNull(uri, "uri");
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
        throw new IllegalArgumentException("the endpoint must be an http or https URL");
      }
      this.endpoint = uri;
      return this;
    }

    /**
     * The HTTP client to use, for example one with the organisation's proxy settings; by default
     * a client of its own that does not follow redirects.
     *
     * @param client the client, not null
     * @return this builder
     */
    public Builder httpClient(HttpClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * How long to wait for an answer (and for the connection, with the default client).
     *
     * @param timeout more than zero, not null; default 10 seconds
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("the timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * The most requests a second.
     *
     * @param perSecond more than 0; default 5
     * @return this builder
     */
    public Builder requestsPerSecond(double perSecond) {
      if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
        throw new IllegalArgumentException("requests per second must be a positive number");
      }
      this.requestsPerSecond = perSecond;
      return this;
    }

    /**
     * How often a failed request is tried again.
     *
     * @param retries 0 to 10; default 3
     * @return this builder
     */
    public Builder retries(int retries) {
      if (retries < 0 || retries > 10) {
        throw new IllegalArgumentException("retries must be between 0 and 10");
      }
      this.retries = retries;
      return this;
    }

    /**
     * How many answers to keep.
     *
     * @param addresses 0 (no cache) or more; default 10,000
     * @return this builder
     */
    public Builder cacheSize(long addresses) {
      if (addresses < 0) {
        throw new IllegalArgumentException("the cache size must not be negative");
      }
      this.cacheSize = addresses;
      return this;
    }

    /**
     * How long to keep an answer.
     *
     * @param expiry more than zero, not null; default one hour
     * @return this builder
     */
    public Builder cacheExpiry(Duration expiry) {
      if (expiry.isZero() || expiry.isNegative()) {
        throw new IllegalArgumentException("the cache expiry must be positive");
      }
      this.cacheExpiry = expiry;
      return this;
    }

    /**
     * The {@code Referer} to send, which PDOK asks applications to set so that it can tell them
     * apart when there are problems: your application's public address, never a page with
     * personal data in it.
     *
     * @param referer an absolute http or https URL, not null
     * @return this builder
     */
    public Builder referer(URI referer) {
      if (!referer.isAbsolute() || referer.getHost() == null) {
        throw new IllegalArgumentException("the referer must be an absolute URL");
      }
      this.referer = referer.toString();
      return this;
    }

    /**
     * The {@code User-Agent} to send.
     *
     * @param userAgent 1 to 200 printable ASCII characters, not null; default {@code
     *     voorzorgcirkel-sdk/0.1}
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      if (!userAgent.matches("[\\x20-\\x7e]{1,200}")) {
        throw new IllegalArgumentException("the user agent must be 1 to 200 printable ASCII characters");
      }
      this.userAgent = userAgent;
      return this;
    }

    /**
     * How long calls fail at once after the service could not be reached or did not answer in
     * time, before it is asked again.
     *
     * @param pause zero (ask every time) or more, at most a day, not null; default one minute
     * @return this builder
     */
    public Builder pauseAfterOutage(Duration pause) {
      if (pause.isNegative() || pause.compareTo(Duration.ofDays(1)) > 0) {
        throw new IllegalArgumentException("the pause after an outage must be between zero and a day");
      }
      this.pauseAfterOutage = pause;
      return this;
    }

    /** For tests: the clock that paces requests and expires the cache. */
    Builder nanoTime(LongSupplier nanoTime) {
      this.nanoTime = nanoTime;
      return this;
    }

    /** For tests: what waits between requests. */
    Builder sleeper(Pacer.Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /**
     * The geocoder.
     *
     * @return the geocoder
     */
    public PdokLocatieserver build() {
      return new PdokLocatieserver(this);
    }
  }
}
