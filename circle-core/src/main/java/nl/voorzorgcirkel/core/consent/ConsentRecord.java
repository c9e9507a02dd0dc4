package nl.voorzorgcirkel.core.consent;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.Blames;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import nl.voorzorgcirkel.core.model.MemberId;
import org.immutables.value.Value;

/**
 * That a member gave, or withdrew, consent for one {@link Purpose} on a day, on a {@link
 * LawfulBasis}, and who recorded it (connectors and staff are accountable for what they record).
 *
 * <p>The basis must be one that can carry the purpose ({@link Purpose#lawfulBases()}): vitality is
 * health data and needs explicit consent (GDPR article 9(2)(a)). A record is never changed: a
 * withdrawal is a new record with {@link #given()} false, and the latest record on or before a day
 * decides ({@link ConsentRegister#isGiven}).
 *
 * <p>Immutable and thread-safe. Holds no personal data beyond the member id.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ConsentRecord {

  ConsentRecord() {}

  /**
   * A new builder.
   *
   * <p>Required: {@code member}, {@code purpose}, {@code date}, {@code basis}, {@code recordedBy}.
   * Optional: {@code given}, false unless set (a record without it is a withdrawal: set {@code
   * given(true)} for consent given).
   *
   * <p>{@code build()} throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException}
   * listing every broken rule at once, each by attribute and rule, in English and Dutch and without
   * personal data: a required attribute left out as {@code NotNull} ("must be given"), a basis that
   * cannot carry the purpose ({@code ConsentRecord.basisCarriesPurpose}, on {@code basis}) and a
   * {@code date} outside the years 1 to 9999 ({@code ConsentRecord.supportedYears}).
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Consent given.
   *
   * @param member whose consent, not null
   * @param purpose for what, not null
   * @param basis the lawful basis, one of {@code purpose.lawfulBases()}, not null
   * @param date the day it was given, not null, in the years 1 to 9999
   * @param recordedBy who recorded it (the member, a connector, staff), not null
   * @return the record
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if a rule is broken
   */
  public static ConsentRecord given(MemberId member, Purpose purpose, LawfulBasis basis,
      LocalDate date, MemberId recordedBy) {
    return builder().member(member).purpose(purpose).basis(basis).given(true).date(date)
        .recordedBy(recordedBy).build();
  }

  /**
   * Consent withdrawn (from that day on, the purpose no longer holds).
   *
   * @param member whose consent, not null
   * @param purpose for what, not null
   * @param basis the basis the withdrawn consent was given on, not null
   * @param date the day it was withdrawn, not null, in the years 1 to 9999
   * @param recordedBy who recorded it, not null
   * @return the record
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if a rule is broken
   */
  public static ConsentRecord withdrawn(MemberId member, Purpose purpose, LawfulBasis basis,
      LocalDate date, MemberId recordedBy) {
    return builder().member(member).purpose(purpose).basis(basis).given(false).date(date)
        .recordedBy(recordedBy).build();
  }

  /**
   * Whose consent.
   *
   * @return the member id, never null
   */
  @NotNull
  public abstract MemberId member();

  /**
   * For what.
   *
   * @return the purpose, never null
   */
  @NotNull
  public abstract Purpose purpose();

  /**
   * Whether consent was given (true) or withdrawn (false).
   *
   * @return true if given
   */
  public abstract boolean given();

  /**
   * The day the consent was given or withdrawn; it holds from the start of that day.
   *
   * @return the day, never null, in the years 1 to 9999
   */
  @NotNull
  public abstract LocalDate date();

  /**
   * The lawful basis.
   *
   * @return the basis, never null, one that can carry the purpose
   */
  @NotNull
  public abstract LawfulBasis basis();

  /**
   * Who recorded it: the member themselves, a connector or a member of staff with a member id.
   *
   * @return the id, never null
   */
  @NotNull
  public abstract MemberId recordedBy();

  @AssertTrue(message = "{vzc.ConsentRecord.basisCarriesPurpose}")
  @Blames("basis")
  boolean basisCarriesPurpose() {
    return purpose() == null || basis() == null || purpose().lawfulBases().contains(basis());
  }

  @AssertTrue(message = "{vzc.ConsentRecord.supportedYears}")
  @Blames("date")
  boolean supportedYears() {
    return Arguments.supported(date());
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }

  /**
   * The builder. Not thread-safe.
   *
   * <p>One method per attribute of {@link ConsentRecord}, named after it and taking its value, with the
   * rules, units and ranges its accessor states; for a list or set attribute also {@code addX} (one
   * or several values) and {@code addAllX} (an iterable), the {@code x(iterable)} method replacing
   * what was added; for an optional attribute one method taking the value (not null) and one taking
   * an {@code Optional}. {@code from(value)} copies every attribute of a value. A missing or null
   * required attribute is not refused where it is set but by {@code build()}, which checks every
   * rule at once and throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException} listing
   * each broken one by attribute, in English and Dutch, without personal data.
   */
  public static final class Builder extends ImmutableConsentRecord.Builder {
    Builder() {}
  }
}
