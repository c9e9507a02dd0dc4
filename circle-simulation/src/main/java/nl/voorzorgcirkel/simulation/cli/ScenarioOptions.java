package nl.voorzorgcirkel.simulation.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.simulation.SimulationException;
import nl.voorzorgcirkel.simulation.cli.internal.OutputFolder;
import nl.voorzorgcirkel.simulation.scenario.Scenario;
import nl.voorzorgcirkel.simulation.scenario.ScenarioError;
import nl.voorzorgcirkel.simulation.scenario.ScenarioException;
import nl.voorzorgcirkel.simulation.scenario.ScenarioFiles;
import nl.voorzorgcirkel.simulation.i18n.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of a command that runs a scenario, as a picocli mixin: the scenario (a file or a
 * built-in name), {@code --set FIELD=VALUE}, {@code --replications}, {@code --days}, {@code --seed}
 * and {@code --lang}. The {@code simulate} command uses it, and so does {@code
 * circle-simulation-spark}'s, so that both take a scenario the same way. Not thread-safe: picocli
 * fills one instance per command.
 *
 * @since 0.1.0
 */
public final class ScenarioOptions {

  @Parameters(index = "0", paramLabel = "SCENARIO",
      description = "a scenario file (.json) or a built-in scenario: muziekwijk, land-van-cuijk,"
          + " netherlands, queueing, fairness-grid")
  String scenario;

  @Option(names = "--set", paramLabel = "FIELD=VALUE", converter = SettingConverter.class,
      description = "set a field, such as --set behaviour.acceptance.probability=0.5 or"
          + " --set policy.fairness.strategy=leximin (the value in JSON, or plain text); repeatable")
  List<String> settings = new ArrayList<>();

  @Option(names = "--replications", paramLabel = "N", converter = WholeNumberConverter.class,
      description = "replications (sets experiment.replications)")
  BigInteger replications;

  @Option(names = "--days", paramLabel = "N", converter = WholeNumberConverter.class,
      description = "days measured (sets experiment.days)")
  BigInteger days;

  @Option(names = "--seed", paramLabel = "N", converter = WholeNumberConverter.class,
      description = "the master seed (sets experiment.seed)")
  BigInteger seed;

  @Option(names = LANG, paramLabel = "en|nl", defaultValue = "en", description = LANG_DESCRIPTION,
      converter = LanguageConverter.class)
  String lang;

  /** The option that chooses the language of errors and reports, in every subcommand that has them. */
  static final String LANG = "--lang";

  /** What {@code --lang} chooses. */
  static final String LANG_DESCRIPTION = "the language of error messages, the summary, charts and report.html:"
      + " en (default) or nl; CSV files are the same in both";

  /** Filled by picocli. */
  public ScenarioOptions() {}

