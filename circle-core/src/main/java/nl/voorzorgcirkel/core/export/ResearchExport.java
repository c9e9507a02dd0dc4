package nl.voorzorgcirkel.core.export;

import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.consent.DataAccess;
import nl.voorzorgcirkel.core.consent.DataPolicy;
import nl.voorzorgcirkel.core.consent.PersonalField;
import nl.voorzorgcirkel.core.consent.Purpose;
import nl.voorzorgcirkel.core.consent.Reader;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.MachineCsv;
import nl.voorzorgcirkel.core.model.Member;

/**
 * The pseudonymised export for research: one row per member who consented to research use, with
 * no name, no id, no phone number, no birth year and no home: a pseudonym made for this export
 * only, the circle's neighbourhood for a place, the age in a ten-year band, the role, and the
 * help given and received in a period. Vitality and living alone are given only where the {@link
 * DataPolicy} lets {@link Reader#RESEARCH_EXPORT} read them (the standard policy: consent for
 * research, and for vitality also consent for vitality); otherwise they are empty.
 *
 * <p>Small groups are suppressed (k-anonymity): rows are grouped by their quasi-identifiers, the
 * place and the age band (what an outsider could know of a neighbour), and every group with fewer
 * than k rows is left out and only counted. Pseudonyms are numbered in an order drawn from the
 * seed, so they say nothing about the members' ids or order; the rows are written in pseudonym
 * order. Same input and seed, same export.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ResearchExport {

  /** The default k: groups of fewer than 5 members are suppressed ({@link KAnonymity#DEFAULT_K}). */
  public static final int DEFAULT_K = KAnonymity.DEFAULT_K;

  /** The CSV header, in column order. */
  public static final List<String> CSV_COLUMNS = List.of("pseudonym", "place", "ageBand", "role",
      "vitality", "livesAlone", "minutesGiven", "minutesReceived");

  private final KAnonymity k;
  private final DataPolicy policy;
  private final long seed;

  private ResearchExport(KAnonymity k, DataPolicy policy, long seed) {
    this.k = k;
    this.policy = policy;
    this.seed = seed;
  }

  /**
   * The export with k = {@value #DEFAULT_K}, the standard data policy and seed 0.
   *
   * @return the export
   */
  public static ResearchExport standard() {
    return of(DEFAULT_K, DataPolicy.standard(), 0L);
  }

  /**
   * An export of one's own.
   *
   * @param k the smallest group that may appear, 2 to 1000
   * @param policy what research may read, not null
   * @param seed the seed of the pseudonyms' order
   * @return the export
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException with rule {@code between} if
   *     k is out of range
   */
  public static ResearchExport of(int k, DataPolicy policy, long seed) {
    return new ResearchExport(KAnonymity.of(k), Objects.requireNonNull(policy, "policy"), seed);
  }

  /**
   * The smallest group that may appear.
   *
   * @return k, 2 or more
   */
  public int k() {
    return k.k();
  }

  /**
   * The age band of an age: {@code <60}, {@code 60-69}, {@code 70-79}, {@code 80-89} or {@code
   * 90+}.
   *
   * @param age the age in years
   * @return the band, never null
   */
  public static String ageBand(int age) {
    if (age < 60) {
      return "<60";
    }
    if (age >= 90) {
      return "90+";
    }
    int low = age / 10 * 10;
    return low + "-" + (low + 9);
  }

  /**
   * The export of the members who are in their circle on {@code day} and whose consent for
   * research holds on it.
   *
   * @param circles the circles, not null, without null elements
   * @param day the day of membership, consent and age, not null
   * @param from the start of the period of help, inclusive, not null
   * @param to the end of the period of help, exclusive, not null, not before {@code from}
   * @return the table, never null
   */
  public ResearchTable export(List<CircleRecords> circles, LocalDate day, Instant from,
      Instant to) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<ResearchRow> rows = new ArrayList<>();
    for (CircleRecords records : Arguments.noNulls(circles, "circles")) {
      DataAccess access = policy.access(Reader.RESEARCH_EXPORT, records.consents());
      for (Member m : records.circle().members()) {
        if (!m.isMemberOn(day) || !records.consents().isGiven(m.id(), Purpose.RESEARCH, day)) {
          continue;
        }
        rows.add(new ResearchRow("", records.circle().neighbourhood(), ageBand(m.ageIn(day)),
            m.role(),
            access.mayRead(m.id(), PersonalField.VITALITY, day)
                ? Optional.of(m.vitality()) : Optional.empty(),
            access.mayRead(m.id(), PersonalField.LIVES_ALONE, day)
                ? Optional.of(m.livesAlone()) : Optional.empty(),
            records.ledger().givenBy(m.id(), from, to).toMinutes(),
            records.ledger().receivedBy(m.id(), from, to).toMinutes()));
      }
    }
    Map<String, Integer> sizes = new TreeMap<>();
    rows.forEach(r -> sizes.merge(r.group(), 1, Integer::sum));
    List<ResearchRow> kept = new ArrayList<>(rows.stream()
        .filter(r -> k.shows(Objects.requireNonNull(sizes.get(r.group())))).toList());
    Collections.shuffle(kept, new Random(seed));
    List<ResearchRow> numbered = new ArrayList<>(kept.size());
    int width = Math.max(4, Integer.toString(kept.size()).length());
    for (int i = 0; i < kept.size(); i++) {
      ResearchRow r = kept.get(i);
      String number = Integer.toString(i + 1);
      numbered.add(new ResearchRow("p-" + "0".repeat(width - number.length()) + number, r.place(),
          r.ageBand(), r.role(), r.vitality(), r.livesAlone(), r.minutesGiven(),
          r.minutesReceived()));
    }
    return new ResearchTable(k.k(), numbered, rows.size() - kept.size());
  }

  /** The rows of an export and how many were suppressed. Immutable and thread-safe. */
  public static final class ResearchTable {
    private final int k;
    private final List<ResearchRow> rows;
    private final int suppressed;

    ResearchTable(int k, List<ResearchRow> rows, int suppressed) {
      this.k = k;
      this.rows = List.copyOf(rows);
      this.suppressed = suppressed;
    }

    /**
     * The k the table was made with.
     *
     * @return k, 2 or more
     */
    public int k() {
      return k;
    }

    /**
     * The rows, in pseudonym order; every group of them ({@link ResearchRow#group()}) has at
     * least k rows.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<ResearchRow> rows() {
      return rows;
    }

    /**
     * How many members were left out because their group was smaller than k.
     *
     * @return 0 or more
     */
    public int suppressed() {
      return suppressed;
    }

    /**
     * Writes the rows as CSV (comma-separated, LF line ends, a header row of {@link
     * #CSV_COLUMNS}); an empty cell where a value is withheld.
     *
     * @param out where to write, not null; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public void writeCsv(Writer out) {
      MachineCsv.write(out, CSV_COLUMNS, rows, r -> new String[] {r.pseudonym(), r.place(), r.ageBand(),
          r.role().name(), r.vitality().map(Enum::name).orElse(""), r.livesAlone().map(String::valueOf).orElse(""),
          Long.toString(r.minutesGiven()), Long.toString(r.minutesReceived())}, "the research export");
    }

    /**
     * Counts; no personal data.
     *
     * @return for example {@code ResearchTable[k=5, 40 rows, 7 suppressed]}
     */
    @Override
    public String toString() {
      return "ResearchTable[k=" + k + ", " + rows.size() + " rows, " + suppressed + " suppressed]";
    }
  }
}
