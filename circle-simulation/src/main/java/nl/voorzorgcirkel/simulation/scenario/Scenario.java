package nl.voorzorgcirkel.simulation.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.voorzorgcirkel.simulation.scenario.Behaviour.Acceptance;
import nl.voorzorgcirkel.simulation.scenario.Behaviour.AnswerDelay;
import nl.voorzorgcirkel.simulation.scenario.Behaviour.Demand;
import nl.voorzorgcirkel.simulation.scenario.Behaviour.Distribution;
import nl.voorzorgcirkel.simulation.scenario.Behaviour.Durations;
import nl.voorzorgcirkel.simulation.scenario.Behaviour.Dynamics;
import nl.voorzorgcirkel.simulation.scenario.Behaviour.Fatigue;
import nl.voorzorgcirkel.simulation.scenario.Behaviour.RecurrenceMix;
import nl.voorzorgcirkel.simulation.scenario.Behaviour.Recruitment;
import nl.voorzorgcirkel.simulation.scenario.Behaviour.Reluctance;
import nl.voorzorgcirkel.simulation.scenario.Behaviour.UrgencyMix;
import nl.voorzorgcirkel.simulation.scenario.Experiment.Design;
import nl.voorzorgcirkel.simulation.scenario.Experiment.DesignType;
import nl.voorzorgcirkel.simulation.scenario.Policy.CircleSize;
import nl.voorzorgcirkel.simulation.scenario.Policy.Fairness;
import nl.voorzorgcirkel.simulation.scenario.Policy.Rule;
import nl.voorzorgcirkel.simulation.scenario.Policy.Strategy;
import nl.voorzorgcirkel.simulation.scenario.Policy.Unhelped;
import nl.voorzorgcirkel.simulation.scenario.Policy.Weights;

/**
 * A simulation scenario, format version 2: the model (population, behaviour, policy) and,
 * separately, the experiment. Scenario files are JSON (see {@link ScenarioFiles}); the format is
 * documented, with every field's default, unit and source, by the JSON Schema that {@link
 * ScenarioFiles#schema()} returns. Any field left out of a file keeps the default of {@link
 * #defaults()}.
 *
 * <p>A scenario value may break rules (a negative rate, a minimum above its maximum): {@link
 * ScenarioFiles#validate(Scenario)} lists every broken rule, and the engine refuses such a
 * scenario before it starts. Immutable and thread-safe.
 *
 * @param formatVersion the format version, 2
 * @param name a short name, 1 to 100 characters
 * @param description free text about the scenario, may be empty
 * @param population who is in the circles
 * @param behaviour how members behave
 * @param policy how circles choose helpers
 * @param experiment horizon, replications, seed and design
 * @param queueing present for the queueing validation mode: then population, behaviour and policy
 *     are the ones {@link #queueing(QueueingModel, Experiment)} makes
 * @param contact present to simulate contact and omkijken (shared activities, calls, check-ins)
 *     and report their figures; empty (the default) for neither
 * @since 0.1.0
 */