  /**
   * The scenario: the file or built-in scenario with the settings applied, checked as a file is.
   *
   * @return the scenario
   * @throws ScenarioException with every error of the file or the settings
   * @throws CommandLine.ParameterException if a {@code --set} is not {@code FIELD=VALUE}
   */
  public Scenario read() {
    Scenario s = scenario.endsWith(".json") ? ScenarioFiles.read(Path.of(scenario)) : ScenarioFiles.builtIn(scenario);
    ObjectMapper json = new ObjectMapper();
    List<String> all = new ArrayList<>(settings);
    List<String> written = new ArrayList<>();
    settings.forEach(setting -> written.add("--set " + setting));
    if (replications != null) {
      all.add("experiment.replications=" + replications);
      written.add("--replications " + replications);
    }
    if (days != null) {
      all.add("experiment.days=" + days);
      written.add("--days " + days);
    }
    if (seed != null) {
      all.add("experiment.seed=" + seed);
      written.add("--seed " + seed);
    }
    if (all.isEmpty()) {
      return s;
    }
    List<ScenarioError> twice = setTwice(all, written);
    if (!twice.isEmpty()) {
      throw new ScenarioException(twice);
    }
    String text = ScenarioFiles.toJson(s);
    try {
      ObjectNode tree = (ObjectNode) json.readTree(text);
      List<ScenarioError> refused = new ArrayList<>();
      for (int k = 0; k < all.size(); k++) {
        String setting = all.get(k);
        int eq = setting.indexOf('=');
        String field = setting.substring(0, eq);
        String value = setting.substring(eq + 1);
        ScenarioError error = refusal(tree, field, value, written.get(k));
        if (error != null) {
          refused.add(error);
          continue;
        }
        JsonNode node;
        try {
          node = json.readTree(value);
        } catch (IOException notJson) {
          node = json.getNodeFactory().textNode(value);
        }
        ObjectNode at = tree;
        String[] parts = field.split("\\.", -1);
        for (int i = 0; i < parts.length - 1; i++) {
          at = at.has(parts[i]) && at.get(parts[i]).isObject() ? (ObjectNode) at.get(parts[i]) : at.putObject(parts[i]);
        }
        at.set(parts[parts.length - 1], node);
      }
      if (!refused.isEmpty()) {
        throw new ScenarioException(refused);
      }
      String source = scenario + " with " + String.join(", ", all);
      Scenario set;
      try {
        set = ScenarioFiles.parse(json.writeValueAsString(tree), source);
      } catch (ScenarioException e) {
        throw new ScenarioException(bySetting(e.errors(), all, written, source));
      }
      List<ScenarioError> varied = variedBySet(set);
      if (!varied.isEmpty()) {
        throw new ScenarioException(varied);
      }
      return set;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A {@code --set} of a field the design or the comparison varies is refused: each point sets that
   * field itself, so the setting would be silently overridden at every point.
   */
  private List<ScenarioError> variedBySet(Scenario set) {
    List<String> varied = new ArrayList<>();
    set.experiment().design().factors().forEach(f -> varied.add(f.field()));
    set.experiment().compare().ifPresent(c -> varied.add(c.field()));
    List<ScenarioError> errors = new ArrayList<>();
    for (String setting : settings) {
      String field = setting.substring(0, setting.indexOf('='));
      for (String v : varied) {
        if (field.equals(v) || field.startsWith(v + ".") || v.startsWith(field + ".")) {
          boolean compared = set.experiment().compare().map(c -> c.field().equals(v)).orElse(false);
          errors.add(new ScenarioError("--set " + setting, field, 0, 0,
              "the " + (compared ? "comparison" : "design") + " varies " + v + ", so every point sets it"
                  + " and this setting would be ignored; change the values in the scenario's experiment."
                  + (compared ? "compare" : "design") + " instead",
              (compared ? "de vergelijking" : "het ontwerp") + " varieert " + v + ", dus elk punt zet het"
                  + " zelf en deze instelling zou genegeerd worden; verander in plaats daarvan de waarden in"
                  + " experiment." + (compared ? "compare" : "design") + " van het scenario"));
        }
      }
    }
    return errors;
  }

  /**
   * A setting that replaces an earlier one is refused: the same field set twice ({@code --set
   * experiment.days=5 --days 10}), or an object set after one of its fields ({@code --set
   * policy.fairness.weight=2 --set policy.fairness={...}}). Only the last would count, and which
   * one the user meant is not for us to guess. A field set after its object ({@code --set
   * policy.fairness={...} --set policy.fairness.weight=2}) changes the object and is kept.
   *
   * @param settings each setting as {@code FIELD=VALUE}
   * @param written each setting as the user wrote it on the command line, in the same order
   */
  static List<ScenarioError> setTwice(List<String> settings, List<String> written) {
    List<ScenarioError> errors = new ArrayList<>();
    for (int later = 1; later < settings.size(); later++) {
      String field = field(settings.get(later));
      for (int earlier = 0; earlier < later; earlier++) {
        String before = field(settings.get(earlier));
        if (before.equals(field) || before.startsWith(field + ".")) {
          errors.add(new ScenarioError(written.get(later), field, 0, 0,
              "is set twice (also by " + written.get(earlier) + "): only the last would count; give each"
                  + " field once",
              "is twee keer gezet (ook door " + written.get(earlier) + "): alleen de laatste zou tellen; geef"
                  + " elk veld één keer"));
          break;
        }
      }
    }
    return errors;
  }

  /**
   * Why a setting cannot be applied to the scenario's fields, or null: a field that is no path of
   * names joined by single dots ({@code population..circles}), no value after the equals sign, or a
   * path through a field that holds a value rather than fields ({@code population.circles.x}, which
   * the scenario would otherwise have reported as "object found" at {@code population.circles},
   * named by no setting). Named as the setting was written, with the field's path, as a scenario
   * file's errors are named by the file and the path.
   */
  private static ScenarioError refusal(ObjectNode tree, String field, String value, String written) {
    String[] parts = field.split("\\.", -1);
    for (String part : parts) {
      if (part.isBlank()) {
        return new ScenarioError(written, field, 0, 0, "is not a field's path: names joined by single dots,"
            + " such as behaviour.acceptance.probability", "is geen pad van een veld: namen met losse punten"
            + " ertussen, zoals behaviour.acceptance.probability");
      }
    }
    if (value.isBlank()) {
      return new ScenarioError(written, field, 0, 0, "needs a value after the equals sign: a number, true or false,"
          + " text or JSON", "vraagt om een waarde na het isgelijkteken: een getal, true of false, tekst of JSON");
    }
    JsonNode at = tree;
    for (int i = 0; i < parts.length - 1; i++) {
      at = at.get(parts[i]);
      if (at == null || at.isNull()) {
        return null; // a section left out: the setting makes it, and the scenario checks its fields
      }
      if (!at.isObject()) {
        String holder = String.join(".", java.util.Arrays.asList(parts).subList(0, i + 1));
        return new ScenarioError(written, field, 0, 0, holder + " holds a value, not fields: set " + holder
            + "=VALUE", holder + " heeft een waarde, geen velden: zet " + holder + "=WAARDE");
      }
    }
    return null;
  }

  private static String field(String setting) {
    return setting.substring(0, setting.indexOf('='));
  }

  /** Reads {@code --set FIELD=VALUE}, refusing a setting without a field or an equals sign. */
  static final class SettingConverter implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (value.indexOf('=') < 1) {
        throw new UsageErrors.Refusal("needs FIELD=VALUE, a field of the scenario, an equals sign and its"
            + " value, such as behaviour.acceptance.probability=0.5", "vraagt om VELD=WAARDE, een veld van het"
            + " scenario, een isgelijkteken en de waarde, zoals behaviour.acceptance.probability=0.5");
      }
      return value;
    }
  }

