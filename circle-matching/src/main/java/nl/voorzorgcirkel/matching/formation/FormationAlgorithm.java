package nl.voorzorgcirkel.matching.formation;

import java.time.LocalDate;
import java.util.List;

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
   * @param pool the candidates, not null, ids unique
   * @param on the day the circles are formed (their founding date and the day of their health
   *     check), not null
   * @return the result, never null
   * @throws IllegalArgumentException if ids repeat
   */
  FormationResult form(List<Candidate> pool, LocalDate on);
}
