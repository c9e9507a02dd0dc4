package nl.voorzorgcirkel.simulation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import nl.voorzorgcirkel.simulation.ExperimentResult;
import nl.voorzorgcirkel.simulation.Output;
import nl.voorzorgcirkel.simulation.PairedDifference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/**
 * Usertest 4, G10: long chart titles were cut off at the image's edge ("... averaged over the other
 * fac"), and a difference chart whose paired differences were all exactly 0 was an empty frame.
 * Both are checked on the drawn images.
 */
class ChartLayoutTest {

  private static final int WHITE = 0xffffff;
  /** The colour of the first compared value's points in a difference chart. */
  private static final int SECOND_COLOUR = 0xd55e00;

  private static ExperimentResult grid;

  @BeforeAll
  static void run() {
    grid = ReportsTest.grid();
  }

  private static BufferedImage image(Charts.Chart c) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(c.png()));
  }

  /** Pixels not white in a rectangle of an image. */
  private static int marked(BufferedImage image, int x0, int x1, int y0, int y1, int colour) {
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        if (colour == WHITE ? rgb != WHITE : rgb == colour) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void everyTitleStaysInsideTheImage() throws IOException {
    List<Charts.Chart> charts = Charts.of(grid);
    assertTrue(charts.stream().anyMatch(c -> c.title().length() > 100), "some titles are long");
    for (Charts.Chart c : charts) {
      BufferedImage image = image(c);
      int w = image.getWidth();
      // the band of the title: nothing drawn at the image's left and right edges
      assertEquals(0, marked(image, 0, 8, 0, 35, WHITE), c.file() + ": " + c.title());
      assertEquals(0, marked(image, w - 8, w, 0, 35, WHITE), c.file() + ": " + c.title());
      assertTrue(marked(image, 0, w, 0, 35, WHITE) > 0, c.file() + " has a title");
    }
  }

  @Test
  void aTitleTooLongForAnyFontIsShortenedAndGivenInFullInTheCaption() {
    String title = "A figure with a very long name ".repeat(8) + "against a field";
    XYChart chart = new XYChartBuilder().width(900).height(520).title(title).build();
    chart.addSeries("mean", new double[] {1, 2}, new double[] {3, 4});
    Charts.Chart c = Charts.encode("long.png", title, "What the points are.", chart);
    assertTrue(chart.getTitle().endsWith("\u2026") && title.startsWith(chart.getTitle().replace("\u2026", "")),
        chart.getTitle());
    assertTrue(Charts.titleWidth(chart.getTitle(), chart.getStyler().getChartTitleFont()) <= Charts.TITLE_ROOM);
    assertEquals(title, c.title());
    assertEquals(title + ". What the points are.", c.caption());
    // a title that fits keeps its text, font and caption
    XYChart fits = new XYChartBuilder().width(900).height(520).title("Requests posted").build();
    fits.addSeries("mean", new double[] {1, 2}, new double[] {3, 4});
    java.awt.Font font = fits.getStyler().getChartTitleFont();
    assertEquals("", Charts.encode("short.png", "Requests posted", "", fits).caption());
    assertEquals(font, fits.getStyler().getChartTitleFont());
    assertEquals("Requests posted", fits.getTitle());
  }

  @Test
  void pairedDifferencesThatAreAllZeroAreDrawn() throws IOException {
    // common random numbers: both strategies see the same needs, so requests posted differ by exactly 0
    List<PairedDifference> requests = grid.differences().stream().filter(d -> d.output() == Output.REQUESTS)
        .collect(Collectors.toList());
    assertEquals(9, requests.size());
    assertTrue(requests.stream().allMatch(d -> d.paired().orElseThrow().estimate() == 0
        && d.paired().orElseThrow().high() == 0));
    Map<String, Charts.Chart> byFile = Charts.of(grid).stream()
        .collect(Collectors.toMap(Charts.Chart::file, c -> c));
    BufferedImage image = image(byFile.get("difference-requests.png"));
    // the points, in the plot (above the axis labels and the legend, which shows the colour too)
    assertTrue(marked(image, 0, image.getWidth(), 40, 338, SECOND_COLOUR) > 20, "points drawn at 0");
  }

  @Test
  void anAxisOfValuesThatAreAllTheSameGetsRoomAroundThem() {
    CategoryChart zeros = new CategoryChartBuilder().width(900).height(520).build();
    zeros.addSeries("b minus a", List.of("x", "y"), List.of(0.0, 0.0), List.of(0.0, 0.0));
    Charts.keepRange(zeros);
    assertEquals(-1.0, zeros.getStyler().getYAxisMin());
    assertEquals(1.0, zeros.getStyler().getYAxisMax());
    CategoryChart constant = new CategoryChartBuilder().width(900).height(520).build();
    constant.addSeries("mean", List.of("x", "y"), List.of(0.5, 0.5), List.of(0.0, 0.0));
    Charts.keepRange(constant);
    assertTrue(constant.getStyler().getYAxisMin() < 0.5 && 0.5 < constant.getStyler().getYAxisMax());
    CategoryChart spread = new CategoryChartBuilder().width(900).height(520).build();
    spread.addSeries("mean", List.of("x", "y"), List.of(0.0, 0.0), List.of(0.1, 0.1));
    Charts.keepRange(spread);
    assertNull(spread.getStyler().getYAxisMin(), "XChart's own range where there is one");
  }

  /**
   * User test 10, 12: a 60-day run's monthly charts showed one tick label, "2026-03" at the start
   * of March, and none under the February and April points. Each month's point is now at a whole
   * position of the axis and labelled with its month there; positions between points get none.
   */
  @Test
  void eachMonthlyPointIsLabelledWithItsMonth() {
    List<nl.voorzorgcirkel.simulation.Month> months = List.of(
        new nl.voorzorgcirkel.simulation.Month(java.time.YearMonth.of(2026, 2), java.time.LocalDate.of(2026, 2, 3), 26, true),
        new nl.voorzorgcirkel.simulation.Month(java.time.YearMonth.of(2026, 3), java.time.LocalDate.of(2026, 3, 1), 31, false),
        new nl.voorzorgcirkel.simulation.Month(java.time.YearMonth.of(2026, 4), java.time.LocalDate.of(2026, 4, 1), 3, true));
    assertEquals("2026-02", Charts.monthLabel(months, 0));
    assertEquals("2026-03", Charts.monthLabel(months, 1.0000000001));
    assertEquals("2026-04", Charts.monthLabel(months, 2));
    for (double between : new double[] {-1, 0.5, 1.25, 3}) {
      assertEquals("", Charts.monthLabel(months, between), String.valueOf(between));
    }
  }
}
