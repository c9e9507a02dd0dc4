package nl.voorzorgcirkel.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.voorzorgcirkel.core.i18n.Bilingual;
import nl.voorzorgcirkel.core.i18n.Messages;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * JSON for one Immutables value type, read off its public API: an attribute is a public no-argument
 * accessor of the abstract type for which the builder has a one-argument method of the same name.
 * Writing calls the accessors; reading calls the builder, so JSON is validated like any other
 * input. Derived methods (such as {@code weeklyTotal()}) have no builder method and are not written.
 *
 * <p>Attributes are written in alphabetical order; empty optionals are left out. Immutable and
 * thread-safe once built.
 */
final class ValueTypeMapping<T> {

  private final Class<T> type;
  private final Method builderFactory;
  private final Method build;
  private final Map<String, Attribute> attributes;

  private record Attribute(String name, Method accessor, Method setter, boolean optional) {
    /** A required attribute of a primitive type: a builder cannot tell it was left out. */
    boolean requiredNumber() {
      return accessor.getReturnType().isPrimitive() && Modifier.isAbstract(accessor.getModifiers());
    }

    /** An attribute that holds a whole number, optional or not. */
    boolean wholeNumber() {
      Class<?> held = accessor.getReturnType();
      if (optional() && accessor.getGenericReturnType() instanceof ParameterizedType parameterized
          && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
        held = element;
      }
      return held == int.class || held == long.class || held == short.class || held == Integer.class
          || held == Long.class || held == Short.class;
    }

    /**
     * What the attribute holds, for an error: in words for a JSON scalar (text, a number, true or
     * false, an ISO-8601 duration, one of an enum's names), else the simple name of its type or
     * its element's.
     */
    Object expected() {
      java.lang.reflect.Type generic = accessor.getGenericReturnType();
      Class<?> held = accessor.getReturnType();
      if (generic instanceof ParameterizedType parameterized
          && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
        if (!optional()) {
          return held.getSimpleName() + "<" + element.getSimpleName() + ">";
        }
        held = element;
      }
      Object words = expectedOf(held, false);
      return words == null ? held.getSimpleName() : words;
    }
  }