  /**
   * Reads a whole number by the rule of scenario files, whose fields these options set (user test
   * 10, 13: {@code --days 1e3} was refused while a file's {@code 1e1} was taken): a number whose
   * value is whole, in any of JSON's notations ({@code 1000}, {@code 1e3}, {@code 1000.0}), as
   * JSON Schema's {@code integer} is. A fraction or a text is refused as "must be a whole number";
   * the range is the field's, checked as the file's own value would be ({@code --days 1e5}: must
   * be at most 36500).
   */
  static final class WholeNumberConverter implements CommandLine.ITypeConverter<BigInteger> {
    /** More digits than any field takes by far: refused before a huge exponent is expanded. */
    private static final int MAX_DIGITS = 100;

    @Override
    public BigInteger convert(String value) {
      return whole(value);
    }

    static BigInteger whole(String value) {
      BigDecimal number;
      try {
        number = new BigDecimal(value.strip());
      } catch (NumberFormatException e) {
        throw notWhole();
      }
      if (number.signum() != 0 && number.precision() - number.scale() > MAX_DIGITS) {
        throw new UsageErrors.Refusal("is far too large", "is veel te groot");
      }
      try {
        return number.toBigIntegerExact();
      } catch (ArithmeticException e) {
        throw notWhole();
      }
    }

    private static UsageErrors.Refusal notWhole() {
      return new UsageErrors.Refusal(Texts.format("cli.usage.wholeNumberRule", Locale.ENGLISH),
          Texts.format("cli.usage.wholeNumberRule", Locale.forLanguageTag("nl")));
    }
  }

