package nl.voorzorgcirkel.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Map;
import nl.voorzorgcirkel.simulation.scenario.Contact;
import nl.voorzorgcirkel.simulation.scenario.Contact.CheckInPolicy;
import nl.voorzorgcirkel.simulation.scenario.Contact.SharedActivity;
import nl.voorzorgcirkel.simulation.scenario.Contact.Trips;
import nl.voorzorgcirkel.simulation.scenario.IntRange;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Contact and omkijken in the simulation: known values on tiny circles, and invariants. */
class ContactSimulationTest {

  /** Nothing at all: no contact of any kind, nobody opted in, nobody away or unwell. */
  private static final Contact SILENCE = new Contact(1.0, 7, new SharedActivity(0, 0.5), 0,
      new CheckInPolicy(0, 3, 5), new Trips(0, IntRange.of(3), 0.8), 0);

  /** One circle of {@code members} members who never need help and never change, over {@code days}. */
  private static Scenario quiet(int members, int days) {
    return Scenario.defaults().with("population.circles", 1)
        .with("population.membersPerCircle", members).with("population.connectorsPerCircle", 0)
        .with("behaviour.demand.needsPerWeekByAge", List.of(Map.of("fromAge", 0, "value", 0)))
        .with("behaviour.dynamics.enabled", false)
        .with("experiment.warmupDays", 0).with("experiment.days", days)
        .with("experiment.replications", 1);
  }

  private static ReplicationResult only(Scenario s) {
    ExperimentResult r = Simulation.run(s, 1, (d, t) -> { });
    return r.replications().get(0).get(0);
  }

  @Test
  void aMemberLivingAloneWithoutHelpOrActivityIsWithoutContactFromTheDayAfterN() {
    // joined on day 0; on day d, d days without contact: more than 7 first on day 8
    Scenario upToDay7 = quiet(2, 8).withContact(SILENCE);
    Scenario upToDay8 = quiet(2, 9).withContact(SILENCE);
    assertEquals(0.0, only(upToDay7).value(Output.SHARE_ALONE_WITHOUT_CONTACT));
    assertEquals(1.0, only(upToDay8).value(Output.SHARE_ALONE_WITHOUT_CONTACT));
    assertEquals(0.0, only(upToDay8).value(Output.CONTACTS_PER_MEMBER_MONTH));
    assertEquals(0.0, only(upToDay8).value(Output.CHECK_IN_ALARMS));
    // N is the scenario's: with N = 8, nine days are not enough
    assertEquals(0.0, only(upToDay8.with("contact.withoutContactDays", 8))
        .value(Output.SHARE_ALONE_WITHOUT_CONTACT));
  }

  @Test
  void membersWhoDoNotLiveAloneAreNotCounted() {
    ReplicationResult r = only(quiet(3, 30).withContact(SILENCE).with("contact.livingAloneShare", 0));
    assertTrue(Double.isNaN(r.value(Output.SHARE_ALONE_WITHOUT_CONTACT)), "no member lives alone");
  }

  @Test
  void aCheckInPolicyOfThreeDaysRaisesAnAlarmEveryThirdQuietDay() {
    // two members living alone, each the other's buddy, nobody else seen: on days 3, 6, ..., 27 of
    // 30 both are listed; each buddy rings, and the call is a contact for both
    Scenario s = quiet(2, 30).withContact(SILENCE).with("contact.checkIns.optInShare", 1);
    ReplicationResult r = only(s);
    assertEquals(18.0, r.value(Output.CHECK_IN_ALARMS));
    assertEquals(1.0, r.value(Output.FALSE_ALARM_RATE), "both were fine every time");
    // 18 check-in calls, each a contact for both members, over 60 member-days
    assertEquals(36.0 / 60 * 365.25 / 12, r.value(Output.CONTACTS_PER_MEMBER_MONTH), 1e-9);
    // nobody is ever more than 3 days without contact
    assertEquals(0.0, r.value(Output.SHARE_ALONE_WITHOUT_CONTACT));
    // a week-long policy over the same month: days 7, 14, 21 and 28
    assertEquals(8.0, only(s.with("contact.checkIns.buddyAfterDays", 7)
        .with("contact.checkIns.connectorAfterDays", 9)).value(Output.CHECK_IN_ALARMS));
  }

  @Test
  void anAnnouncedTripKeepsTheCheckInsQuietAndAnUnannouncedOneSetsThemOff() {
    // long trips, every day likely to start one: announced, the circle waits; unannounced, it rings
    Scenario base = quiet(2, 60).withContact(SILENCE).with("contact.checkIns.optInShare", 1)
        .with("contact.trips.perYear", 52).with("contact.trips.days", 30);
    double announced = only(base.with("contact.trips.announcedShare", 1)).value(Output.CHECK_IN_ALARMS);
    double unannounced = only(base.with("contact.trips.announcedShare", 0)).value(Output.CHECK_IN_ALARMS);
    assertTrue(announced < unannounced, announced + " alarms with announced trips, " + unannounced + " without");
  }

