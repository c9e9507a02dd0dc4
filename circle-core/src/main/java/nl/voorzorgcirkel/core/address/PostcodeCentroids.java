package nl.voorzorgcirkel.core.address;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.voorzorgcirkel.core.csv.CsvTable;
import nl.voorzorgcirkel.core.csv.ImportException;
import nl.voorzorgcirkel.core.csv.RowError;
import nl.voorzorgcirkel.core.internal.Names;
import nl.voorzorgcirkel.core.internal.NumberCells;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Geocoder} from a table of postcode centres that the user supplies, for when the
 * national service cannot be used (no network, or addresses may not leave the organisation) or as
 * its fallback. No address leaves the JVM.
 *
 * <p>An address is located at the centre of its six-character postcode ({@link
 * Precision#POSTCODE}: a street side of about 15 to 25 homes), or if the table lacks it, at the
 * centre of its four-digit postcode area ({@link Precision#POSTCODE_AREA}). An address without a
 * postcode, or whose postcode is in neither, is not found.
 *
 * <p><b>The table as CSV</b> ({@link #read(byte[])}): the format of the member lists (UTF-8, a
 * header row, comma or semicolon separated, decimal commas allowed), with the columns {@code
 * postcode}, {@code latitude / breedtegraad}, {@code longitude / lengtegraad} and optionally
 * {@code neighbourhood / buurt}, {@code district / wijk} and {@code municipality / gemeente} (names
 * of 1 to 100 characters, of the form of a member's name; a longer one refuses its row). A
 * postcode is {@code 1318 AB} or {@code 1318AB} for a postcode, {@code 1318} for an area. Tables
 * of postcode centres are published by Statistics Netherlands (CBS) and by the Kadaster's address
 * register (BAG) extracts.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PostcodeCentroids implements Geocoder {

  private static final Pattern AREA = Pattern.compile("[1-9][0-9]{3}");

  private final Map<String, Location> centres;

  private PostcodeCentroids(Map<String, Location> centres) {
    this.centres = Collections.unmodifiableMap(new HashMap<>(centres));
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
   * Reads a table from a CSV file's bytes.
   *
   * @param bytes the file, not null
   * @return the geocoder
   * @throws ImportException listing every bad row (with row, column and rule) or missing column;
   *     the table is used only when every row is good
   */
  public static PostcodeCentroids read(byte[] bytes) {
    CsvTable table = CsvTable.parse(Objects.requireNonNull(bytes, "bytes"));
    int postcode = table.column(List.of("postcode", "pc6", "pc4"));
    int latitude = table.column(List.of("latitude", "lat", "breedtegraad"));
    int longitude = table.column(List.of("longitude", "lon", "lng", "lengtegraad"));
    int neighbourhood = table.column(List.of("neighbourhood", "buurt", "buurtnaam"));
    int district = table.column(List.of("district", "wijk", "wijknaam"));
    int municipality = table.column(List.of("municipality", "gemeente", "gemeentenaam"));
    List<RowError> errors = new ArrayList<>();
    String[][] required = {{"postcode", "postcode"}, {"latitude", "breedtegraad"}, {"longitude", "lengtegraad"}};
    int[] requiredIndex = {postcode, latitude, longitude};
    for (int r = 0; r < required.length; r++) {
      if (requiredIndex[r] < 0) {
        errors.add(RowError.of(table.headerRow(), required[r][0], "missing-column"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ImportException(errors);
    }
    Builder builder = builder();
    table.readAll((line, lineErrors) -> {
      String code = key(line.cell(postcode));
      if (Addresses.postcode(code).isEmpty() && !AREA.matcher(code).matches()) {
        lineErrors.add(RowError.of(line.row(), table.header().get(postcode), "postcode"));
      }
      BigDecimal lat = number(line, latitude, NumberCells.LATITUDE, table, lineErrors);
      BigDecimal lon = number(line, longitude, NumberCells.LONGITUDE, table, lineErrors);
      GeoPoint point = null;
      if (lat != null && lon != null) {
        try {
          point = GeoPoint.of(lat.doubleValue(), lon.doubleValue());
        } catch (InvalidValueException e) {
          e.violations().forEach(v -> lineErrors.add(RowError.of(line.row(),
              table.header().get(v.path().equals("longitude") ? longitude : latitude), v)));
        }
      }
      Optional<String> buurt = name(line, neighbourhood, "neighbourhood", table, lineErrors);
      Optional<String> wijk = name(line, district, "district", table, lineErrors);
      Optional<String> gemeente = name(line, municipality, "municipality", table, lineErrors);
      if (lineErrors.isEmpty() && point != null) {
        if (builder.centres.containsKey(code)) {
          lineErrors.add(RowError.of(line.row(), table.header().get(postcode), "duplicate-postcode"));
        } else {
          builder.centres.put(code, new Location(point,
              code.length() == 4 ? Precision.POSTCODE_AREA : Precision.POSTCODE,
              buurt, wijk, gemeente));
        }
      }
    });
    return builder.build();
  }

  /**
   * A name cell; a name longer than 100 characters or of the wrong form is an error of its row,
   * never cut: a cut name could name another place, and circles are named after it.
   */
  private static Optional<String> name(CsvTable.Line line, int index, String what, CsvTable table,
      List<RowError> errors) {
    String name = line.cell(index);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (name.length() > 100) {
      errors.add(RowError.of(line.row(), table.header().get(index), "name-too-long"));
      return Optional.empty();
    }
    if (!Names.isName(name)) {
      errors.add(RowError.of(line.row(), table.header().get(index), Names.violation("Location", what)));
      return Optional.empty();
    }
    return Optional.of(name);
  }

  /** A coordinate cell as {@link NumberCells} reads it, or null and its one problem. */
  private static @Nullable BigDecimal number(CsvTable.Line line, int index, NumberCells.Range range, CsvTable table,
      List<RowError> errors) {
    String text = line.cell(index);
    NumberCells.Cell read = text.isEmpty() ? new NumberCells.Cell(null, "required", Map.of())
        : NumberCells.read(text, range);
    String rule = read.rule();
    if (rule != null) {
      errors.add(RowError.of(line.row(), table.header().get(index), rule, read.arguments()));
    }
    return read.value();
  }

  private static String key(String postcode) {
    return Addresses.compactPostcode(postcode);
  }

  /**
   * The number of postcodes and areas in the table.
   *
   * @return 0 or more
   */
  public int size() {
    return centres.size();
  }

  @Override
  public Optional<Location> locate(Address address) {
    Objects.requireNonNull(address, "address");
    Optional<String> key = address.postcodeKey();
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Location exact = centres.get(key.get());
    return exact != null ? Optional.of(exact) : Optional.ofNullable(centres.get(key.get().substring(0, 4)));
  }

  @Override
  public String toString() {
    return "PostcodeCentroids{" + centres.size() + " postcodes}";
  }

  /** Builds a table in code. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Location> centres = new HashMap<>();

    private Builder() {}

    /**
     * Adds the centre of a postcode or postcode area.
     *
     * @param postcode {@code "1318 AB"}, {@code "1318AB"} or, for an area, {@code "1318"}; not
     *     null
     * @param centre the centre, not null; coarsened
     * @param neighbourhood the neighbourhood (buurt) it lies in, or null if unknown
     * @return this builder
     * @throws IllegalArgumentException if the postcode is malformed or already added
     */
    public Builder add(String postcode, GeoPoint centre, String neighbourhood) {
      String code = key(Objects.requireNonNull(postcode, "postcode"));
      if (Addresses.postcode(code).isEmpty() && !AREA.matcher(code).matches()) {
        throw new IllegalArgumentException("a postcode is 4 digits and 2 letters, an area 4 digits");
      }
      if (centres.containsKey(code)) {
        throw new IllegalArgumentException("postcode " + code.substring(0, 4) + " added twice");
      }
      centres.put(code, new Location(centre, code.length() == 4 ? Precision.POSTCODE_AREA : Precision.POSTCODE,
          Optional.ofNullable(neighbourhood), Optional.empty(), Optional.empty()));
      return this;
    }

    /**
     * The geocoder.
     *
     * @return the geocoder, holding a copy of the table
     */
    public PostcodeCentroids build() {
      return new PostcodeCentroids(centres);
    }
  }
}
