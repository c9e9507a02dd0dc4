package nl.voorzorgcirkel.core.export;

import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.Vitality;

/**
 * One member in a {@link ResearchExport}: a pseudonym that is new in every export, the
 * neighbourhood, an age band, and what the member gave and received in the period. Vitality and
 * living alone only where the data policy lets research read them.
 *
 * @param pseudonym a code such as {@code p-0007}, made for this export only; never a member id
 * @param place the circle's neighbourhood, the only place given
 * @param ageBand the age band in the year of the export's day, such as {@code 70-79}
 * @param role the member's role
 * @param vitality the vitality, or empty where consent does not allow it
 * @param livesAlone whether the member lives alone, or empty where consent does not allow it
 * @param minutesGiven help given in the period, in minutes, 0 or more
 * @param minutesReceived help received in the period, in minutes, 0 or more
 * @since 0.1.0
 */
public record ResearchRow(String pseudonym, String place, String ageBand, Role role,
    Optional<Vitality> vitality, Optional<Boolean> livesAlone, long minutesGiven,
    long minutesReceived) {

  /**
   * Checks that nothing is null.
   *
   * @param pseudonym see the record description
   * @param place see the record description
   * @param ageBand see the record description
   * @param role see the record description
   * @param vitality see the record description
   * @param livesAlone see the record description
   * @param minutesGiven see the record description
   * @param minutesReceived see the record description
   */
  public ResearchRow {
    Objects.requireNonNull(pseudonym, "pseudonym");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(ageBand, "ageBand");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(vitality, "vitality");
    Objects.requireNonNull(livesAlone, "livesAlone");
  }

  /**
   * The quasi-identifiers of the row: what an outsider could link to a person (place and age
   * band); groups of rows that share them are at least k large.
   *
   * @return {@code place + "|" + ageBand}
   */
  public String group() {
    return place + "|" + ageBand;
  }
}
