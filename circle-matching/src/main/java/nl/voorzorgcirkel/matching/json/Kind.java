package nl.voorzorgcirkel.matching.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;

/**
 * The document types, their current schema versions and how to upgrade a document of an earlier
 * version to the next: version {@code v} is upgraded by {@code upgrades.get(v - 1)}, so a type at
 * version {@code n} has {@code n - 1} upgrades. Every type is at version 1 and has none yet.
 */
enum Kind {
  RANKING(RankingDocument.class, "Ranking", "ranking", RankingDocument.VERSION, List.of()),
  ASSIGNMENT_PLAN(AssignmentPlanDocument.class, "AssignmentPlan", "assignment-plan",
      AssignmentPlanDocument.VERSION, List.of()),
  HEALTH_REPORT(HealthReportDocument.class, "HealthReport", "health-report", HealthReportDocument.VERSION,
      List.of()),
  FORMATION_RESULT(FormationDocument.class, "FormationResult", "formation-result", FormationDocument.VERSION,
      List.of()),
  IMPACT_REPORT(ImpactReportDocument.class, "ImpactReport", "impact-report", ImpactReportDocument.VERSION,
      List.of());

  /** Where the schemas are published; the resource names follow. */
  static final String BASE = "https://voorzorgcirkel.nl/schemas/circle-matching/";

  private final Class<? extends ResultDocument> type;
  private final String typeName;
  private final String schemaName;
  private final int current;
  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable; the upgrades are stateless
  private final List<Consumer<ObjectNode>> upgrades;

  Kind(Class<? extends ResultDocument> type, String typeName, String schemaName, int current,
      List<Consumer<ObjectNode>> upgrades) {
    this.type = type;
    this.typeName = typeName;
    this.schemaName = schemaName;
    this.current = current;
    this.upgrades = upgrades;
    if (upgrades.size() != current - 1) {
      throw new IllegalStateException(typeName + " needs one upgrade per earlier version");
    }
  }

  static Kind of(Class<?> type) {
    for (Kind kind : values()) {
      if (kind.type == type) {
        return kind;
      }
    }
    throw new IllegalArgumentException("not a result document: " + type.getName());
  }

  String typeName() {
    return typeName;
  }

  int current() {
    return current;
  }

  /** The schema's resource name, next to this class. */
  String resource(int version) {
    return schemaName + "-v" + version + ".schema.json";
  }

  /** A document of an earlier version brought to the current one, in place. */
  void upgrade(ObjectNode document, int version) {
    for (int v = version; v < current; v++) {
      upgrades.get(v - 1).accept(document);
      document.put("schemaVersion", v + 1);
    }
  }
}
