package nl.voorzorgcirkel.core.assessment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.i18n.Messages;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * One finding of the health check: its severity, its code, the capability or members it concerns
 * and a readable message in English or Dutch. Members are named by id, never by name.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HealthFinding {

  private final Severity severity;
  private final HealthCode code;
  private final @Nullable Capability capability;
  private final List<MemberId> members;
  private final Map<String, Object> figures;

  HealthFinding(Severity severity, HealthCode code, @Nullable Capability capability, List<MemberId> members,
      Map<String, ?> figures) {
    this.severity = Objects.requireNonNull(severity, "severity");
    this.code = Objects.requireNonNull(code, "code");
    this.capability = capability;
    this.members = List.copyOf(members);
    this.figures = new TreeMap<>(figures);
  }

  /**
   * How serious the finding is.
   *
   * @return the severity, never null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * What the finding is about.
   *
   * @return the code, never null
   */
  public HealthCode code() {
    return code;
  }

  /**
   * The capability concerned, for {@link HealthCode#SINGLE_POINT_OF_FAILURE}: the kind of help as
   * the standard vocabulary reads the offers ({@code groceries-and-errands} for offers written
   * {@code boodschappen}; see {@link CircleHealthCheck}).
   *
   * @return the capability, or empty
   */
  public Optional<Capability> capability() {
    return Optional.ofNullable(capability);
  }

  /**
   * The members concerned, sorted by id (for example those who offer nothing yet).
   *
   * @return an unmodifiable list, possibly empty
   */
  public List<MemberId> members() {
    return members;
  }

  /**
   * The figures behind the finding, such as {@code size}, {@code min} or {@code offerers}.
   *
   * @return an unmodifiable sorted map
   */
  public Map<String, Object> figures() {
    return java.util.Collections.unmodifiableMap(figures);
  }

  /**
   * The finding in the reader's language.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the message, never null
   */
  public String message(Locale locale) {
    Map<String, Object> arguments = new TreeMap<>(figures);
    if (capability != null) {
      arguments.put("capability", capability.label(locale));
    }
    arguments.put("count", members.size());
    return Messages.format("health." + code.name(), locale, arguments);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HealthFinding healthFinding
        && healthFinding.severity == severity
        && healthFinding.code == code
        && Objects.equals(healthFinding.capability, capability)
        && healthFinding.members.equals(members)
        && healthFinding.figures.equals(figures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, code, capability, members, figures);
  }

  /**
   * Severity, code and the English message.
   *
   * @return for example {@code "WARNING TOO_FEW_CONNECTORS: 1 connector, the policy asks for 2"}
   */
  @Override
  public String toString() {
    return severity + " " + code + ": " + message(Locale.ENGLISH);
  }
}
