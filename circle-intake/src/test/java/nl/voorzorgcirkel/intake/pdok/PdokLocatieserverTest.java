package nl.voorzorgcirkel.intake.pdok;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import nl.voorzorgcirkel.core.address.Address;
import nl.voorzorgcirkel.core.address.Geocoder;
import nl.voorzorgcirkel.core.address.GeocodingException;
import nl.voorzorgcirkel.core.address.Location;
import nl.voorzorgcirkel.core.address.PostcodeCentroids;
import nl.voorzorgcirkel.core.address.Precision;
import nl.voorzorgcirkel.core.model.GeoPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PdokLocatieserverTest {

  private ReplayServer server;
  /** A clock that only the sleeper moves, and what was slept, in milliseconds. */
  private final AtomicLong now = new AtomicLong();
  private final List<Long> slept = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = new ReplayServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private PdokLocatieserver.Builder pdok() {
    return PdokLocatieserver.builder().endpoint(server.endpoint()).nanoTime(now::get)
        .sleeper(nanos -> {
          slept.add(nanos / 1_000_000);
          now.addAndGet(nanos);
        });
  }

  private static Address at(String postcode, int number, String addition) {
    Address.Builder b = Address.builder().postcode(postcode).houseNumber(number);
    if (addition != null) {
      b.addition(addition);
    }
    return b.build();
  }

  @Test
  void findsTheAddressWithItsNeighbourhoodAndKeepsTheLocationCoarse() {
    Location home = pdok().build().locate(at("1318 ab", 12, null)).orElseThrow();
    assertEquals(GeoPoint.of(52.372, 5.223), home.point());
    assertEquals(Precision.ADDRESS, home.precision());
    assertEquals(Optional.of("Muziekwijk Noord"), home.neighbourhood());
    assertEquals(Optional.of("Muziekwijk"), home.district());
    assertEquals(Optional.of("Almere"), home.municipality());
  }

  @Test
  void theAdditionIsMatchedHereAmongTheAnswers() {
    PdokLocatieserver pdok = pdok().build();
    assertEquals(GeoPoint.of(52.373, 5.223), pdok.locate(at("1318AB", 12, "a")).orElseThrow().point());
    assertEquals(GeoPoint.of(52.374, 5.224), pdok.locate(at("1318AB", 12, "2")).orElseThrow().point());
    // unknown addition: the house number without one, in the same building
    assertEquals(GeoPoint.of(52.372, 5.223), pdok.locate(at("1318AB", 12, "C")).orElseThrow().point());
    assertEquals(Optional.empty(), pdok.locate(at("1318AB", 99, null)));
  }

  @Test
  void onlyThePostcodeAndHouseNumberLeaveWithTheHeadersPdokAsksFor() {
    pdok().referer(URI.create("https://welzijn.example/intake")).build().locate(at("1318AB", 12, "A"));
    ReplayServer.Request request = server.requests().get(0);
    assertEquals(List.of("1318AB 12"), request.query().get("q"));
    assertEquals(List.of("postcode:1318AB", "type:adres", "huisnummer:12"), request.query().get("fq"));
    assertFalse(request.query().toString().contains("A,") || request.query().toString().contains("12A"));
    assertEquals(List.of("https://welzijn.example/intake"), request.headers().get("referer"));
    assertEquals(List.of("voorzorgcirkel-sdk/0.1"), request.headers().get("user-agent"));
  }

  @Test
  void withoutAPostcodeTheStreetAndPlaceAreAskedAndCompared() {
    Address address = Address.builder().street("ravelplein").houseNumber(3).place("ALMERE").build();
    Location location = pdok().build().locate(address).orElseThrow();
    assertEquals(Optional.of("Muziekwijk Zuid"), location.neighbourhood());
    assertEquals(List.of("ravelplein 3 ALMERE"), server.requests().get(0).query().get("q"));
  }

  @Test
  void answersAreCachedNotFoundIncludedUntilTheyExpire() {
    PdokLocatieserver pdok = pdok().cacheExpiry(Duration.ofMinutes(10)).build();
    pdok.locate(at("1318AB", 12, null));
    pdok.locate(at("1318 ab", 12, null));
    pdok.locate(at("1318AB", 99, null));
    pdok.locate(at("1318AB", 99, null));
    assertEquals(2, server.requests().size());
    now.addAndGet(Duration.ofMinutes(11).toNanos());
    pdok.locate(at("1318AB", 12, null));
    assertEquals(3, server.requests().size());
  }

  @Test
  void requestsAreSpacedToTheRate() {
    PdokLocatieserver pdok = pdok().requestsPerSecond(2).build();
    pdok.locate(at("1318AB", 12, null));
    pdok.locate(at("1318AB", 14, null));
    pdok.locate(at("1318AB", 99, null));
    assertEquals(List.of(500L, 500L), slept);
  }

  @Test
  void tooManyRequestsWaitsAsLongAsTheServiceAsks() {
    assertEquals(Optional.empty(), pdok().build().locate(at("9991ZZ", 1, null)));
    assertEquals(2, server.requests().size());
    assertTrue(slept.contains(3_000L), slept.toString());
  }

  @Test
  void serverErrorsAreRetriedWithGrowingPausesThenReportedWithTheirStatus() {
    GeocodingException e = assertThrows(GeocodingException.class, () -> pdok().build().locate(at("9990ZZ", 1, null)));
    assertEquals(GeocodingException.Reason.REFUSED, e.reason());
    assertEquals(500, e.status());
    assertEquals(4, server.requests().size());
    assertEquals(List.of(500L, 1_000L, 2_000L), slept);
    assertEquals("PDOK Locatieserver weigerde het verzoek (status 500)", e.message(Locale.forLanguageTag("nl")));
    // a failure is not cached: the next call asks again
    assertThrows(GeocodingException.class, () -> pdok().retries(0).build().locate(at("9990ZZ", 1, null)));
    assertEquals(5, server.requests().size());
  }

  @Test
  void aBadRequestIsNotRetried() {
    GeocodingException e = assertThrows(GeocodingException.class, () -> pdok().build().locate(at("9994ZZ", 1, null)));
    assertEquals(400, e.status());
    assertEquals(1, server.requests().size());
  }

  @Test
  void anUnreadableAnswerSaysSoWithoutQuotingIt() {
    GeocodingException e = assertThrows(GeocodingException.class, () -> pdok().build().locate(at("9992ZZ", 1, null)));
    assertEquals(GeocodingException.Reason.UNREADABLE_ANSWER, e.reason());
    assertEquals("PDOK Locatieserver gave an answer that could not be read", e.getMessage());
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains("9992"), t.toString());
    }
  }

  @Test
  void aSlowServiceTimesOut() {
    GeocodingException e = assertThrows(GeocodingException.class,
        () -> pdok().timeout(Duration.ofMillis(200)).retries(0).build().locate(at("9993ZZ", 1, null)));
    assertEquals(GeocodingException.Reason.TIMEOUT, e.reason());
  }

  /** The geocoder on a port where nothing listens. */
  private PdokLocatieserver.Builder unreachable() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    return pdok().endpoint(URI.create("http://127.0.0.1:" + port + "/free"));
  }

  private static Geocoder withCentroids(Geocoder first) {
    return first.orElse(PostcodeCentroids.builder().add("1318AB", GeoPoint.of(52.3722, 5.2229), "Muziekwijk Noord")
        .build());
  }

  @Test
  void anUnreachableServiceIsReportedAsSuchAndTheFallbackTakesOver() throws IOException {
    PdokLocatieserver down = unreachable().retries(1).build();
    GeocodingException e = assertThrows(GeocodingException.class, () -> down.locate(at("1318AB", 12, null)));
    assertEquals(GeocodingException.Reason.UNREACHABLE, e.reason());
    assertEquals("PDOK Locatieserver is niet bereikbaar", e.message(Locale.forLanguageTag("nl")));
    assertEquals(Precision.POSTCODE, withCentroids(down).locate(at("1318AB", 12, null)).orElseThrow().precision());
  }

  @Test
  void anOutageIsRememberedSoTheRestOfAListFallsBackAtOnceUntilThePauseIsOver() throws IOException {
    PdokLocatieserver down = unreachable().retries(3).pauseAfterOutage(Duration.ofMinutes(1)).build();
    Geocoder withFallback = withCentroids(down);
    assertEquals(Precision.POSTCODE, withFallback.locate(at("1318AB", 12, null)).orElseThrow().precision());
    assertEquals(List.of(500L, 1000L, 2000L), slept, "the first address waits for the retries");
    // the next addresses of the list, within the minute: no request, no waiting
    for (int number = 13; number < 40; number++) {
      assertEquals(Precision.POSTCODE, withFallback.locate(at("1318AB", number, null)).orElseThrow().precision());
    }
    assertEquals(List.of(500L, 1000L, 2000L), slept);
    // an address the fallback does not know: the outage and the fallback, both said
    GeocodingException e = assertThrows(GeocodingException.class, () -> withFallback.locate(at("9999ZZ", 1, null)));
    assertEquals(GeocodingException.Reason.UNREACHABLE, e.reason());
    assertEquals("PDOK Locatieserver could not be reached, and the fallback does not know the address either",
        e.getMessage());
    assertEquals("PDOK Locatieserver is niet bereikbaar, en de achtervang kent het adres ook niet",
        e.message(Locale.forLanguageTag("nl")));
    // after the pause the service is asked again (and still down: the retries wait again)
    now.addAndGet(Duration.ofMinutes(1).toNanos());
    assertThrows(GeocodingException.class, () -> down.locate(at("1318AB", 50, null)));
    assertEquals(List.of(500L, 1000L, 2000L, 500L, 1000L, 2000L), slept);
  }

  @Test
  void badSettingsAreRefused() {
    PdokLocatieserver.Builder b = PdokLocatieserver.builder();
    assertThrows(IllegalArgumentException.class, () -> b.endpoint(URI.create("ftp://example.org/free")));
    assertThrows(IllegalArgumentException.class, () -> b.requestsPerSecond(0));
    assertThrows(IllegalArgumentException.class, () -> b.retries(11));
    assertThrows(IllegalArgumentException.class, () -> b.timeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> b.pauseAfterOutage(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> b.pauseAfterOutage(Duration.ofDays(2)));
    assertThrows(IllegalArgumentException.class, () -> b.referer(URI.create("intake")));
    assertThrows(IllegalArgumentException.class, () -> b.userAgent("é"));
    assertEquals("PdokLocatieserver{api.pdok.nl}", b.build().toString());
  }
}
