package nl.voorzorgcirkel.matching.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The published schemas, loaded into networknt's validator (draft 2020-12, formats asserted), as a
 * client in another language would load them: from their text alone.
 */
final class Schemas {

  private static final Map<Class<?>, Schema> LOADED = new HashMap<>();

  private Schemas() {}

  static synchronized Schema of(Class<? extends ResultDocument> type) {
    return LOADED.computeIfAbsent(type, t -> SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true).build()))
        .getSchema(ResultJson.schema(type), InputFormat.JSON));
  }

  /** The schema's errors for a JSON text: empty when it conforms. */
  static List<Error> errors(Class<? extends ResultDocument> type, String json) {
    return of(type).validate(json, InputFormat.JSON);
  }
}
