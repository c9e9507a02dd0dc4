package nl.voorzorgcirkel.simulation.scenario;

import java.util.ArrayList;
import java.util.List;
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
    List<ScenarioError> errors = new ArrayList<>();
    for (int d = 0; d < designs.size(); d++) {
      int variants = Math.max(1, compared.size());
      for (int v = 0; v < variants; v++) {
        List<Setting> settings = new ArrayList<>(designs.get(d));
        if (!compared.isEmpty()) {
          settings.add(new Setting(e.compare().get().field(), compared.get(v)));
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
        String where = source + ", design point " + (points.size() + 1) + " (" + label(settings) + ")";
        for (ScenarioError p : problems) {
          errors.add(new ScenarioError(where, p.path(), 0, 0, p.rule(), p.ruleDutch()));
        }
        points.add(new DesignPoint(points.size(), d, v, List.copyOf(settings), s));
      }
    }
    if (!errors.isEmpty()) {
      throw new ScenarioException(errors);
    }
    return List.copyOf(points);
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
          out.add(List.of(new Setting(f.field(), value)));
        }
      }
    } else if (type == DesignType.GRID) {
      out.add(List.of());
      for (Factor f : factors) {
        List<List<Setting>> next = new ArrayList<>();
        for (List<Setting> prefix : out) {
          for (Object value : f.values()) {
            List<Setting> point = new ArrayList<>(prefix);
            point.add(new Setting(f.field(), value));
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
   * A Latin hypercube sample (McKay, Beckman and Conover, 1979): each factor's range is cut into
   * {@code n} equal strata, each stratum used by exactly one sample, the strata paired at random
   * and a point drawn uniformly within each. Seeded from the experiment's seed.
   */
  static List<List<Setting>> hypercube(List<Factor> factors, int samples, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ HYPERCUBE_SALT);
    double[][] values = new double[factors.size()][samples];
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
      double min = factors.get(f).min().orElseThrow();
      double max = factors.get(f).max().orElseThrow();
      for (int i = 0; i < samples; i++) {
        values[f][i] = min + (strata[i] + random.nextDouble()) / samples * (max - min);
      }
    }
    List<List<Setting>> out = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      List<Setting> point = new ArrayList<>();
      for (int f = 0; f < factors.size(); f++) {
        Factor factor = factors.get(f);
        Object value = factor.integer()
            ? (Object) Math.round(Math.max(factor.min().get(), Math.min(factor.max().get(), values[f][i])))
            : (Object) values[f][i];
        point.add(new Setting(factor.field(), value));
      }
      out.add(point);
    }
    return out;
  }
}
