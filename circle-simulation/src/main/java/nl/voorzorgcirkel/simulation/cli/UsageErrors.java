package nl.voorzorgcirkel.simulation.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.voorzorgcirkel.simulation.i18n.Texts;
import nl.voorzorgcirkel.simulation.scenario.ScenarioError;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The one way the {@code simulate} and {@code simulate-spark} commands report a usage error: one
 * line on the error stream in the language of {@code --lang}, naming the command, the option and
 * the rule, and where the usage is ({@code simulate run: --threads must be at least 1 (see simulate
 * run --help)}); exit code 2. Picocli's default printed its English message and then the whole
 * usage (40 lines), whatever {@code --lang} said (user test 6, J7; user test 7). Every kind of
 * picocli usage error is put in this library's words, in English and Dutch: an unknown option or
 * argument, an option without its value, a value of the wrong type, an option given twice,
 * options that exclude each other, a required parameter missing. A refusal of a converter of ours
 * ({@link Refusal}) carries its rule in both languages; a usage error the commands raise
 * themselves (a range, an option that needs another) is already in the language asked for. A bad
 * {@code --lang} itself is refused in both languages, since which one the user reads is unknown.
 * An unknown command is named alone, with the commands there are (user test 8, L5).
 *
 * <p>The errors of a scenario and of what a command's options set in it ({@link #scenarioError})
 * carry the command's full name too ({@code simulate run: --days 0: experiment.days: must be at
 * least 1}), and those named by an option the same hint (user test 8, L4).
 *
 * <p>Thread-safe: stateless.
 */
final class UsageErrors {

  /** The exit code of a usage error. */
  static final int EXIT_CODE = 2;

  private static final Pattern OPTION = Pattern.compile("--?[A-Za-z][A-Za-z0-9-]*");

  private UsageErrors() {}

  /**
   * A converter's refusal of a value with its rule in English and Dutch; picocli wraps it in the
   * usage error of the option, and {@link #message} picks the language.
   */
  static final class Refusal extends CommandLine.TypeConversionException {
    private static final long serialVersionUID = 1L;
    private final String dutch;

    /**
     * A refusal.
     *
     * @param english the rule in English, not null
     * @param dutch the rule in Dutch, not null
     */
    Refusal(String english, String dutch) {
      super(english);
      this.dutch = dutch;
    }

    String rule(Locale locale) {
      return dutch(locale) ? dutch : getMessage();
    }
  }

  /**
   * Prints a usage error as one line in the language of {@code --lang} and returns the exit code;
   * for picocli's {@code IParameterExceptionHandler}.
   *
   * @param e what picocli or a command threw, not null
   * @param args the command line, to find {@code --lang} when parsing stopped before it
   * @return {@value #EXIT_CODE}
   */
  static int handle(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String command = cmd.getCommandSpec().qualifiedName();
    String help = command + " --help";
    String line;
    if (isLang(e.getArgSpec()) && e.getCause() instanceof CommandLine.TypeConversionException
        || e instanceof CommandLine.MissingParameterException missing
            && missing.getMissing().stream().anyMatch(UsageErrors::isLang)) {
      // the language is what is wrong: say it in both
      line = line(command, e, Locale.ENGLISH, help) + " / " + line(command, e, DUTCH, help);
    } else {
      line = line(command, e, ScenarioOptions.locale(parsedLang(cmd, args)), help);
    }
    cmd.getErr().println(line);
    cmd.getErr().flush();
    return EXIT_CODE;
  }

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private static String line(String command, ParameterException e, Locale locale, String help) {
    return command + ": " + message(e, locale) + " " + Texts.format("cli.usage.help", locale, Map.of("help", help));
  }

  /**
   * One error of a scenario as a command prints it: the command's full name first, as a usage
   * error's, and where an option named it ({@code --days 0}, {@code --set FIELD=VALUE}) the hint
   * where the options are, for it is a usage error of that command: {@code simulate run: --days 0:
   * experiment.days: must be at least 1 (see simulate run --help)}. An error of a file is named by
   * the file, without the hint.
   *
   * @param command the command's full name ({@code simulate run}), not null
   * @param error the error, not null
   * @param locale Dutch for {@code nl}, else English; not null
   * @return the line, never null
   */
  static String scenarioError(String command, ScenarioError error, Locale locale) {
    String line = command + ": " + error.message(locale);
    return error.source().startsWith("-") ? line + " " + Texts.format("cli.usage.help", locale,
        Map.of("help", command + " --help")) : line;
  }

