package nl.voorzorgcirkel.simulation.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.ZoneId;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import java.util.Set;
import nl.voorzorgcirkel.core.model.Recurrence;
import nl.voorzorgcirkel.simulation.scenario.Experiment.DesignType;
import nl.voorzorgcirkel.simulation.scenario.Experiment.Factor;

/**
 * The rules of a scenario that a JSON Schema cannot state: across fields, and the limits that keep
 * a run within the engine's clock and within memory. Each error names its field. Stateless.
 */
final class Rules {

  /** The engine's clock counts seconds in a long from 1970, but its week tables end in 2200. */
  static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);
  static final LocalDate FIRST_START = LocalDate.of(2000, 1, 1);
  static final LocalDate LAST_START = LocalDate.of(2099, 12, 31);
  /** Requests one circle may file over a run: they and their ledger are kept while it runs. */
  static final long MAX_REQUESTS_PER_CIRCLE_RUN = 2_000_000;
  /** Design points (times compared values) an experiment may have. */
  static final long MAX_POINTS = 10_000;
  /** Monthly figures kept for the report: points x values x replications x months. */
  static final long MAX_MONTHLY_CELLS = 5_000_000;

  private final Scenario scenario;
  private final JsonNode user;
  private final String source;
  private final List<ScenarioError> errors = new ArrayList<>();

  private Rules(Scenario scenario, JsonNode user, String source) {
    this.scenario = scenario;
    this.user = user;
    this.source = source;
  }

  static List<ScenarioError> check(Scenario scenario, JsonNode merged, JsonNode user, String source) {
    Rules rules = new Rules(scenario, user, source);
    rules.population();
    rules.behaviour();
    rules.policy();
    rules.experiment();
    rules.queueing();
    rules.contact();
    rules.design();
    return rules.errors;
  }

  private void error(String path, String rule, String ruleDutch) {
    int[] at = ScenarioFiles.location(user, ScenarioFiles.pathElements(path));
    errors.add(new ScenarioError(source, path, at[0], at[1], rule, ruleDutch));
  }

  private void range(String path, IntRange range) {
    if (range.min() > range.max()) {
      error(path, "min must not be above max", "min mag niet boven max liggen");
    }
  }

  private void table(String path, List<AgeRate> table) {
    if (table.get(0).fromAge() != 0) {
      error(path + "[0].fromAge", "the first band must start at age 0", "de eerste band moet bij leeftijd 0 beginnen");
    }
    for (int i = 1; i < table.size(); i++) {
      if (table.get(i).fromAge() <= table.get(i - 1).fromAge()) {
        error(path + "[" + i + "].fromAge", "bands must be in increasing age",
            "banden moeten op oplopende leeftijd staan");
      }
    }
  }

  private void population() {
    Population p = scenario.population();
    range("population.membersPerCircle", p.membersPerCircle());
    range("population.age", p.age());
    range("population.capacityHoursPerWeek.vital", p.capacityHoursPerWeek().vital());
    range("population.capacityHoursPerWeek.someLimitations", p.capacityHoursPerWeek().someLimitations());
    range("population.capacityHoursPerWeek.dependent", p.capacityHoursPerWeek().dependent());
    List<VitalityBand> bands = p.vitalityByAge();
    for (int i = 0; i < bands.size(); i++) {
      if (i == 0 ? bands.get(0).fromAge() != 0 : bands.get(i).fromAge() <= bands.get(i - 1).fromAge()) {
        error("population.vitalityByAge[" + i + "].fromAge",
            i == 0 ? "the first band must start at age 0" : "bands must be in increasing age",
            i == 0 ? "de eerste band moet bij leeftijd 0 beginnen" : "banden moeten op oplopende leeftijd staan");
      }
      if (bands.get(i).someLimitations() + bands.get(i).dependent() > 1) {
        error("population.vitalityByAge[" + i + "]", "someLimitations + dependent must be at most 1",
            "someLimitations + dependent mag hoogstens 1 zijn");
      }
    }
    if (p.connectorsPerCircle() > p.membersPerCircle().min() && !scenario.isQueueing()) {
      error("population.connectorsPerCircle", "must not exceed the smallest circle (membersPerCircle.min)",
          "mag niet groter zijn dan de kleinste cirkel (membersPerCircle.min)");
    }
  }

  private void behaviour() {
    Behaviour b = scenario.behaviour();
    table("behaviour.demand.needsPerWeekByAge", b.demand().needsPerWeekByAge());
    if (b.urgency().todayShare() + b.urgency().soonShare() > 1) {
      error("behaviour.urgency", "todayShare + soonShare must be at most 1",
          "todayShare + soonShare mag hoogstens 1 zijn");
    }
    range("behaviour.recurrence.weeks", b.recurrence().weeks());
    if (b.durations().minMinutes() > b.durations().maxMinutes()) {
      error("behaviour.durations", "minMinutes must not be above maxMinutes",
          "minMinutes mag niet boven maxMinutes liggen");
    }
    table("behaviour.dynamics.leavingPerYear", b.dynamics().leavingPerYear());
    table("behaviour.dynamics.toSomeLimitationsPerYear", b.dynamics().toSomeLimitationsPerYear());
    table("behaviour.dynamics.toDependentPerYear", b.dynamics().toDependentPerYear());
    range("behaviour.dynamics.recruitment.age", b.dynamics().recruitment().age());
  }

  private void contact() {
    scenario.contact().ifPresent(c -> {
      if (c.checkIns().connectorAfterDays() <= c.checkIns().buddyAfterDays()) {
        error("contact.checkIns.connectorAfterDays", "must be more than buddyAfterDays",
            "moet groter zijn dan buddyAfterDays");
      }
      range("contact.trips.days", c.trips().days());
      int weeks = c.activity().everyWeeks();
      long runDays = (long) scenario.experiment().warmupDays() + scenario.experiment().days();
      if (weeks > 0 && runDays / (7L * weeks) + 1 > Recurrence.MAX_OCCURRENCES) {
        error("contact.activity.everyWeeks", "the shared activity would occur more than "
            + Recurrence.MAX_OCCURRENCES + " times in the run; meet less often or run shorter",
            "de gezamenlijke activiteit zou meer dan " + Recurrence.MAX_OCCURRENCES
            + " keer plaatsvinden in de run; kom minder vaak samen of simuleer korter");
      }
    });
  }

  private void policy() {
    Policy.Weights w = scenario.policy().weights();
    if (w.distance() + w.familiarity() + w.slack() + w.capabilityFit() + w.fairness() <= 0) {
      error("policy.weights", "at least one weight must be above 0", "minstens één gewicht moet boven 0 liggen");
    }
    if (scenario.policy().circle().minSize() > scenario.policy().circle().maxSize()) {
      error("policy.circle", "minSize must not be above maxSize", "minSize mag niet boven maxSize liggen");
    }
    scenario.policy().askPlan().ifPresent(this::askPlan);
  }

  /** Where a field of the library's circle agreements comes from in a scenario. */
  private static final Map<String, String> AGREEMENT_FIELDS = Map.of(
      "notificationBudget", "policy.notificationBudget",
      "answerTimeout", "policy.answerTimeoutHours",
      "urgentAnswerTimeout", "policy.askPlan.urgentAnswerTimeoutHours",
      "maxAsksPerMemberPerWeek", "policy.askPlan.maxAsksPerMemberPerWeek");

  /**
   * The ask plan's rules: the library's own checks of the circle agreements (reported on the
   * scenario's fields, in the library's English and Dutch), and what the plan cannot run with.
   */
  private void askPlan(Policy.AskPlanRules rules) {
    if (scenario.isQueueing()) {
      error("policy.askPlan", "cannot be used in the queueing validation mode, whose queue the ask plan does not"
          + " know", "kan niet in de wachtrijvalidatie, waarvan het vraagplan de wachtrij niet kent");
      return;
    }
    if (scenario.policy().unhelped() != Policy.Unhelped.REFER) {
      error("policy.unhelped", "must be 'refer' with policy.askPlan: the library's ask plan ends a request"
          + " nobody took at its last start", "moet 'refer' zijn met policy.askPlan: het vraagplan van de"
          + " bibliotheek sluit een hulpvraag die niemand nam af op het laatste beginmoment");
    }
    Policy policy = scenario.policy();
    try {
      ZoneId.of(rules.zone());
    } catch (java.time.DateTimeException e) {
      error("policy.askPlan.zone", "must be a time zone such as Europe/Amsterdam",
          "moet een tijdzone zijn zoals Europe/Amsterdam");
      // the other fields are still checked, in the default zone
      policy = policy.withAskPlan(new Policy.AskPlanRules(rules.quietFrom(), rules.quietUntil(),
          rules.urgentAnswerTimeoutHours(), rules.maxAsksPerMemberPerWeek(), Policy.AskPlanRules.defaults().zone()));
    }
    try {
      policy.askPlanAgreements();
    } catch (InvalidValueException e) {
      for (Violation v : e.violations()) {
        error(AGREEMENT_FIELDS.getOrDefault(v.path(), "policy.askPlan"), v.ruleMessage(Locale.ENGLISH),
            v.ruleMessage(Locale.forLanguageTag("nl")));
      }
    }
  }

  private void experiment() {
    Experiment e = scenario.experiment();
    if (e.start().isBefore(FIRST_START) || e.start().isAfter(LAST_START)) {
      error("experiment.start", "must be from 2000-01-01 to 2099-12-31 (the engine's calendar tables"
          + " cover these starts)",
          "moet van 2000-01-01 tot en met 2099-12-31 zijn (de kalendertabellen van de motor dekken"
          + " deze starts)");
      return;
    }
    LocalDate last = e.start().plusDays((long) e.warmupDays() + e.days());
    if (last.isAfter(LAST_DAY)) {
      error("experiment.days", "the run must end before 2200-01-01 (start + warmupDays + days); it would end on "
          + last, "de run moet voor 2200-01-01 eindigen (start + warmupDays + days); hij zou eindigen op " + last);
    }
    long weeks = ChronoUnit.DAYS.between(e.start(), last) / 7 + 1;
    Population p = scenario.population();
    Behaviour b = scenario.behaviour();
    double maxRate = 0;
    for (AgeRate band : b.demand().needsPerWeekByAge()) {
      maxRate = Math.max(maxRate, band.value());
    }
    double maxFactor = Math.max(b.demand().vitalityFactor().vital(),
        Math.max(b.demand().vitalityFactor().someLimitations(), b.demand().vitalityFactor().dependent()));
    // in the queueing mode one member asks; otherwise a circle may grow to its maximum size
    int members = scenario.isQueueing() ? 1 : Math.max(p.membersPerCircle().max(), scenario.policy().circle().maxSize());
    double requests = members * maxRate * maxFactor * weeks * (1 + b.recurrence().share() * b.recurrence().weeks().max());
    if (requests > MAX_REQUESTS_PER_CIRCLE_RUN) {
      error("experiment.days", String.format(java.util.Locale.ROOT,
          "one circle could file up to %.0f requests over the run (members x needs a week x weeks),"
              + " more than the %d a circle's run keeps in memory; shorten the run or lower the demand",
          requests, MAX_REQUESTS_PER_CIRCLE_RUN),
          String.format(java.util.Locale.ROOT,
          "één cirkel kan tot %.0f hulpvragen indienen in de run (deelnemers x behoeften per week x weken),"
              + " meer dan de %d die de run van een cirkel in het geheugen houdt; kort de run in of verlaag de vraag",
          requests, MAX_REQUESTS_PER_CIRCLE_RUN));
    }
  }

  private void queueing() {
    if (scenario.queueing().isPresent()) {
      QueueingModel q = scenario.queueing().get();
      if (q.offeredLoad() >= q.helpers()) {
        error("queueing", "the queue must be stable: arrivalsPerHour * meanServiceMinutes / 60 must be"
            + " below helpers", "de wachtrij moet stabiel zijn: arrivalsPerHour * meanServiceMinutes / 60"
            + " moet onder helpers liggen");
      }
    }
  }

  private void design() {
    Experiment e = scenario.experiment();
    DesignType type = e.design().type();
    List<Factor> factors = e.design().factors();
    Set<String> fields = new HashSet<>();
    long points = type == DesignType.SWEEP ? 0 : 1;
    for (int i = 0; i < factors.size(); i++) {
      Factor f = factors.get(i);
      String path = "experiment.design.factors[" + i + "]";
      boolean known = fieldRule(path + ".field", f.field());
      if (!fields.add(f.field())) {
        error(path + ".field", "each field may be varied once", "elk veld mag één keer gevarieerd worden");
      }
      if (known) {
        valueRules(path + ".values", f.field(), f.values());
      }
      if (type == DesignType.LATIN_HYPERCUBE) {
        if (f.min().isEmpty() || f.max().isEmpty() || !f.values().isEmpty()) {
          error(path, "a latin-hypercube factor needs min and max, and no values",
              "een latin-hypercube-factor heeft min en max nodig, en geen values");
        } else if (!(f.min().get() < f.max().get())) {
          error(path, "min must be below max", "min moet onder max liggen");
        } else if (known) {
          hypercubeRange(path, f);
        }
      } else if (f.values().isEmpty() || f.min().isPresent() || f.max().isPresent()) {
        error(path, "a " + name(type) + " factor needs values, and no min or max",
            "een " + name(type) + "-factor heeft values nodig, en geen min of max");
      } else if (type == DesignType.SWEEP) {
        points += f.values().size();
      } else {
        points = Math.min(points * f.values().size(), Long.MAX_VALUE / 1000);
      }
    }
    if (type == DesignType.SINGLE && !factors.isEmpty()) {
      error("experiment.design.factors", "a single design varies nothing: use sweep, grid or latin-hypercube",
          "een single-ontwerp varieert niets: gebruik sweep, grid of latin-hypercube");
    }
    if (type != DesignType.SINGLE && factors.isEmpty()) {
      error("experiment.design.factors", "a " + name(type) + " design needs at least one factor",
          "een " + name(type) + "-ontwerp heeft minstens één factor nodig");
    }
    if (type == DesignType.LATIN_HYPERCUBE) {
      points = e.design().samples();
    }
    long values = 1;
    if (e.compare().isPresent()) {
      Experiment.Comparison c = e.compare().get();
      if (fieldRule("experiment.compare.field", c.field())) {
        valueRules("experiment.compare.values", c.field(), c.values());
      }
      if (fields.contains(c.field())) {
        error("experiment.compare.field", "the compared field must not also be a design factor",
            "het vergeleken veld mag niet ook een factor van het ontwerp zijn");
      }
      if (new HashSet<>(c.values()).size() != c.values().size()) {
        error("experiment.compare.values", "the values must differ", "de waarden moeten verschillen");
      }
      values = c.values().size();
    }
    points = Math.max(points, 1);
    if (points * values > MAX_POINTS) {
      error("experiment.design", "the design has " + points * values + " points (with the compared values);"
          + " at most " + MAX_POINTS, "het ontwerp heeft " + points * values + " punten (met de vergeleken"
          + " waarden); hoogstens " + MAX_POINTS);
    }
    long months = (e.days() + 30L) / 28 + 2;
    long cells = points * values * e.replications() * months;
    if (cells > MAX_MONTHLY_CELLS) {
      error("experiment.replications", "points x compared values x replications x months is " + cells
          + ", more than the " + MAX_MONTHLY_CELLS + " monthly figures a report keeps; use fewer",
          "punten x vergeleken waarden x herhalingen x maanden is " + cells + ", meer dan de "
          + MAX_MONTHLY_CELLS + " maandcijfers die een rapport bewaart; gebruik er minder");
    }
  }

  private static String name(DesignType type) {
    return type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * A varied field must name a field of the model (never of the experiment).
   *
   * @return whether it does
   */
  private boolean fieldRule(String path, String field) {
    if (field.startsWith("experiment") || field.startsWith("formatVersion") || field.startsWith("name")
        || field.startsWith("description")) {
      error(path, "a design varies the model (population, behaviour, policy, queueing), not " + field,
          "een ontwerp varieert het model (population, behaviour, policy, queueing), niet " + field);
      return false;
    }
    JsonNode tree = scenario.isQueueing() ? ScenarioFiles.toTree(scenario) : ScenarioFiles.defaultsTree();
    String[] unknown = ScenarioFiles.unknownField(tree, field, false);
    if (unknown != null) {
      error(path, unknown[0], unknown[1]);
      return false;
    }
    return true;
  }

  /**
   * Each value a design or comparison gives a field is checked once, as the field's value in a file
   * would be, and reported on the value in the file (not once per design point).
   */
  private void valueRules(String path, String field, List<Object> values) {
    for (int j = 0; j < values.size(); j++) {
      valueRule(path + "[" + j + "]", field, ScenarioFiles.MAPPER.valueToTree(values.get(j)));
    }
  }

  private void valueRule(String path, String field, JsonNode value) {
    for (ScenarioError e : ScenarioFiles.valueErrors(scenario, field, value, source)) {
      String at = e.path().equals(field) ? "" : " (" + e.path() + ")";
      error(path, "not a value of " + field + at + ": " + e.rule(),
          "geen waarde van " + field + at + ": " + e.ruleDutch());
    }
  }

  /**
   * A Latin hypercube's range: both ends must be values of the field; a whole-number field is
   * sampled in whole numbers, so its ends must be whole.
   */
  private void hypercubeRange(String path, Factor f) {
    double min = f.min().get();
    double max = f.max().get();
    if (ScenarioFiles.isWholeNumberField(f.field()) && (min != Math.rint(min) || max != Math.rint(max))) {
      error(path, f.field() + " takes whole numbers, so a latin-hypercube factor over it samples whole"
          + " numbers: min and max must be whole numbers", f.field() + " neemt gehele getallen, dus een"
          + " latin-hypercube-factor erover trekt gehele getallen: min en max moeten gehele getallen zijn");
      return;
    }
    if (f.integer() && Math.ceil(min) > Math.floor(max)) {
      error(path, "\"integer\": true needs a whole number between min and max",
          "\"integer\": true heeft een geheel getal tussen min en max nodig");
      return;
    }
    valueRule(path + ".min", f.field(), ScenarioFiles.MAPPER.valueToTree(min));
    valueRule(path + ".max", f.field(), ScenarioFiles.MAPPER.valueToTree(max));
  }
}
