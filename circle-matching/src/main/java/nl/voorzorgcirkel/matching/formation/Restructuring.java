package nl.voorzorgcirkel.matching.formation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.matching.internal.Texts;

/**
 * Advice to merge two small neighbouring circles, or to split a large one.
 *
 * @param kind {@code merge} or {@code split}; not null
 * @param circles the circles concerned: two to merge, one to split; not null
 * @param groups the member groups after the change: one for a merge, two for a split; not null
 * @param farthestMetres the farthest two members of a resulting group live apart, metres
 * @since 0.1.0
 */
public record Restructuring(String kind, List<CircleId> circles, List<List<MemberId>> groups,
    double farthestMetres) {

  /**
   * Checks and copies the components.
   *
   * @param kind see the record description
   * @param circles see the record description
   * @param groups see the record description
   * @param farthestMetres see the record description
   */
  public Restructuring {
    Objects.requireNonNull(kind, "kind");
    circles = List.copyOf(circles);
    groups = groups.stream().map(List::copyOf).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * The advice in the reader's language.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the text, never null
   */
  public String message(Locale locale) {
    String sizes = groups.stream().map(g -> String.valueOf(g.size()))
        .collect(java.util.stream.Collectors.joining(" + "));
    return Texts.format("advice." + kind, locale, Map.of("circles",
        circles.stream().map(CircleId::value).collect(java.util.stream.Collectors.joining(", ")),
        "sizes", sizes, "farthestMetres", Math.round(farthestMetres)));
  }
}
