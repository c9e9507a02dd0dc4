package nl.voorzorgcirkel.core.export;

import nl.voorzorgcirkel.core.internal.Arguments;

/**
 * The small-group rule of every export and report: a group of fewer than k members is not shown
 * (k-anonymity). A group with no member at all is no one's data and is shown (a count of 0 says
 * nothing about a person). The {@link ResearchExport} leaves such groups' rows out; the impact
 * report hides such figures.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class KAnonymity {

  /** The default k: groups of fewer than 5 members are suppressed. */
  public static final int DEFAULT_K = 5;

  private static final KAnonymity STANDARD = new KAnonymity(DEFAULT_K);

  private final int k;

  private KAnonymity(int k) {
    this.k = k;
  }

  /**
   * The rule with k = {@value #DEFAULT_K}.
   *
   * @return the rule, never null
   */
  public static KAnonymity standard() {
    return STANDARD;
  }

  /**
   * The rule with a k of one's own.
   *
   * @param k the smallest group that may be shown, 2 to 1000
   * @return the rule, never null
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException with rule {@code between} if
   *     k is out of range
   */
  public static KAnonymity of(int k) {
    Arguments.between(k, 2, 1000, "KAnonymity", "k");
    return k == DEFAULT_K ? STANDARD : new KAnonymity(k);
  }

  /**
   * The smallest group that may be shown.
   *
   * @return k, 2 to 1000
   */
  public int k() {
    return k;
  }

  /**
   * Whether a group of this many members may be shown: none, or k or more.
   *
   * @param members the group's size, 0 or more
   * @return true if it may be shown
   */
  public boolean shows(int members) {
    Arguments.atLeast(members, 0, "KAnonymity", "members");
    return members == 0 || members >= k;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KAnonymity that && k == that.k;
  }

  @Override
  public int hashCode() {
    return k;
  }

  /**
   * The rule.
   *
   * @return for example {@code KAnonymity[k=5]}
   */
  @Override
  public String toString() {
    return "KAnonymity[k=" + k + "]";
  }
}
