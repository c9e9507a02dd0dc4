package nl.voorzorgcirkel.core.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.scope.ReferralTarget;

/**
 * Something that happened to a help request: what ({@code the record type}), when ({@link #at()})
 * and by whom ({@link #by()}).
 *
 * <p>Events are immutable records; constructing one with a null component (or a null inside a
 * list) throws {@link NullPointerException} naming it, and a component out of range throws {@link
 * nl.voorzorgcirkel.core.validation.InvalidValueException} in English and Dutch. Whether an event
 * may happen in a state is decided by {@link RequestLifecycle#apply(RequestEvent)}.
 *
 * @since 0.1.0
 */
public sealed interface RequestEvent {

  /**
   * When it happened.
   *
   * @return the instant, never null
   */
  Instant at();

  /**
   * Who did it: a member (the requester, a helper, a connector), or empty for the platform itself
   * (a timer, an automatic referral).
   *
   * @return the member, or empty
   */
  Optional<MemberId> by();

  /**
   * Members were asked to help (by a connector, or by the platform from a ranking).
   *
   * @param at when, not null
   * @param by who asked, not null (may be empty)
   * @param helpers who was asked, not empty, not null
   */
  record Asked(Instant at, Optional<MemberId> by, List<MemberId> helpers) implements RequestEvent {
    /**
     * Checks the components.
     *
     * @param at see the record description
     * @param by see the record description
     * @param helpers see the record description
     */
    public Asked {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(by, "by");
      helpers = Arguments.noNulls(helpers, "helpers");
      if (helpers.isEmpty()) {
        throw Arguments.invalid("Asked", "helpers", "notEmpty", Map.of());
      }
    }
  }

  /**
   * A member said yes, whether asked or volunteering on the group chat, themselves or through
   * someone who answered for them.
   *
   * @param at when, not null
   * @param helper who will help, not null
   * @param answeredBy who gave the answer, not null: {@link AnsweredBy#member()} when the helper
   *     answered themselves
   */
  record Accepted(Instant at, MemberId helper, AnsweredBy answeredBy) implements RequestEvent {
    /**
     * Checks the components.
     *
     * @param at see the record description
     * @param helper see the record description
     * @param answeredBy see the record description
     */
    public Accepted {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(helper, "helper");
      Objects.requireNonNull(answeredBy, "answeredBy");
    }

    /**
     * The helper said yes themselves.
     *
     * @param at when, not null
     * @param helper who will help, not null
     */
    public Accepted(Instant at, MemberId helper) {
      this(at, helper, AnsweredBy.member());
    }

    /** The helper, whose yes it is, also when someone else gave it ({@link #answeredBy()}). */
    @Override
    public Optional<MemberId> by() {
      return Optional.of(helper);
    }
  }

  /**
   * An asked member said no, or the accepted helper withdrew, themselves or through someone who
   * answered for them. No penalty.
   *
   * @param at when, not null
   * @param helper who declined, not null
   * @param answeredBy who gave the answer, not null: {@link AnsweredBy#member()} when the member
   *     answered themselves
   */
  record Declined(Instant at, MemberId helper, AnsweredBy answeredBy) implements RequestEvent {
    /**
     * Checks the components.
     *
     * @param at see the record description
     * @param helper see the record description
     * @param answeredBy see the record description
     */
    public Declined {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(helper, "helper");
      Objects.requireNonNull(answeredBy, "answeredBy");
    }

    /**
     * The member said no themselves.
     *
     * @param at when, not null
     * @param helper who declined, not null
     */
    public Declined(Instant at, MemberId helper) {
      this(at, helper, AnsweredBy.member());
    }

    /** The member who declined, whose no it is, also when someone else gave it. */
    @Override
    public Optional<MemberId> by() {
      return Optional.of(helper);
    }
  }

  /**
   * The help was given, with the effort it actually took.
   *
   * @param at when it was reported done, not null
   * @param by the helper who gave the help and reports it, or empty when the platform records
   *     it; not null
   * @param actualEffort how long it took, 1 minute to 24 hours, not null
   */
  record Done(Instant at, Optional<MemberId> by, Duration actualEffort) implements RequestEvent {
    /**
     * Checks the components.
     *
     * @param at see the record description
     * @param by see the record description
     * @param actualEffort see the record description
     */
    public Done {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(actualEffort, "actualEffort");
      if (actualEffort.compareTo(Duration.ofMinutes(1)) < 0
          || actualEffort.compareTo(Duration.ofHours(24)) > 0) {
        throw Arguments.invalid("Done", "actualEffort", "between", Map.of("min", "1 min", "max", "24 h"));
      }
    }
  }

  /**
   * The request was withdrawn.
   *
   * @param at when, not null
   * @param by who withdrew it, not null (may be empty)
   */
  record Cancelled(Instant at, Optional<MemberId> by) implements RequestEvent {
    /**
     * Checks the components.
     *
     * @param at see the record description
     * @param by see the record description
     */
    public Cancelled {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(by, "by");
    }
  }

  /**
   * Nobody could help in time.
   *
   * @param at when, not null
   * @param nextStep what to do now, not null; see {@link NextStep#suggestFor}
   */
  record Expired(Instant at, NextStep nextStep) implements RequestEvent {
    /**
     * Checks the components.
     *
     * @param at see the record description
     * @param nextStep see the record description
     */
    public Expired {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(nextStep, "nextStep");
    }

    /** Always empty: expiry is the platform's doing. */
    @Override
    public Optional<MemberId> by() {
      return Optional.empty();
    }
  }

  /**
   * The request is out of scope and was referred elsewhere.
   *
   * @param at when, not null
   * @param by who referred it, not null (may be empty)
   * @param target where it was referred, not null
   * @param reasonCode the scope decision's reason code, of the form {@link
   *     nl.voorzorgcirkel.core.scope.ScopeDecision#refer} requires; not null
   */
  record Referred(Instant at, Optional<MemberId> by, ReferralTarget target, String reasonCode)
      implements RequestEvent {
    /**
     * Checks the components.
     *
     * @param at see the record description
     * @param by see the record description
     * @param target see the record description
     * @param reasonCode see the record description
     */
    public Referred {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(target, "target");
      Arguments.reasonCode(reasonCode, "Referred", "reasonCode");
    }
  }
}
