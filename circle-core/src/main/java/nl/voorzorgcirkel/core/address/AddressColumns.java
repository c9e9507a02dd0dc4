package nl.voorzorgcirkel.core.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.csv.CsvTable;
import nl.voorzorgcirkel.core.csv.RowError;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The address columns of a list such as a welfare organisation's sign-up list, found in a {@link
 * CsvTable}'s header and read row by row into {@link Address}es, cleaned by {@link Addresses}.
 *
 * <table>
 *   <caption>Address columns (names compared without case, spaces, hyphens and underscores)</caption>
 *   <tr><th>column (Dutch / English)</th><th>value</th></tr>
 *   <tr><td>Adres / address</td><td>street and house number in one cell: {@code Kerkstraat 12A},
 *       {@code Vivaldistraat 12-2}</td></tr>
 *   <tr><td>Straat, Straatnaam / street</td><td>the street, when the number has its own
 *       column</td></tr>
 *   <tr><td>Huisnummer, Huisnr / house number</td><td>{@code 12}, {@code 12A}, {@code 12-2},
 *       {@code 12 bis}</td></tr>
 *   <tr><td>Toevoeging, Huisletter / addition</td><td>{@code A}, {@code 2}, {@code bis}</td></tr>
 *   <tr><td>Postcode / postcode, postal code, zip</td><td>{@code 1318 AB}, {@code 1318ab}</td></tr>
 *   <tr><td>Woonplaats, Plaats / place, city</td><td>{@code Almere}</td></tr>
 * </table>
 *
 * <p>A row's address is its postcode and house number, or its street, house number and place (or
 * both). A bad cell is reported by its row, the column's name in the file and the rule, never its
 * value. Immutable and thread-safe once found.
 *
 * @since 0.1.0
 */
public final class AddressColumns {

  /** The names of each column, as {@link CsvTable#normalName} gives them. */
  static final List<String> STREET_AND_NUMBER = List.of("adres", "address", "straatenhuisnummer", "woonadres");
  static final List<String> STREET = List.of("straat", "straatnaam", "street", "streetname");
  static final List<String> HOUSE_NUMBER = List.of("huisnummer", "huisnr", "housenumber");
  static final List<String> ADDITION = List.of("toevoeging", "huisnummertoevoeging", "huisletter", "addition",
      "housenumberaddition");
  static final List<String> POSTCODE = List.of("postcode", "postalcode", "zip", "zipcode");
  static final List<String> PLACE = List.of("woonplaats", "plaats", "place", "city", "town");

  private final List<String> header;
  private final int streetAndNumber;
  private final int street;
  private final int houseNumber;
  private final int addition;
  private final int postcode;
  private final int place;

  private AddressColumns(CsvTable table) {
    this.header = table.header();
    this.streetAndNumber = table.column(STREET_AND_NUMBER);
    this.street = table.column(STREET);
    this.houseNumber = table.column(HOUSE_NUMBER);
    this.addition = table.column(ADDITION);
    this.postcode = table.column(POSTCODE);
    this.place = table.column(PLACE);
  }

  /**
   * The address columns of a table.
   *
   * @param table the table, not null
   * @return the columns, or empty if the header has no postcode, address or street column
   */
  public static Optional<AddressColumns> find(CsvTable table) {
    AddressColumns columns = new AddressColumns(Objects.requireNonNull(table, "table"));
    return columns.postcode < 0 && columns.streetAndNumber < 0 && columns.street < 0
        ? Optional.empty() : Optional.of(columns);
  }

  /**
   * The header names of the columns found, in header order, so that an importer does not list
   * them as ignored.
   *
   * @return an unmodifiable list
   */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (i == streetAndNumber || i == street || i == houseNumber || i == addition || i == postcode || i == place) {
        names.add(header.get(i));
      }
    }
    return List.copyOf(names);
  }

  /**
   * The address of a row.
   *
   * @param line the row, not null
   * @param errors where the row's problems are added (row, column, rule), not null
   * @return the address, cleaned; empty if the row's address cells are all empty (nothing is
   *     added to {@code errors} then) or a cell is bad (its problem is added)
   */
  public Optional<Address> read(CsvTable.Line line, List<RowError> errors) {
    Objects.requireNonNull(errors, "errors");
    String both = line.cell(streetAndNumber);
    String streetText = line.cell(street);
    String numberText = line.cell(houseNumber);
    String additionText = line.cell(addition);
    String postcodeText = line.cell(postcode);
    String placeText = line.cell(place);
    if (both.isEmpty() && streetText.isEmpty() && numberText.isEmpty() && postcodeText.isEmpty()) {
      return Optional.empty();
    }
    int before = errors.size();
    Address.Builder address = Address.builder();
    Addresses.HouseNumber number = null;
    if (!numberText.isEmpty()) {
      number = Addresses.houseNumber(numberText).orElse(null);
      if (number == null) {
        errors.add(RowError.of(line.row(), header.get(houseNumber), "house-number"));
      }
      if (!streetText.isEmpty()) {
        address.street(Addresses.name(streetText));
      } else if (!both.isEmpty()) {
        address.street(Addresses.name(both));
      }
    } else if (!both.isEmpty()) {
      Optional<Addresses.StreetAddress> split = Addresses.streetAddress(both);
      if (split.isEmpty()) {
        errors.add(RowError.of(line.row(), header.get(streetAndNumber), "street-address"));
      } else {
        address.street(split.get().street());
        number = split.get().houseNumber();
      }
    } else {
      errors.add(RowError.of(line.row(), header.get(houseNumber >= 0 ? houseNumber
          : streetAndNumber >= 0 ? streetAndNumber : street >= 0 ? street : postcode), "house-number"));
    }
    if (number != null) {
      address.houseNumber(number.number());
      Optional<String> extra = additionText.isEmpty() ? number.addition()
          : Addresses.houseNumber(number.number() + " " + additionText).flatMap(Addresses.HouseNumber::addition);
      if (!additionText.isEmpty() && extra.isEmpty()) {
        errors.add(RowError.of(line.row(), header.get(addition), "house-number"));
      }
      extra.ifPresent(address::addition);
    }
    if (!postcodeText.isEmpty()) {
      Optional<String> code = Addresses.postcode(postcodeText);
      if (code.isEmpty()) {
        errors.add(RowError.of(line.row(), header.get(postcode), "address-postcode"));
      } else {
        address.postcode(code.get());
      }
    }
    if (!placeText.isEmpty()) {
      address.place(Addresses.name(placeText));
    }
    if (errors.size() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(address.build());
    } catch (InvalidValueException e) {
      for (Violation v : e.violations()) {
        errors.add(RowError.of(line.row(), columnOf(v.path()), v));
      }
      return Optional.empty();
    }
  }

  /** The column to blame for a rule of {@link Address}. */
  private @Nullable String columnOf(String path) {
    int index;
    switch (path) {
      case "street":
        index = street >= 0 ? street : streetAndNumber;
        break;
      case "houseNumber":
        index = houseNumber >= 0 ? houseNumber : streetAndNumber;
        break;
      case "addition":
        index = addition >= 0 ? addition : houseNumber >= 0 ? houseNumber : streetAndNumber;
        break;
      case "place":
        index = place;
        break;
      default: // postcode, and an address that cannot be located: the postcode is what is missing
        index = postcode >= 0 ? postcode : place >= 0 ? place : streetAndNumber;
        break;
    }
    return index < 0 ? null : header.get(index);
  }

  @Override
  public String toString() {
    return "AddressColumns" + names();
  }
}
