package nl.voorzorgcirkel.matching.formation;

import java.util.List;
import java.util.Objects;
import nl.voorzorgcirkel.core.assessment.HealthReport;
import nl.voorzorgcirkel.core.model.Circle;

/**
 * A circle formed from the pool: the circle (members, with the chosen connectors in that role),
 * the rules of the formation policy it does not meet, and its health report.
 *
 * @param circle the circle, not null
 * @param breaches the policy rules it does not meet, not null; empty when it meets the policy
 * @param health the circle health check on the day of forming, counting kinds of help by the
 *     policy's vocabulary ({@link FormationPolicy#vocabulary()}), not null
 * @since 0.1.0
 */
public record FormedCircle(Circle circle, List<PolicyBreach> breaches, HealthReport health) {

  /**
   * Checks and copies the components.
   *
   * @param circle see the record description
   * @param breaches see the record description
   * @param health see the record description
   */
  public FormedCircle {
    Objects.requireNonNull(circle, "circle");
    breaches = List.copyOf(Objects.requireNonNull(breaches, "breaches"));
    Objects.requireNonNull(health, "health");
  }

  /**
   * Whether the circle meets the formation policy.
   *
   * @return true if there is no breach
   */
  public boolean meetsPolicy() {
    return breaches.isEmpty();
  }
}
