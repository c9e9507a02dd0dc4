package nl.voorzorgcirkel.core.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Helpers of the CSV tests: a file's text as bytes, errors as {@code row:column:rule}. */
final class CsvFiles {

  private CsvFiles() {}

  /** The text as UTF-8. */
  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Each error as {@code row:column:rule}, {@code -} for no column, in order. */
  static List<String> problems(List<RowError> errors) {
    return errors.stream().map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule())
        .collect(Collectors.toList());
  }
}
