package nl.voorzorgcirkel.core.ledger;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.Blames;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.SeriesId;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.immutables.value.Value;

/**
 * One occasion of help given: {@link #helper()} helped {@link #recipient()} with a {@link
 * #capability()}, starting at {@link #start()}, for {@link #effort()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class HelpRecord {

  HelpRecord() {}

  /**
   * A new builder.
   *
   * <p>Required: {@code helper}, {@code recipient}, {@code capability}, {@code start}, {@code
   * effort}. Optional, with their defaults: {@code request} and {@code series} (empty).
   *
   * <p>{@code build()} throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException}
   * listing every broken rule at once, each by attribute and rule, in English and Dutch and without
   * personal data: a required attribute left out as {@code NotNull} ("must be given"), an {@code
   * effort} outside 1 minute to 24 hours, the helper being the recipient ({@code
   * HelpRecord.helperIsNotRecipient}, on {@code helper}) and a {@code start} outside the years 1 to
   * 9999 ({@code HelpRecord.supportedYears}).
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A record without a request id.
   *
   * @param helper who helped, not null
   * @param recipient who was helped, not the helper, not null
   * @param capability the kind of help, not null
   * @param start when the help started, not null
   * @param effort how long it took, 1 minute to 24 hours, not null
   * @return the record
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if a rule is broken
   */
  public static HelpRecord of(
      MemberId helper, MemberId recipient, Capability capability, Instant start, Duration effort) {
    return builder()
        .helper(helper)
        .recipient(recipient)
        .capability(capability)
        .start(start)
        .effort(effort)
        .build();
  }

  /**
   * Who helped.
   *
   * @return the member id, never null
   */
  @NotNull
  public abstract MemberId helper();

  /**
   * Who was helped.
   *
   * @return the member id, never null, not the helper
   */
  @NotNull
  public abstract MemberId recipient();

  /**
   * The kind of help.
   *
   * @return the capability, never null
   */
  @NotNull
  public abstract Capability capability();

  /**
   * When the help started.
   *
   * @return the instant, never null, in the years 1 to 9999
   */
  @NotNull
  public abstract Instant start();

  /**
   * How long the help took (the actual effort, including travel).
   *
   * @return 1 minute to 24 hours
   */
  @NotNull
  @DurationMin(minutes = 1)
  @DurationMax(hours = 24)
  public abstract Duration effort();

  /**
   * The request this help answered, if it came through one.
   *
   * @return the request id, or empty
   */
  public abstract Optional<RequestId> request();

  @AssertTrue(message = "{vzc.HelpRecord.supportedYears}")
  @Blames("start")
  boolean supportedYears() {
    return Arguments.supported(start());
  }

  /**
   * The series the request was an occurrence of, so that the helper of a series' previous
   * occurrence can be found.
   *
   * @return the series, or empty
   */
  public abstract Optional<SeriesId> series();

  @AssertTrue(message = "{vzc.HelpRecord.helperIsNotRecipient}")
  @Blames("helper")
  boolean helperIsNotRecipient() {
    return helper() == null || !helper().equals(recipient());
  }

  @Value.Check
  void validate() {
    if (!holdsDeclaredRules()) {
      ModelValidator.check(this);
    }
  }

  /**
   * The rules declared on this type, written out: true only if every one holds, and then Hibernate
   * Validator would find nothing. Values like this are built for every request a circle ranks or
   * simulates, and checking them here costs a few comparisons instead of the generic check's calls
   * through property readers. Anything else goes to the validator, which alone reports violations.
   * {@code DeclaredRulesTest} fails when a rule is declared here that this does not check, and
   * checks on random values, valid and not, that this never passes one the validator rejects.
   */
  boolean holdsDeclaredRules() {
    return helper() != null && recipient() != null && capability() != null && start() != null
        && ModelValidator.withinDay(effort())
        && !helper().equals(recipient())
        && Arguments.supported(start());
  }

  /**
   * The builder. Not thread-safe.
   *
   * <p>One method per attribute of {@link HelpRecord}, named after it and taking its value, with the
   * rules, units and ranges its accessor states; for a list or set attribute also {@code addX} (one
   * or several values) and {@code addAllX} (an iterable), the {@code x(iterable)} method replacing
   * what was added; for an optional attribute one method taking the value (not null) and one taking
   * an {@code Optional}. {@code from(value)} copies every attribute of a value. A missing or null
   * required attribute is not refused where it is set but by {@code build()}, which checks every
   * rule at once and throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException} listing
   * each broken one by attribute, in English and Dutch, without personal data.
   */
  public static final class Builder extends ImmutableHelpRecord.Builder {
    Builder() {}
  }
}
