package nl.voorzorgcirkel.matching.formation;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.voorzorgcirkel.core.csv.CsvTable;
import nl.voorzorgcirkel.core.csv.ImportException;
import nl.voorzorgcirkel.core.csv.ImportMode;
import nl.voorzorgcirkel.core.csv.ImportResult;
import nl.voorzorgcirkel.core.csv.MemberCsv;
import nl.voorzorgcirkel.core.csv.RowError;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;

/**
 * Reads a pool of candidates from the sign-up list a welfare organisation keeps: the member columns
 * of {@link MemberCsv} (whom a candidate would rather not be with is its {@code avoids / liever
 * niet met} column), plus two more:
 *
 * <table>
 *   <caption>Candidate columns</caption>
 *   <tr><th>column (English / Dutch)</th><th>value</th></tr>
 *   <tr><td>willing to connect / wil verbinder zijn</td><td>yes / ja / x / 1, or no / nee / 0 /
 *       empty</td></tr>
 *   <tr><td>wants with / graag met</td><td>ids of candidates they want to be in a circle with,
 *       separated like capabilities</td></tr>
 * </table>
 *
 * <p>Every bad row is reported with its row number, column and rule; nothing is dropped silently.
 * Thread-safe: stateless.
 *
 * @since 0.1.0
 */
public final class CandidateCsv {

  private static final List<String> WILLING = List.of("willingtoconnect", "connector",
      "wilverbinderzijn", "verbinder");
  private static final List<String> WANTS = List.of("wantswith", "graagmet", "wilbij");
  private static final Set<String> YES = Set.of("yes", "ja", "x", "1", "true", "waar");
  private static final Set<String> NO = Set.of("no", "nee", "0", "false", "onwaar", "");

  private CandidateCsv() {}

  /**
   * Reads candidates from a CSV file's bytes.
   *
   * @param bytes the file, not null
   * @param mode what to do with bad rows, not null
   * @return the valid candidates with their row numbers, and every problem found
   * @throws ImportException if the mode is {@link ImportMode#ALL_OR_NOTHING} and any row is bad,
   *     or in either mode if the header lacks a required column
   */
  public static ImportResult<Candidate> read(byte[] bytes, ImportMode mode) {
    Objects.requireNonNull(bytes, "bytes");
    return read(new ByteArrayInputStream(bytes), mode);
  }

  /**
   * Reads candidates from a CSV file, as it streams in.
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
    Objects.requireNonNull(mode, "mode");
    try (CsvTable table = CsvTable.open(in)) {
      int willing = table.column(WILLING);
      int wants = table.column(WANTS);
      String willingName = willing < 0 ? null : table.header().get(willing);
      String wantsName = wants < 0 ? null : table.header().get(wants);
      Pattern separators = Pattern.compile(table.listSeparators());
      ImportResult<Candidate> result = MemberCsv.read(table, mode, (line, member, errors) -> {
        boolean connector = false;
        String willingText = cell(line.fields(), willing).toLowerCase(Locale.ROOT);
        if (YES.contains(willingText)) {
          connector = true;
        } else if (!NO.contains(willingText)) {
          errors.add(RowError.of(line.row(), willingName, "choice"));
        }
        List<MemberId> wanted = new ArrayList<>();
        for (String part : separators.split(cell(line.fields(), wants), -1)) {
          if (part.isBlank()) {
            continue;
          }
          try {
            wanted.add(MemberId.of(part.strip()));
          } catch (InvalidValueException e) {
            e.violations().forEach(v -> errors.add(RowError.of(line.row(), wantsName, v)));
          }
        }
        if (wanted.contains(member.id())) {
          errors.add(RowError.of(line.row(), wantsName, "wants-self"));
          return null;
        }
        return new Candidate(member, connector, wanted);
      });
      List<String> ignored = new ArrayList<>(result.ignoredColumns());
      ignored.removeIf(name -> WILLING.contains(CsvTable.normalName(name))
          || WANTS.contains(CsvTable.normalName(name)));
      return ImportResult.of(result.rows(), result.errors(), ignored);
    }
  }

  private static String cell(List<String> fields, int index) {
    return index < 0 || index >= fields.size() ? "" : fields.get(index).strip();
  }
}
