package nl.voorzorgcirkel.coordination.referral;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.coordination.internal.Problems;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import org.jspecify.annotations.Nullable;

/**
 * Where a circle sends what it should not take on: per {@link ReferralTarget} (district nursing,
 * the municipality's social team, the general practitioner, ...) the local {@link
 * ReferralContact}, so that a referral says whom to call.
 *
 * <p>Configured per circle, and per welfare organisation for all its circles: {@link
 * #withFallback} puts a circle's own contacts before the organisation's. A target without a
 * contact is still referred, by its general name ("district nursing"). Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ReferralDirectory organisation = ReferralDirectory.of(List.of(
 *     ReferralContact.of(ReferralTarget.SOCIAL_TEAM, "Social team Boxmeer", "Sociaal team Boxmeer", "14 0485")));
 * ReferralDirectory lindenhof = ReferralDirectory.of(List.of(
 *     ReferralContact.of(ReferralTarget.DISTRICT_NURSING, "District nursing team North",
 *         "Wijkverpleging team Noord", "0485 123 456")))
 *     .withFallback(organisation);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReferralDirectory {

  private static final ReferralDirectory EMPTY = new ReferralDirectory(new EnumMap<>(ReferralTarget.class));

  private final Map<ReferralTarget, ReferralContact> contacts;

  private ReferralDirectory(EnumMap<ReferralTarget, ReferralContact> contacts) {
    this.contacts = contacts;
  }

  /**
   * The directory without contacts: every referral names only its target.
   *
   * @return the empty directory
   */
  public static ReferralDirectory empty() {
    return EMPTY;
  }

  /**
   * A directory of contacts, one per target.
   *
   * @param contacts the contacts, not null, no null elements, at most one per target
   * @return the directory
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException naming each target that has
   *     two contacts ({@code contacts}, rule {@code unique})
   */
  public static ReferralDirectory of(Collection<ReferralContact> contacts) {
    EnumMap<ReferralTarget, ReferralContact> map = new EnumMap<>(ReferralTarget.class);
    Problems problems = new Problems("ReferralDirectory");
    for (ReferralContact contact : contacts) {
      Objects.requireNonNull(contact, "contact");
      if (map.putIfAbsent(contact.target(), contact) != null) {
        problems.add("contacts", "unique", Map.of("id", contact.target().name()));
      }
    }
    problems.throwIfAny();
    return new ReferralDirectory(map);
  }

  /**
   * Whom to call for a target.
   *
   * @param target the target, not null
   * @return the contact; empty when the directory has none for it
   */
  public Optional<ReferralContact> contact(ReferralTarget target) {
    return Optional.ofNullable(contacts.get(Objects.requireNonNull(target, "target")));
  }

  /**
   * Every contact, in the order of {@link ReferralTarget}.
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<ReferralContact> contacts() {
    return List.copyOf(contacts.values());
  }

  /**
   * This directory, with the contacts of another for the targets it has none for: a circle's own
   * directory over its welfare organisation's.
   *
   * @param fallback the directory to fall back on, not null
   * @return the combined directory
   */
  public ReferralDirectory withFallback(ReferralDirectory fallback) {
    EnumMap<ReferralTarget, ReferralContact> map = new EnumMap<>(ReferralTarget.class);
    map.putAll(Objects.requireNonNull(fallback, "fallback").contacts);
    map.putAll(contacts);
    return new ReferralDirectory(map);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReferralDirectory o && o.contacts.equals(contacts);
  }

  @Override
  public int hashCode() {
    return contacts.hashCode();
  }

  /**
   * The targets that have a contact; no names or numbers.
   *
   * @return for example {@code "ReferralDirectory[DISTRICT_NURSING, SOCIAL_TEAM]"}
   */
  @Override
  public String toString() {
    return "ReferralDirectory" + new ArrayList<>(contacts.keySet());
  }
}