  /**
   * A usage error's rule in a language, on one line, without the command's name.
   *
   * @param e the usage error, not null
   * @param locale Dutch for {@code nl}, else English; not null
   * @return the rule, never null
   */
  static String message(ParameterException e, Locale locale) {
    String picocli = oneLine(String.valueOf(e.getMessage()));
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      List<String> arguments = unmatched.getUnmatched();
      Map<String, CommandLine> commands = e.getCommandLine().getSubcommands();
      String text = !commands.isEmpty() && !arguments.isEmpty() && !arguments.get(0).startsWith("-")
          // a word where a command belongs: that command is unknown, whatever follows it
          ? Texts.format("cli.usage.unknownCommand", locale, Map.of("command", arguments.get(0),
              "commands", String.join(", ", commands.keySet())))
          : Texts.format("cli.usage.unknown", locale, Map.of("arguments", String.join(" ", arguments)));
      List<String> suggestions = unmatched.getSuggestions();
      return suggestions.isEmpty() ? text : text + Texts.format("cli.usage.didYouMean", locale,
          Map.of("suggestions", String.join(", ", suggestions)));
    }
    if (e instanceof CommandLine.MissingParameterException missing) {
      if (picocli.startsWith("Missing required parameter for option") || picocli.startsWith("Expected parameter")) {
        OptionSpec option = firstOption(missing.getMissing());
        if (option != null) {
          return Texts.format("cli.usage.needsValue", locale, Map.of("option", option.longestName(),
              "label", option.paramLabel()));
        }
      }
      List<String> names = new ArrayList<>();
      for (ArgSpec arg : missing.getMissing()) {
        names.add(arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel());
      }
      return Texts.format("cli.usage.missing", locale, Map.of("names", String.join(", ", names)));
    }
    if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
      Set<String> options = new LinkedHashSet<>();
      Matcher m = OPTION.matcher(picocli.replaceFirst("^Error: ", ""));
      while (m.find()) {
        options.add(m.group());
      }
      return Texts.format("cli.usage.exclusive", locale, Map.of("options", String.join(", ", options)));
    }
    if (e instanceof CommandLine.OverwrittenOptionException twice && twice.getOverwritten() != null) {
      return Texts.format("cli.usage.twice", locale, Map.of("option", name(twice.getOverwritten())));
    }
    ArgSpec arg = e.getArgSpec();
    if (arg != null && e.getCause() instanceof CommandLine.TypeConversionException conversion) {
      Class<?> type = arg.type();
      String detail = conversion instanceof Refusal refusal ? refusal.rule(locale)
          : isWhole(type) ? Texts.format("cli.usage.wholeNumberRule", locale)
          : type == Boolean.class || type == boolean.class ? Texts.format("cli.usage.booleanRule", locale)
          : Texts.format("cli.usage.typeRule", locale);
      return Texts.format("cli.usage.invalid", locale, Map.of("option", name(arg), "detail", detail));
    }
    // a usage error a command raised itself is in the language asked for already
    return picocli;
  }

  private static boolean isWhole(Class<?> type) {
    return type == Integer.class || type == int.class || type == Long.class || type == long.class;
  }

  private static boolean isLang(ArgSpec arg) {
    return arg instanceof OptionSpec option && List.of(option.names()).contains(ScenarioOptions.LANG);
  }

  private static OptionSpec firstOption(List<ArgSpec> args) {
    for (ArgSpec arg : args) {
      if (arg instanceof OptionSpec option) {
        return option;
      }
    }
    return null;
  }

  /** An option by its longest name, a positional parameter by its label ({@code SCENARIO}). */
  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }

  /** Picocli's messages are one line, but a value may hold a line break: it must not start a line. */
  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  private static boolean dutch(Locale locale) {
    return "nl".equals(locale.getLanguage());
  }

  /** The {@code --lang} read, or, when parsing stopped before it, the last one in the arguments. */
  private static String parsedLang(CommandLine cmd, String[] args) {
    OptionSpec option = cmd.getCommandSpec().findOption(ScenarioOptions.LANG);
    String parsed = option == null ? null : option.getValue();
    if ("nl".equals(parsed)) {
      return parsed;
    }
    String found = "en";
    for (int i = 0; i < args.length; i++) {
      String value = args[i].startsWith(ScenarioOptions.LANG + "=") ? args[i].substring(ScenarioOptions.LANG.length() + 1)
          : args[i].equals(ScenarioOptions.LANG) && i + 1 < args.length ? args[i + 1] : null;
      if (value != null) {
        found = value.trim().toLowerCase(Locale.ROOT);
      }
    }
    return found;
  }
}
