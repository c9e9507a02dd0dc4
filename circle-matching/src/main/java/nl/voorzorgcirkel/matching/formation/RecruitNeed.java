package nl.voorzorgcirkel.matching.formation;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.matching.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * Whom a circle should recruit: {@code count} more members of a kind.
 *
 * @param kind {@code members} (to reach the minimum size), {@code capability} (who offer {@link
 *     #capability()}), {@code vital} (vital members, for the policy's share), {@code connector}
 *     (willing to be a connector) or {@code younger} (under 75, when most members are 80 or
 *     older); not null
 * @param capability for {@code capability}, the capability; null otherwise
 * @param count how many, 1 or more
 * @since 0.1.0
 */
public record RecruitNeed(String kind, @Nullable Capability capability, int count) {

  /**
   * Checks the components.
   *
   * @param kind see the record description
   * @param capability see the record description
   * @param count see the record description
   */
  public RecruitNeed {
    Objects.requireNonNull(kind, "kind");
    Arguments.atLeast(count, 1, "RecruitNeed", "count");
  }

  /**
   * The capability, for a need of kind {@code capability}.
   *
   * @return the capability, or empty
   */
  public Optional<Capability> capabilityNeeded() {
    return Optional.ofNullable(capability);
  }

  /**
   * The need in the reader's language, for example "one more member who offers ride by car".
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the text, never null
   */
  public String message(Locale locale) {
    return Texts.format("advice.need." + kind, locale, Map.of("count", count,
        "capability", capability == null ? "" : capability.label(locale)));
  }
}
