package nl.voorzorgcirkel.core.audit;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.Blames;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import nl.voorzorgcirkel.core.model.MemberId;
import org.immutables.value.Value;

/**
 * One change to a member, as the audit trail keeps it: when, who made it (the actor), about whom
 * (the subject), what kind, and from what to what as codes (for example role {@code MEMBER} to
 * {@code CONNECTOR}, or consent {@code VITALITY:GIVEN}).
 *
 * <p>The codes are upper-case identifiers, never free text, so that no personal data can enter
 * the trail through them. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AuditEntry {

  /** What a code may look like: upper-case letters, digits, {@code _} and {@code :}. */
  static final String CODE = "[A-Z0-9_:]{1,60}";

  AuditEntry() {}

  /**
   * A new builder.
   *
   * <p>Required: every attribute: {@code at}, {@code actor}, {@code subject}, {@code change},
   * {@code before}, {@code after}. None is optional.
   *
   * <p>{@code build()} throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException}
   * listing every broken rule at once, each by attribute and rule, in English and Dutch and without
   * personal data: a required attribute left out as {@code NotNull} ("must be given"), a {@code
   * before} or {@code after} that breaks its pattern, and an {@code at} outside the years 1 to 9999
   * ({@code AuditEntry.supportedYears}).
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * When the change was made.
   *
   * @return the instant, never null, in the years 1 to 9999
   */
  @NotNull
  public abstract Instant at();

  /**
   * Who made the change: a connector, staff with a member id, or the member themselves.
   *
   * @return the id, never null
   */
  @NotNull
  public abstract MemberId actor();

  /**
   * Whom the change was about.
   *
   * @return the id, never null
   */
  @NotNull
  public abstract MemberId subject();

  /**
   * The kind of change.
   *
   * @return the kind, never null
   */
  @NotNull
  public abstract AuditChange change();

  /**
   * The value before, as a code; {@code NONE} if there was none (a member who joins).
   *
   * @return an upper-case code of 1 to 60 characters
   */
  @NotNull
  @Pattern(regexp = CODE, message = "{vzc.AuditEntry.code}")
  public abstract String before();

  /**
   * The value after, as a code.
   *
   * @return an upper-case code of 1 to 60 characters
   */
  @NotNull
  @Pattern(regexp = CODE, message = "{vzc.AuditEntry.code}")
  public abstract String after();

  @AssertTrue(message = "{vzc.AuditEntry.supportedYears}")
  @Blames("at")
  boolean supportedYears() {
    return Arguments.supported(at());
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }

  /**
   * The builder. Not thread-safe.
   *
   * <p>One method per attribute of {@link AuditEntry}, named after it and taking its value, with the
   * rules, units and ranges its accessor states; for a list or set attribute also {@code addX} (one
   * or several values) and {@code addAllX} (an iterable), the {@code x(iterable)} method replacing
   * what was added; for an optional attribute one method taking the value (not null) and one taking
   * an {@code Optional}. {@code from(value)} copies every attribute of a value. A missing or null
   * required attribute is not refused where it is set but by {@code build()}, which checks every
   * rule at once and throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException} listing
   * each broken one by attribute, in English and Dutch, without personal data.
   */
  public static final class Builder extends ImmutableAuditEntry.Builder {
    Builder() {}
  }
}
