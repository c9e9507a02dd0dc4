package nl.voorzorgcirkel.core.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Objects;
import nl.voorzorgcirkel.core.audit.AuditEntry;
import nl.voorzorgcirkel.core.audit.AuditTrail;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.json.internal.JsonReading;
import nl.voorzorgcirkel.core.consent.ConsentRecord;
import nl.voorzorgcirkel.core.i18n.Bilingual;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.AnsweredBy;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Absence;
import nl.voorzorgcirkel.core.model.BuildingId;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.CirclePolicy;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.FamilyCarerId;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Recurrence;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.SeriesId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.TripId;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.core.model.WeeklySlot;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Jackson set-up for the model: java.time values as ISO-8601 text ({@code "2026-11-26"}, {@code
 * "PT1H30M"}), value types as objects of their attributes (an empty {@link java.util.Optional} left
 * out), identifiers and capabilities as plain strings, a ledger as the array of its records, a
 * commitment book as the array of its commitments, a consent register and an audit trail as the
 * arrays of their records and entries,
 * request events tagged with a {@code "type"}, a request lifecycle as its request and events
 * (replayed, and so checked, when read).
 *
 * <p>The model carries no Jackson annotations at all, so code that compiles against the core does
 * not need Jackson; everything is registered here, read off the model's public accessors and
 * builders.
 * Reading JSON builds values through their builders. Read with {@link #read(String, Class)} and
 * every problem is an {@link InvalidValueException} in English and Dutch, as {@code ResultJson}
 * and scenario files report theirs: a syntax error with its line and column, a key given twice
 * with its path, a broken rule named from the top of the text ({@code
 * Circle.members[0].birthYear}); a mapper's own {@code readValue} throws Jackson's exceptions
 * instead, wrapping the {@link InvalidValueException} of a broken rule. A required attribute left
 * out (a number too, or a field of a request event) is refused as "must be given" at its path. A key given twice
 * in one object is refused (Jackson would keep the last one silently), as every JSON reader of
 * this library does. A value of the wrong JSON type is refused, not converted: text only from a
 * JSON text (not from a number or {@code true}), numbers only from JSON numbers (not from text),
 * {@code true} and {@code false} only from themselves (not from {@code 1} or {@code "yes"}), names
 * of a fixed set (a role, a day) only as text, empty or blank text ({@code ""}, {@code "  "}) never
 * as a number, {@code true} or {@code false}, or a name (Jackson would read 0, false or nothing),
 * and dates, times, instants, durations and time zones only as their ISO-8601 text (not empty) ({@code "PT2H"}, never a bare number of seconds). No read error
 * quotes the value it could not read: such values may be personal data.
 *
 * @since 0.1.0
 */
public final class CircleJson {

  /** The model's value types, written and read through their accessors and builders. */
  private static final List<Class<?>> VALUE_TYPES = List.of(Absence.class, CapabilityOffer.class,
      Circle.class, CirclePolicy.class, GeoPoint.class, HelpRequest.class, Member.class,
      Recurrence.class, TimeWindow.class, WeeklyAvailability.class, WeeklySlot.class,
      HelpRecord.class, Commitment.class, ConsentRecord.class, AuditEntry.class);

  /**
   * The mapper of {@link #read}: configured once, then thread-safe. It reads the whole text, as
   * {@code ResultJson} and scenario files do: text after the value is refused, not left unread.
   */
  private static volatile @Nullable ObjectMapper reader;

  private CircleJson() {}

  /**
   * The mapper of {@link #read}, made on first use rather than when the class loads, so that a
   * missing Jackson module is told as the {@link IllegalStateException} of {@link #configure}, not
   * as an error in the class's initialisation. Two threads may both make one; either will do.
   */
  private static ObjectMapper reader() {
    ObjectMapper mapper = reader;
    if (mapper == null) {
      mapper = newMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
      reader = mapper;
    }
    return mapper;
  }

  /**
   * A value of the model read from JSON, every problem reported in this library's words, in
   * English and Dutch, without the value: a text that is not JSON (with line and column), a key
   * given twice (with its path), a size limit of the reader, a rule of the model broken (named
   * from the top of the text, for example {@code Circle.members[0].birthYear}), a value of the
   * wrong type. Thread-safe.
   *
   * @param json the JSON text, not null
   * @param type the type to read, such as {@code Circle.class}, not null
   * @param <T> the type
   * @return the value, never null
   * @throws InvalidValueException if the text cannot be read as a valid value of the type
   * @throws IllegalStateException if Jackson's java.time or JDK 8 module is not there (see {@link
   *     #configure})
   * @since 0.1.0
   */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    try {
      T value = reader().readValue(json, type);
      if (value == null) {
        throw new InvalidValueException(List.of(ModelValidator.missing(type.getSimpleName(), "")));
      }
      return value;
    } catch (JsonProcessingException e) {
      throw invalid(e, type.getSimpleName(), json);
    }
  }

  /**
   * What reading threw, as violations: a value of the wrong JSON type at its path with the type
   * expected ({@code RequestLifecycle.events[0].at: cannot be read as an ISO-8601 instant in
   * text}), an event of no known kind with the kinds there are, an empty text or text after the
   * value as a text that is not one JSON value (with line and column); anything else as {@link
   * JsonReading#invalid} says. Jackson's own words would quote the value, which may be personal
   * data (user test 7).
   */
  private static InvalidValueException invalid(JsonProcessingException e, String name, String json) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidValueException) {
        return JsonReading.invalid(e, name); // a rule broken: its own violations
      }
    }
    String original = String.valueOf(e.getOriginalMessage());
    if (original.startsWith("No content to map due to end-of-input") || original.startsWith("Trailing token")) {
      // no value, or more than one: a text that is not one JSON value, with its line and column
      return JsonReading.unreadable(e, name);
    }
    if (e instanceof InvalidTypeIdException typeId && typeId.getBaseType() != null
        && typeId.getBaseType().getRawClass() == RequestEvent.class) {
      String path = JsonReading.path(typeId.getPath());
      if (!isObjectAt(json, typeId.getPath())) {
        // a number or text where an event belongs, which Jackson reports as an event without a type
        return new InvalidValueException(List.of(Violation.of(name, path, "type", "vzc.json.type",
            Map.of("expected", ValueTypeMapping.words("object", Map.of())))));
      }
      return new InvalidValueException(List.of(Violation.of(name, path.isEmpty() ? "type" : path + ".type", "type",
          "vzc.json.type", Map.of("expected", eventKinds()))));
    }
    if (e instanceof MismatchedInputException mismatch && !(e instanceof UnrecognizedPropertyException)
        && mismatch.getTargetType() != null) {
      Bilingual expected = ValueTypeMapping.expectedOf(mismatch.getTargetType(), true);
      if (expected != null) {
        return new InvalidValueException(List.of(Violation.of(name, JsonReading.path(mismatch.getPath()), "type",
            "vzc.json.type", Map.of("expected", expected))));
      }
    }
    return JsonReading.invalid(e, name);
  }

  /** Whether the value at a path of the text is a JSON object. */
  private static boolean isObjectAt(String json, List<JsonMappingException.Reference> path) {
    try {
      JsonNode node = reader().readTree(json);
      for (JsonMappingException.Reference ref : path) {
        node = ref.getIndex() >= 0 ? node.path(ref.getIndex()) : node.path(String.valueOf(ref.getFieldName()));
      }
      return node.isObject();
    } catch (JsonProcessingException e) {
      return true;
    }
  }

  /** The kinds of request event, as their {@code "type"} is written: one of asked, accepted, .... */
  private static Bilingual eventKinds() {
    List<String> names = new ArrayList<>();
    for (JsonSubTypes.Type kind : RequestEventMixin.class.getAnnotation(JsonSubTypes.class).value()) {
      names.add(kind.name());
    }
    return ValueTypeMapping.words("oneOf", Map.of("names", String.join(", ", names)));
  }

  /**
   * A new mapper configured for the model. Thread-safe once configured, like every {@code
   * ObjectMapper}.
   *
   * @return a new mapper
   * @throws IllegalStateException if Jackson's java.time or JDK 8 module is not there (see {@link
   *     #configure})
   */
  public static ObjectMapper newMapper() {
    return configure(JsonMapper.builder().build());
  }

  /**
   * Configures an existing mapper for the model: registers the model module, the java.time and
   * JDK 8 modules, writes dates and durations as ISO-8601 text, refuses a key given twice in
   * one object, and refuses a value of the wrong JSON type instead of converting it (no text read
   * from a number or {@code true}, no number from text, no {@code true} from {@code 1}, no number,
   * {@code false} or name from empty or blank text, no duration or instant from a number: see the
   * class description). Call before the mapper is used.
   *
   * @param mapper the mapper, not null
   * @return the same mapper
   * @throws IllegalStateException if Jackson's java.time or JDK 8 module is not there (the
   *     artifacts {@code jackson-datatype-jsr310} and {@code jackson-datatype-jdk8}; on the module
   *     path and in a jlink image, modules that the application requires), naming them; the
   *     mapper is then left as it was
   */
  public static ObjectMapper configure(ObjectMapper mapper) {
    Objects.requireNonNull(mapper, "mapper");
    List<com.fasterxml.jackson.databind.Module> jacksonModules = JacksonModules.create();
    JsonReading.strict(mapper);
    keepJsonTypes(mapper);
    return mapper
        .registerModules(jacksonModules)
        .registerModule(modelModule())
        .addHandler(new WithoutRejectedValues())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
  }

  /**
   * Jackson converts scalars by default: a number or {@code true} read as text, {@code 1} as
   * {@code true}, {@code "52.3"} as a number, {@code 2} as the third name of an enum (user test 6,
   * J3), {@code ""} or {@code "  "} as 0, {@code false} or no value. A client that sends the wrong type has made a mistake this reader should report, so every
   * such conversion fails and is reported as a value of the wrong type at its path.
   */
  private static void keepJsonTypes(ObjectMapper mapper) {
    refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
        CoercionInputShape.Boolean);
    refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.EmptyString,
        CoercionInputShape.Float, CoercionInputShape.Boolean);
    refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.EmptyString,
        CoercionInputShape.Boolean);
    refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString,
        CoercionInputShape.Integer, CoercionInputShape.Float);
    refuse(mapper, LogicalType.Enum, CoercionInputShape.EmptyString, CoercionInputShape.Integer,
        CoercionInputShape.Float);
    // "" and "  " are no number, true, false or name either: Jackson reads them as null, so 0,
    // false or the default, unless told; blank text counts as text, which is refused above
    for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
        LogicalType.Enum)) {
      mapper.coercionConfigFor(type).setAcceptBlankAsEmpty(false);
    }
  }

  private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
    }
  }

  private static SimpleModule modelModule() {
    SimpleModule module = new SimpleModule("voorzorgcirkel-model");
    for (Class<?> type : VALUE_TYPES) {
      addValueType(module, type);
    }
    text(module, MemberId.class, MemberId::of);
    text(module, CircleId.class, CircleId::of);
    text(module, BuildingId.class, BuildingId::of);
    text(module, RequestId.class, RequestId::of);
    text(module, Capability.class, Capability::of);
    text(module, TripId.class, TripId::of);
    text(module, SeriesId.class, SeriesId::of);
    text(module, FamilyCarerId.class, FamilyCarerId::of);
    // java.time values only from their ISO-8601 text, as they are written: the java.time module
    // would also read a number (seconds for a duration, epoch seconds for an instant) or an array
    isoText(module, Duration.class, Duration::parse);
    isoText(module, Instant.class, Instant::parse);
    isoText(module, LocalDate.class, LocalDate::parse);
    isoText(module, LocalTime.class, LocalTime::parse);
    isoText(module, ZoneId.class, ZoneId::of);
    // an answer of a lifecycle written before answers recorded who gave them: the member did
    module.addSerializer(AnsweredBy.class, new ToStringSerializer(AnsweredBy.class));
    module.addDeserializer(AnsweredBy.class, new FromText<AnsweredBy>(AnsweredBy.class, AnsweredBy::parse) {
      private static final long serialVersionUID = 1L;

      @Override
      public AnsweredBy getNullValue(DeserializationContext ctxt) {
        return AnsweredBy.member();
      }

      @Override
      public Object getAbsentValue(DeserializationContext ctxt) {
        return AnsweredBy.member();
      }
    });
    list(module, HelpLedger.class, HelpRecord.class, HelpLedger::records, HelpLedger::of);
    list(module, CommitmentBook.class, Commitment.class, CommitmentBook::commitments, CommitmentBook::of);
    list(module, ConsentRegister.class, ConsentRecord.class, ConsentRegister::records,
        ConsentRegister::of);
    list(module, AuditTrail.class, AuditEntry.class, AuditTrail::entries, AuditTrail::of);
    module.setMixInAnnotation(RequestEvent.class, RequestEventMixin.class);
    module.setMixInAnnotation(RequestLifecycle.class, RequestLifecycleMixin.class);
    return module;
  }

  private static <T> void addValueType(SimpleModule module, Class<T> type) {
    ValueTypeMapping<T> mapping = ValueTypeMapping.of(type);
    module.addSerializer(type, mapping.serializer());
    module.addDeserializer(type, mapping.deserializer());
  }

  /** A collection type written as the array of its elements and read back from one. */
  private static <T, E> void list(SimpleModule module, Class<T> type, Class<E> element,
      Function<T, List<E>> elements, Function<List<E>, T> of) {
    module.addSerializer(type, new StdSerializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        provider.defaultSerializeValue(elements.apply(value), gen);
      }
    });
    module.addDeserializer(type, new StdDeserializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return of.apply(ctxt.readValue(p, ctxt.getTypeFactory().constructCollectionType(List.class, element)));
      }
    });
  }

  /** A value written as its {@code toString()} and read back with its {@code of(String)}. */
  private static <T> void text(SimpleModule module, Class<T> type, Function<String, T> of) {
    module.addSerializer(type, new ToStringSerializer(type));
    module.addDeserializer(type, new FromText<>(type, of));
  }

  /**
   * A value read only from its ISO-8601 text (the java.time module writes it); a registered
   * deserializer replaces the module's, whose serializer stays.
   */
  private static <T> void isoText(SimpleModule module, Class<T> type, Function<String, T> parse) {
    module.addDeserializer(type, new FromText<>(type, parse) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        // Jackson reads "" and "  " as no value: an optional date would quietly be left out
        if (p.hasToken(JsonToken.VALUE_STRING) && p.getText().isBlank()) {
          throw new ValueNotShown(p, handledType(), "a " + handledType().getSimpleName()
              + " is not read from empty or blank text");
        }
        return super.deserialize(p, ctxt);
      }
    });
  }

  /**
   * Reads a value from a JSON text only (Jackson's base class would take any scalar, such as
   * {@code 12} or {@code true}, as its text); an invalid text is reported without quoting it.
   */
  private static class FromText<T> extends FromStringDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<String, T> of;

    FromText(Class<T> type, Function<String, T> of) {
      super(type);
      this.of = of;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        throw new ValueNotShown(p, handledType(), "a " + handledType().getSimpleName()
            + " is read from a JSON text only");
      }
      return super.deserialize(p, ctxt);
    }

    @Override
    protected T _deserialize(String value, DeserializationContext ctxt) throws IOException {
      try {
        return of.apply(value);
      } catch (InvalidValueException e) {
        // the violation names the rule, never the value; Jackson's own message would quote it
        throw JsonMappingException.from(ctxt, e.getMessage(), e);
      } catch (DateTimeException e) {
        throw new ValueNotShown(ctxt.getParser(), handledType(), "cannot read a "
            + handledType().getSimpleName() + " from the text given (the value is not shown: it may be personal data)");
      }
    }
  }

  /**
   * Reports text, numbers and keys that cannot be read without quoting them: Jackson's own
   * messages would (for example {@code from String "geb. 12-03-1937"}), and such a value may well
   * be personal data. The message names the expected type; Jackson adds the path to the field.
   */
  private static final class WithoutRejectedValues extends DeserializationProblemHandler {
    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType,
        String valueToConvert, String failureMsg) throws IOException {
      throw unreadable(ctxt, targetType, "text");
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType,
        Number valueToConvert, String failureMsg) throws IOException {
      throw unreadable(ctxt, targetType, "number");
    }

    @Override
    public Object handleWeirdKey(DeserializationContext ctxt, Class<?> rawKeyType, String keyValue,
        String failureMsg) throws IOException {
      throw unreadable(ctxt, rawKeyType, "key");
    }

    @Override
    public Object handleWeirdNativeValue(DeserializationContext ctxt, JavaType targetType,
        Object valueToConvert, JsonParser p) throws IOException {
      throw unreadable(ctxt, targetType.getRawClass(), "value");
    }

    private static JsonMappingException unreadable(DeserializationContext ctxt, Class<?> type, String what) {
      return new ValueNotShown(ctxt.getParser(), type, "cannot read a " + type.getSimpleName()
          + " from the " + what + " given (the value is not shown: it may be personal data)");
    }
  }

  /**
   * A read error that keeps no cause: Jackson's modules attach the parse exception of the value
   * as the cause, and its message quotes the value.
   */
  private static final class ValueNotShown extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    ValueNotShown(JsonParser p, Class<?> type, String message) {
      super(p, message, type);
    }

    @Override
    public synchronized Throwable initCause(Throwable cause) {
      return this;
    }
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = RequestEvent.Asked.class, name = "asked"),
    @JsonSubTypes.Type(value = RequestEvent.Accepted.class, name = "accepted"),
    @JsonSubTypes.Type(value = RequestEvent.Declined.class, name = "declined"),
    @JsonSubTypes.Type(value = RequestEvent.Done.class, name = "done"),
    @JsonSubTypes.Type(value = RequestEvent.Cancelled.class, name = "cancelled"),
    @JsonSubTypes.Type(value = RequestEvent.Expired.class, name = "expired"),
    @JsonSubTypes.Type(value = RequestEvent.Referred.class, name = "referred")
  })
  private interface RequestEventMixin {}

  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE)
  @JsonPropertyOrder({"request", "events"})
  private abstract static class RequestLifecycleMixin {
    @JsonCreator
    @SuppressWarnings({"DoNotCallSuggester", "UnusedVariable"}) // Jackson reads the signature only
    static RequestLifecycle replay(
        @JsonProperty("request") HelpRequest request,
        @JsonProperty("events") List<RequestEvent> events) {
      throw new AssertionError("mix-in only");
    }

    @JsonProperty("request")
    abstract HelpRequest request();

    @JsonProperty("events")
    abstract List<RequestEvent> events();
  }
}