  /**
   * What a value of a type is read from, in words for an error in English and Dutch: text (also
   * for an identifier), a number, true or false, an ISO-8601 duration, instant, date, time or
   * zone, one of an enum's names; with {@code containers}, also a list or an object. Null for a
   * type without such words (an {@code Optional}; a list or an object without {@code containers}).
   *
   * @param held the type expected, not null
   * @param containers whether lists and objects are named too
   * @return the words, or null
   */
  static @Nullable Bilingual expectedOf(Class<?> held, boolean containers) {
    if (held.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : held.getEnumConstants()) {
        names.add(((Enum<?>) constant).name());
      }
      return words("oneOf", Map.of("names", String.join(", ", names)));
    }
    boolean whole = held == int.class || held == long.class || held == short.class || held == Integer.class
        || held == Long.class || held == Short.class;
    String kind = held == String.class ? "text"
        : held == boolean.class || held == Boolean.class ? "trueFalse"
        : whole ? "wholeNumber"
        : held == double.class || held == Double.class || held == float.class || held == Float.class ? "number"
        : held == Duration.class ? "duration"
        : held == Instant.class ? "instant"
        : held == LocalDate.class ? "date"
        : held == LocalTime.class ? "time"
        : ZoneId.class.isAssignableFrom(held) ? "zone"
        : readFromText(held) ? "text"
        : !containers || held == Optional.class ? null
        : Collection.class.isAssignableFrom(held) || held.isArray() ? "list"
        : held.isPrimitive() ? null : "object";
    return kind == null ? null : words(kind, Map.of());
  }

  /**
   * Whether a type of the model is written as text: an identifier or a capability ({@code
   * MemberId.of(String)}), or a value parsed from text ({@code AnsweredBy.parse(String)}).
   */
  private static boolean readFromText(Class<?> type) {
    for (String factory : List.of("of", "parse")) {
      try {
        Method m = type.getMethod(factory, String.class);
        if (Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType())) {
          return true;
        }
      } catch (NoSuchMethodException e) {
        // not this factory
      }
    }
    return false;
  }

  /** The words {@code vzc.json.expected.<kind>} in English and Dutch. */
  static Bilingual words(String kind, Map<String, ?> arguments) {
    String key = "vzc.json.expected." + kind;
    return new Bilingual(Messages.format(key, Locale.ENGLISH, arguments),
        Messages.format(key, Locale.forLanguageTag("nl"), arguments));
  }

  private ValueTypeMapping(Class<T> type, Method builderFactory, Method build, Map<String, Attribute> attributes) {
    this.type = type;
    this.builderFactory = builderFactory;
    this.build = build;
    this.attributes = attributes;
  }

  static <T> ValueTypeMapping<T> of(Class<T> type) {
    try {
      Method factory = builderFactory(type);
      Class<?> builder = factory.getReturnType();
      Method build = builder.getMethod("build");
      build.setAccessible(true);
      List<Attribute> found = new ArrayList<>();
      for (Method accessor : type.getMethods()) {
        if (accessor.getParameterCount() != 0 || Modifier.isStatic(accessor.getModifiers())
            || accessor.getReturnType() == void.class
            || accessor.getDeclaringClass() == Object.class) {
          continue;
        }
        Method setter = setter(builder, accessor);
        if (setter != null) {
          accessor.setAccessible(true);
          setter.setAccessible(true);
          found.add(new Attribute(accessor.getName(), accessor, setter,
              accessor.getReturnType() == Optional.class));
        }
      }
      found.sort(Comparator.comparing(Attribute::name));
      Map<String, Attribute> byName = new LinkedHashMap<>();
      for (Attribute attribute : found) {
        byName.put(attribute.name(), attribute);
      }
      return new ValueTypeMapping<>(type, factory, build, byName);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot map " + type.getSimpleName() + " to JSON", e);
    }
  }

  /** The public {@code builder()} of the type, or else the generated implementation's. */
  private static Method builderFactory(Class<?> type) throws ReflectiveOperationException {
    try {
      return type.getMethod("builder");
    } catch (NoSuchMethodException e) {
      Class<?> generated = Class.forName(
          type.getPackageName() + ".Immutable" + type.getSimpleName(), false, type.getClassLoader());
      Method factory = generated.getDeclaredMethod("builder");
      factory.setAccessible(true);
      return factory;
    }
  }

  /** The builder method that sets the accessor's attribute from its own return type. */
  private static @Nullable Method setter(Class<?> builder, Method accessor) {
    Class<?> wanted = accessor.getReturnType();
    if (List.class.isAssignableFrom(wanted)) {
      wanted = Iterable.class;
    }
    for (Method m : builder.getMethods()) {
      if (m.getName().equals(accessor.getName()) && m.getParameterCount() == 1
          && m.getParameterTypes()[0] == wanted && !m.isBridge()) {
        return m;
      }
    }
    return null;
  }

  StdSerializer<T> serializer() {
    return new StdSerializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        for (Attribute attribute : attributes.values()) {
          Object v = invoke(attribute.accessor(), value);
          if (attribute.optional()) {
            Optional<?> optional = (Optional<?>) Objects.requireNonNull(v, attribute.name());
            if (optional.isEmpty()) {
              continue;
            }
            v = optional.get();
          }
          gen.writeFieldName(attribute.name());
          provider.defaultSerializeValue(v, gen);
        }
        gen.writeEndObject();
      }
    };
  }

  StdDeserializer<T> deserializer() {
    return new StdDeserializer<>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode tree = ctxt.readTree(p);
        if (!tree.isObject()) {
          return type.cast(ctxt.handleUnexpectedToken(type, p));
        }
        Object builder = invoke(builderFactory, null);
        List<String> missing = new ArrayList<>();
        for (Attribute attribute : attributes.values()) {
          // JSON null is no number either: a builder would keep 0, so it is reported as missing
          if (attribute.requiredNumber() && !tree.hasNonNull(attribute.name())) {
            missing.add(attribute.name());
          }
        }
        List<Violation> violations = new ArrayList<>();
        String typeName = ModelValidator.typeName(type);
        Set<String> reported = new HashSet<>(missing);
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
          Attribute attribute = attributes.get(field.getKey());
          if (attribute == null) {
            violations.add(Violation.of(typeName, field.getKey(), "unknownProperty", "vzc.json.unknownProperty",
                Map.of("known", String.join(", ", attributes.keySet()))));
            reported.add(field.getKey());
            continue;
          }
          JsonNode node = field.getValue();
          if (attribute.wholeNumber() && !node.isNull() && !node.isIntegralNumber()) {
            // Jackson would cut 1948.9 to 1948 and read "1948" as a number
            violations.add(Violation.of(typeName, attribute.name(), "wholeNumber", "vzc.json.wholeNumber", Map.of()));
            reported.add(attribute.name());
            continue;
          }
          JavaType javaType = ctxt.getTypeFactory().constructType(attribute.accessor().getGenericReturnType());
          @Nullable Object value;
          try {
            value = node.isNull() && !attribute.optional() ? null : ctxt.readTreeAsValue(node, javaType);
          } catch (JsonMappingException e) {
            if (e.getCause() instanceof InvalidValueException) {
              // a value inside this one broke a rule: its own violations, with the path to it
              throw JsonMappingException.wrapWithPath(e, type, attribute.name());
            }
            violations.add(Violation.of(typeName, attribute.name(), "type", "vzc.json.type",
                Map.of("expected", attribute.expected())));
            reported.add(attribute.name());
            continue;
          }
          if (value == null && attribute.setter().getParameterTypes()[0].isPrimitive()) {
            continue;
          }
          invoke(attribute.setter(), builder, value);
        }
        missing.forEach(name -> violations.add(ModelValidator.missing(typeName, name)));
        try {
          T value = type.cast(Objects.requireNonNull(invoke(build, builder), "build"));
          if (violations.isEmpty()) {
            return value;
          }
        } catch (InvalidValueException e) {
          e.violations().stream().filter(v -> !reported.contains(v.path())).forEach(violations::add);
        }
        InvalidValueException invalid = new InvalidValueException(violations);
        throw JsonMappingException.from(p, invalid.getMessage(), invalid);
      }
    };
  }

  private static @Nullable Object invoke(Method method, @Nullable Object target, @Nullable Object... args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtimeException) {
        throw runtimeException;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method, e);
    }
  }
}
