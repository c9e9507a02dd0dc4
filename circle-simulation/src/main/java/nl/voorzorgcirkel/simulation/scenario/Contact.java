package nl.voorzorgcirkel.simulation.scenario;

/**
 * Contact and omkijken, optional behaviour of a scenario: who lives alone, a shared activity, calls
 * between members, trips away, spells in which a member living alone is unwell and not seen, and
 * the circle's check-in agreements. A scenario without this section ({@link Scenario#contact()}
 * empty, the default) simulates none of it and reports none of its figures, so its output is what
 * it was before this section existed. With it, the help the circle gives is unchanged (activities
 * and check-ins are not help, and draw from their own random stream); the contact figures are added.
 *
 * <p>Every default and its source is in the scenario schema ({@code scenario-v2.schema.json});
 * those marked "assumption" there are this library's. Immutable.
 *
 * @param livingAloneShare the chance that a member lives alone, 0 to 1
 * @param withoutContactDays N of the figure "share of members living alone without contact for
 *     more than N days", 1 to 365 days
 * @param activity the circle's shared activity (the shared meal)
 * @param callsPerMemberPerWeek calls or visits a member makes to another member a week, 0 to 50
 * @param checkIns the check-in agreements of members living alone
 * @param trips members' trips away from home
 * @param unwellSpellsPerYear spells a year in which a member living alone is unwell at home and
 *     not seen until someone makes contact, 0 to 52
 * @since 0.1.0
 */
public record Contact(double livingAloneShare, int withoutContactDays, SharedActivity activity,
    double callsPerMemberPerWeek, CheckInPolicy checkIns, Trips trips, double unwellSpellsPerYear) {

  /**
   * The defaults of every field; their sources are in the scenario schema.
   *
   * @return the defaults
   */
  public static Contact defaults() {
    return new Contact(0.25, 7, new SharedActivity(2, 0.5), 0.5, new CheckInPolicy(0.5, 3, 5),
        new Trips(2, new IntRange(3, 14), 0.8), 0.25);
  }

  /**
   * The shared activity: a meal every few weeks at 17:30, organised by the circle's first connector
   * (or its first member without connectors) and attended by each member with a chance.
   *
   * @param everyWeeks weeks between occurrences, 1 to 52; 0 for no shared activity
   * @param attendance the chance that a member at home and well attends an occurrence, 0 to 1
   */
  public record SharedActivity(int everyWeeks, double attendance) {}

  /**
   * Check-in agreements (omkijken): a share of the members living alone agree that their buddy, a
   * member drawn at random, rings after {@code buddyAfterDays} days without contact, and a
   * connector after {@code connectorAfterDays}.
   *
   * @param optInShare the share of members living alone who opt in, 0 to 1 (0: no check-ins)
   * @param buddyAfterDays days without contact before the buddy rings, 1 to 30
   * @param connectorAfterDays days without contact before a connector rings, more than {@code
   *     buddyAfterDays}, at most 60
   */
  public record CheckInPolicy(double optInShare, int buddyAfterDays, int connectorAfterDays) {}

  /**
   * Trips away from home (to family, on holiday). An announced trip is an absence the circle knows
   * of, and check-ins wait for it; an unannounced one is not, and a check-in may ring a member who
   * is simply away.
   *
   * @param perYear trips a member makes a year, 0 to 52
   * @param days a trip's length in days, drawn uniformly, 1 to 90
   * @param announcedShare the share of trips the member tells the circle of, 0 to 1
   */
  public record Trips(double perYear, IntRange days, double announcedShare) {}
}
