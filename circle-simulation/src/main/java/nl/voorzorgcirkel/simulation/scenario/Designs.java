package nl.voorzorgcirkel.simulation.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.simulation.scenario.Experiment.DesignType;
import nl.voorzorgcirkel.simulation.scenario.Experiment.Factor;

/**
 * The points of an experiment's design, each checked. Stateless.
 *
 * @since 0.1.0
 */
public final class Designs {

  /** Salt that separates the Latin hypercube's stream from the engine's. */
  private static final long HYPERCUBE_SALT = 0x4C48_5332_4F4C_4C41L;

  private Designs() {}

  /**
   * Every point of a scenario's experiment, in order: design points (sweep: factor by factor,
   * value by value; grid: the first factor slowest; Latin hypercube: sample by sample), each
   * followed by its compared values.
   *
   * @param scenario the scenario, not null, valid
   * @return the points, at least one
   * @throws ScenarioException listing every point whose settings break a rule
   */
  public static List<DesignPoint> points(Scenario scenario) {
    return points(scenario, "scenario");
  }

  static List<DesignPoint> points(Scenario scenario, String source) {
    Experiment e = scenario.experiment();
    List<List<Setting>> designs = designSettings(e);
    List<Object> compared = e.compare().map(Experiment.Comparison::values).orElse(List.of());
    List<DesignPoint> points = new ArrayList<>();
    Map<ScenarioError, List<Integer>> atPoints = new LinkedHashMap<>();
    Map<ScenarioError, String> labels = new HashMap<>();
    for (int d = 0; d < designs.size(); d++) {
      int variants = Math.max(1, compared.size());
      for (int v = 0; v < variants; v++) {
        List<Setting> settings = new ArrayList<>(designs.get(d));
        if (!compared.isEmpty()) {
          settings.add(setting(e.compare().get().field(), compared.get(v)));
        }
        Scenario s = scenario;
        List<ScenarioError> problems = new ArrayList<>();
        try {
          for (Setting setting : settings) {
            s = ScenarioFiles.with(s, setting.field(), setting.value());
          }
          problems.addAll(ScenarioFiles.validate(s));
        } catch (ScenarioException ex) {
          problems.addAll(ex.errors());
        }
        for (ScenarioError p : problems) {
          atPoints.computeIfAbsent(p, k -> new ArrayList<>()).add(points.size() + 1);
          labels.putIfAbsent(p, label(settings));
        }
        points.add(new DesignPoint(points.size(), d, v, List.copyOf(settings), s));
      }
    }
    if (!atPoints.isEmpty()) {
      // an error that several points share (a rule across fields that one factor's value breaks
      // whatever the others) is told once, with the points it holds at
      List<ScenarioError> errors = new ArrayList<>();
      atPoints.forEach((p, at) -> {
        String where = at.size() == 1
            ? source + ", design point " + at.get(0) + " (" + labels.get(p) + ")"
            : source + ", design points " + numbers(at) + " (the first: " + labels.get(p) + ")";
        errors.add(new ScenarioError(where, p.path(), 0, 0, p.rule(), p.ruleDutch()));
      });
      throw new ScenarioException(errors);
    }
    return List.copyOf(points);
  }

  private static String numbers(List<Integer> at) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < at.size() && i < 10; i++) {
      out.add(String.valueOf(at.get(i)));
    }
    return String.join(", ", out) + (at.size() > 10 ? " and " + (at.size() - 10) + " more" : "");
  }

  private static String label(List<Setting> settings) {
    List<String> parts = new ArrayList<>();
    settings.forEach(s -> parts.add(s.toString()));
    return parts.isEmpty() ? "as given" : String.join(", ", parts);
  }

  private static List<List<Setting>> designSettings(Experiment e) {
    List<Factor> factors = e.design().factors();
    List<List<Setting>> out = new ArrayList<>();
    DesignType type = e.design().type();
    if (type == DesignType.SINGLE) {
      out.add(List.of());
    } else if (type == DesignType.SWEEP) {
      for (Factor f : factors) {
        for (Object value : f.values()) {
          out.add(List.of(setting(f.field(), value)));
        }
      }
    } else if (type == DesignType.GRID) {
      out.add(List.of());
      for (Factor f : factors) {
        List<List<Setting>> next = new ArrayList<>();
        for (List<Setting> prefix : out) {
          for (Object value : f.values()) {
            List<Setting> point = new ArrayList<>(prefix);
            point.add(setting(f.field(), value));
            next.add(point);
          }
        }
        out = next;
      }
    } else {
      out.addAll(hypercube(factors, e.design().samples(), e.seed()));
    }
    return out;
  }

  /**
   * A setting with its value as the point uses it: a whole number written as {@code 12.0} in a
   * whole-number field is the whole number 12 (so labels show the value the engine ran with).
   */
  private static Setting setting(String field, Object value) {
    if (value instanceof Double && ScenarioFiles.isWholeNumberField(field)) {
      double v = (Double) value;
      if (v == Math.rint(v) && Math.abs(v) < 0x1p53) {
        return new Setting(field, (long) v);
      }
    }
    return new Setting(field, value);
  }

  /**
   * A Latin hypercube sample (McKay, Beckman and Conover, 1979): each factor's range is cut into
   * {@code n} equal strata, each stratum used by exactly one sample, the strata paired at random
   * and a point drawn uniformly within each. Seeded from the experiment's seed. A whole-number field
   * (by its type in the schema, or a factor with {@code "integer": true}) is sampled in whole
   * numbers: its range {@code [min, max]} is stretched to {@code [min, max + 1)} and each sample cut
   * down to a whole number, so that every whole number in the range is equally likely; its setting
   * holds that whole number, the value the point runs with.
   */
  static List<List<Setting>> hypercube(List<Factor> factors, int samples, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ HYPERCUBE_SALT);
    Object[][] values = new Object[factors.size()][samples];
    for (int f = 0; f < factors.size(); f++) {
      int[] strata = new int[samples];
      for (int i = 0; i < samples; i++) {
        strata[i] = i;
      }
      for (int i = samples - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = strata[i];
        strata[i] = strata[j];
        strata[j] = t;
      }
      Factor factor = factors.get(f);
      boolean whole = factor.integer() || ScenarioFiles.isWholeNumberField(factor.field());
      double min = whole ? Math.ceil(factor.min().orElseThrow()) : factor.min().orElseThrow();
      double max = whole ? Math.floor(factor.max().orElseThrow()) + 1 : factor.max().orElseThrow();
      for (int i = 0; i < samples; i++) {
        double u = min + (strata[i] + random.nextDouble()) / samples * (max - min);
        values[f][i] = whole ? (Object) Math.min((long) Math.floor(u), (long) max - 1) : (Object) u;
      }
    }
    List<List<Setting>> out = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      List<Setting> point = new ArrayList<>();
      for (int f = 0; f < factors.size(); f++) {
        point.add(new Setting(factors.get(f).field(), values[f][i]));
      }
      out.add(point);
    }
    return out;
  }
}
