package nl.voorzorgcirkel.matching.benchmarks.timefold;

/** A member as Timefold sees it: a planning value. */
public final class Helper {
  private final String id;

  public Helper(String id) {
    this.id = id;
  }

  public String getId() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
