package nl.voorzorgcirkel.intake.internal;

import java.util.function.LongSupplier;

/**
 * Keeps calls at least an interval apart: the rate limit of a client of a public service. Time
 * is read from an injected nanosecond clock and waited out with an injected sleeper, so tests run
 * without waiting. Thread-safe: callers queue one behind the other. Not API.
 */
public final class Pacer {

  /** Waits out a number of nanoseconds. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Waits.
     *
     * @param nanos how long, more than 0
     * @throws InterruptedException if interrupted while waiting
     */
    void sleep(long nanos) throws InterruptedException;

    /** The real sleeper, {@link Thread#sleep(long, int)}. */
    Sleeper SYSTEM = nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
  }

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private long next = Long.MIN_VALUE;

  /**
   * A pacer.
   *
   * @param perSecond calls allowed per second, more than 0
   * @param nanoTime the clock, for example {@link System#nanoTime}; not null
   * @param sleeper the sleeper, not null
   */
  public Pacer(double perSecond, LongSupplier nanoTime, Sleeper sleeper) {
    if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
      throw new IllegalArgumentException("the rate must be a positive number of calls per second");
    }
    this.intervalNanos = (long) Math.ceil(1e9 / perSecond);
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  /**
   * Waits until the next call is allowed, and counts it.
   *
   * @throws InterruptedException if interrupted while waiting; the call is then not counted
   */
  public synchronized void await() throws InterruptedException {
    long now = nanoTime.getAsLong();
    if (next != Long.MIN_VALUE && now - next < 0) {
      sleeper.sleep(next - now);
      now = next;
    }
    next = now + intervalNanos;
  }

  /**
   * Waits a given time, for a service that asked to be left alone for a while, and counts it.
   *
   * @param nanos how long, 0 or more
   * @throws InterruptedException if interrupted while waiting
   */
  public synchronized void pause(long nanos) throws InterruptedException {
    if (nanos > 0) {
      sleeper.sleep(nanos);
    }
    next = nanoTime.getAsLong();
  }
}