  /**
   * {@code --threads} and other counts that set no field of the scenario: the same notation as
   * {@link WholeNumberConverter} ({@code 1e3} is 1000), within an {@code int}.
   */
  static final class CountConverter implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        return WholeNumberConverter.whole(value).intValueExact();
      } catch (ArithmeticException e) {
        throw new UsageErrors.Refusal("is far too large", "is veel te groot");
      }
    }
  }

  /**
   * Takes {@code en} or {@code nl} (in any case) for {@code --lang} and refuses any other language
   * in both languages at once, as a usage error (exit code 2): a language the reports do not have
   * ran silently in English before (user test 5, H9).
   */
  static final class LanguageConverter implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String code = value.trim().toLowerCase(Locale.ROOT);
      if (!code.equals("en") && !code.equals("nl")) {
        throw new UsageErrors.Refusal("the reports are in en or nl only", "de rapporten zijn er alleen in en of nl");
      }
      return code;
    }
  }

  /**
   * The errors of a scenario with settings, each named by the setting it is about ({@code --set
   * experiment.sed=4}, {@code --replications 0}), without a line and column: those would point
   * into the text this class wrote, not into anything the user wrote.
   *
   * @param settings each setting as {@code FIELD=VALUE}
   * @param written each setting as the user wrote it on the command line, in the same order
   */
  static List<ScenarioError> bySetting(List<ScenarioError> errors, List<String> settings, List<String> written,
      String source) {
    List<ScenarioError> out = new ArrayList<>();
    for (ScenarioError e : errors) {
      String named = source;
      for (int i = 0; i < settings.size(); i++) {
        String setting = settings.get(i);
        String field = setting.substring(0, setting.indexOf('='));
        if (e.path().equals(field) || e.path().startsWith(field + ".") || e.path().startsWith(field + "[")) {
          named = written.get(i);
          break;
        }
      }
      out.add(new ScenarioError(named, e.path(), 0, 0, e.rule(), e.ruleDutch()));
    }
    return out;
  }

  /**
   * The language of error messages and reports that {@code --lang} chose.
   *
   * @return Dutch for {@code nl}, else English
   */
  public Locale locale() {
    return locale(lang);
  }

  static Locale locale(String lang) {
    return "nl".equals(lang) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
  }

  /** The {@code --lang} of a subcommand, {@code en} where it has none. */
  private static String lang(CommandLine cmd) {
    CommandLine.Model.OptionSpec option = cmd.getCommandSpec().findOption(LANG);
    return option == null ? "en" : option.getValue();
  }

  /** The exit code of a run that failed although its scenario was valid (a fault of the engine). */
  public static final int FAILED = 3;

  /**
   * What a failed run says, without a stack trace: where it failed, the cause's own message (the
   * model's messages in the language asked for; none holds personal data) and what to do.
   */
  static String failure(SimulationException e, Locale locale) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String what = cause instanceof InvalidValueException ? ((InvalidValueException) cause).message(locale)
        : cause == e ? "" : cause.getClass().getSimpleName()
            + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    boolean dutch = locale.getLanguage().equals("nl");
    int point = e.point();
    int replication = e.replication();
    return dutch
        ? "de simulatie van ontwerppunt " + point + ", herhaling " + replication + " is mislukt: " + what
            + System.lineSeparator() + "Het scenario is geldig: dit is een fout in circle-simulation. Meld die"
            + " graag, met het scenariobestand en deze melding."
        : "the simulation of design point " + point + ", replication " + replication + " failed: " + what
            + System.lineSeparator() + "The scenario is valid: this is a fault in circle-simulation. Please"
            + " report it with the scenario file and this message.";
  }

  /**
   * A command line for a command that runs scenarios: it prints in UTF-8 to the given streams,
   * whatever the platform's encoding, and reports errors as users read them, each line starting
   * with the subcommand's full name ({@code simulate run:}): a {@link ScenarioException} prints
   * every error in the language of the subcommand's {@code --lang}, those of an option with the
   * hint where the options are, and exits with code 2; an {@code --out} folder that cannot be
   * created or written ({@link OutputFolder.Unwritable}, found before the run) prints why and exits
   * with code 2 too; a file that cannot be written once the run has started (a full disk) prints
   * why and exits with code 1; a run that
   * fails although its scenario is valid ({@link SimulationException}) prints where and why,
   * without a stack trace, and exits with code {@value #FAILED}; anything else is thrown on.
   *
   * @param command the picocli command, not null
   * @param out standard output, not null
   * @param err the error stream, not null
   * @return the command line
   */
  public static CommandLine commandLine(Object command, PrintStream out, PrintStream err) {
    CommandLine line = new CommandLine(command);
    line.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    line.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    line.setParameterExceptionHandler(UsageErrors::handle);
    line.setExecutionExceptionHandler((e, cmd, parsed) -> {
      // every line names the command in full (simulate merge, not merge or simulate), as usage errors do
      String name = cmd.getCommandSpec().qualifiedName();
      Locale locale = locale(lang(cmd));
      if (e instanceof ScenarioException scenario) {
        for (ScenarioError error : scenario.errors()) {
          cmd.getErr().println(UsageErrors.scenarioError(name, error, locale));
        }
        return 2;
      }
      if (e instanceof OutputFolder.Unwritable unwritable) {
        // the --out folder the user named cannot take the results, found before anything ran: a
        // bad option value, as an occupied folder is (picocli's USAGE), not a fault of the program
        cmd.getErr().println(name + ": " + unwritable.message(locale));
        return UsageErrors.EXIT_CODE;
      }
      if (e instanceof IOException || e instanceof UncheckedIOException) {
        cmd.getErr().println(name + ": cannot write the results: " + e.getMessage());
        return 1;
      }
      if (e instanceof SimulationException simulation) {
        cmd.getErr().println(name + ": " + failure(simulation, locale));
        return FAILED;
      }
      throw e;
    });
    return line;
  }
}
