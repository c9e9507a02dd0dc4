package nl.voorzorgcirkel.core.impact;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nl.voorzorgcirkel.core.internal.Arguments;

/**
 * One figure of an {@link ImpactReport}: a measure, a key within it, the value and how many
 * members it is about. A suppressed figure has neither value nor member count: showing the count
 * would say how small the group was.
 *
 * @param measure what is measured, not null
 * @param key the key within the measure ({@link #ALL}, a kind of help's code, an outcome, ...),
 *     not null, not blank
 * @param value the value in the measure's {@linkplain ImpactMeasure#unit() unit}, finite; empty
 *     if suppressed, or if there is nothing to measure (no help given, no wait)
 * @param members how many members the figure is about, 0 or more; empty if suppressed or not about
 *     members ({@link ImpactMeasure#CIRCLES})
 * @param suppressed whether the figure is hidden because it is about fewer than k members
 * @since 0.1.0
 */
public record ImpactFigure(ImpactMeasure measure, String key, OptionalDouble value,
    OptionalInt members, boolean suppressed) {

  /** The key of a measure's single figure, or of a breakdown's total. */
  public static final String ALL = "all";

  /**
   * Checks the components.
   *
   * @param measure see the record description
   * @param key see the record description
   * @param value see the record description
   * @param members see the record description
   * @param suppressed see the record description
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming the field and the rule
   */
  public ImpactFigure {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(members, "members");
    if (key.isBlank()) {
      throw Arguments.invalid("ImpactFigure", "key", "notBlank", java.util.Map.of());
    }
    if (value.isPresent()) {
      Arguments.finiteNotNegative(value.getAsDouble(), "ImpactFigure", "value");
    }
    if (members.isPresent()) {
      Arguments.atLeast(members.getAsInt(), 0, "ImpactFigure", "members");
    }
    if (suppressed && (value.isPresent() || members.isPresent())) {
      throw Arguments.invalid("ImpactFigure", "suppressed", "suppressedHidesValue", java.util.Map.of());
    }
  }

  /** This figure hidden. */
  ImpactFigure suppress() {
    return new ImpactFigure(measure, key, OptionalDouble.empty(), OptionalInt.empty(), true);
  }
}
