package nl.voorzorgcirkel.core.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records: one record per line, fields separated by a comma or a semicolon
 * (whichever the header uses more), quoted with double quotes as in RFC 4180 ({@code ""} inside
 * quotes is a quote). A quoted field cannot span lines, so a broken line never swallows the lines
 * after it. Thread-safe: stateless.
 */
final class CsvLines {

  /** The longest field accepted, in characters. */
  static final int MAX_FIELD = 10_000;

  /** One line: its number in the file (from 1), its fields, or the rule it broke. */
  record Line(int number, List<String> fields, String problem) {}

  private CsvLines() {}

  static char delimiter(String header) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  /** Every non-blank line of the text, parsed. */
  static List<Line> lines(String text, char delimiter) {
    List<Line> out = new ArrayList<>();
    int number = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      number++;
      String line = text.substring(start, end);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      if (!line.isBlank()) {
        out.add(parse(number, line, delimiter));
      }
      start = end + 1;
    }
    return out;
  }

  private static Line parse(int number, String line, char delimiter) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (true) {
      field.setLength(0);
      if (i < line.length() && line.charAt(i) == '"') {
        i++;
        boolean closed = false;
        while (i < line.length()) {
          char c = line.charAt(i);
          if (c == '"') {
            if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
            } else {
              i++;
              closed = true;
              break;
            }
          } else {
            field.append(c);
            i++;
          }
          if (field.length() > MAX_FIELD) {
            return new Line(number, List.of(), "field-too-long");
          }
        }
        if (!closed) {
          return new Line(number, List.of(), "unterminated-quote");
        }
        if (i < line.length() && line.charAt(i) != delimiter) {
          return new Line(number, List.of(), "text-after-quote");
        }
      } else {
        while (i < line.length() && line.charAt(i) != delimiter) {
          field.append(line.charAt(i));
          i++;
          if (field.length() > MAX_FIELD) {
            return new Line(number, List.of(), "field-too-long");
          }
        }
      }
      fields.add(field.toString().strip());
      if (i >= line.length()) {
        return new Line(number, fields, null);
      }
      i++; // the delimiter
    }
  }
}
