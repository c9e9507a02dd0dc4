package nl.voorzorgcirkel.core.csv;

import java.util.List;
import nl.voorzorgcirkel.core.model.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * Finds where the member of a row lives when the file has no latitude and longitude columns: from
 * the row's address, through a geocoder. Given to {@link MemberCsv} in {@link
 * ImportOptions#withHomes(HomeReader)}, it makes the coordinate columns optional; a row that has
 * coordinates uses them.
 *
 * <p><b>Specification for implementors.</b> Report a row's problems (an address that cannot be
 * read or found) by row, column and rule in {@code errors}, never with the address; return null
 * then. Called once per row, in file order, from the thread that reads the file.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface HomeReader {

  /**
   * The home of a row.
   *
   * @param line the row, not null
   * @param errors where to add the row's problems, not null
   * @return the home, coarse; null if it could not be found (a problem was added to {@code errors})
   */
  @Nullable GeoPoint home(CsvTable.Line line, List<RowError> errors);
}
