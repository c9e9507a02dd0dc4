package nl.voorzorgcirkel.core.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Objects;

/**
 * Jackson set-up for the model: java.time values as ISO-8601 text ({@code "2026-11-26"}, {@code
 * "PT1H30M"}), {@link java.util.Optional} as the value or absent, identifiers and capabilities as
 * plain strings.
 *
 * <p>Reading JSON builds values through their builders, so JSON that breaks a rule fails with
 * Jackson's exception wrapping an {@link nl.voorzorgcirkel.core.validation.InvalidValueException}.
 *
 * @since 0.1.0
 */
public final class CircleJson {

  private CircleJson() {}

  /**
   * A new mapper configured for the model. Thread-safe once configured, like every {@code
   * ObjectMapper}.
   *
   * @return a new mapper
   */
  public static ObjectMapper newMapper() {
    return configure(JsonMapper.builder().build());
  }

  /**
   * Configures an existing mapper for the model: registers the java.time and JDK 8 modules and
   * writes dates and durations as ISO-8601 text. Call before the mapper is used.
   *
   * @param mapper the mapper, not null
   * @return the same mapper
   */
  public static ObjectMapper configure(ObjectMapper mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return mapper
        .registerModule(new JavaTimeModule())
        .registerModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
  }
}
