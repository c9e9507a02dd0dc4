package nl.voorzorgcirkel.simulation.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/** Reads an {@link IntRange} written as one whole number or as {@code {"min": a, "max": b}}. */
final class IntRangeDeserializer extends StdDeserializer<IntRange> {

  private static final long serialVersionUID = 1L;

  IntRangeDeserializer() {
    super(IntRange.class);
  }

  @Override
  public IntRange deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonNode node = context.readTree(parser);
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return IntRange.of(node.intValue());
    }
    JsonNode min = node.get("min");
    JsonNode max = node.get("max");
    if (min != null && max != null && min.isIntegralNumber() && max.isIntegralNumber()
        && min.canConvertToInt() && max.canConvertToInt()) {
      return new IntRange(min.intValue(), max.intValue());
    }
    return (IntRange) context.handleUnexpectedToken(IntRange.class, parser);
  }
}
