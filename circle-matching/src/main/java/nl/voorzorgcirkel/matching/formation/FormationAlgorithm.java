package nl.voorzorgcirkel.matching.formation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.voorzorgcirkel.core.consent.DataAccess;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.Member;

/**
 * Groups a pool of candidates into circles. Ready-made algorithms are in {@link
 * FormationAlgorithms}.
 *
 * <p><b>Specification for implementors.</b> An implementation must not modify its inputs, must be
 * thread-safe and deterministic (the same pool, in any order, and the same settings give the same
 * result), must put every candidate in exactly one circle or in the not-placed list with a reason,
 * must report every policy rule a circle does not meet, and must not put personal data into
 * reasons or breaches.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface FormationAlgorithm {

  /**
   * Forms circles.
   *
   * @param pool the candidates, not null and without null elements, ids unique; may be empty (the
   *     result then has no circles and its quality says 0 of 0 placed)
   * @param on the day the circles are formed (their founding date and the day of their health
   *     check), not null
   * @return the result, never null
   * @throws NullPointerException naming {@code pool}, or the index of a null candidate as in
   *     {@code pool[3]}
   * @throws IllegalArgumentException if ids repeat
   */
  FormationResult form(List<Candidate> pool, LocalDate on);

  /**
   * Forms circles reading the candidates' personal fields only as a data policy allows: each
   * candidate is seen through {@link DataAccess#view(Member, LocalDate)} on the day of forming,
   * so a field the access may not read (with the standard policy for {@link
   * nl.voorzorgcirkel.core.consent.Reader#FORMATION}: vitality without consent for it) carries the
   * same neutral value for everyone, and no result can depend on it. The circles in the result
   * hold the candidates as seen.
   *
   * @param pool the candidates, not null and without null elements, ids unique; may be empty
   * @param on the day the circles are formed, and of the consents checked, not null
   * @param access what formation may read, with the candidates' consents, not null
   * @return the result, never null
   * @throws NullPointerException naming {@code pool}, or the index of a null candidate as in
   *     {@code pool[3]}
   * @throws IllegalArgumentException if ids repeat
   * @since 0.1.0
   */
  default FormationResult form(List<Candidate> pool, LocalDate on, DataAccess access) {
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(on, "on");
    List<Candidate> given = Arguments.noNulls(pool, "pool");
    List<Candidate> seen = new ArrayList<>(given.size());
    for (Candidate c : given) {
      Member view = access.view(c.member(), on);
      seen.add(view == c.member() ? c
          : new Candidate(view, c.willingToConnect(), c.wantsWith(), c.neighbourhood()));
    }
    return form(seen, on);
  }
}
