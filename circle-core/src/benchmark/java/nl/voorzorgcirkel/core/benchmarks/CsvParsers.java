package nl.voorzorgcirkel.core.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The two CSV parsers the brief allows, compared on this machine: speed on a generated member list
 * (50 MB, semicolons, quoted names, CR LF), after warm-up, and behaviour on the cases real exports
 * bring. Run with {@code ./mvnw -B -q -pl circle-core -Pbenchmarks test-compile exec:exec}.
 */
public final class CsvParsers {

  private CsvParsers() {}

  private static String list(int megabytes) {
    StringBuilder out = new StringBuilder("id;naam;geboortejaar;breedtegraad;lengtegraad;lid sinds;hulpaanbod\r\n");
    for (int i = 0; out.length() < megabytes * 1_000_000; i++) {
      out.append("m-").append(i).append(";\"Deelnemer ").append(i).append(", Almere\";").append(1930 + i % 60)
          .append(";52,").append(300 + i % 700).append(";5,").append(200 + i % 300)
          .append(";01-03-2025;autorit|maaltijden\r\n");
    }
    return out.toString();
  }

  /** Fields read by FastCSV, as the import configures it. */
  static List<List<String>> fastCsv(String text) {
    List<List<String>> records = new ArrayList<>();
    for (CsvRecord r : CsvReader.builder().fieldSeparator(text.contains(";") ? ';' : ',')
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .ofCsvRecord(new StringReader(text))) {
      records.add(r.getFields());
    }
    return records;
  }

  /** Fields read by Commons CSV with its RFC 4180 format. */
  static List<List<String>> commonsCsv(String text) {
    List<List<String>> records = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(text.contains(";") ? ';' : ',').get();
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      for (CSVRecord r : parser) {
        records.add(r.toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  private static double megabytesPerSecond(Function<String, List<List<String>>> parser, String text) {
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 8; round++) {
      long start = System.nanoTime();
      int records = parser.apply(text).size();
      long took = System.nanoTime() - start;
      if (round >= 3) {
        best = Math.min(best, took); // the first three rounds warm up
      }
      if (records < 1) {
        throw new IllegalStateException("nothing read");
      }
    }
    return text.length() / 1e6 / (best / 1e9);
  }

  private static String outcome(Function<String, List<List<String>>> parser, String text) {
    try {
      List<List<String>> records = parser.apply(text);
      return records.size() + " records " + records.toString().replace("\r", "\\r").replace("\n", "\\n");
    } catch (RuntimeException e) {
      return "throws " + e.getClass().getSimpleName();
    }
  }

  /**
   * Runs the comparison.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    String text = list(50);
    System.out.printf(Locale.ROOT, "speed, 50 MB member list (best of 5 after 3 warm-up rounds):%n");
    System.out.printf(Locale.ROOT, "  FastCSV 4.4.0       %6.1f MB/s%n", megabytesPerSecond(CsvParsers::fastCsv, text));
    System.out.printf(Locale.ROOT, "  Commons CSV 1.14.1  %6.1f MB/s%n", megabytesPerSecond(CsvParsers::commonsCsv, text));
    String[][] cases = {
        {"CR-only line ends", "a,b\r1,2\r3,4"},
        {"quoted line break", "a,b\n1,\"x\ny\"\n3,4"},
        {"text after a closing quote", "a,b\n1,\"x\"y\n3,4"},
        {"quote never closed", "a,b\n1,\"x\n3,4"},
        {"byte-order mark", "\uFEFFa,b\n1,2"},
    };
    for (String[] c : cases) {
      System.out.println(c[0] + ":");
      System.out.println("  FastCSV      " + outcome(CsvParsers::fastCsv, c[1]));
      System.out.println("  Commons CSV  " + outcome(CsvParsers::commonsCsv, c[1]));
    }
  }
}
