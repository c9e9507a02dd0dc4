package nl.voorzorgcirkel.matching.assignment;

/**
 * Not a test: a probe that runs the conflict search alone on {@link BatchInstances#week} weeks
 * with the default limits and prints its counted work (nodes, Lagrangian values, cells, work),
 * which does not depend on the machine, the plan's cost and gap (and a hash of the plan, to tell plans apart), and its time (wall clock, one thread), which does. Arguments: requests,
 * members, first seed, last seed, time limit in milliseconds (default 100 15 1 20 0; 0 is none);
 * {@code -Dwork=} another work limit; {@code -Dfixed=true} every request at a set time. The root's gap ({@code rootGap}) is the plan's cost less the
 * root's bound; then how many nodes branched on each kind ({@link ConflictSearch#branchings()}:
 * a unit wanted twice, the prices, hours, overlap, a trip's week, flexible help without room), the
 * deepest node, the flexible-time test's own work and the local search's.
 */
final class SearchProbe {

  private SearchProbe() {}

  public static void main(String[] args) {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int members = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    int from = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    int to = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    long timeLimitMillis = args.length > 4 ? Long.parseLong(args[4]) : 0;
    long proven = 0;
    long totalWork = 0;
    long totalCells = 0;
    long totalSteps = 0;
    long unknowns = 0;
    System.out.println("seed nodes steps rootSteps rows cells work masterWork masterSolves proven cost gap placed leastUnplaced plan rootGap ms split price hours overlap week flexible depth flexWork localWork");
    for (int seed = from; seed <= to; seed++) {
      BatchInstances.Instance instance = BatchInstances.week(seed, members, requests, !Boolean.getBoolean("fixed"));
      // the batch only: one node, whatever the search then does
      Batch batch = BatchAssignment.builder().nodeLimit(1).workLimit(1).build()
          .plan(instance.requests(), instance.snapshot()).batch();
      ConflictSearch search = new ConflictSearch(batch, batch.capacities(Integer.MAX_VALUE),
          BatchAssignment.DEFAULT_LOAD_PENALTY, 15 * 60, BatchAssignment.DEFAULT_NODE_LIMIT,
          Long.getLong("work", BatchAssignment.DEFAULT_WORK_LIMIT), timeLimitMillis * 1_000_000,
          System::nanoTime);
      long start = System.nanoTime();
      ConflictSearch.Result result = search.solve();
      long elapsed = System.nanoTime() - start;
      long placed = java.util.Arrays.stream(result.assignedTo).filter(a -> a >= 0).count();
      long[] b = search.branchings();
      System.out.printf("%d %d %d %d %d %d %d %d %d %s %.6f %.3g %d %d %08x %.3g %.1f %d %d %d %d %d %d %d %d %d%n", seed, result.nodes,
          search.steps(), search.rootSteps(), search.rows(), search.cells(), search.work(), search.masterWork(),
          search.masterSolves(), result.optimal ? "yes" : "no", result.cost, result.cost - result.bound, placed,
          search.leastUnplaced(), java.util.Arrays.hashCode(result.assignedTo), result.cost - search.rootBound(), elapsed / 1e6,
          b[0], b[1], b[2], b[3], b[4], b[5], search.depth(), search.flexibleWork(), search.localSearchWork());
      proven += result.optimal ? 1 : 0;
      totalWork += search.work();
      totalCells += search.cells();
      totalSteps += search.steps();
      unknowns += search.flexibleUnknowns();
    }
    System.out.printf("proven %d of %d, work %d, cells %d, values %d, flexible-time answers not known %d%n", proven,
        to - from + 1, totalWork, totalCells, totalSteps, unknowns);
  }
}
