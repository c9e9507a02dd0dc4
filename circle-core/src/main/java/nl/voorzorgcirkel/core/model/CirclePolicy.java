package nl.voorzorgcirkel.core.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.voorzorgcirkel.core.internal.Blames;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import org.immutables.value.Value;

/**
 * What a circle agrees counts as healthy: sizes, connectors, spread of capabilities, vitality
 * balance and distances. The circle health check measures a circle against it.
 *
 * <p>Defaults and their sources (see {@code CALIBRATION.md}):
 *
 * <ul>
 *   <li>size allowed 8 to 15: 8 to 13 is the originator's guidance, 10 to 15 other programmes';
 *       recommended 10 to 13, where the two agree;
 *   <li>2 connectors (verbinders), as programmes in Cuijk and elsewhere recommend;
 *   <li>every capability offered by at least 2 active members, so that one absence does not leave
 *       a kind of help uncovered (an assumption: "no single point of failure");
 *   <li>at most a third of the members dependent (an assumption, from members being "fairly vital
 *       when they join");
 *   <li>members within 1,500 metres of each other: walking or cycling distance (an assumption
 *       from "same street or building complex, walking or cycling distance").
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CirclePolicy {

  private static final CirclePolicy STANDARD = builder().build();

  CirclePolicy() {}

  /**
   * The policy with every default described above.
   *
   * @return the standard policy
   */
  public static CirclePolicy standard() {
    return STANDARD;
  }

  /**
   * A new builder, starting from the defaults.
   *
   * <p>Nothing is required; each attribute has the default its accessor states ({@code minSize} 8,
   * {@code maxSize} 15, {@code recommendedMinSize} 10, {@code recommendedMaxSize} 13, {@code
   * minConnectors} 2, {@code minOfferersPerCapability} 2, {@code maxDependentShare} one third,
   * {@code maxDistanceMetres} 1,500).
   *
   * <p>{@code build()} throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException}
   * listing every broken rule at once, each by attribute and rule, in English and Dutch and without
   * personal data: a value outside its accessor's range by that constraint, and sizes out of order
   * ({@code minSize} &le; {@code recommendedMinSize} &le; {@code recommendedMaxSize} &le; {@code
   * maxSize}: {@code CirclePolicy.recommendedMinSizeOrdered}, {@code
   * CirclePolicy.recommendedMaxSizeOrdered}, {@code CirclePolicy.maxSizeOrdered}).
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The fewest members a circle may have.
   *
   * @return 2 to 100, default 8
   */
  @Value.Default
  @Min(2)
  @Max(100)
  public int minSize() {
    return 8;
  }

  /**
   * The most members a circle may have.
   *
   * @return 2 to 100, not less than {@link #minSize()}, default 15
   */
  @Value.Default
  @Min(2)
  @Max(100)
  public int maxSize() {
    return 15;
  }

  /**
   * The lower end of the recommended size.
   *
   * @return between {@link #minSize()} and {@link #recommendedMaxSize()}, default 10
   */
  @Value.Default
  public int recommendedMinSize() {
    return 10;
  }

  /**
   * The upper end of the recommended size.
   *
   * @return between {@link #recommendedMinSize()} and {@link #maxSize()}, default 13
   */
  @Value.Default
  public int recommendedMaxSize() {
    return 13;
  }

  /**
   * The fewest connectors a circle should have.
   *
   * @return 0 to 10, default 2
   */
  @Value.Default
  @Min(0)
  @Max(10)
  public int minConnectors() {
    return 2;
  }

  /**
   * The fewest active members that should offer each capability offered in the circle.
   *
   * @return 1 to 10, default 2
   */
  @Value.Default
  @Min(1)
  @Max(10)
  public int minOfferersPerCapability() {
    return 2;
  }

  /**
   * The largest share of members that may be {@link Vitality#DEPENDENT}.
   *
   * @return 0.0 to 1.0, default 1/3
   */
  @Value.Default
  @DecimalMin("0.0")
  @DecimalMax("1.0")
  public double maxDependentShare() {
    return 1.0 / 3.0;
  }

  /**
   * The farthest two members' homes should be apart, in metres.
   *
   * @return 50 to 50,000 metres, default 1,500
   */
  @Value.Default
  @Min(50)
  @Max(50_000)
  public int maxDistanceMetres() {
    return 1_500;
  }

  // one rule, blamed on the larger size of each pair out of order: a path names a field to fix
  @AssertTrue(message = "{vzc.CirclePolicy.sizesOrdered}")
  @Blames("recommendedMinSize")
  boolean recommendedMinSizeOrdered() {
    return minSize() <= recommendedMinSize();
  }

  @AssertTrue(message = "{vzc.CirclePolicy.sizesOrdered}")
  @Blames("recommendedMaxSize")
  boolean recommendedMaxSizeOrdered() {
    return recommendedMinSize() <= recommendedMaxSize();
  }

  @AssertTrue(message = "{vzc.CirclePolicy.sizesOrdered}")
  @Blames("maxSize")
  boolean maxSizeOrdered() {
    return recommendedMaxSize() <= maxSize();
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }

  /**
   * The builder, starting from the defaults. Not thread-safe.
   *
   * <p>One method per attribute of {@link CirclePolicy}, named after it and taking its value, with the
   * rules, units and ranges its accessor states; for a list or set attribute also {@code addX} (one
   * or several values) and {@code addAllX} (an iterable), the {@code x(iterable)} method replacing
   * what was added; for an optional attribute one method taking the value (not null) and one taking
   * an {@code Optional}. {@code from(value)} copies every attribute of a value. A missing or null
   * required attribute is not refused where it is set but by {@code build()}, which checks every
   * rule at once and throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException} listing
   * each broken one by attribute, in English and Dutch, without personal data.
   */
  public static final class Builder extends ImmutableCirclePolicy.Builder {
    Builder() {}
  }
}
