package nl.voorzorgcirkel.core.model;

/** The forms of the model's texts, as regular expressions for {@code @Pattern}. */
final class Texts {

  /**
   * A name: no control characters (such as line breaks, which would break every list it is shown
   * in) nor invisible characters that change how it reads, and not starting with {@code = + - @},
   * which spreadsheets run as a formula when the name is exported to one. The one rule of {@link
   * nl.voorzorgcirkel.core.internal.Names#FORM}.
   */
  static final String NAME = nl.voorzorgcirkel.core.internal.Names.FORM;

  /** Free text: line breaks and tabs, but no other control characters. */
  static final String FREE = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

  private static final java.util.regex.Pattern FREE_PATTERN = java.util.regex.Pattern.compile(FREE);

  private Texts() {}

  /**
   * Whether a text is of the form {@link #FREE}, matched as {@code @Pattern} matches it, for the
   * model's written-out checks.
   *
   * @param text the text, not null
   * @return true if it matches
   */
  static boolean isFree(String text) {
    return FREE_PATTERN.matcher(text).matches();
  }
}
