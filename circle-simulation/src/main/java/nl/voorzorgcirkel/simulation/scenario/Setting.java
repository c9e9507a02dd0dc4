package nl.voorzorgcirkel.simulation.scenario;

/**
 * One field set to one value by a design point.
 *
 * @param field the dot-separated path of the field, not null
 * @param value the value as written in JSON (a number, text, boolean, list or map), not null
 * @since 0.1.0
 */
public record Setting(String field, Object value) {

  /**
   * The setting as {@code field=value}, the value in JSON.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return field + "=" + valueText();
  }

  /**
   * The value as compact JSON without quotes around text, for tables and labels.
   *
   * @return the text
   */
  public String valueText() {
    if (value instanceof String) {
      return (String) value;
    }
    try {
      return ScenarioFiles.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return String.valueOf(value);
    }
  }
}
