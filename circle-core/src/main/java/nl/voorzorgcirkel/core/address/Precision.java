package nl.voorzorgcirkel.core.address;

/**
 * How exactly a {@link Location} was found.
 *
 * @since 0.1.0
 */
public enum Precision {
  /** The address itself (its building), before coarsening. */
  ADDRESS,
  /** The centre of the address's six-character postcode (a street side, about 15 to 25 homes). */
  POSTCODE,
  /** The centre of the four-digit postcode area (a neighbourhood or village). */
  POSTCODE_AREA
}
