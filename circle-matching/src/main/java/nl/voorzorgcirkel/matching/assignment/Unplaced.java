package nl.voorzorgcirkel.matching.assignment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.matching.internal.Texts;
import nl.voorzorgcirkel.matching.ranking.Exclusion;

/**
 * A request a plan could not place, with the reason: nobody in the circle can take it (each
 * member's exclusion is given), or everyone who could is at capacity in this plan.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Unplaced {

  /** Nobody in the circle can take the request. */
  public static final String NO_ELIGIBLE_MEMBER = "no-eligible-member";
  /** Everyone who could take it is at capacity in this plan. */
  public static final String CAPACITY = "capacity";

  private final RequestId request;
  private final String code;
  private final List<Exclusion> exclusions;

  Unplaced(RequestId request, String code, List<Exclusion> exclusions) {
    this.request = Objects.requireNonNull(request, "request");
    this.code = Objects.requireNonNull(code, "code");
    this.exclusions = List.copyOf(exclusions);
  }

  /**
   * The request.
   *
   * @return its id, never null
   */
  public RequestId request() {
    return request;
  }

  /**
   * The reason's code: {@link #NO_ELIGIBLE_MEMBER} or {@link #CAPACITY}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * For {@link #NO_ELIGIBLE_MEMBER}, why each member was ruled out.
   *
   * @return an unmodifiable list by member id, empty for {@link #CAPACITY}
   */
  public List<Exclusion> exclusions() {
    return exclusions;
  }

  /**
   * The reason in the reader's language.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the message, never null
   */
  public String message(Locale locale) {
    return Texts.format("unplaced." + code, locale, Map.of());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Unplaced unplaced
        && unplaced.request.equals(request)
        && unplaced.code.equals(code)
        && unplaced.exclusions.equals(exclusions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(request, code, exclusions);
  }

  @Override
  public String toString() {
    return request + " unplaced: " + code;
  }
}
