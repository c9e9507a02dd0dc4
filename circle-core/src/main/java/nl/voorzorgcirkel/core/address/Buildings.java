package nl.voorzorgcirkel.core.address;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.csv.CsvTable;
import nl.voorzorgcirkel.core.csv.ImportException;
import nl.voorzorgcirkel.core.csv.RowError;
import nl.voorzorgcirkel.core.internal.NumberCells;
import nl.voorzorgcirkel.core.model.BuildingId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Which building or housing complex an address is in: the complexes an organisation or housing
 * corporation knows, as a street (or postcode) and a range of house numbers, and otherwise the
 * homes that share a house number and differ only in the addition ({@code 12A}, {@code 12B},
 * {@code 12-2}: flats in one building).
 *
 * <p>A complex is given by a street and place, or by a postcode, with the first and last house
 * number and which side: all numbers, the even or the odd ones (one side of the street). The
 * first complex that holds an address wins. A building found from a shared house number gets an
 * id derived from the postcode (or street and place) and number by a one-way hash, {@code
 * "b-3f9a2c1d0e"}: the same building gets the same id in every import, and the id does not show
 * the address (it is a pseudonym, not an anonymisation: keep it as private as the address).
 *
 * <p><b>The table as CSV</b> ({@link #read(byte[])}): the format of the member lists, with the
 * columns {@code building / complex / gebouw}, {@code street / straat} and {@code place / plaats},
 * or {@code postcode}, {@code from / van}, {@code to / tot}, and optionally {@code side / zijde}
 * ({@code all / alle}, {@code even}, {@code odd / oneven}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Buildings {

  /** Which house numbers of a range belong to a complex. */
  public enum Side {
    /** Every number. */
    ALL,
    /** The even numbers. */
    EVEN,
    /** The odd numbers. */
    ODD;

    boolean holds(int number) {
      return this == ALL || (number % 2 == 0) == (this == EVEN);
    }
  }

  private record Complex(BuildingId id, @Nullable String postcode, @Nullable String street, @Nullable String place,
      int from, int to, Side side) {
    boolean holds(Address a) {
      if (a.houseNumber() < from || a.houseNumber() > to || !side.holds(a.houseNumber())) {
        return false;
      }
      return postcode != null ? a.postcodeKey().map(postcode::equals).orElse(false)
          : a.street().map(s -> Addresses.key(s).equals(street)).orElse(false)
              && a.place().map(p -> Addresses.key(p).equals(place)).orElse(false);
    }
  }

  private static final Buildings NONE = new Buildings(List.of());

  private final List<Complex> complexes;

  private Buildings(List<Complex> complexes) {
    this.complexes = List.copyOf(complexes);
  }

  /**
   * No complexes: only homes that share a house number are found to share a building.
   *
   * @return the instance
   */
  public static Buildings sharedHouseNumbers() {
    return NONE;
  }

  /**
   * A new builder.
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads complexes from a CSV file's bytes.
   *
   * @param bytes the file, not null
   * @return the buildings
   * @throws ImportException listing every bad row (row, column, rule) or missing column; the
   *     table is used only when every row is good
   */
  public static Buildings read(byte[] bytes) {
    CsvTable table = CsvTable.parse(Objects.requireNonNull(bytes, "bytes"));
    int id = table.column(List.of("building", "complex", "gebouw", "wooncomplex", "complexnummer"));
    int street = table.column(List.of("street", "straat", "straatnaam"));
    int place = table.column(List.of("place", "plaats", "woonplaats"));
    int postcode = table.column(List.of("postcode"));
    int from = table.column(List.of("from", "van", "vanaf"));
    int to = table.column(List.of("to", "tot", "totenmet", "tm"));
    int side = table.column(List.of("side", "zijde", "kant"));
    List<RowError> errors = new ArrayList<>();
    for (Object[] required : new Object[][] {{id, "building"}, {from, "from"}, {to, "to"}}) {
      if ((int) required[0] < 0) {
        errors.add(RowError.of(table.headerRow(), (String) required[1], "missing-column"));
      }
    }
    if (postcode < 0 && (street < 0 || place < 0)) {
      errors.add(RowError.of(table.headerRow(), street < 0 ? "street" : "place", "missing-column"));
    }
    if (!errors.isEmpty()) {
      throw new ImportException(errors);
    }
    Builder builder = builder();
    table.readAll((line, lineErrors) -> {
      BuildingId building = null;
      try {
        building = BuildingId.of(line.cell(id));
      } catch (InvalidValueException e) {
        e.violations().forEach(v -> lineErrors.add(RowError.of(line.row(), table.header().get(id), v)));
      }
      Integer first = number(line, from, table, lineErrors);
      Integer last = number(line, to, table, lineErrors);
      if (first != null && last != null && first > last) {
        lineErrors.add(RowError.of(line.row(), table.header().get(to), "range"));
      }
      Side which = Side.ALL;
      String sideText = line.cell(side).toLowerCase(Locale.ROOT);
      switch (sideText) {
        case "", "all", "alle", "beide" -> which = Side.ALL;
        case "even" -> which = Side.EVEN;
        case "odd", "oneven" -> which = Side.ODD;
        default -> lineErrors.add(RowError.of(line.row(), table.header().get(side), "choice",
            Map.of("words", "all, alle, beide, even, odd, oneven")));
      }
      String code = Addresses.compactPostcode(line.cell(postcode));
      String streetText = line.cell(street);
      String placeText = line.cell(place);
      if (!code.isEmpty() && Addresses.postcode(code).isEmpty()) {
        lineErrors.add(RowError.of(line.row(), table.header().get(postcode), "postcode"));
      } else if (code.isEmpty() && (streetText.isEmpty() || placeText.isEmpty())) {
        lineErrors.add(RowError.of(line.row(), table.header().get(street >= 0 && streetText.isEmpty() ? street
            : place >= 0 ? place : postcode), "required"));
      }
      if (lineErrors.isEmpty() && building != null && first != null && last != null) {
        builder.complexes.add(new Complex(building, code.isEmpty() ? null : code,
            code.isEmpty() ? Addresses.key(streetText) : null, code.isEmpty() ? Addresses.key(placeText) : null,
            first, last, which));
      }
    });
    return builder.build();
  }

  /** House numbers: the range of {@link Address#houseNumber()}. */
  private static final NumberCells.Range HOUSE_NUMBERS = NumberCells.Range.whole(1, 99_999);

  /** A house number cell as {@link NumberCells} reads it, or null and its one problem. */
  private static @Nullable Integer number(CsvTable.Line line, int index, CsvTable table, List<RowError> errors) {
    String text = line.cell(index);
    NumberCells.Cell read = text.isEmpty() ? new NumberCells.Cell(null, "required", Map.of())
        : NumberCells.read(text, HOUSE_NUMBERS);
    String rule = read.rule();
    if (rule != null) {
      errors.add(RowError.of(line.row(), table.header().get(index), rule, read.arguments()));
      return null;
    }
    return Objects.requireNonNull(read.value()).intValueExact();
  }

  /**
   * The building an address is in.
   *
   * @param address the address, not null
   * @return the first complex that holds it; else, for an address with an addition, the building
   *     of its house number; else empty
   */
  public Optional<BuildingId> of(Address address) {
    Objects.requireNonNull(address, "address");
    for (Complex complex : complexes) {
      if (complex.holds(address)) {
        return Optional.of(complex.id());
      }
    }
    if (address.addition().isEmpty()) {
      return Optional.empty();
    }
    String where = address.postcodeKey()
        .orElseGet(() -> Addresses.key(address.street().orElse("")) + "|" + Addresses.key(address.place().orElse("")));
    return Optional.of(BuildingId.of("b-" + hash(where + "|" + address.houseNumber())));
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "Buildings{" + complexes.size() + " complexes}";
  }

  /** Builds the complexes in code. Not thread-safe. */
  public static final class Builder {
    private final List<Complex> complexes = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a complex on one street.
     *
     * @param id the complex's id, not null
     * @param street the street, not blank
     * @param place the place, not blank
     * @param from the first house number, 1 or more
     * @param to the last house number, {@code from} or more
     * @param side which numbers in the range, not null
     * @return this builder
     * @throws IllegalArgumentException if a text is blank or the range is empty
     */
    public Builder add(BuildingId id, String street, String place, int from, int to, Side side) {
      if (street.isBlank() || place.isBlank()) {
        throw new IllegalArgumentException("a complex needs a street and a place");
      }
      complexes.add(new Complex(Objects.requireNonNull(id, "id"), null, Addresses.key(street), Addresses.key(place),
          range(from, to), to, Objects.requireNonNull(side, "side")));
      return this;
    }

    /**
     * Adds a complex within one postcode.
     *
     * @param id the complex's id, not null
     * @param postcode the postcode, {@code "1318 AB"} or {@code "1318AB"}
     * @param from the first house number, 1 or more
     * @param to the last house number, {@code from} or more
     * @param side which numbers in the range, not null
     * @return this builder
     * @throws IllegalArgumentException if the postcode is malformed or the range is empty
     */
    public Builder add(BuildingId id, String postcode, int from, int to, Side side) {
      String code = Addresses.postcode(postcode).orElseThrow(
          () -> new IllegalArgumentException("a postcode is 4 digits and 2 letters"));
      complexes.add(new Complex(Objects.requireNonNull(id, "id"), code, null, null, range(from, to), to,
          Objects.requireNonNull(side, "side")));
      return this;
    }

    private static int range(int from, int to) {
      if (from < 1 || to < from) {
        throw new IllegalArgumentException("a range of house numbers runs from 1 or more up to at least the first");
      }
      return from;
    }

    /**
     * The buildings.
     *
     * @return the buildings, in the order added
     */
    public Buildings build() {
      return new Buildings(complexes);
    }
  }
}
