package nl.voorzorgcirkel.simulation.spark.cli;

import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.i18n.MessageTable;

/**
 * The {@code simulate-spark} command's own lines in English and Dutch, from {@code
 * messages.properties} and {@code messages_nl.properties} beside this class, read by the core's
 * {@link MessageTable} as the {@code simulate} command's texts are. Thread-safe.
 */
final class SparkTexts {

  private static final MessageTable TABLE =
      MessageTable.load(SparkTexts.class, name -> SparkTexts.class.getResourceAsStream(name));

  private SparkTexts() {}

  /** Whether a key has a text in both languages. */
  static boolean has(String key) {
    return TABLE.has(key);
  }

  /** The time a run took, for the error stream: {@code simulate-spark: 200 circle runs in 3.4 s}. */
  static String timing(long circleRuns, double seconds, Locale locale) {
    return TABLE.format("cli.timing", locale, Map.of("runs", circleRuns, "seconds", seconds));
  }

  /** The usage error of a {@code --tasks} outside 1 to {@code max}. */
  static String tasksOutOfRange(int max, int tasks, Locale locale) {
    return TABLE.format("cli.usage.tasks", locale, Map.of("max", max, "tasks", tasks));
  }

  /** Where the circle runs were written as Parquet. */
  static String circleRuns(String rows, Locale locale) {
    return TABLE.format("cli.circleRuns", locale, Map.of("rows", rows));
  }
}
