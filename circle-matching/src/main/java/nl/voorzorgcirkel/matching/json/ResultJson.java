package nl.voorzorgcirkel.matching.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.voorzorgcirkel.core.assessment.HealthReport;
import nl.voorzorgcirkel.core.impact.ImpactReport;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import nl.voorzorgcirkel.core.json.CircleJson;
import nl.voorzorgcirkel.core.json.internal.JsonReading;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TripId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.matching.assignment.AssignmentPlan;
import nl.voorzorgcirkel.matching.formation.FormationResult;
import nl.voorzorgcirkel.matching.ranking.Audience;
import nl.voorzorgcirkel.matching.ranking.Ranking;
import org.jspecify.annotations.Nullable;

/**
 * Writes results as versioned JSON documents and reads them back: the JSON a welfare IT team's
 * service returns for a ranking, an assignment plan, a health report, a formation result or an
 * impact report.
 *
 * <p>Every document carries a {@code schemaVersion} and conforms to the JSON Schema of that
 * version ({@link #schema(Class)}), whose {@code $id} names the version, for example {@code
 * https://voorzorgcirkel.nl/schemas/circle-matching/ranking-v1.schema.json}. A published
 * version never changes: a change of shape gets a new version and a new schema, and this class
 * goes on reading every earlier version, upgrading it to the current document. A version newer
 * than this library knows is refused with a clear error, not guessed at.
 *
 * <p>Reading refuses JSON that breaks the schema's rules or the documents' own: the error is an
 * {@link InvalidValueException} whose violations name the field from the top of the document and
 * the rule, in English and Dutch ({@link InvalidValueException#message(java.util.Locale)}), and
 * never quote the value read, which may be personal data. Numbers are not read from text, nor
 * whole numbers from fractions; unknown fields are refused.
 *
 * <p>Output is deterministic: fields in the order of the documents' components, maps ordered by
 * key, empty optional fields left out, instants and dates as ISO-8601 text.
 *
 * <p>Thread-safe: one instance may serve every request.
 *
 * @since 0.1.0
 */
public final class ResultJson {

  /** An instant as java.time writes it in UTC, in the years 1 to 9999 (see the schemas). */
  private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
  /** A day in the years 1 to 9999. */
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** A duration of 0 or more as java.time writes it: hours, minutes, seconds. */
  private static final Pattern DURATION = Pattern.compile("PT(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?");

  private final ObjectMapper mapper;

