package nl.voorzorgcirkel.matching.benchmarks.timefold;

/** A member in the planned week, as Timefold sees it: capacity in requests, hours already had. */
public final class WeekHelper {
  private final String id;
  private final int capacity;
  private final double baseHours;

  public WeekHelper(String id, int capacity, double baseHours) {
    this.id = id;
    this.capacity = capacity;
    this.baseHours = baseHours;
  }

  public String getId() {
    return id;
  }

  public int getCapacity() {
    return capacity;
  }

  public double getBaseHours() {
    return baseHours;
  }

  @Override
  public String toString() {
    return id;
  }
}
