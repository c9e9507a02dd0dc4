package nl.voorzorgcirkel.core.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.voorzorgcirkel.core.internal.Blames;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import org.immutables.value.Value;

/**
 * A period in which a member is away and cannot help: a holiday, a stay with family. Both dates are
 * included. The reason is deliberately not recorded.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Absence {

  Absence() {}

  /**
   * An absence from {@code first} to {@code last}, both included.
   *
   * @param first the first day away, not null
   * @param last the last day away, not before {@code first}, not null
   * @return the absence
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if a date is missing or {@code
   *     last} is before {@code first}
   */
  public static Absence of(LocalDate first, LocalDate last) {
    return ImmutableAbsence.of(first, last);
  }

  /**
   * The first day away.
   *
   * @return the date, never null
   */
  @Value.Parameter
  @NotNull
  public abstract LocalDate first();

  /**
   * The last day away (included).
   *
   * @return the date, never null, not before {@link #first()}
   */
  @Value.Parameter
  @NotNull
  public abstract LocalDate last();

  /**
   * Whether the member is away on a date.
   *
   * @param date the date, not null
   * @return true if {@code first <= date <= last}
   */
  public boolean includes(LocalDate date) {
    return !date.isBefore(first()) && !date.isAfter(last());
  }

  @AssertTrue(message = "{vzc.Absence.lastNotBeforeFirst}")
  @Blames("last")
  boolean lastNotBeforeFirst() {
    return first() == null || last() == null || !last().isBefore(first());
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }
}
