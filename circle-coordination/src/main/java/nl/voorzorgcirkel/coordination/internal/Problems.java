package nl.voorzorgcirkel.coordination.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.voorzorgcirkel.core.validation.InvalidStateException;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;

/**
 * Collects the broken rules of one value or call and throws them together as the core's bilingual
 * {@link InvalidValueException}: each names the type, the field and the rule, whose English and
 * Dutch text is in the core's message tables (key {@code vzc.argument.<rule>} unless given). Never
 * holds the rejected value. Not API. Not thread-safe: one per check.
 */
public final class Problems {

  /** The first instant the library computes with, as the core's time windows: 0001-01-01T00:00Z. */
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  /** The last instant the library computes with: the end of 9999-12-31 UTC. */
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private final String type;
  private final List<Violation> found = new ArrayList<>();

  /**
   * Problems of one type.
   *
   * @param type the simple name of the type that checks, for example {@code "ReferralContact"}
   */
  public Problems(String type) {
    this.type = type;
  }

  /**
   * Adds a broken rule whose text is {@code vzc.argument.<rule>}.
   *
   * @param path the field or argument, not null
   * @param rule the rule's code, not null
   * @param arguments the rule's parameters (limits, ids), never personal data; not null
   * @return this
   */
  public Problems add(String path, String rule, Map<String, ?> arguments) {
    found.add(Violation.of(type, path, rule, "vzc.argument." + rule, arguments));
    return this;
  }

  /**
   * Checks a one-line name: not blank, at most {@code max} characters, no control characters, not
   * starting with a character a spreadsheet runs as a formula.
   *
   * @param path the field, not null
   * @param value the name, not null
   * @param max the most characters allowed
   * @return this
   */
  public Problems name(String path, String value, int max) {
    if (value.isBlank()) {
      add(path, "notBlank", Map.of());
    } else if (value.length() > max) {
      found.add(Violation.of(type, path, "Size", "jakarta.validation.constraints.Size.message",
          Map.of("min", 1, "max", max)));
    } else if ("=+-@".indexOf(value.charAt(0)) >= 0 || value.chars().anyMatch(Character::isISOControl)) {
      found.add(Violation.of(type, path, "Text.name", "vzc.Text.name", Map.of()));
    }
    return this;
  }

  /**
   * Checks that an instant lies in the years the library computes with, 1 to 9999 (UTC), as the
   * core's time windows and requests do (rule {@code supportedYears}): {@code Instant.MAX} is refused
   * here rather than failing deep inside a date computation.
   *
   * @param path the argument, not null
   * @param at the instant, not null
   * @return this
   */
  public Problems supported(String path, Instant at) {
    if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
      add(path, "supportedYears", Map.of());
    }
    return this;
  }

  /**
   * Whether a rule was broken.
   *
   * @return true when at least one was added
   */
  public boolean any() {
    return !found.isEmpty();
  }

  /**
   * Throws every broken rule at once, if there is one.
   *
   * @throws InvalidValueException listing them
   */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidValueException(found);
    }
  }

  /**
   * The exception for a call that does not fit the state it is made in (a builder not given what it
   * needs, a report of something that has not happened): one rule, named with its field, in English
   * and Dutch (key {@code vzc.argument.<rule>}).
   *
   * @param type the simple name of the type that refuses, not null
   * @param path the field or argument, not null
   * @param rule the rule's code, not null
   * @param arguments the rule's parameters, never personal data; not null
   * @return the exception, to throw: an {@link IllegalStateException}
   */
  public static InvalidStateException state(String type, String path, String rule, Map<String, ?> arguments) {
    return new InvalidStateException(List.of(Violation.of(type, path, rule, "vzc.argument." + rule, arguments)));
  }
}
