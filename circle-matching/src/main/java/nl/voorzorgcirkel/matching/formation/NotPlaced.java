package nl.voorzorgcirkel.matching.formation;

import java.util.Locale;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.matching.internal.Texts;

/**
 * A candidate who could not be placed in a circle, and why, with the figures behind the reason.
 *
 * <p>The reasons, checked in this order, so the first that holds is the real cause:
 *
 * <ul>
 *   <li>{@code pool-too-small}: the whole pool holds fewer candidates (the figure
 *       <i>candidates</i>, this one included) than a circle's minimum size ({@code min}), wherever
 *       they live;
 *   <li>{@code no-one-within-distance}: nobody else in the pool lives within the policy's distance
 *       ({@code maxMetres});
 *   <li>{@code below-minimum-size}: the candidates who live within reach of one another, counted
 *       through chains of neighbours and this candidate included (the figure <i>candidates</i>), are fewer
 *       than a circle's minimum size ({@code min}), however close together they live;
 *   <li>{@code avoids-nearby}: a circle within reach has room, but holds someone this candidate
 *       would rather not be with, or who would rather not be with them;
 *   <li>{@code no-room-nearby}: a circle with someone within reach is full: it has no room for the
 *       candidate and the residents of their building not placed ({@code together}) within the
 *       maximum size ({@code max}), however far its other members live;
 *   <li>{@code too-spread-out}: enough candidates live within reach through chains of neighbours,
 *       but not enough of them live within the policy's distance of each other to make a circle of
 *       at least {@code min} with this candidate ({@code maxMetres}).
 * </ul>
 *
 * <p>Immutable and thread-safe; the figures are counts and policy limits, never personal data.
 *
 * @param candidate the candidate's id, not null
 * @param reason the reason's code, one of the above; not null
 * @param figures the figures named above for that reason, not null; kept sorted by name, the same order every run
 * @since 0.1.0
 */
public record NotPlaced(MemberId candidate, String reason, Map<String, Object> figures) {

  /**
   * Checks and copies the components.
   *
   * @param candidate see the record description
   * @param reason see the record description
   * @param figures see the record description
   */
  public NotPlaced {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(reason, "reason");
    // sorted by name, as documented: a hash order (Map.copyOf) changed between runs
    figures = Collections.unmodifiableMap(new TreeMap<>(Map.copyOf(Objects.requireNonNull(figures, "figures"))));
  }

  /**
   * A reason without figures.
   *
   * @param candidate the candidate's id, not null
   * @param reason the reason's code, not null
   */
  public NotPlaced(MemberId candidate, String reason) {
    this(candidate, reason, Map.of());
  }

  /**
   * The reason in the reader's language.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the message, never null
   */
  public String message(Locale locale) {
    return Texts.format("formation.unplaced." + reason, locale, figures);
  }
}
