package nl.voorzorgcirkel.core.consent;

import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.Vitality;

/**
 * A field of {@link Member} that holds personal data and that a reader can do without: when the
 * {@link DataPolicy} withholds it from a reader, the reader's {@linkplain DataAccess#view view} of
 * the member carries the neutral value named here, the same for every member, so that nothing the
 * reader computes can depend on the real one.
 *
 * <p>Birth year and home are not listed: taking part needs them (distances, age bands), and
 * exports coarsen them instead of withholding them.
 *
 * @since 0.1.0
 */
public enum PersonalField {
  /** The display name; withheld, the member id stands in for it. */
  DISPLAY_NAME,
  /** The phone number; withheld, it is absent. */
  PHONE_NUMBER,
  /** Self-assessed vitality (health data); withheld, it reads {@link Vitality#VITAL}, the default. */
  VITALITY,
  /** Whether the member lives alone; withheld, it reads false, the default. */
  LIVES_ALONE,
  /** The members this member would rather not be helped by; withheld, none. */
  AVOIDS,
  /**
   * The member's answers on the De Jong Gierveld loneliness scale ({@link
   * nl.voorzorgcirkel.core.loneliness.LonelinessScore}), kept apart from the member; withheld, the
   * member's scores are not counted.
   *
   * @since 0.1.0
   */
  LONELINESS;

  /** Whether this is a field of {@link Member}, which a view replaces. */
  boolean onMember() {
    return this != LONELINESS;
  }

  /** Puts this field's neutral value into a copy of {@code member}. */
  void withhold(Member.Builder copy, Member member) {
    switch (this) {
      case DISPLAY_NAME -> copy.displayName(member.id().value());
      case PHONE_NUMBER -> copy.phoneNumber(java.util.Optional.empty());
      case VITALITY -> copy.vitality(Vitality.VITAL);
      case LIVES_ALONE -> copy.livesAlone(false);
      case AVOIDS -> copy.avoids(java.util.List.of());
      case LONELINESS -> { } // not a field of Member: readers leave the scores out instead
    }
  }
}
