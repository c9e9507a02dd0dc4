package nl.voorzorgcirkel.examples.simulation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.imageio.ImageIO;

/**
 * PNG line charts of a report's monthly series: the mean over replications, with the 95 %
 * confidence band. Java2D only, headless. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class Charts {

  private static final int WIDTH = 800;
  private static final int HEIGHT = 450;
  private static final int MARGIN = 60;

  private Charts() {}

  /**
   * Writes {@code fulfilled.png}, {@code circle-size.png}, {@code help-hours.png} and {@code
   * coverage.png} to a folder.
   *
   * @param dir the folder, not null; it must exist
   * @param report the report, not null
   */
  public static void write(Path dir, SimulationReport report) {
    line(dir.resolve("fulfilled.png"), "Share of requests helped, by month", "share", report,
        SimulationReport.Replication::monthlyFulfilled);
    line(dir.resolve("circle-size.png"), "Active members per circle, by month", "members", report,
        SimulationReport.Replication::monthlySize);
    line(dir.resolve("help-hours.png"), "Hours of help given per circle, by month", "hours", report,
        SimulationReport.Replication::monthlyHelpHours);
    line(dir.resolve("coverage.png"), "Kinds of help covered per circle, by month", "kinds", report,
        SimulationReport.Replication::monthlyCoverage);
  }

  static void line(Path file, String title, String unit, SimulationReport report,
      Function<SimulationReport.Replication, List<Double>> series) {
    int months = series.apply(report.replications().get(0)).size();
    double[] mean = new double[months];
    double[] half = new double[months];
    double top = 0;
    for (int m = 0; m < months; m++) {
      int month = m;
      double[] ci = SimulationReport.meanAndHalfWidth(report.replications().stream()
          .mapToDouble(r -> series.apply(r).get(month)).toArray());
      mean[m] = ci[0];
      half[m] = ci[1];
      top = Math.max(top, ci[0] + ci[1]);
    }
    top = top <= 0 ? 1 : top * 1.1;
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(Color.DARK_GRAY);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString(title + " (" + report.scenario().name() + ", " + report.replications().size()
        + " replications, mean and 95% CI)", MARGIN, 30);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    int x0 = MARGIN;
    int y0 = HEIGHT - MARGIN;
    int w = WIDTH - 2 * MARGIN;
    int h = HEIGHT - 2 * MARGIN;
    g.drawLine(x0, y0, x0 + w, y0);
    g.drawLine(x0, y0, x0, y0 - h);
    for (int i = 0; i <= 4; i++) {
      double v = top * i / 4;
      int y = y0 - (int) (h * i / 4.0);
      g.drawString(String.format(Locale.ROOT, "%.2f", v), 5, y + 4);
      g.setColor(new Color(230, 230, 230));
      g.drawLine(x0 + 1, y, x0 + w, y);
      g.setColor(Color.DARK_GRAY);
    }
    g.drawString("month", x0 + w - 40, y0 + 35);
    g.drawString(unit, 5, MARGIN - 10);
    Path2D band = new Path2D.Double();
    Path2D lineShape = new Path2D.Double();
    for (int m = 0; m < months; m++) {
      double x = x0 + (months == 1 ? w / 2.0 : w * m / (double) (months - 1));
      double y = y0 - h * (mean[m] / top);
      if (m == 0) {
        lineShape.moveTo(x, y);
        band.moveTo(x, y0 - h * ((mean[m] + half[m]) / top));
      } else {
        lineShape.lineTo(x, y);
        band.lineTo(x, y0 - h * ((mean[m] + half[m]) / top));
      }
      if (months <= 24 || m % 3 == 0) {
        g.drawString(String.valueOf(m + 1), (int) x - 4, y0 + 18);
      }
    }
    for (int m = months - 1; m >= 0; m--) {
      double x = x0 + (months == 1 ? w / 2.0 : w * m / (double) (months - 1));
      band.lineTo(x, y0 - h * (Math.max(0, mean[m] - half[m]) / top));
    }
    band.closePath();
    g.setColor(new Color(70, 130, 180, 60));
    g.fill(band);
    g.setColor(new Color(25, 80, 140));
    g.setStroke(new BasicStroke(2.5f));
    g.draw(lineShape);
    g.dispose();
    try {
      ImageIO.write(image, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write chart " + file, e);
    }
  }
}
