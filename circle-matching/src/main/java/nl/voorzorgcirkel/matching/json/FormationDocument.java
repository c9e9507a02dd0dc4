package nl.voorzorgcirkel.matching.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.matching.formation.FormationQuality;
import nl.voorzorgcirkel.matching.formation.FormationResult;

/**
 * A {@link FormationResult} as JSON (schema {@code formation-result}, version {@value #VERSION}):
 * the circles formed, with their members and connectors by id, the policy rules each breaks and
 * its health findings; the candidates not placed and why; the quality figures.
 *
 * <p>Members by id only: the formed circles' names, phone numbers, addresses, birth years,
 * vitality and whom they avoid stay in the {@link Circle}s of the result, which only the welfare
 * organisation's own systems should keep (write them with {@code CircleJson} where they must).
 *
 * @param schemaVersion {@value #VERSION}
 * @param circles the circles formed, in the result's order, not null
 * @param notPlaced the candidates placed in no circle, in the result's order, not null
 * @param quality the quality of the formation, not null
 * @since 0.1.0
 */
public record FormationDocument(
    @JsonProperty(required = true) int schemaVersion,
    List<FormedCircle> circles,
    List<NotPlaced> notPlaced,
    Quality quality) implements ResultDocument {

  /** The current version of the formation result schema. */
  public static final int VERSION = 1;

  private static final String TYPE = "FormationResult";

  /**
   * Checks every field.
   *
   * @param schemaVersion see the record description
   * @param circles see the record description
   * @param notPlaced see the record description
   * @param quality see the record description
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the rule
   */
  public FormationDocument {
    schemaVersion = Rules.atLeast(schemaVersion, 1, TYPE, "schemaVersion");
    circles = Rules.list(circles, TYPE, "circles");
    notPlaced = Rules.list(notPlaced, TYPE, "notPlaced");
    Rules.given(quality, TYPE, "quality");
  }

  /**
   * A formation result as a document.
   *
   * @param result the result, not null
   * @return the document, in the current version
   */
  public static FormationDocument of(FormationResult result) {
    Objects.requireNonNull(result, "result");
    List<FormedCircle> circles = new ArrayList<>();
    for (nl.voorzorgcirkel.matching.formation.FormedCircle formed : result.circles()) {
      Circle circle = formed.circle();
      List<MemberId> members = new ArrayList<>();
      List<MemberId> connectors = new ArrayList<>();
      for (Member m : circle.members()) {
        members.add(m.id());
        if (m.role() == Role.CONNECTOR) {
          connectors.add(m.id());
        }
      }
      List<Breach> breaches = new ArrayList<>();
      formed.breaches().forEach(b -> breaches.add(
          new Breach(b.rule(), Rules.figures(b.figures(), "Breach", "figures", false))));
      circles.add(new FormedCircle(circle.id(), circle.neighbourhood(), circle.founded(), members,
          connectors, breaches, HealthReportDocument.Finding.of(formed.health())));
    }
    List<NotPlaced> notPlaced = new ArrayList<>();
    result.notPlaced().forEach(n -> notPlaced.add(
        new NotPlaced(n.candidate(), n.reason(), Rules.figures(n.figures(), "NotPlaced", "figures", false))));
    return new FormationDocument(VERSION, circles, notPlaced, Quality.of(result.quality()));
  }

  /**
   * A circle formed.
   *
   * @param id the circle's id, not null
   * @param neighbourhood the neighbourhood it was formed in, not null
   * @param founded the day it was formed, not null
   * @param members its members, by id, not null
   * @param connectors those of its members who are connectors, by id, not null
   * @param breaches the formation policy's rules it breaks, not null
   * @param health the findings of its health check, not null
   * @since 0.1.0
   */
  public record FormedCircle(CircleId id, String neighbourhood, LocalDate founded,
      List<MemberId> members, List<MemberId> connectors, List<Breach> breaches,
      List<HealthReportDocument.Finding> health) {

    /**
     * Checks every field.
     *
     * @param id see the record description
     * @param neighbourhood see the record description
     * @param founded see the record description
     * @param members see the record description
     * @param connectors see the record description
     * @param breaches see the record description
     * @param health see the record description
     * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the
     *     rule
     */
    public FormedCircle {
      Rules.given(id, "Circle", "id");
      Rules.given(neighbourhood, "Circle", "neighbourhood");
      Rules.given(founded, "Circle", "founded");
      members = Rules.list(members, "Circle", "members");
      connectors = Rules.list(connectors, "Circle", "connectors");
      breaches = Rules.list(breaches, "Circle", "breaches");
      health = Rules.list(health, "Circle", "health");
    }
  }

  /**
   * A rule of the formation policy that a circle breaks.
   *
   * @param rule the rule's code, such as {@code "size"}; not blank
   * @param figures the figures behind it, by name; not null
   * @since 0.1.0
   */
  public record Breach(String rule, Map<String, Object> figures) {

    /**
     * Checks every field; the figures are kept ordered by name.
     *
     * @param rule see the record description
     * @param figures see the record description
     * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the
     *     rule
     */
    public Breach {
      Rules.notBlank(rule, "Breach", "rule");
      figures = Rules.figures(figures, "Breach", "figures", true);
    }
  }

  /**
   * A candidate placed in no circle.
   *
   * @param candidate the candidate, not null
   * @param reason why, such as {@code "no-one-within-distance"}; not blank
   * @param figures the figures behind it, by name; not null
   * @since 0.1.0
   */
  public record NotPlaced(MemberId candidate, String reason, Map<String, Object> figures) {

    /**
     * Checks every field; the figures are kept ordered by name.
     *
     * @param candidate see the record description
     * @param reason see the record description
     * @param figures see the record description
     * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the
     *     rule
     */
    public NotPlaced {
      Rules.given(candidate, "NotPlaced", "candidate");
      Rules.notBlank(reason, "NotPlaced", "reason");
      figures = Rules.figures(figures, "NotPlaced", "figures", true);
    }
  }

  /**
   * The quality of a formation, as {@link FormationQuality} describes each figure.
   *
   * @param placedShare share of candidates placed, 0 to 1
   * @param circles number of circles formed, 0 or more
   * @param meetingPolicyShare share of circles that meet the policy, 0 to 1
   * @param meanDistanceMetres mean distance between two members of the same circle, metres, 0 or
   *     more
   * @param maxDistanceMetres largest distance between two members of the same circle, metres, 0
   *     or more
   * @param coverageShare share of circles with every required capability offered often enough,
   *     0 to 1
   * @param vitalityShare share of circles with at least the policy's share of vital members, 0 to 1
   * @param preferencesHonoured share of placed "wants to be with" pairs that share a circle, 0 to 1
   * @param smallestCircle size of the smallest circle, 0 or more
   * @param largestCircle size of the largest circle, 0 or more
   * @param connectorShare share of circles with enough connectors, 0 to 1
   * @param buildingsKeptTogether share of buildings kept together in one circle, 0 to 1
   * @param mixedNeighbourhoodShare share of circles with candidates from more than one named
   *     neighbourhood, 0 to 1
   * @since 0.1.0
   */
  public record Quality(
      @JsonProperty(required = true) double placedShare,
      @JsonProperty(required = true) int circles,
      @JsonProperty(required = true) double meetingPolicyShare,
      @JsonProperty(required = true) double meanDistanceMetres,
      @JsonProperty(required = true) double maxDistanceMetres,
      @JsonProperty(required = true) double coverageShare,
      @JsonProperty(required = true) double vitalityShare,
      @JsonProperty(required = true) double preferencesHonoured,
      @JsonProperty(required = true) int smallestCircle,
      @JsonProperty(required = true) int largestCircle,
      @JsonProperty(required = true) double connectorShare,
      @JsonProperty(required = true) double buildingsKeptTogether,
      @JsonProperty(required = true) double mixedNeighbourhoodShare) {

    /**
     * Checks every figure.
     *
     * @param placedShare see the record description
     * @param circles see the record description
     * @param meetingPolicyShare see the record description
     * @param meanDistanceMetres see the record description
     * @param maxDistanceMetres see the record description
     * @param coverageShare see the record description
     * @param vitalityShare see the record description
     * @param preferencesHonoured see the record description
     * @param smallestCircle see the record description
     * @param largestCircle see the record description
     * @param connectorShare see the record description
     * @param buildingsKeptTogether see the record description
     * @param mixedNeighbourhoodShare see the record description
     * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the
     *     rule
     */
    public Quality {
      placedShare = share(placedShare, "placedShare");
      circles = Rules.atLeast(circles, 0, "Quality", "circles");
      meetingPolicyShare = share(meetingPolicyShare, "meetingPolicyShare");
      meanDistanceMetres = Rules.notNegative(meanDistanceMetres, "Quality", "meanDistanceMetres");
      maxDistanceMetres = Rules.notNegative(maxDistanceMetres, "Quality", "maxDistanceMetres");
      coverageShare = share(coverageShare, "coverageShare");
      vitalityShare = share(vitalityShare, "vitalityShare");
      preferencesHonoured = share(preferencesHonoured, "preferencesHonoured");
      smallestCircle = Rules.atLeast(smallestCircle, 0, "Quality", "smallestCircle");
      largestCircle = Rules.atLeast(largestCircle, 0, "Quality", "largestCircle");
      connectorShare = share(connectorShare, "connectorShare");
      buildingsKeptTogether = share(buildingsKeptTogether, "buildingsKeptTogether");
      mixedNeighbourhoodShare = share(mixedNeighbourhoodShare, "mixedNeighbourhoodShare");
    }

    private static double share(double value, String field) {
      return Rules.between(value, 0, 1, "Quality", field);
    }

    static Quality of(FormationQuality q) {
      return new Quality(q.placedShare(), q.circles(), q.meetingPolicyShare(), q.meanDistanceMetres(),
          q.maxDistanceMetres(), q.coverageShare(), q.vitalityShare(), q.preferencesHonoured(),
          q.smallestCircle(), q.largestCircle(), q.connectorShare(), q.buildingsKeptTogether(),
          q.mixedNeighbourhoodShare());
    }
  }
}