  private ResultJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * A reader and writer of result documents.
   *
   * @return a new instance
   * @throws IllegalStateException if Jackson's java.time or JDK 8 module is not there, naming
   *     them (see {@code CircleJson.configure})
   */
  public static ResultJson create() {
    ObjectMapper mapper = JsonMapper.builder()
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
    // text is text, numbers are numbers: CircleJson refuses every scalar coercion
    CircleJson.configure(mapper);
    SimpleModule strict = new SimpleModule("voorzorgcirkel-result-documents");
    // ids and times only from text in the schema's form (Jackson would also take numbers as ids,
    // epoch seconds as instants, arrays as dates); registered after the core's, so these win
    text(strict, MemberId.class, null, MemberId::of);
    text(strict, RequestId.class, null, RequestId::of);
    text(strict, CircleId.class, null, CircleId::of);
    text(strict, TripId.class, null, TripId::of);
    text(strict, Capability.class, null, Capability::of);
    text(strict, Instant.class, INSTANT, Instant::parse);
    text(strict, LocalDate.class, DATE, LocalDate::parse);
    text(strict, Duration.class, DURATION, Duration::parse);
    strict.addKeyDeserializer(MemberId.class, new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
        try {
          return MemberId.of(key);
        } catch (InvalidValueException e) {
          throw JsonMappingException.from(ctxt, e.getMessage(), e);
        }
      }
    });
    mapper.registerModule(strict);
    return new ResultJson(mapper);
  }

  /**
   * A value read only from a JSON text, in a form if one is given, built by {@code of}; a
   * violation of the value's own rules is kept as the cause, other failures say only that the
   * form is wrong (Jackson's own messages would quote the value).
   */
  private static <T> void text(SimpleModule module, Class<T> type, @Nullable Pattern form, Function<String, T> of) {
    module.addDeserializer(type, new StdDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
          throw MismatchedInputException.from(p, type, "not a JSON text");
        }
        String text = p.getText();
        if (form != null && !form.matcher(text).matches()) {
          throw MismatchedInputException.from(p, type, "not in the schema's form");
        }
        try {
          return of.apply(text);
        } catch (InvalidValueException e) {
          throw JsonMappingException.from(p, e.getMessage(), e);
        } catch (DateTimeException e) {
          throw MismatchedInputException.from(p, type, "not a valid " + type.getSimpleName());
        }
      }
    });
  }

  /**
   * A ranking as an audience may read it ({@link RankingDocument#of}).
   *
   * @param ranking the ranking, not null
   * @param audience who reads it, not null
   * @return the JSON text
   */
  public String write(Ranking ranking, Audience audience) {
    return write(RankingDocument.of(ranking, audience));
  }

  /**
   * A plan as an audience may read it ({@link AssignmentPlanDocument#of}).
   *
   * @param plan the plan, not null
   * @param audience who reads it, not null
   * @return the JSON text
   */
  public String write(AssignmentPlan plan, Audience audience) {
    return write(AssignmentPlanDocument.of(plan, audience));
  }

  /**
   * A health report ({@link HealthReportDocument#of}).
   *
   * @param report the report, not null
   * @return the JSON text
   */
  public String write(HealthReport report) {
    return write(HealthReportDocument.of(report));
  }

  /**
   * A formation result ({@link FormationDocument#of}).
   *
   * @param result the result, not null
   * @return the JSON text
   */
  public String write(FormationResult result) {
    return write(FormationDocument.of(result));
  }

  /**
   * An impact report ({@link ImpactReportDocument#of}).
   *
   * @param report the report, not null
   * @return the JSON text
   * @since 0.1.0
   */
  public String write(ImpactReport report) {
    return write(ImpactReportDocument.of(report));
  }

  /**
   * A document as JSON.
   *
   * @param document the document, not null
   * @return the JSON text, one line, UTF-16 as any Java string (encode as UTF-8 to send it)
   */
  public String write(ResultDocument document) {
    Objects.requireNonNull(document, "document");
    try {
      return mapper.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a " + Kind.of(document.getClass()).typeName(), e);
    }
  }

  /**
   * A document read from JSON of its current version or any earlier one.
   *
   * @param json the JSON text, not null
   * @param type the document's class, such as {@code RankingDocument.class}; not null
   * @param <D> the document type
   * @return the document, in the current version
   * @throws InvalidValueException if the text is not JSON, not a document of this type, of a
   *     version newer than this library reads, or breaks a rule; each violation names the field
   *     and the rule
   */
  public <D extends ResultDocument> D read(String json, Class<D> type) {
    Objects.requireNonNull(json, "json");
    Kind kind = Kind.of(type);
    String name = kind.typeName();
    JsonNode tree;
    try {
      tree = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw unreadable(e, name);
    }
    if (!(tree instanceof ObjectNode document)) {
      throw Arguments.invalid(name, "", "jsonObject", Map.of());
    }
    int version = version(document, kind);
    kind.upgrade(document, version);
    try {
      return type.cast(mapper.treeToValue(document, type));
    } catch (JacksonException e) {
      throw translate(e, name);
    }
  }

  /**
   * A text that is not JSON as one violation: a syntax error with its line and column, a key given
   * twice with its path, a size limit of the reader by what was too large, without a position that
   * does not exist. Never Jackson's words, which may quote the value.
   */
  private static InvalidValueException unreadable(JsonProcessingException e, String name) {
    return JsonReading.unreadable(e, name);
  }

  /** The document's schema version, checked: given, a whole number, 1 to the current one. */
  private static int version(ObjectNode document, Kind kind) {
    String name = kind.typeName();
    JsonNode node = document.get("schemaVersion");
    if (node == null || node.isNull()) {
      throw new InvalidValueException(List.of(ModelValidator.missing(name, "schemaVersion")));
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw Arguments.invalid(name, "schemaVersion", "jsonType", Map.of());
    }
    int version = node.intValue();
    if (version < 1) {
      throw Arguments.invalid(name, "schemaVersion", "atLeast", Map.of("min", 1));
    }
    if (version > kind.current()) {
      throw Arguments.invalid(name, "schemaVersion", "knownSchemaVersion", Map.of("max", kind.current()));
    }
    return version;
  }

  /**
   * A binding error as the violations of the document: the field from the top and the rule, never
   * Jackson's message, which may quote the value.
   */
  private static InvalidValueException translate(JacksonException e, String name) {
    String path = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidValueException invalid) {
        // a document's own check names fields inside it; an id's check only its inner value
        return e instanceof ValueInstantiationException ? Rules.at(invalid, name, path) : Rules.on(invalid, name, path);
      }
    }
    if (e instanceof UnrecognizedPropertyException) {
      return Arguments.invalid(name, path, "knownField", Map.of());
    }
    String message = e.getOriginalMessage();
    String missing = "Missing required creator property '";
    if (message != null && message.startsWith(missing)) {
      // the name is one of the document's own fields, never input
      String field = message.substring(missing.length(), message.indexOf('\'', missing.length()));
      String at = path.equals(field) || path.endsWith("." + field) ? path : path.isEmpty() ? field : path + "." + field;
      return new InvalidValueException(List.of(ModelValidator.missing(name, at)));
    }
    return Arguments.invalid(name, path, "jsonType", Map.of());
  }

  private static String path(List<JsonMappingException.Reference> references) {
    return JsonReading.path(references);
  }

  /**
   * The JSON Schema (draft 2020-12) of a document's current version.
   *
   * @param type the document's class, not null
   * @return the schema text, never null
   */
  public static String schema(Class<? extends ResultDocument> type) {
    Kind kind = Kind.of(type);
    return schema(type, kind.current());
  }

  /**
   * The JSON Schema (draft 2020-12) of one version of a document, for clients that read documents
   * of that version.
   *
   * @param type the document's class, not null
   * @param version the schema version, 1 to the current one
   * @return the schema text, never null
   * @throws InvalidValueException if this library has no such version
   */
  public static String schema(Class<? extends ResultDocument> type, int version) {
    Kind kind = Kind.of(type);
    Arguments.between(version, 1, kind.current(), kind.typeName(), "schemaVersion");
    String resource = kind.resource(version);
    try (InputStream in = ResultJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the schema " + resource + " is missing from the library");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The {@code $id} of one version of a document's schema: a stable URI that names the version.
   *
   * @param type the document's class, not null
   * @param version the schema version, 1 to the current one
   * @return the URI, never null
   * @throws InvalidValueException if this library has no such version
   */
  public static URI schemaId(Class<? extends ResultDocument> type, int version) {
    Kind kind = Kind.of(type);
    Arguments.between(version, 1, kind.current(), kind.typeName(), "schemaVersion");
    return URI.create(Kind.BASE + kind.resource(version));
  }
}