  @Test
  void aCheckInFindsAnUnwellMemberWithinTheBuddysDays() {
    Props.property("unwell members found within buddyAfterDays", 12)
        .forAll(longs().between(1, 1_000_000), integers().between(1, 5))
        .checkAssert((seed, buddyDays) -> {
          Scenario s = quiet(3, 120).withContact(SILENCE).with("experiment.seed", seed)
              .with("contact.checkIns.optInShare", 1)
              .with("contact.checkIns.buddyAfterDays", buddyDays)
              .with("contact.checkIns.connectorAfterDays", buddyDays + 2)
              .with("contact.unwellSpellsPerYear", 20);
          ReplicationResult r = only(s);
          assertTrue(r.value(Output.UNWELL_SPELLS) > 0, "spells: " + r.value(Output.UNWELL_SPELLS));
          assertTrue(r.value(Output.DAYS_UNTIL_FOUND) <= buddyDays, r.value(Output.DAYS_UNTIL_FOUND) + " days");
          assertTrue(r.value(Output.FALSE_ALARM_RATE) < 1, "some alarms found someone unwell");
        });
  }

  /** Contact sections across their ranges. */
  private static Gen<Contact> contacts() {
    Gen<Double> share = doubles().between(0, 1);
    return share.zip(integers().between(1, 30), integers().between(0, 4), doubles().between(0, 3),
        (alone, n, weeks, calls) -> new Contact(alone, n, new SharedActivity(weeks, 0.5), calls,
            new CheckInPolicy(0.5, 3, 5), new Trips(2, new IntRange(3, 14), 0.8), 0.25))
        .zip(share, share, doubles().between(0, 5), integers().between(1, 6),
            (c, optIn, announced, unwell, buddy) -> new Contact(c.livingAloneShare(),
                c.withoutContactDays(), c.activity(), c.callsPerMemberPerWeek(),
                new CheckInPolicy(optIn, buddy, buddy + 2), new Trips(4, new IntRange(2, 10), announced),
                unwell));
  }

  private static Scenario busy(long seed) {
    return Scenario.defaults().with("population.circles", 3).with("experiment.days", 75)
        .with("experiment.warmupDays", 10).with("experiment.replications", 2)
        .with("experiment.seed", seed);
  }

  @Test
  void contactChangesNoFigureOfTheHelpAndItsSharesStayWithinZeroAndOne() {
    Props.property("contact leaves help alone; shares in [0,1]", 10)
        .forAll(longs().between(1, 1_000_000), contacts())
        .checkAssert((seed, contact) -> {
          Scenario off = busy(seed);
          Scenario on = off.withContact(contact);
          ExperimentResult a = Simulation.run(off, 1, (d, t) -> { });
          ExperimentResult b = Simulation.run(on, 1, (d, t) -> { });
          for (int rep = 0; rep < 2; rep++) {
            ReplicationResult x = a.replications().get(0).get(rep);
            ReplicationResult y = b.replications().get(0).get(rep);
            for (Output o : Output.values()) {
              if (!o.isContact()) {
                assertEquals(x.value(o), y.value(o), o + " changed");
              } else {
                assertTrue(x.value(o) == 0 || Double.isNaN(x.value(o)), o + " without contact: " + x.value(o));
              }
            }
            for (MonthlyOutput o : MonthlyOutput.values()) {
              for (int m = 0; m < x.months(); m++) {
                if (!o.isContact()) {
                  assertEquals(x.monthly(o, m), y.monthly(o, m), o + " changed");
                } else {
                  assertTrue(x.monthly(o, m) == 0 || Double.isNaN(x.monthly(o, m)));
                }
              }
            }
            for (Output o : List.of(Output.SHARE_ALONE_WITHOUT_CONTACT, Output.FALSE_ALARM_RATE)) {
              double v = y.value(o);
              assertTrue(Double.isNaN(v) || v >= 0 && v <= 1, o + " = " + v);
            }
            for (int m = 0; m < y.months(); m++) {
              double v = y.monthly(MonthlyOutput.SHARE_ALONE_WITHOUT_CONTACT, m);
              assertTrue(Double.isNaN(v) || v >= 0 && v <= 1, "month " + m + ": " + v);
            }
            assertTrue(y.value(Output.CONTACTS_PER_MEMBER_MONTH) >= 0);
            if (contact.checkIns().optInShare() == 0 || contact.livingAloneShare() == 0) {
              assertEquals(0.0, y.value(Output.CHECK_IN_ALARMS), "nobody opted in");
            }
            if (contact.unwellSpellsPerYear() == 0) {
              assertEquals(0.0, y.value(Output.UNWELL_SPELLS));
            }
          }
        });
  }

  @Test
  void theSameSeedGivesTheSameContactFiguresWhateverTheThreads() {
    Props.property("contact figures independent of threads", 4)
        .forAll(longs().between(1, 1_000_000), contacts())
        .checkAssert((seed, contact) -> {
          Scenario s = busy(seed).with("population.circles", 5).withContact(contact);
          ExperimentResult one = Simulation.run(s, 1, (d, t) -> { });
          ExperimentResult three = Simulation.run(s, 3, (d, t) -> { });
          assertEquals(one.replications(), three.replications());
        });
  }

  @Test
  void theContactFiguresAreReportedOnlyWithTheSection() {
    Scenario off = Scenario.defaults();
    assertFalse(Output.reported(off).stream().anyMatch(Output::isContact));
    assertFalse(MonthlyOutput.reported(off).stream().anyMatch(MonthlyOutput::isContact));
    assertEquals(List.of(Output.values()), Output.reported(off.withContact(Contact.defaults())));
    assertEquals(List.of(MonthlyOutput.values()), MonthlyOutput.reported(off.withContact(Contact.defaults())));
  }
}
