package nl.voorzorgcirkel.matching.formation;

import java.util.Locale;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.matching.internal.Texts;

/**
 * A rule of the {@link FormationPolicy} that a formed circle does not meet, with the figures.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule's code: {@code size}, {@code connectors}, {@code distance}, {@code
 *     coverage}, {@code vitality} or {@code avoided-pair}; not null
 * @param figures the figures behind it, not null; kept sorted by name, the same order every run; a
 *     {@link Capability} is shown by its label
 * @since 0.1.0
 */
public record PolicyBreach(String rule, Map<String, Object> figures) {

  /**
   * Checks and copies the components.
   *
   * @param rule see the record description
   * @param figures see the record description
   */
  public PolicyBreach {
    Objects.requireNonNull(rule, "rule");
    // sorted by name, as documented: a hash order (Map.copyOf) changed between runs
    figures = Collections.unmodifiableMap(new TreeMap<>(Map.copyOf(Objects.requireNonNull(figures, "figures"))));
  }

  /**
   * The breach in the reader's language.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the message, never null
   */
  public String message(Locale locale) {
    Map<String, Object> shown = new TreeMap<>(figures);
    shown.replaceAll((k, v) -> v instanceof Capability capability ? capability.label(locale) : v);
    return Texts.format("formation.breach." + rule, locale, shown);
  }
}
