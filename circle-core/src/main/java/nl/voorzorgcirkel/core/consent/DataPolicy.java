package nl.voorzorgcirkel.core.consent;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.voorzorgcirkel.core.internal.Arguments;

/**
 * Which {@link PersonalField}s each {@link Reader} may read, and for which {@link Purpose}s the
 * member's consent must hold for it to read them. A field a reader is not allowed is withheld from
 * it: its {@link DataAccess} shows the field's neutral value and says it may not read it.
 *
 * <p>The {@linkplain #standard() standard policy}:
 *
 * <table>
 *   <caption>Fields each reader may read, and the consent each needs</caption>
 *   <tr><th>Reader</th><th>Field</th><th>Needs consent for</th></tr>
 *   <tr><td>GROUP</td><td>display name</td><td>taking part</td></tr>
 *   <tr><td>GROUP</td><td>phone number</td><td>phone number to the group</td></tr>
 *   <tr><td>CONNECTOR</td><td>display name, phone number, lives alone, avoids</td>
 *       <td>taking part</td></tr>
 *   <tr><td>CONNECTOR</td><td>vitality</td><td>vitality</td></tr>
 *   <tr><td>MATCHING</td><td>avoids</td><td>nothing: matching always honours it, or it would ask
 *       the very helper the member asked not to be asked</td></tr>
 *   <tr><td>MATCHING</td><td>vitality</td><td>vitality</td></tr>
 *   <tr><td>FORMATION</td><td>avoids</td><td>nothing: formation never puts a member with someone
 *       they avoid</td></tr>
 *   <tr><td>FORMATION</td><td>vitality</td><td>vitality</td></tr>
 *   <tr><td>HEALTH_CHECK</td><td>vitality</td><td>vitality</td></tr>
 *   <tr><td>REPORT</td><td>loneliness scores</td><td>research (reports count; a member's
 *       scores are counted only with this consent)</td></tr>
 *   <tr><td>RESEARCH_EXPORT</td><td>vitality</td><td>research and vitality</td></tr>
 *   <tr><td>RESEARCH_EXPORT</td><td>lives alone</td><td>research</td></tr>
 * </table>
 *
 * <p>One rule holds for every policy: vitality is health data (GDPR article 9) and is read only
 * with consent for {@link Purpose#VITALITY}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DataPolicy {

  private static final DataPolicy STANDARD = builder()
      .allow(Reader.GROUP, PersonalField.DISPLAY_NAME, Purpose.TAKING_PART)
      .allow(Reader.GROUP, PersonalField.PHONE_NUMBER, Purpose.PHONE_NUMBER_TO_GROUP)
      .allow(Reader.CONNECTOR, PersonalField.DISPLAY_NAME, Purpose.TAKING_PART)
      .allow(Reader.CONNECTOR, PersonalField.PHONE_NUMBER, Purpose.TAKING_PART)
      .allow(Reader.CONNECTOR, PersonalField.LIVES_ALONE, Purpose.TAKING_PART)
      .allow(Reader.CONNECTOR, PersonalField.AVOIDS, Purpose.TAKING_PART)
      .allow(Reader.CONNECTOR, PersonalField.VITALITY, Purpose.VITALITY)
      .allow(Reader.MATCHING, PersonalField.AVOIDS)
      .allow(Reader.MATCHING, PersonalField.VITALITY, Purpose.VITALITY)
      .allow(Reader.FORMATION, PersonalField.AVOIDS)
      .allow(Reader.FORMATION, PersonalField.VITALITY, Purpose.VITALITY)
      .allow(Reader.HEALTH_CHECK, PersonalField.VITALITY, Purpose.VITALITY)
      .allow(Reader.RESEARCH_EXPORT, PersonalField.VITALITY, Purpose.RESEARCH, Purpose.VITALITY)
      .allow(Reader.RESEARCH_EXPORT, PersonalField.LIVES_ALONE, Purpose.RESEARCH)
      .allow(Reader.REPORT, PersonalField.LONELINESS, Purpose.RESEARCH)
      .build();

  private final Map<Reader, Map<PersonalField, Set<Purpose>>> allowed;

  private DataPolicy(Map<Reader, Map<PersonalField, Set<Purpose>>> allowed) {
    this.allowed = allowed;
  }

  /**
   * The standard policy described above.
   *
   * @return the policy, never null
   */
  public static DataPolicy standard() {
    return STANDARD;
  }

  /**
   * A builder for a policy of one's own; it starts with nothing allowed.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The fields a reader may read, given consent.
   *
   * @param reader the reader, not null
   * @return an unmodifiable set, possibly empty
   */
  public Set<PersonalField> fields(Reader reader) {
    return of(reader).keySet();
  }

  /**
   * The purposes for which consent must hold before a reader may read a field.
   *
   * @param reader the reader, not null
   * @param field the field, not null
   * @return an unmodifiable set: empty if the reader may read the field without a record of
   *     consent; empty too if it may not read it at all (see {@link #fields})
   */
  public Set<Purpose> purposes(Reader reader, PersonalField field) {
    Objects.requireNonNull(field, "field");
    return of(reader).getOrDefault(field, Set.of());
  }

  private Map<PersonalField, Set<Purpose>> of(Reader reader) {
    return Objects.requireNonNull(allowed.get(Objects.requireNonNull(reader, "reader")));
  }

  /**
   * This policy for one reader, with the consents it checks.
   *
   * @param reader who reads, not null
   * @param consents the circle's consents, not null
   * @return the access, never null
   */
  public DataAccess access(Reader reader, ConsentRegister consents) {
    return new DataAccess(this, Objects.requireNonNull(reader, "reader"),
        Objects.requireNonNull(consents, "consents"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DataPolicy that && allowed.equals(that.allowed);
  }

  @Override
  public int hashCode() {
    return allowed.hashCode();
  }

  /**
   * The policy's rules, for example {@code DataPolicy{MATCHING={VITALITY=[VITALITY]}, ...}}.
   *
   * @return the rules; no personal data
   */
  @Override
  public String toString() {
    return "DataPolicy" + allowed;
  }

  /** Builds a {@link DataPolicy}. Not thread-safe. */
  public static final class Builder {

    private final Map<Reader, Map<PersonalField, Set<Purpose>>> allowed = new EnumMap<>(Reader.class);

    private Builder() {
      for (Reader reader : Reader.values()) {
        allowed.put(reader, new EnumMap<>(PersonalField.class));
      }
    }

    /**
     * Lets a reader read a field when the member's consent holds for every given purpose; with no
     * purposes, whenever. Replaces what was allowed for that reader and field before.
     *
     * @param reader the reader, not null
     * @param field the field, not null
     * @param needs the purposes whose consent must hold, not null, without nulls; {@link
     *     PersonalField#VITALITY} needs at least {@link Purpose#VITALITY}
     * @return this builder
     * @throws nl.voorzorgcirkel.core.validation.InvalidValueException with rule {@code
     *     healthDataNeedsConsent} if vitality would be read without consent for it
     */
    public Builder allow(Reader reader, PersonalField field, Purpose... needs) {
      Objects.requireNonNull(reader, "reader");
      Objects.requireNonNull(field, "field");
      Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
      for (Purpose purpose : Objects.requireNonNull(needs, "needs")) {
        purposes.add(Objects.requireNonNull(purpose, "needs[]"));
      }
      if (field == PersonalField.VITALITY && !purposes.contains(Purpose.VITALITY)) {
        throw Arguments.invalid("DataPolicy", reader.name() + "." + field.name(),
            "healthDataNeedsConsent", Map.of());
      }
      Objects.requireNonNull(allowed.get(reader)).put(field, Collections.unmodifiableSet(purposes));
      return this;
    }

    /**
     * Withholds a field from a reader.
     *
     * @param reader the reader, not null
     * @param field the field, not null
     * @return this builder
     */
    public Builder withhold(Reader reader, PersonalField field) {
      Objects.requireNonNull(allowed.get(Objects.requireNonNull(reader, "reader")))
          .remove(Objects.requireNonNull(field, "field"));
      return this;
    }

    /**
     * The policy.
     *
     * @return a new policy, never null
     */
    public DataPolicy build() {
      Map<Reader, Map<PersonalField, Set<Purpose>>> copy = new EnumMap<>(Reader.class);
      allowed.forEach((reader, fields) ->
          copy.put(reader, Collections.unmodifiableMap(new EnumMap<>(fields))));
      return new DataPolicy(Collections.unmodifiableMap(copy));
    }
  }
}
