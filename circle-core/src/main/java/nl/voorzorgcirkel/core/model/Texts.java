package nl.voorzorgcirkel.core.model;

/** The forms of the model's texts, as regular expressions for {@code @Pattern}. */
final class Texts {

  /**
   * A name: no control characters (such as line breaks, which would break every list it is shown
   * in), and not starting with {@code = + - @}, which spreadsheets run as a formula when the name
   * is exported to one.
   */
  static final String NAME = "([^=+@\\p{Cntrl}-][^\\p{Cntrl}]*)?";

  /** Free text: line breaks and tabs, but no other control characters. */
  static final String FREE = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

  private Texts() {}
}
