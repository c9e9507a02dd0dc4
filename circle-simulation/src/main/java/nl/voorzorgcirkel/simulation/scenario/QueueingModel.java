package nl.voorzorgcirkel.simulation.scenario;

/**
 * The queueing validation mode: each circle is an M/M/c queue, with constant Poisson arrivals,
 * exponential service, {@code c} identical helpers without capacity limits, immediate answers and
 * a work-conserving first-come-first-served queue. The engine runs it with its ordinary machinery
 * (the scenario it makes is in {@link Scenario#queueing}); this type also gives the figures theory
 * predicts (Erlang C and Little's law), which the test suite compares with the simulation.
 * Immutable.
 *
 * @param arrivalsPerHour the arrival rate per circle, more than 0
 * @param meanServiceMinutes the mean service time, 1 to 600 minutes
 * @param helpers the number of identical helpers {@code c}, 1 to 100; the load {@code
 *     arrivalsPerHour * meanServiceMinutes / 60} must be below {@code c}
 * @since 0.1.0
 */
public record QueueingModel(double arrivalsPerHour, double meanServiceMinutes, int helpers) {

  /**
   * The offered load {@code a = lambda / mu} in erlangs.
   *
   * @return the load, more than 0
   */
  public double offeredLoad() {
    return arrivalsPerHour * meanServiceMinutes / 60.0;
  }

  /**
   * The utilisation {@code rho = a / c}: the share of time a helper is busy.
   *
   * @return 0 to 1 for a stable queue
   */
  public double utilisation() {
    return offeredLoad() / helpers;
  }

  /**
   * Erlang C: the probability that an arrival has to wait.
   *
   * @return the probability, 0 to 1
   * @throws IllegalStateException if the queue is not stable ({@code a >= c})
   */
  public double probabilityOfWaiting() {
    double a = offeredLoad();
    int c = helpers;
    if (a >= c) {
      throw new IllegalStateException("the queue is not stable: the load must be below the helpers");
    }
    // sum_{k<c} a^k/k! and a^c/c!, term by term to stay finite for large c
    double term = 1;
    double sum = 0;
    for (int k = 0; k < c; k++) {
      sum += term;
      term = term * a / (k + 1);
    }
    double last = term * c / (c - a);
    return last / (sum + last);
  }

  /**
   * The mean wait before service, {@code W_q = C / (c mu - lambda)}.
   *
   * @return minutes, 0 or more
   */
  public double meanWaitMinutes() {
    double muPerMinute = 1.0 / meanServiceMinutes;
    double lambdaPerMinute = arrivalsPerHour / 60.0;
    return probabilityOfWaiting() / (helpers * muPerMinute - lambdaPerMinute);
  }

  /**
   * The mean number waiting, by Little's law {@code L_q = lambda W_q}.
   *
   * @return requests, 0 or more
   */
  public double meanQueueLength() {
    return arrivalsPerHour / 60.0 * meanWaitMinutes();
  }
}
