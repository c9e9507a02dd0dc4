package nl.voorzorgcirkel.intake.pdok;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A PDOK Locatieserver on the loopback address that replays recorded answers (the JSON files beside
 * this class) and plays the service's failures for a few postcodes: 9990ZZ always answers 500,
 * 9991ZZ answers 429 (Retry-After 3) once, 9992ZZ answers something that is not JSON, 9993ZZ
 * answers after 2 seconds, 9994ZZ answers 400. Records every request it got. Stops itself on close.
 */
final class ReplayServer implements AutoCloseable {

  /** One request as received. */
  record Request(String path, Map<String, List<String>> query, Map<String, List<String>> headers) {}

  private final HttpServer server;
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger tooMany = new AtomicInteger();

  ReplayServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/bzk/locatieserver/search/v3_1/free", this::answer);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/bzk/locatieserver/search/v3_1/free");
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  private void answer(HttpExchange exchange) throws IOException {
    Map<String, List<String>> query = parse(exchange.getRequestURI().getRawQuery());
    Map<String, List<String>> headers = new HashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    requests.add(new Request(exchange.getRequestURI().getPath(), query, headers));
    String postcode = null;
    String number = null;
    for (String fq : query.getOrDefault("fq", List.of())) {
      if (fq.startsWith("postcode:")) {
        postcode = fq.substring("postcode:".length());
      } else if (fq.startsWith("huisnummer:")) {
        number = fq.substring("huisnummer:".length());
      }
    }
    try {
      if ("9990ZZ".equals(postcode)) {
        send(exchange, 500, "{\"error\":\"internal\"}");
      } else if ("9991ZZ".equals(postcode) && tooMany.getAndIncrement() == 0) {
        exchange.getResponseHeaders().add("Retry-After", "3");
        send(exchange, 429, "{\"error\":\"too many requests\"}");
      } else if ("9992ZZ".equals(postcode)) {
        send(exchange, 200, "<html>maintenance: 9992ZZ</html>");
      } else if ("9993ZZ".equals(postcode)) {
        Thread.sleep(2_000);
        send(exchange, 200, recorded("1318AB-99.json"));
      } else if ("9994ZZ".equals(postcode)) {
        send(exchange, 400, "{\"error\":\"bad request\"}");
      } else if (postcode != null) {
        send(exchange, 200, recorded(postcode + "-" + number + ".json"));
      } else {
        String words = query.get("q").get(0).toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        send(exchange, 200, recorded("street-" + words + ".json"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String recorded(String name) throws IOException {
    try (InputStream in = ReplayServer.class.getResourceAsStream(name)) {
      return in == null ? "{\"response\":{\"numFound\":0,\"start\":0,\"docs\":[]}}"
          : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, List<String>> parse(String raw) {
    Map<String, List<String>> out = new HashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
