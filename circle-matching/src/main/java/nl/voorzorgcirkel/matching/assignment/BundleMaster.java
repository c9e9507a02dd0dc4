package nl.voorzorgcirkel.matching.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The disaggregated cutting-plane model of {@link ConflictSearch}'s Lagrangian function and its
 * proximal master problem, solved exactly in its dual by an active-set method.
 *
 * <p>The Lagrangian value at prices {@code mu >= 0} is {@code L(mu) = U N - sum mu - sum_k max_S
 * (v_S - a_S . mu)}: per member-week {@code k} the best of its schedules {@code S} (sets of units
 * its dynamic programme may take together, the empty one included), {@code v_S} the worth of
 * {@code S} at prices 0 less its load penalty and {@code a_S} its units. The model keeps, per
 * member-week, the schedules its programme chose so far (the columns of the Dantzig-Wolfe master)
 * and replaces each {@code max} over all schedules by the {@code max} over those: an upper model
 * {@code M(mu) >= L(mu)}, exact at every price it was built from. The proximal master is
 * {@code max over mu >= 0 of M(mu) - |mu - c|^2 / (2 t)} for the centre {@code c} and the step
 * {@code t > 0}. With a slack column {@code e_x} per unit (worth 0, weight {@code sigma_x >= 0})
 * standing for {@code mu_x >= 0}, its dual is {@code min (t / 2) |g|^2 + c . g - lambda . v} over
 * convex weights {@code lambda} on each member-week's schedules and {@code sigma >= 0}, with
 * {@code g = sum lambda_S a_S + sigma - 1}; its solution gives the master's prices {@code mu = c
 * + t g}, 0 for every unit whose slack has weight. {@link #solve} finds it exactly by a primal
 * active-set method on the support (Kiwiel, "A method for solving certain quadratic programming
 * problems arising in nonsmooth optimization", IMA Journal of Numerical Analysis 6, 1986; the
 * bundle method: Kiwiel, "Proximity control in bundle methods for convex nondifferentiable
 * minimization", Mathematical Programming 46, 1990).
 *
 * <p>Where a solve leaves more than a limit of free weights on the support (80 by default), the
 * member-weeks with the most weighted columns are aggregated: their weighted columns replaced by
 * the one convex combination the master used, a column with fractional shares (Kiwiel's
 * aggregation: Kiwiel, <i>Methods of Descent for Nondifferentiable Optimization</i>, Lecture Notes
 * in Mathematics 1133, 1985). The prices and the dual stay, the model stays above the Lagrangian,
 * and the next solve starts from a small support: on large weeks each value brings a new schedule
 * for most member-weeks, and without it about as many old ones left again, one O(p^2) step each.
 *
 * <p><b>The count row.</b> Where the search knows that at most {@code m} units can be placed
 * ({@link #countRow}), that row is one more coordinate of the prices, {@code lambda >= 0}, at index
 * {@code units} of the price arrays: each schedule is worth {@code lambda |S|} less, the value
 * {@code lambda m} less, and in the master each column has the entry {@code |S|} there (its
 * number of units; against its block's reference {@code |S| - |ref|}) and the row's right-hand
 * side is {@code m}, so the Gram matrix gains the products of those entries; {@code lambda >= 0}
 * has its own slack column. Without the row nothing of it is computed: the arithmetic is that of a
 * model without it. An aggregated column's entry is the sum of its shares (the units its
 * combination places).
 *
 * <p>Not thread-safe; deterministic (fixed orders, ties by position).
 */
final class BundleMaster {

  /** Columns a member-week keeps at most; the idlest without weight leave first. */
  static final int MAX_COLUMNS = 40;
  /** A column without weight in this many master solves in a row leaves the bundle. */
  static final int MAX_IDLE = 12;
  /**
   * Free weights the support may hold after a solve ({@link ConflictSearch}'s default): each
   * active-set step costs O(p^2) in them, and a solve takes about one step per column that enters
   * or leaves. Past it, blocks are aggregated ({@link #compress}) down to {@link #SUPPORT_AFTER} of
   * it.
   */
  static final int MAX_SUPPORT = 80;
  /** The share of its limit a compressed support is brought down to (or below). */
  static final double SUPPORT_AFTER = 0.9;
  /**
   * A pivot of the Gram matrix's Cholesky factor at most this share of its diagonal marks a column
   * that depends linearly on those before it (the Gram matrix of schedules' 0/+-1 columns is
   * integral; an aggregate's entries are shares of at least its lightest schedule's weight).
   */
  private static final double DEPENDENT = 1e-9;

  /**
   * One column of one member-week: a schedule (its units ascending, each once: {@code shares}
   * null) or an aggregate of schedules (a convex combination: each unit with its share in (0,
   * 1]); its worth, its weight.
   */
  static final class Column {
    final int[] units;
    final double @Nullable [] shares;
    final double value;
    /** The sum of its shares, kept: the count row reads it for every column in every solve. */
    private final double count;
    double weight;
    int idle;
    /** Its index in its block's list, as {@link #solve} last numbered them (the block's order). */
    int position;

    Column(int[] units, double value, double weight) {
      this(units, null, value, weight);
    }

    Column(int[] units, double @Nullable [] shares, double value, double weight) {
      this.units = units;
      this.shares = shares;
      this.value = value;
      this.weight = weight;
      double placed = units.length;
      if (shares != null) {
        placed = 0;
        for (double share : shares) {
          placed += share;
        }
      }
      this.count = placed;
    }

    /** The coefficient of the column's {@code i}th unit. */
    double share(int i) {
      return shares == null ? 1 : shares[i];
    }

    /** The units the column places: its count row's entry (the sum of its shares). */
    double count() {
      return count;
    }
  }

  /** The free variables on the support, in the factor's order, and how many rows are factored. */
  private final List<Var> vars = new ArrayList<>();
  private int factored;
  /** The lower-triangular Cholesky factor of their Gram matrix, and a row's work space. */
  private double[][] factor = new double[0][];
  private double[] row = new double[1];
  private final int units;
  private final int maxSupport;
  /**
   * Whether the model has the count row ({@link #countRow}), its coordinate {@code units} of
   * {@link #z}, {@link #mu} and {@link #sigma}, and its right-hand side: at most so many placed.
   */
  private boolean counted;
  private int mostPlaced;
  private final List<List<Column>> blocks;
  /**
   * Work space: the coverage {@code z}, the master's prices, {@code c + t g}; each with the count
   * row's entry last (the units the weights place, {@code lambda}).
   */
  private final double[] z;
  private final double[] mu;
  /** Per unit: the weight of its slack column (its price held at 0), and a zeroed work space. */
  private final double[] sigma;
  private final double[] scratch;
  /**
   * Work space of {@link #solve}'s steps, kept from one step and one solve to the next: per block
   * its reference's reduced worth and whether this step knows it, per block the change of its
   * reference's weight, and the right-hand side, the step and the null direction ({@link
   * #workspace}).
   */
  private final double[] refWorth;
  private final boolean[] refKnown;
  private final double[] refChangeSpace;
  /**
   * Per block, during {@link #solve}: a bit for each column (by {@link Column#position}) that had
   * weight at the start or entered the support since, a superset of those with weight, so that
   * {@link #prices} visits them alone, in the block's order; not used where a block has more than
   * 64 columns ({@link #masked} false).
   */
  private final long[] candidates;
  private boolean masked;
  private double[] rhsSpace = new double[0];
  private double[] stepSpace = new double[0];
  private double[] nullSpace = new double[0];
  /** The work the last solve did: one per column entry looked at, per pairwise step's unit. */
  private long work;

  /** A model with, per member-week, only the empty schedule (weight 1); {@link #MAX_SUPPORT}. */
  BundleMaster(int units, int memberWeeks) {
    this(units, memberWeeks, MAX_SUPPORT);
  }

  /**
   * A model with, per member-week, only the empty schedule (weight 1), whose support is
   * aggregated after a solve that leaves more than {@code maxSupport} (at least 0) free weights.
   */
  BundleMaster(int units, int memberWeeks, int maxSupport) {
    this.units = units;
    this.maxSupport = maxSupport;
    this.blocks = new ArrayList<>(memberWeeks);
    for (int k = 0; k < memberWeeks; k++) {
      List<Column> block = new ArrayList<>();
      block.add(new Column(new int[0], 0, 1));
      blocks.add(block);
    }
    this.z = new double[units + 1];
    this.mu = new double[units + 1];
    this.sigma = new double[units + 1];
    this.scratch = new double[units + 1];
    this.refWorth = new double[memberWeeks];
    this.refKnown = new boolean[memberWeeks];
    this.refChangeSpace = new double[memberWeeks];
    this.candidates = new long[memberWeeks];
  }

  /**
   * Gives the model the count row "at most {@code mostPlaced} units placed" (or moves its
   * right-hand side there): from now on the prices have one more coordinate, {@code lambda >= 0},
   * at index {@code units} of the arrays {@link #solve} reads and writes. Any {@code mostPlaced}
   * that every plan keeps leaves the model an upper model of the Lagrangian with that row.
   */
  void countRow(int mostPlaced) {
    if (mostPlaced < 0) {
      throw new IllegalArgumentException("mostPlaced below 0: " + mostPlaced);
    }
    this.counted = true;
    this.mostPlaced = mostPlaced;
  }

  /**
   * A copy for a child node that keeps only the schedules whose every unit may still go to its
   * member-week ({@code allowed[x]} lists the member-weeks unit {@code x} may go to, ascending);
   * the weight of those left out goes to the empty schedule.
   */
  BundleMaster restricted(int[][] allowed) {
    BundleMaster copy = new BundleMaster(units, blocks.size(), maxSupport);
    System.arraycopy(sigma, 0, copy.sigma, 0, units + 1);
    copy.counted = counted;
    copy.mostPlaced = mostPlaced;
    for (int k = 0; k < blocks.size(); k++) {
      List<Column> from = blocks.get(k);
      List<Column> to = copy.blocks.get(k);
      Column empty = to.get(0);
      empty.weight = from.get(0).weight;
      for (int j = 1; j < from.size(); j++) {
        Column column = from.get(j);
        boolean valid = true;
        for (int x : column.units) {
          valid &= Arrays.binarySearch(allowed[x], k) >= 0;
        }
        if (valid) {
          Column kept = new Column(column.units, column.shares, column.value, column.weight);
          kept.idle = column.idle;
          to.add(kept);
        } else {
          empty.weight += column.weight;
        }
      }
    }
    return copy;
  }

  /**
   * Adds the schedule a member-week's programme chose (units ascending, worth {@code value} at
   * prices 0), unless it holds it already; returns whether it was added.
   */
  boolean add(int k, int[] schedule, double value) {
    List<Column> block = blocks.get(k);
    for (Column column : block) {
      if (column.shares == null && Arrays.equals(column.units, schedule)) {
        return false;
      }
    }
    if (block.size() >= MAX_COLUMNS) {
      // the idlest column without weight leaves (the empty schedule, first, stays)
      int out = -1;
      for (int j = 1; j < block.size(); j++) {
        Column column = block.get(j);
        if (column.weight == 0 && (out < 0 || column.idle > block.get(out).idle)) {
          out = j;
        }
      }
      if (out < 0) {
        // every column has weight: they become one, their aggregate
        aggregate(k);
      } else {
        block.remove(out);
      }
    }
    block.add(new Column(schedule, value, 0));
    return true;
  }

  /**
   * Where the support holds more than its limit of columns' free weights ({@code support}: the
   * weighted columns other than one per block; {@code weighted[k]} those of block {@code k}),
   * aggregates the blocks with the most weighted columns (ties: the first) until it holds at most
   * {@link #SUPPORT_AFTER} of the limit, or no block has two (the slacks cannot be aggregated).
   * Aggregation keeps the weights' coverage and worth, so the master's prices and dual stay; the
   * model loses the aggregated schedules themselves (one comes back if a programme chooses it
   * again), which is what keeps the next solve's turnover, and its O(p^2) steps, small.
   */
  private void compress(int support, int[] weighted) {
    int free = support;
    while (free > maxSupport * SUPPORT_AFTER) {
      int most = 0;
      for (int k = 1; k < blocks.size(); k++) {
        if (weighted[k] > weighted[most]) {
          most = k;
        }
      }
      if (weighted[most] <= 1) {
        break;
      }
      aggregate(most);
      free -= weighted[most] - 1;
      weighted[most] = 1;
    }
  }

  /**
   * Replaces the weighted columns of block {@code k} by their convex combination, one column with
   * their summed weight (Kiwiel's aggregation); the empty schedule stays, without weight.
   */
  private void aggregate(int k) {
    List<Column> block = blocks.get(k);
    int[] touched = new int[units];
    int n = 0;
    double value = 0;
    double weight = 0;
    for (Column column : block) {
      if (column.weight > 0) {
        for (int i = 0; i < column.units.length; i++) {
          int x = column.units[i];
          if (scratch[x] == 0) {
            touched[n++] = x;
          }
          scratch[x] += column.weight * column.share(i);
        }
        value += column.weight * column.value;
        weight += column.weight;
        work += column.units.length + 1;
      }
    }
    Arrays.sort(touched, 0, n);
    double[] shares = new double[n];
    for (int i = 0; i < n; i++) {
      shares[i] = scratch[touched[i]];
      scratch[touched[i]] = 0;
    }
    block.get(0).weight = 0;
    for (int j = block.size() - 1; j >= 1; j--) {
      if (block.get(j).weight > 0) {
        block.remove(j);
      }
    }
    block.add(new Column(Arrays.copyOf(touched, n), shares, value, weight));
  }

  /** How many columns' free weights the support holds (weighted columns besides one per block). */
  int support() {
    int free = 0;
    for (List<Column> block : blocks) {
      int weighted = 0;
      for (Column column : block) {
        weighted += column.weight > 0 ? 1 : 0;
      }
      free += Math.max(0, weighted - 1);
    }
    return free;
  }

  /** How many columns the model holds over all member-weeks. */
  int size() {
    int n = 0;
    for (List<Column> block : blocks) {
      n += block.size();
    }
    return n;
  }

  /** The work of the last {@link #solve}. */
  long work() {
    return work;
  }

  /**
   * Solves the proximal master for centre {@code centre} and step {@code t} exactly (to within
   * {@code tolerance} on each column's reduced worth), warm-started from the present weights;
   * writes the master's prices into {@code out} and the fractional coverage of each unit into
   * {@code coverage}, and returns the model's value {@code M(out)} less {@code U N} (that is,
   * {@code -sum out - sum_k max_S (v_S - a_S . out)}). {@code fixed[x]} marks units whose price
   * stays 0 (no member-week may take them). With the count row ({@link #countRow}) {@code centre}
   * and {@code out} hold {@code lambda} at index {@code units} (they are that long), the value
   * also has {@code - lambda m} and each schedule {@code - lambda |S|}; without it index {@code
   * units} of {@code out} is not written.
   *
   * <p>A primal active-set method on the dual (Kiwiel, "A method for solving certain quadratic
   * programming problems arising in nonsmooth optimization", IMA Journal of Numerical Analysis 6,
   * 1986): the support is the columns with positive weight and the units whose price is held at 0
   * by their slack column ({@code e_x}, worth 0, no block: the constraint {@code mu >= 0} as a
   * column, so the prices are {@code c + t g} without projection). Each block's heaviest column is
   * its reference ({@code 1 -} the others' weights); the other weights are free, with columns
   * {@code a_S - a_ref}. On the support the problem is an unconstrained quadratic whose Hessian is
   * {@code t} times the Gram matrix of those columns (overlap counts); one dense Cholesky
   * factorisation gives the Newton step to its minimum, cut short where a weight reaches 0 (that
   * column leaves). At the minimum the most violating column (a schedule worth more at the
   * master's prices than its block's support, or a slack whose unit's price is below 0) enters;
   * where it depends linearly on the support the step goes along the null direction instead,
   * until a weight reaches 0. Finite: each step lowers the dual or keeps it and changes the
   * support, and a cap on the steps guards against cycling in degenerate cases.
   */
  double solve(double[] centre, double t, double tolerance, boolean[] fixed, double[] out, double[] coverage) {
    work = 0;
    int blockCount = blocks.size();
    Column[] ref = new Column[blockCount];
    vars.clear();
    factored = 0;
    for (int k = 0; k < blockCount; k++) {
      List<Column> block = blocks.get(k);
      Column heaviest = block.get(0);
      for (Column column : block) {
        if (column.weight > heaviest.weight) {
          heaviest = column;
        }
      }
      ref[k] = heaviest;
    }
    masked = true;
    for (int k = 0; k < blockCount; k++) {
      List<Column> block = blocks.get(k);
      masked &= block.size() <= Long.SIZE;
      long bits = 0;
      for (int j = 0; j < block.size(); j++) {
        Column column = block.get(j);
        column.position = j;
        if (column.weight > 0 && j < Long.SIZE) {
          bits |= 1L << j;
        }
      }
      candidates[k] = bits;
    }
    for (int k = 0; k < blockCount; k++) {
      for (Column column : blocks.get(k)) {
        if (column != ref[k] && column.weight > 0) {
          vars.add(scheduleVar(column, k, ref[k]));
        }
      }
    }
    for (int x = 0; x < units; x++) {
      if (sigma[x] > 0 && !fixed[x]) {
        vars.add(slackVar(x));
      } else {
        sigma[x] = 0;
      }
    }
    if (counted && sigma[units] > 0) {
      vars.add(slackVar(units));
    } else {
      sigma[units] = 0;
    }
    int cap = 50 + 4 * (vars.size() + blockCount);
    for (int iteration = 0; iteration < cap; iteration++) {
      int p = vars.size();
      prices(centre, t, fixed);
      double[] r = workspace(p);
      // each block's reference worth once per step, not once per column of the block
      Arrays.fill(refKnown, 0, blockCount, false);
      for (int i = 0; i < p; i++) {
        Var v = vars.get(i);
        if (v.column == null) {
          r[i] = -mu[v.unit];
        } else {
          int k = v.block;
          if (!refKnown[k]) {
            refWorth[k] = reduced(ref[k]);
            refKnown[k] = true;
          }
          r[i] = reduced(v.column) - refWorth[k];
        }
        work += v.units.length + 1;
      }
      int failed = -1;
      while (factored < p) {
        if (!append(factored)) {
          failed = factored;
          break;
        }
        factored++;
      }
      double[] step;
      boolean bounded = failed < 0;
      if (p == 0) {
        step = null;
      } else if (bounded) {
        step = solveWith(p, r, stepSpace);
        for (int i = 0; i < p; i++) {
          step[i] /= t;
        }
      } else {
        // the variable at {@code failed} depends on those before it: along the null direction the
        // prices stay and the dual changes linearly; go downhill until a weight reaches 0
        double[] y = nullSpace;
        System.arraycopy(row, 0, y, 0, failed);
        backward(failed, y);
        double slope = r[failed];
        for (int i = 0; i < failed; i++) {
          slope -= r[i] * y[i];
        }
        double sign = slope >= 0 ? 1 : -1;
        step = stepSpace;
        Arrays.fill(step, failed + 1, p, 0);
        step[failed] = sign;
        for (int i = 0; i < failed; i++) {
          step[i] = -sign * y[i];
        }
      }
      if (step != null) {
        // the longest move along the step that keeps every weight at 0 or more
        double alpha = bounded ? 1 : Double.POSITIVE_INFINITY;
        int blocking = -1;
        int blockingRef = -1;
        double[] refChange = refChangeSpace;
        Arrays.fill(refChange, 0, blockCount, 0);
        for (int i = 0; i < p; i++) {
          Var v = vars.get(i);
          double x = v.column == null ? sigma[v.unit] : v.column.weight;
          if (v.column != null) {
            refChange[v.block] -= step[i];
          }
          if (step[i] < 0 && x / -step[i] < alpha) {
            alpha = x / -step[i];
            blocking = i;
          }
        }
        for (int k = 0; k < blockCount; k++) {
          if (refChange[k] < 0 && ref[k].weight / -refChange[k] < alpha) {
            alpha = ref[k].weight / -refChange[k];
            blocking = -1;
            blockingRef = k;
          }
        }
        work += (long) p + blockCount;
        if (Double.isInfinite(alpha)) {
          break; // nothing limits the null direction: numerically lost, keep what there is
        }
        for (int i = 0; i < p; i++) {
          Var v = vars.get(i);
          if (v.column == null) {
            sigma[v.unit] = Math.max(0, sigma[v.unit] + alpha * step[i]);
          } else {
            v.column.weight = Math.max(0, v.column.weight + alpha * step[i]);
          }
        }
        for (int k = 0; k < blockCount; k++) {
          if (refChange[k] != 0) {
            ref[k].weight = 1;
          }
        }
        for (Var v : vars) {
          if (v.column != null && refChange[v.block] != 0) {
            ref[v.block].weight -= v.column.weight;
          }
        }
        if (blocking >= 0) {
          Var v = vars.get(blocking);
          if (v.column == null) {
            sigma[v.unit] = 0;
          } else {
            v.column.weight = 0;
          }
          remove(blocking);
          continue;
        }
        if (blockingRef >= 0) {
          // the reference leaves: its block's heaviest other column takes its place, and the
          // columns of that block change, so the factor is made again
          ref[blockingRef].weight = 0;
          int heaviest = -1;
          double most = -1;
          for (int i = 0; i < vars.size(); i++) {
            Var v = vars.get(i);
            if (v.column != null && v.block == blockingRef && v.column.weight > most) {
              heaviest = i;
              most = v.column.weight;
            }
          }
          // a block's reference weight only falls where another of its columns gains weight
          Column next = Objects.requireNonNull(vars.get(heaviest).column, "column");
          vars.remove(heaviest);
          double sum = 0;
          for (int i = 0; i < vars.size(); i++) {
            Var v = vars.get(i);
            if (v.column != null && v.block == blockingRef) {
              vars.set(i, scheduleVar(v.column, blockingRef, next));
              sum += v.column.weight;
            }
          }
          ref[blockingRef] = next;
          next.weight = 1 - sum;
          factored = 0;
          continue;
        }
        if (!bounded) {
          continue;
        }
        prices(centre, t, fixed);
      }
      // at the minimum on the support: in each block the most violating column enters, and every
      // slack whose unit's price is below 0 (several at once: one pricing pass for them all)
      boolean entered = false;
      for (int k = 0; k < blockCount; k++) {
        double level = reduced(ref[k]);
        work += ref[k].units.length + 1;
        double most = tolerance;
        Column entering = null;
        for (Column column : blocks.get(k)) {
          if (column.weight == 0 && column != ref[k]) {
            double violation = reduced(column) - level;
            work += column.units.length + 1;
            if (violation > most) {
              most = violation;
              entering = column;
            }
          }
        }
        if (entering != null) {
          vars.add(scheduleVar(entering, k, ref[k]));
          candidates[k] |= 1L << entering.position;
          entered = true;
        }
      }
      for (int x = 0; x < units; x++) {
        if (!fixed[x] && sigma[x] == 0 && -mu[x] > tolerance) {
          vars.add(slackVar(x));
          entered = true;
        }
      }
      if (counted && sigma[units] == 0 && -mu[units] > tolerance) {
        vars.add(slackVar(units));
        entered = true;
      }
      work += units;
      if (!entered) {
        break;
      }
    }
    prices(centre, t, fixed);
    double value = 0;
    for (int x = 0; x < units; x++) {
      mu[x] = Math.max(0, mu[x]);
      value -= mu[x];
    }
    if (counted) {
      mu[units] = Math.max(0, mu[units]);
      value -= mu[units] * mostPlaced;
    }
    int[] weighted = new int[blockCount];
    int free = 0;
    for (int k = 0; k < blockCount; k++) {
      double best = Double.NEGATIVE_INFINITY;
      for (Column column : blocks.get(k)) {
        best = Math.max(best, reduced(column));
        work += column.units.length + 1;
        column.idle = column.weight > 0 ? 0 : column.idle + 1;
        weighted[k] += column.weight > 0 ? 1 : 0;
      }
      value -= best;
      free += Math.max(0, weighted[k] - 1);
    }
    if (free > maxSupport) {
      compress(free, weighted);
    }
    // columns idle too long leave (the empty schedule stays; an aggregate has weight)
    for (List<Column> block : blocks) {
      for (int j = block.size() - 1; j >= 1; j--) {
        if (block.get(j).weight == 0 && block.get(j).idle > MAX_IDLE) {
          block.remove(j);
        }
      }
    }
    System.arraycopy(mu, 0, out, 0, counted ? units + 1 : units);
    System.arraycopy(z, 0, coverage, 0, units);
    return value;
  }

  /**
   * The dual objective {@code (t / 2) |g|^2 + c . g - lambda . v} at the present weights, for
   * tests: after {@link #solve} it equals the master's value {@code M(mu) - |mu - c|^2 / (2 t)}
   * less {@code U N} at the prices solved (no duality gap), if no unit is fixed; with the count
   * row, its coordinate {@code g = sum lambda_S |S| + sigma - m} too.
   */
  double dual(double[] centre, double t) {
    double[] g = new double[units + 1];
    double value = 0;
    for (List<Column> block : blocks) {
      for (Column column : block) {
        value -= column.weight * column.value;
        for (int i = 0; i < column.units.length; i++) {
          g[column.units[i]] += column.weight * column.share(i);
        }
        g[units] += column.weight * column.count();
      }
    }
    for (int x = 0; x < units; x++) {
      g[x] += sigma[x] - 1;
      value += centre[x] * g[x] + t / 2 * g[x] * g[x];
    }
    if (counted) {
      g[units] += sigma[units] - mostPlaced;
      value += centre[units] * g[units] + t / 2 * g[units] * g[units];
    }
    return value;
  }

  /**
   * A free variable of the master on its support: a schedule's weight (its column {@code a_S -
   * a_ref} against its block's reference, with the count row's entry {@code |S| - |ref|} last) or
   * a unit's or the count row's slack ({@code e_x}).
   */
  private static final class Var {
    final @Nullable Column column;
    final int unit;
    final int block;
    final int[] units;
    final double[] signs;

    Var(@Nullable Column column, int unit, int block, int[] units, double[] signs) {
      this.column = column;
      this.unit = unit;
      this.block = block;
      this.units = units;
      this.signs = signs;
    }
  }

  private Var slackVar(int x) {
    return new Var(null, x, -1, new int[] {x}, new double[] {1});
  }

  /**
   * The column {@code a - b} of a schedule against its block's reference, as units and signs
   * (coefficients), with the count row's {@code |a| - |b|} at index {@code units} where it has one.
   */
  private Var scheduleVar(Column column, int block, Column base) {
    int[] a = column.units;
    int[] b = base.units;
    int[] at = new int[a.length + b.length + 1];
    double[] signs = new double[at.length];
    int n = 0;
    int x = 0;
    int y = 0;
    while (x < a.length || y < b.length) {
      if (y >= b.length || x < a.length && a[x] < b[y]) {
        at[n] = a[x];
        signs[n++] = column.share(x++);
      } else if (x >= a.length || b[y] < a[x]) {
        at[n] = b[y];
        signs[n++] = -base.share(y++);
      } else {
        double d = column.share(x++) - base.share(y++);
        if (d != 0) {
          at[n] = a[x - 1];
          signs[n++] = d;
        }
      }
    }
    double placed = column.count() - base.count();
    if (counted && placed != 0) {
      at[n] = units;
      signs[n++] = placed;
    }
    work += a.length + b.length + 1;
    return new Var(column, -1, block, Arrays.copyOf(at, n), Arrays.copyOf(signs, n));
  }

  /**
   * Adds row {@code i} of the Cholesky factor of the variables' Gram matrix (overlap counts of
   * their columns, and the products of their count row's entries): false if its pivot is not positive (the variable depends on those before it;
   * {@link #row} then holds {@code L^-1} of its Gram column).
   */
  private boolean append(int i) {
    ensure(i + 1);
    Var v = vars.get(i);
    for (int a = 0; a < v.units.length; a++) {
      scratch[v.units[a]] = v.signs[a];
    }
    for (int j = 0; j <= i; j++) {
      Var w = vars.get(j);
      double dot = 0;
      for (int a = 0; a < w.units.length; a++) {
        dot += scratch[w.units[a]] * w.signs[a];
      }
      row[j] = dot;
      work += w.units.length + 1;
    }
    for (int a = 0; a < v.units.length; a++) {
      scratch[v.units[a]] = 0;
    }
    double diagonal = row[i];
    forward(i, row);
    double[] li = factor[i];
    System.arraycopy(row, 0, li, 0, i);
    double sum = diagonal;
    for (int k = 0; k < i; k++) {
      sum -= li[k] * li[k];
    }
    work += (long) i * i / 2 + i + 1;
    if (sum <= DEPENDENT * Math.max(1, diagonal)) {
      return false;
    }
    li[i] = Math.sqrt(sum);
    return true;
  }

  /**
   * Removes variable {@code i} from the support and its row from the factor, restoring the
   * triangle by Givens rotations on the rows below (O(p^2)).
   */
  private void remove(int i) {
    vars.remove(i);
    if (i >= factored) {
      return;
    }
    int p = factored;
    for (int r = i; r < p - 1; r++) {
      System.arraycopy(factor[r + 1], 0, factor[r], 0, r + 2);
    }
    // rows i..p-2 now reach one column past the diagonal: rotate columns c, c+1 to clear it
    for (int c = i; c < p - 1; c++) {
      double a = factor[c][c];
      double b = factor[c][c + 1];
      double h = Math.hypot(a, b);
      double cos = a / h;
      double sin = b / h;
      for (int r = c; r < p - 1; r++) {
        double x = factor[r][c];
        double y = factor[r][c + 1];
        factor[r][c] = cos * x + sin * y;
        factor[r][c + 1] = -sin * x + cos * y;
      }
      work += p - c;
    }
    factored = p - 1;
  }

  private void ensure(int size) {
    if (factor.length < size) {
      int n = Math.max(size, factor.length * 2);
      double[][] grown = new double[n][];
      for (int r = 0; r < n; r++) {
        grown[r] = new double[n + 1];
        if (r < factor.length) {
          System.arraycopy(factor[r], 0, grown[r], 0, factor[r].length);
        }
      }
      factor = grown;
      row = new double[n + 1];
    }
  }

  /**
   * The right-hand side's array for a step on {@code p} variables, the step's and the null
   * direction's grown with it (each at least {@code p} long; contents left over from before).
   */
  private double[] workspace(int p) {
    if (rhsSpace.length < p) {
      int n = Math.max(p, rhsSpace.length * 2);
      rhsSpace = new double[n];
      stepSpace = new double[n];
      nullSpace = new double[n];
    }
    return rhsSpace;
  }

  /** Solves {@code L L^T x = b} with the factor, into {@code x} (returned). */
  private double[] solveWith(int p, double[] b, double[] x) {
    System.arraycopy(b, 0, x, 0, p);
    forward(p, x);
    backward(p, x);
    work += (long) p * p;
    return x;
  }

  /**
   * Solves {@code L y = x} in place on the first {@code p} entries (forward substitution). Each
   * entry's sum runs over {@code k} ascending, as a row at a time would; four rows' sums are carried
   * together (they share the entries before the first of them), so the four chains of dependent
   * subtractions overlap and every result is the same to the bit as one row at a time.
   */
  private void forward(int p, double[] x) {
    int i = 0;
    for (; i + 3 < p; i += 4) {
      double[] l0 = factor[i];
      double[] l1 = factor[i + 1];
      double[] l2 = factor[i + 2];
      double[] l3 = factor[i + 3];
      double s0 = x[i];
      double s1 = x[i + 1];
      double s2 = x[i + 2];
      double s3 = x[i + 3];
      for (int k = 0; k < i; k++) {
        double xk = x[k];
        s0 -= l0[k] * xk;
        s1 -= l1[k] * xk;
        s2 -= l2[k] * xk;
        s3 -= l3[k] * xk;
      }
      double x0 = s0 / l0[i];
      s1 -= l1[i] * x0;
      s2 -= l2[i] * x0;
      s3 -= l3[i] * x0;
      double x1 = s1 / l1[i + 1];
      s2 -= l2[i + 1] * x1;
      s3 -= l3[i + 1] * x1;
      double x2 = s2 / l2[i + 2];
      s3 -= l3[i + 2] * x2;
      x[i] = x0;
      x[i + 1] = x1;
      x[i + 2] = x2;
      x[i + 3] = s3 / l3[i + 3];
    }
    for (; i < p; i++) {
      double sum = x[i];
      double[] li = factor[i];
      for (int k = 0; k < i; k++) {
        sum -= li[k] * x[k];
      }
      x[i] = sum / li[i];
    }
  }

  /** Solves {@code L^T x = b} in place on the first {@code p} entries (back substitution). */
  private void backward(int p, double[] x) {
    for (int i = p - 1; i >= 0; i--) {
      double sum = x[i];
      for (int k = i + 1; k < p; k++) {
        sum -= factor[k][i] * x[k];
      }
      x[i] = sum / factor[i][i];
    }
  }

  /**
   * The coverage {@code z} of the weighted columns and the prices {@code c + t (z + sigma - 1)};
   * with the count row, {@code lambda = c + t (placed + sigma - m)}.
   */
  private void prices(double[] centre, double t, boolean[] fixed) {
    Arrays.fill(z, 0);
    for (int k = 0; k < blocks.size(); k++) {
      List<Column> block = blocks.get(k);
      // only the columns that may have weight, in the block's order (all of them if not masked)
      long bits = candidates[k];
      int j = masked ? (bits == 0 ? block.size() : Long.numberOfTrailingZeros(bits)) : 0;
      while (j < block.size()) {
        Column column = block.get(j);
        if (masked) {
          bits &= bits - 1;
          j = bits == 0 ? block.size() : Long.numberOfTrailingZeros(bits);
        } else {
          j++;
        }
        double weight = column.weight;
        if (weight > 0) {
          int[] at = column.units;
          double[] shares = column.shares;
          if (shares == null) {
            // a schedule's coefficients are 1: weight * 1 is the weight, to the bit
            for (int x : at) {
              z[x] += weight;
            }
          } else {
            for (int i = 0; i < at.length; i++) {
              z[at[i]] += weight * shares[i];
            }
          }
          z[units] += weight * column.count();
          work += at.length + 1;
        }
      }
    }
    for (int x = 0; x < units; x++) {
      mu[x] = fixed[x] ? 0 : centre[x] + t * (z[x] + sigma[x] - 1);
    }
    if (counted) {
      mu[units] = centre[units] + t * (z[units] + sigma[units] - mostPlaced);
    }
    work += units;
  }

  /**
   * Per unit, the member-week whose schedules hold the most of its weight, or {@link
   * Network#UNPLACED} where the weights place less than half of it: the fractional schedules
   * rounded, for a plan.
   */
  int[] rounded() {
    int[] out = new int[units];
    Arrays.fill(out, Network.UNPLACED);
    double[] most = new double[units];
    double[] share = new double[units];
    for (int k = 0; k < blocks.size(); k++) {
      List<Column> block = blocks.get(k);
      for (Column column : block) {
        if (column.weight > 0) {
          for (int i = 0; i < column.units.length; i++) {
            share[column.units[i]] += column.weight * column.share(i);
          }
        }
      }
      for (Column column : block) {
        for (int x : column.units) {
          if (share[x] > most[x]) {
            most[x] = share[x];
            out[x] = k;
          }
          share[x] = 0;
        }
      }
      work += block.size();
    }
    for (int x = 0; x < units; x++) {
      if (z[x] < 0.5) {
        out[x] = Network.UNPLACED;
      }
    }
    return out;
  }

  private double reduced(Column column) {
    double worth = column.value;
    double[] shares = column.shares;
    if (shares == null) {
      for (int x : column.units) {
        worth -= mu[x];
      }
    } else {
      for (int i = 0; i < shares.length; i++) {
        worth -= shares[i] * mu[column.units[i]];
      }
    }
    if (counted) {
      worth -= mu[units] * column.count();
    }
    return worth;
  }
}
