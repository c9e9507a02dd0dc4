package nl.voorzorgcirkel.matching.formation;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.voorzorgcirkel.core.address.Address;
import nl.voorzorgcirkel.core.address.AddressColumns;
import nl.voorzorgcirkel.core.address.Buildings;
import nl.voorzorgcirkel.core.address.Geocoder;
import nl.voorzorgcirkel.core.address.GeocodingException;
import nl.voorzorgcirkel.core.address.Location;
import nl.voorzorgcirkel.core.csv.CsvTable;
import nl.voorzorgcirkel.core.csv.HomeReader;
import nl.voorzorgcirkel.core.csv.ImportException;
import nl.voorzorgcirkel.core.csv.ImportMode;
import nl.voorzorgcirkel.core.csv.ImportOptions;
import nl.voorzorgcirkel.core.csv.ImportResult;
import nl.voorzorgcirkel.core.csv.MemberCsv;
import nl.voorzorgcirkel.core.csv.RowError;
import nl.voorzorgcirkel.core.i18n.Bilingual;
import nl.voorzorgcirkel.core.internal.Names;
import nl.voorzorgcirkel.core.internal.YesNo;
import nl.voorzorgcirkel.core.model.BuildingId;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a pool of candidates from the sign-up list a welfare organisation keeps: the member columns
 * of {@link MemberCsv} (whom a candidate would rather not be with is its {@code avoids / liever
 * niet met} column), the address columns of {@link AddressColumns}, plus these:
 *
 * <table>
 *   <caption>Candidate columns</caption>
 *   <tr><th>column (English / Dutch)</th><th>value</th></tr>
 *   <tr><td>willing to connect / wil verbinder zijn</td><td>the yes/no words of {@link MemberCsv}'s
 *       {@code lives alone} column (yes / ja / j / y / x / 1 / true / waar, or no / nee / n / 0 /
 *       false / onwaar, in any case), or empty for no</td></tr>
 *   <tr><td>wants with / graag met</td><td>ids of candidates they want to be in a circle with,
 *       separated like capabilities; an item that cannot be an id (a name: an id has no spaces) is an
 *       error {@code id-list}, and an id no row of the list has is kept and listed for review
 *       ({@code unknown-id}), as in the avoids column</td></tr>
 *   <tr><td>neighbourhood / buurt (or, in a list without it, district / wijk)</td><td>the
 *       neighbourhood's name, 1 to 100 characters, of the form of a member's name (no control
 *       characters, not starting with {@code = + - @}); when empty, the geocoder's
 *       neighbourhood</td></tr>
 *   <tr><td>building / gebouw, complex</td><td>the building or complex, by its name or number
 *       ({@code "De Hofstede"} becomes the id {@code de-hofstede}); when empty, the {@link
 *       Buildings} the reader was given find it from the geocoded address</td></tr>
 * </table>
 *
 * <p><b>Addresses.</b> A list without latitude and longitude is geocoded as it is read, through
 * the {@link Geocoder} given to {@link Reader#withGeocoder}: usually the national service with a
 * table of postcode centres as fallback ({@code pdok.orElse(centroids)}). Only the coarse position,
 * the neighbourhood and the building are kept; the address goes to the geocoder and nowhere else.
 * An address the geocoder does not know, or cannot answer for, is a row error ({@code
 * address-not-found}, {@code geocoding-failed}) that names the address column. A reader without a
 * geocoder reads such a list too, for its rows with coordinates; a row with an address and no
 * coordinates is then a row error ({@code no-geocoder}) that names the address column and says to
 * read with {@link Reader#withGeocoder}, and a row with neither ({@code no-home}) says it needs an
 * address or coordinates.
 *
 * <p>Every bad row is reported with its row number, column and rule; nothing is dropped silently.
 * Thread-safe: stateless; a {@link Reader} is immutable.
 *
 * @since 0.1.0
 */
public final class CandidateCsv {

  private static final List<String> WILLING = List.of("willingtoconnect", "connector",
      "wilverbinderzijn", "verbinder");
  private static final List<String> WANTS = List.of("wantswith", "graagmet", "wilbij");
  private static final List<String> NEIGHBOURHOOD = List.of("neighbourhood", "neighborhood", "buurt",
      "buurtnaam");
  /** A district (wijk) names the area when the list has no neighbourhood (buurt) column. */
  private static final List<String> DISTRICT = List.of("district", "wijk", "wijknaam");
  private static final List<String> BUILDING = List.of("building", "complex", "gebouw", "wooncomplex",
      "complexnummer");
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private CandidateCsv() {}

  /**
   * Reads candidates from a CSV file's bytes with the {@linkplain #reader() standard reader}.
   *
   * @param bytes the file, not null
   * @param mode what to do with bad rows, not null
   * @return the valid candidates with their row numbers, and every problem found
   * @throws ImportException if the mode is {@link ImportMode#ALL_OR_NOTHING} and any row is bad,
   *     or in either mode if the header lacks a required column
   */
  public static ImportResult<Candidate> read(byte[] bytes, ImportMode mode) {
    return reader().read(bytes, mode);
  }

  /**
   * Reads candidates from a CSV file, as it streams in, with the {@linkplain #reader() standard
   * reader}.
   *
   * @param in the file's bytes, not null; read to the end and closed
   * @param mode what to do with bad rows, not null
   * @return the valid candidates with their row numbers, and every problem found
   * @throws ImportException if the mode is {@link ImportMode#ALL_OR_NOTHING} and any row is bad,
   *     or in either mode if the header lacks a required column
   * @throws java.io.UncheckedIOException if the stream cannot be read
   * @since 0.1.0
   */
  public static ImportResult<Candidate> read(InputStream in, ImportMode mode) {
    return reader().read(in, mode);
  }

  /**
   * The standard reader: {@link ImportOptions#standard()}, no geocoder (the list must have
   * coordinates; a row with an address and no coordinates is an error {@code no-geocoder} naming
   * the row and the address column, and a row with neither an error {@code no-home}), buildings
   * only from shared house numbers.
   *
   * @return the reader
   * @since 0.1.0
   */
  public static Reader reader() {
    return Reader.STANDARD;
  }

  /**
   * How candidates are read: the member options, the geocoder for lists with addresses, and the
   * buildings an organisation knows. Immutable and thread-safe if its geocoder is; the {@code
   * with*} methods return changed copies.
   *
   * @since 0.1.0
   */
  public static final class Reader {
    static final Reader STANDARD = new Reader(ImportOptions.standard(), null, Buildings.sharedHouseNumbers());

    private final ImportOptions options;
    private final @Nullable Geocoder geocoder;
    private final Buildings buildings;

    private Reader(ImportOptions options, @Nullable Geocoder geocoder, Buildings buildings) {
      this.options = options;
      this.geocoder = geocoder;
      this.buildings = buildings;
    }

    /**
     * A copy with other member options (vocabulary, strict or lenient offers, the {@linkplain
     * ImportOptions#withClock clock} that gives the import's day, after which nobody can have
     * signed up).
     *
     * @param options the options, not null
     * @return the changed reader
     */
    public Reader withOptions(ImportOptions options) {
      return new Reader(Objects.requireNonNull(options, "options"), geocoder, buildings);
    }

    /**
     * A copy that geocodes the addresses of a list without coordinates.
     *
     * @param geocoder the geocoder, not null; called once per row with an address, from the
     *     reading thread
     * @return the changed reader
     */
    public Reader withGeocoder(Geocoder geocoder) {
      return new Reader(options, Objects.requireNonNull(geocoder, "geocoder"), buildings);
    }

    /**
     * A copy that finds buildings from addresses with the complexes an organisation knows.
     *
     * @param buildings the buildings, not null
     * @return the changed reader
     */
    public Reader withBuildings(Buildings buildings) {
      return new Reader(options, geocoder, Objects.requireNonNull(buildings, "buildings"));
    }

    /**
     * Reads candidates from a CSV file, as it streams in.
     *
     * @param in the file's bytes, not null; read to the end and closed
     * @param mode what to do with bad rows, not null
     * @return the valid candidates with their row numbers, every problem found, and the problems
     *     in rows that were kept
     * @throws ImportException as {@link CandidateCsv#read(byte[], ImportMode)}
     * @throws UncheckedIOException if the stream cannot be read
     */
    public ImportResult<Candidate> read(InputStream in, ImportMode mode) {
      Objects.requireNonNull(mode, "mode");
      try (CsvTable table = CsvTable.open(in)) {
        Rows rows = new Rows(table, AddressColumns.find(table), geocoder, buildings);
        ImportOptions memberOptions = rows.readsHomes() ? options.withHomes(rows) : options;
        ImportResult<Candidate> result = MemberCsv.read(table, mode, memberOptions, rows);
        List<String> ignored = new ArrayList<>(result.ignoredColumns());
        ignored.removeAll(rows.columnNames());
        return ImportResult.of(result.rows(), result.errors(), result.reviews(), ignored);
      }
    }

    /**
     * Reads candidates from a CSV file's bytes.
     *
     * @param bytes the file, not null
     * @param mode what to do with bad rows, not null
     * @return the valid candidates with their row numbers, every problem found, and the problems
     *     in rows that were kept
     * @throws ImportException as {@link CandidateCsv#read(byte[], ImportMode)}
     */
    public ImportResult<Candidate> read(byte[] bytes, ImportMode mode) {
      return read(new ByteArrayInputStream(Objects.requireNonNull(bytes, "bytes")), mode);
    }

    @Override
    public String toString() {
      return "CandidateCsv.Reader{" + options + (geocoder == null ? "" : ", geocoded") + ", " + buildings + "}";
    }
  }

  /** The candidate columns of one table, and the homes found for its rows. */
  private static final class Rows implements HomeReader, MemberCsv.RowExtension<Candidate> {
    private final CsvTable table;
    private final Optional<AddressColumns> addresses;
    private final @Nullable Geocoder geocoder;
    private final Buildings buildings;
    private final Pattern separators;
    private final int willing;
    private final int wants;
    private final int neighbourhood;
    private final int building;
    /** What the geocoder found, by row, until the row becomes a candidate. */
    private final Map<Integer, Located> located = new HashMap<>();

    private record Located(Address address, Location location) {}

    Rows(CsvTable table, Optional<AddressColumns> addresses, @Nullable Geocoder geocoder, Buildings buildings) {
      this.table = table;
      this.addresses = addresses;
      this.geocoder = geocoder;
      this.buildings = buildings;
      this.separators = Pattern.compile(table.listSeparators());
      this.willing = table.column(WILLING);
      this.wants = table.column(WANTS);
      int buurt = table.column(NEIGHBOURHOOD);
      this.neighbourhood = buurt >= 0 ? buurt : table.column(DISTRICT);
      this.building = table.column(BUILDING);
    }

    /**
     * Whether homes come from this reader: whenever the list has address columns. Without a
     * geocoder a row that lacks coordinates is then told that its address needs one, rather than
     * that a coordinate is required.
     */
    boolean readsHomes() {
      return addresses.isPresent();
    }

    @Override
    public @Nullable Candidate extend(CsvTable.Line line, Member member, List<RowError> errors) {
      return candidate(line, member, errors);
    }

    /** The wants-with column's ids, checked against every row's id once the file is read. */
    @Override
    public Map<String, List<MemberId>> references(Candidate candidate) {
      return wants < 0 ? Map.of() : Map.of(table.header().get(wants), candidate.wantsWith());
    }

    List<String> columnNames() {
      List<String> names = new ArrayList<>(addresses.map(AddressColumns::names).orElse(List.of()));
      for (int i : new int[] {willing, wants, neighbourhood, building}) {
        if (i >= 0) {
          names.add(table.header().get(i));
        }
      }
      return names;
    }

    @Override
    public @Nullable GeoPoint home(CsvTable.Line line, List<RowError> errors) {
      int before = errors.size();
      Optional<Address> address = addresses.orElseThrow().read(line, errors);
      if (address.isEmpty()) {
        if (errors.size() == before) {
          errors.add(RowError.of(line.row(), null, "no-home"));
        }
        return null;
      }
      String column = addresses.get().names().get(0);
      Geocoder locator = geocoder;
      if (locator == null) {
        errors.add(RowError.of(line.row(), column, "no-geocoder"));
        return null;
      }
      try {
        Optional<Location> location = locator.locate(address.get());
        if (location.isEmpty()) {
          errors.add(RowError.of(line.row(), column, "address-not-found"));
          return null;
        }
        located.put(line.row(), new Located(address.get(), location.get()));
        return location.get().point();
      } catch (GeocodingException e) {
        errors.add(RowError.of(line.row(), column, "geocoding-failed",
            Map.of("reason", new Bilingual(e.message(Locale.ENGLISH), e.message(DUTCH)))));
        return null;
      }
    }

    /** The candidate of a row whose member columns were read; null if a column is bad. */
    @Nullable Candidate candidate(CsvTable.Line line, Member member, List<RowError> errors) {
      List<String> fields = line.fields();
      int before = errors.size();
      Located found = located.remove(line.row());
      String willingText = cell(fields, willing);
      Optional<Boolean> yesNo = YesNo.of(willingText);
      boolean connector = yesNo.orElse(false);
      if (yesNo.isEmpty() && !willingText.isEmpty()) {
        // the words of MemberCsv's yes/no columns: one list, so both say the same
        errors.add(RowError.of(line.row(), table.header().get(willing), "choice", Map.of("words", YesNo.ACCEPTED)));
      }
      List<String> items = new ArrayList<>();
      for (String part : separators.split(cell(fields, wants), -1)) {
        if (!part.isBlank()) {
          items.add(part.strip());
        }
      }
      List<MemberId> wanted = new ArrayList<>();
      for (int item = 0; item < items.size(); item++) {
        try {
          wanted.add(MemberId.of(items.get(item)));
        } catch (InvalidValueException e) {
          // as the avoids column: what the column holds, by the item's place, never its value
          errors.add(RowError.ofIdListItem(table, line.row(), table.header().get(wants), item + 1, items.size()));
        }
      }
      if (wanted.contains(member.id())) {
        errors.add(RowError.of(line.row(), table.header().get(wants), "wants-self"));
      }
      Member withBuilding = member;
      Optional<BuildingId> home = building(line, found, errors);
      if (home.isPresent()) {
        withBuilding = member.toBuilder().building(home.get()).build();
      }
      String named = cell(fields, neighbourhood);
      Optional<String> area = Optional.empty();
      if (!named.isEmpty()) {
        area = Optional.of(named);
      } else if (found != null) {
        Location where = found.location();
        area = where.neighbourhood().or(where::district);
      }
      if (named.length() > 100) {
        errors.add(RowError.of(line.row(), table.header().get(neighbourhood), "neighbourhood"));
      } else if (!Names.isName(named)) {
        errors.add(RowError.of(line.row(), table.header().get(neighbourhood),
            Names.violation("Candidate", "neighbourhood")));
      }
      return errors.size() > before ? null : new Candidate(withBuilding, connector, wanted, area);
    }

    /** The building from its column, else from the address by the organisation's complexes. */
    private Optional<BuildingId> building(CsvTable.Line line, @Nullable Located found, List<RowError> errors) {
      String named = cell(line.fields(), building);
      if (!named.isEmpty()) {
        String id = CapabilityVocabulary.normalise(named).replace(' ', '-');
        // a name of no letters or digits ("???") normalises to nothing: checked as written, it
        // breaks the identifier's form, not the rule of blank cells (the cell is not blank)
        String checked = id.isEmpty() ? named : id;
        try {
          return Optional.of(BuildingId.of(checked.length() > 64 ? checked.substring(0, 64) : checked));
        } catch (InvalidValueException e) {
          e.violations().forEach(v -> errors.add(RowError.of(line.row(), table.header().get(building), v)));
          return Optional.empty();
        }
      }
      return found == null ? Optional.empty() : buildings.of(found.address());
    }

    private static String cell(List<String> fields, int index) {
      return index < 0 || index >= fields.size() ? "" : fields.get(index).strip();
    }
  }
}
