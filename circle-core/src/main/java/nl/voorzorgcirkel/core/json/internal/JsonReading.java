package nl.voorzorgcirkel.core.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.voorzorgcirkel.core.i18n.Bilingual;
import nl.voorzorgcirkel.core.i18n.Messages;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;

/**
 * The one way this library's JSON readers read JSON ({@code CircleJson}, circle-matching's {@code
 * ResultJson}, circle-simulation's scenario files), so that they agree: a key given twice in one
 * object is refused (Jackson's {@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}; by default
 * Jackson keeps the last, other JSON readers the first), and a text that cannot be read is
 * described by {@link #problem(JsonProcessingException)} in English and Dutch: a syntax error
 * with its line and column, a key given twice with its path, a size limit of the reader (nesting
 * depth, length of a text or number, of the document) by the limit and without a position, which
 * Jackson does not know for those. Never quotes the input: it may be personal data. Not API.
 * Thread-safe: stateless.
 */
public final class JsonReading {

  private static final Pattern MAXIMUM = Pattern.compile("maximum allowed \\((\\d+)");

  private JsonReading() {}

  /**
   * A mapper builder that refuses duplicate keys.
   *
   * @param builder the builder, not null
   * @param <M> the mapper type
   * @param <B> the builder type
   * @return the same builder
   */
  public static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B strict(B builder) {
    return builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  /**
   * An existing mapper made to refuse duplicate keys, in every parser it creates from now on.
   *
   * @param mapper the mapper, not null
   * @return the same mapper
   */
  public static ObjectMapper strict(ObjectMapper mapper) {
    mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    return mapper;
  }

  /** What kind of problem a text has. */
  public enum Kind {
    /** Not JSON at a place: with a line and column. */
    SYNTAX,
    /** A key given twice in one object: with the key's path, line and column. */
    DUPLICATE,
    /** A size limit of the reader: no position. */
    LIMIT
  }

  /**
   * Why a text could not be read.
   *
   * @param kind the kind, not null
   * @param code the rule's code, whose text is {@code vzc.json.read.<code>} in core's message
   *     tables, not null
   * @param path for a duplicate, the key's path from the top ({@code experiment.design.type},
   *     {@code candidates[2].member}); else empty; not null
   * @param line the line, from 1, or 0 when there is no position (a limit)
   * @param column the column, from 1, or 0
   * @param description the rule in English and Dutch, without the position, not null
   */
  public record Problem(Kind kind, String code, String path, int line, int column, Bilingual description) {

    /**
     * Checks for nulls.
     *
     * @param kind see the record description
     * @param code see the record description
     * @param path see the record description
     * @param line see the record description
     * @param column see the record description
     * @param description see the record description
     */
    public Problem {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(description, "description");
    }
  }

  /**
   * Why Jackson could not read a text, in this library's words.
   *
   * @param e what reading threw, not null
   * @return the problem, never null
   */
  public static Problem problem(JsonProcessingException e) {
    Objects.requireNonNull(e, "e");
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    if (e instanceof StreamConstraintsException) {
      Matcher max = MAXIMUM.matcher(message);
      Map<String, Object> arguments = max.find() ? Map.of("max", Long.parseLong(max.group(1))) : Map.of();
      String code = message.startsWith("Document nesting depth") ? "nesting"
          : message.startsWith("String value length") ? "textLength"
          : message.startsWith("Number value length") ? "numberLength"
          : message.startsWith("Document length") ? "documentLength"
          : message.startsWith("Token count") ? "tokens"
          : message.startsWith("Name") ? "nameLength" : "limit";
      return new Problem(Kind.LIMIT, arguments.isEmpty() ? "limit" : code, "", 0, 0,
          text(arguments.isEmpty() ? "limit" : code, arguments));
    }
    if (message.startsWith("Duplicate field '") || message.startsWith("Duplicate Object property")) {
      String path = e.getProcessor() instanceof JsonParser parser ? path(parser.getParsingContext()) : "";
      return new Problem(Kind.DUPLICATE, "duplicate", path, line, column, text("duplicate", Map.of()));
    }
    String code = code(message);
    return new Problem(Kind.SYNTAX, code, "", line, column, text(code, Map.of()));
  }

  /**
   * What reading a value threw, as the violations of the value read: a text that is not JSON as
   * one violation ({@link #problem}: a syntax error with its line and column, a key given twice
   * with its path, a size limit); a rule of the model broken as that rule's violations, named from
   * the top of the text ({@code members[0].birthYear}); anything else as "cannot be read as" at its
   * path. Never Jackson's words, which may quote the value.
   *
   * @param e what reading threw, not null
   * @param name the type read, as violations name it ({@code Circle}), not null
   * @return the exception to throw, in English and Dutch
   */
  public static InvalidValueException invalid(JsonProcessingException e, String name) {
    if (!(e instanceof JsonMappingException mapping)) {
      return unreadable(e, name);
    }
    String path = path(mapping.getPath());
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidValueException invalid) {
        List<Violation> violations = new ArrayList<>();
        for (Violation v : invalid.violations()) {
          violations.add(v.at(name, joined(path, v.path())));
        }
        return new InvalidValueException(violations);
      }
    }
    if (e instanceof UnrecognizedPropertyException) {
      return Arguments.invalid(name, path, "knownField", Map.of());
    }
    String missing = e instanceof ValueInstantiationException instantiation ? missingComponent(instantiation) : null;
    if (missing != null) {
      return new InvalidValueException(List.of(ModelValidator.missing(name, joined(path, missing))));
    }
    return Arguments.invalid(name, path, "jsonType", Map.of());
  }

  /**
   * The field a record could not be made without: a record's constructor refuses a null
   * component with a {@code NullPointerException} naming it ({@code Objects.requireNonNull(at,
   * "at")}, or {@code helpers[1]} for a null in a list), which Jackson reports as a value it could
   * not make, at the record (review of user test 8: an event without its {@code helper}). Null if
   * the failure is not that.
   */
  private static String missingComponent(ValueInstantiationException e) {
    Class<?> type = e.getType() == null ? null : e.getType().getRawClass();
    if (type == null || !type.isRecord()) {
      return null;
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof NullPointerException && cause.getMessage() != null) {
        String field = cause.getMessage();
        int bracket = field.indexOf('[');
        String component = bracket < 0 ? field : field.substring(0, bracket);
        for (RecordComponent c : type.getRecordComponents()) {
          if (c.getName().equals(component)) {
            return field;
          }
        }
      }
    }
    return null;
  }

  /** A value's own path below the path Jackson reached, which may already end in it. */
  private static String joined(String path, String inner) {
    if (path.isEmpty() || inner.isEmpty()) {
      return path.isEmpty() ? inner : path;
    }
    return path.equals(inner) || path.endsWith("." + inner) ? path : path + "." + inner;
  }

  /**
   * A text that is not JSON as one violation: a syntax error with its line and column, a key given
   * twice with its path, a size limit of the reader by what was too large, without a position that
   * does not exist.
   *
   * @param e what parsing threw, not null
   * @param name the type read, not null
   * @return the exception to throw, in English and Dutch
   */
  public static InvalidValueException unreadable(JsonProcessingException e, String name) {
    Problem problem = problem(e);
    return switch (problem.kind()) {
      case LIMIT -> Arguments.invalid(name, "", "jsonLimit", Map.of("problem", problem.description()));
      case DUPLICATE -> Arguments.invalid(name, problem.path(), "jsonDuplicate",
          Map.of("line", problem.line(), "column", problem.column()));
      case SYNTAX -> Arguments.invalid(name, "", "json", Map.of("line", problem.line(),
          "column", problem.column(), "problem", problem.description()));
    };
  }

  /**
   * The path of a binding error from the top of the text: names joined by dots, list indexes in
   * brackets ({@code members[0].birthYear}).
   *
   * @param references Jackson's path of the error, not null
   * @return the path, empty at the top
   */
  public static String path(List<JsonMappingException.Reference> references) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : references) {
      if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
      }
    }
    return out.toString();
  }

  /** The code of a syntax error from Jackson's message (Jackson has no codes). */
  private static String code(String message) {
    if (message.startsWith("Unexpected end-of-input")) {
      return "end";
    }
    if (message.startsWith("No content to map due to end-of-input")) {
      return "empty";
    }
    if (message.contains("was expecting double-quote to start field name")) {
      return "fieldName";
    }
    if (message.contains("was expecting comma to separate")) {
      return "comma";
    }
    if (message.contains("was expecting a colon to separate")) {
      return "colon";
    }
    if (message.startsWith("Unexpected close marker")) {
      return "close";
    }
    if (message.startsWith("Unrecognized token")) {
      return "word";
    }
    if (message.startsWith("Illegal unquoted character")) {
      return "control";
    }
    if (message.startsWith("Invalid UTF-8") || message.contains("Invalid UTF-8")) {
      return "encoding";
    }
    if (message.startsWith("Trailing token")) {
      return "trailing";
    }
    if (message.startsWith("Unexpected character") && message.contains("expected a value")) {
      return "value";
    }
    return "other";
  }

  private static Bilingual text(String code, Map<String, ?> arguments) {
    String key = "vzc.json.read." + code;
    return new Bilingual(Messages.format(key, Locale.ENGLISH, arguments),
        Messages.format(key, Locale.forLanguageTag("nl"), arguments));
  }

  /**
   * The path of the value a context is at, from the top: names joined by dots, list indexes in
   * brackets.
   */
  private static String path(JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.add("." + c.getCurrentName());
      }
    }
    Collections.reverse(parts);
    String path = String.join("", parts);
    return path.startsWith(".") ? path.substring(1) : path;
  }
}