public record Scenario(int formatVersion, String name, String description, Population population,
    Behaviour behaviour, Policy policy, Experiment experiment, Optional<QueueingModel> queueing,
    Optional<Contact> contact) {

  /**
   * A scenario without contact and omkijken ({@link #contact()} empty).
   *
   * @param formatVersion see the record description
   * @param name see the record description
   * @param description see the record description
   * @param population see the record description
   * @param behaviour see the record description
   * @param policy see the record description
   * @param experiment see the record description
   * @param queueing see the record description
   */
  public Scenario(int formatVersion, String name, String description, Population population,
      Behaviour behaviour, Policy policy, Experiment experiment, Optional<QueueingModel> queueing) {
    this(formatVersion, name, description, population, behaviour, policy, experiment, queueing,
        Optional.empty());
  }

  /** The format version this library reads and writes. */
  public static final int FORMAT_VERSION = 2;

  /**
   * The defaults of every field: two circles like the documented Almere Muziekwijk start, one year
   * after a four-week warm-up, five replications. The sources of the figures are in the scenario
   * schema; those marked "assumption" there are this library's.
   *
   * @return the default scenario
   */
  public static Scenario defaults() {
    Population population = new Population(2, new IntRange(13, 17), new IntRange(64, 89),
        List.of(new VitalityBand(0, 0.15, 0.05), new VitalityBand(75, 0.35, 0.15),
            new VitalityBand(85, 0.40, 0.40)),
        new ByVitality(0.3, 0.15, 0.0),
        new Population.CapacityByVitality(new IntRange(1, 4), new IntRange(0, 2), new IntRange(0, 0)),
        2, 900);
    Behaviour behaviour = new Behaviour(
        new Demand(List.of(new AgeRate(0, 0.08), new AgeRate(75, 0.20), new AgeRate(85, 0.40)),
            new ByVitality(1.0, 1.5, 3.0)),
        new Reluctance(0.0, 0.0, 5.0),
        new UrgencyMix(0.15, 0.25, 1, 2, 3),
        new RecurrenceMix(0.1, new IntRange(4, 12)),
        new Durations(Distribution.LOGNORMAL, 60, 0.5, 10, 480),
        new AnswerDelay(180, 1),
        new Acceptance(0.6),
        new Fatigue(0.05, 7),
        new Dynamics(true, List.of(new AgeRate(0, 0.02), new AgeRate(80, 0.08)),
            List.of(new AgeRate(0, 0.03), new AgeRate(75, 0.08), new AgeRate(85, 0.15)),
            List.of(new AgeRate(0, 0.05), new AgeRate(75, 0.12), new AgeRate(85, 0.20)),
            2, new Recruitment(true, 1, new IntRange(64, 75))));
    Policy policy = new Policy(new Fairness(Strategy.RELATIVE_TO_CAPACITY, 28),
        new Weights(0.25, 0.15, 0.15, 0.10, 0.35), List.of(Rule.values()), 2, 12, Unhelped.REFER,
        new CircleSize(8, 15));
    Experiment experiment = new Experiment(LocalDate.of(2026, 1, 5), 28, 365, 5, 20_261_126L,
        new Design(DesignType.SINGLE, List.of(), 10), Optional.empty());
    return new Scenario(FORMAT_VERSION, "default", "", population, behaviour, policy, experiment,
        Optional.empty());
  }

  /**
   * The queueing validation scenario: every circle an M/M/c queue. Each circle has {@code c}
   * identical helpers who offer every kind of help and one member who only asks; arrivals are
   * Poisson at the given rate; service is exponential (at least one minute, the ledger's unit,
   * which moves the mean of a 60-minute service by under 0.01 %); answers come at once and are
   * always yes; no fatigue, reluctance, recurrence or dynamics; the hard rules that know
   * availability and weekly capacity are left out; requests nobody can take at once wait in a
   * first-come-first-served queue.
   *
   * @param model the queue, not null
   * @param experiment horizon, replications and seed, not null; its design may vary the queue's
   *     fields ({@code queueing.helpers} and so on)
   * @return the scenario
   */
  public static Scenario queueing(QueueingModel model, Experiment experiment) {
    Scenario d = defaults();
    Population population = new Population(d.population().circles(), IntRange.of(model.helpers() + 1),
        new IntRange(70, 70), List.of(new VitalityBand(0, 0, 0)), new ByVitality(1, 1, 1),
        new Population.CapacityByVitality(IntRange.of(40), IntRange.of(40), IntRange.of(40)), 0,
        d.population().homeSpreadMetres());
    double perWeek = model.arrivalsPerHour() * 24 * 7;
    Behaviour behaviour = new Behaviour(
        new Demand(List.of(new AgeRate(0, perWeek)), new ByVitality(1, 1, 1)),
        new Reluctance(0, 0, 1),
        new UrgencyMix(0, 0, 62, 62, 62),
        new RecurrenceMix(0, IntRange.of(1)),
        new Durations(Distribution.EXPONENTIAL, model.meanServiceMinutes(), 0, 1, 1440),
        new AnswerDelay(0, 0),
        new Acceptance(1),
        new Fatigue(0, 1),
        new Dynamics(false, List.of(new AgeRate(0, 0)), List.of(new AgeRate(0, 0)),
            List.of(new AgeRate(0, 0)), 0, new Recruitment(false, 1, IntRange.of(70))));
    Policy policy = new Policy(d.policy().fairness(), d.policy().weights(),
        List.of(Rule.NOT_THE_REQUESTER, Rule.TAKES_PART, Rule.OFFERS_CAPABILITY,
            Rule.REQUESTER_PREFERENCE, Rule.WITHIN_LIMITS),
        1, 1488, Unhelped.QUEUE, new CircleSize(2, 100));
    return new Scenario(FORMAT_VERSION, "queueing", "M/M/c validation", population, behaviour,
        policy, experiment, Optional.of(model));
  }

  /**
   * A copy with one field set, named by its path as in a scenario file or a design factor. The
   * value is given as it would be written in JSON (a number, text, true or false, a list or a
   * map) and goes through the checks a file's value of that field goes through: its type (a
   * fraction such as {@code 1.5} for a whole-number field is refused, never cut; a whole number
   * written {@code 12.0} is taken), its range and its allowed values. As with java.time's {@code
   * with} methods, a bad value throws at once. The rules across fields (a minimum above its
   * maximum, shares that add up to more than 1) are not checked here, so that fields may be set
   * one after the other: {@link ScenarioFiles#validate} lists them, and the engine refuses a
   * scenario that breaks one before anything runs.
   *
   * @param field the dot-separated path, such as {@code behaviour.acceptance.probability}; not null
   * @param value the value, not null
   * @return the changed scenario
   * @throws ScenarioException with every error of the value, or if the path names no field (with
   *     the nearest field's name where one is near)
   */
  public Scenario with(String field, Object value) {
    return ScenarioFiles.with(this, field, value);
  }

  /**
   * A copy that simulates contact and omkijken with the given parameters.
   *
   * @param contact the parameters, not null; {@link Contact#defaults()} for the defaults
   * @return the changed scenario, unchecked ({@link ScenarioFiles#validate} checks it)
   */
  public Scenario withContact(Contact contact) {
    return new Scenario(formatVersion, name, description, population, behaviour, policy, experiment,
        queueing, Optional.of(contact));
  }

  /**
   * Whether this is a queueing validation scenario.
   *
   * @return true if {@link #queueing()} is present
   */
  @JsonIgnore
  public boolean isQueueing() {
    return queueing.isPresent();
  }
}
