package nl.voorzorgcirkel.core.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.AssertTrue;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Checks the Jakarta constraints declared on a model value and throws one {@link
 * InvalidValueException} that lists every violation.
 *
 * <p>Two Hibernate Validator settings make this work on Immutables types: accessors without a
 * {@code get} prefix ({@code displayName()}) count as properties, and messages are not interpolated
 * by Hibernate Validator at all (that would need an Expression Language implementation on the
 * users' class path); {@link nl.voorzorgcirkel.core.i18n.Messages} renders them later, in English or Dutch.
 *
 * <p>A valid value, the common case, is recognised by {@link FastCheck}, compiled once per class
 * from Hibernate Validator's own metadata; anything else is validated by Hibernate Validator,
 * which alone reports violations.
 *
 * <p>Thread-safe: one validator serves the whole JVM.
 */
public final class ModelValidator {

  private static final String OUR_KEY_PREFIX = "vzc.";
  /**
   * The rule of a number that is not finite ({@code NaN}, an infinity), the one violation such a
   * value gets instead of the range rules it breaks; the rule {@link Arguments} gives it too.
   */
  private static final String FINITE = "finite";
  /** The rule of {@code @NotBlank}, which a blank text breaks whatever else it breaks. */
  private static final String NOT_BLANK = "NotBlank";

  /** Whether Hibernate Validator has been started in this class loader; set once, never reset. */
  private static volatile boolean started;

  private ModelValidator() {}

  /**
   * Whether Hibernate Validator has been started, which only the first check of a model value does:
   * for the test that reading a constant does not start it (and log its version line).
   */
  static boolean started() {
    return started;
  }

  /**
   * Validates a freshly built value.
   *
   * @param value the value, not null
   * @throws InvalidValueException listing every violated constraint
   */
  public static void check(Object value) {
    if (Holder.FAST.get(value.getClass()).certainlyValid(value)) {
      return;
    }
    List<Violation> violations = violations(value);
    if (!violations.isEmpty()) {
      throw new InvalidValueException(violations);
    }
  }

  /**
   * Whether a duration meets {@code @DurationMin(minutes = 1) @DurationMax(hours = 24)}, both
   * inclusive, as the efforts of help are declared: for the model types that check their declared
   * rules themselves before they ask {@link #check}.
   *
   * @param duration the duration, or null (which does not meet them)
   * @return true if not null and from 1 minute to 24 hours
   */
  public static boolean withinDay(Duration duration) {
    return duration != null && duration.compareTo(ONE_MINUTE) >= 0 && duration.compareTo(ONE_DAY) <= 0;
  }

  private static final Duration ONE_MINUTE = Duration.ofMinutes(1);
  private static final Duration ONE_DAY = Duration.ofHours(24);

  /** The validator, for the tests of the fast checks. */
  static Validator validator() {
    return Holder.VALIDATOR;
  }

  /** The fast checks of a class, as {@link #check} uses them. */
  static FastCheck fastCheck(Class<?> type) {
    return Holder.FAST.get(type);
  }

  /**
   * The violations of a value, sorted by path and rule: one for each cause, so a blank text is
   * reported as {@code NotBlank} alone, not also as the {@code Pattern} or {@code Size} it breaks
   * by being blank (an empty id in a list is one error, "must not be blank", not two), and a number
   * that is not finite ({@code NaN}, an infinity) as {@code finite} alone, "must be a finite
   * number", not as the ends of its range it breaks. A rule method ({@code @AssertTrue}) is
   * reported on the property its {@link Blames} names.
   *
   * @param value the value, not null
   * @return the violations, empty if the value is valid
   */
  public static List<Violation> violations(Object value) {
    Set<ConstraintViolation<Object>> found = Holder.VALIDATOR.validate(value);
    if (found.isEmpty()) {
      return List.of();
    }
    String type = typeName(value.getClass());
    Map<String, Violation> byPathAndRule = new TreeMap<>();
    for (ConstraintViolation<Object> v : found) {
      Violation violation = toViolation(type, v);
      if (isMissingPrimitive(value, violation.path())) {
        violation = missing(type, violation.path());
      } else if (isNonFinite(v.getInvalidValue())) {
        // not a number, or an infinity: one cause, whatever ranges it breaks (NaN breaks both ends)
        violation = Violation.of(type, violation.path(), FINITE, "vzc.argument." + FINITE, Map.of());
      }
      byPathAndRule.put(violation.path() + "\u0000" + violation.rule(), violation);
    }
    // a blank text breaks its other rules only by being blank: one cause, one violation
    byPathAndRule.values().removeIf(v -> !v.rule().equals(NOT_BLANK)
        && byPathAndRule.containsKey(v.path() + "\u0000" + NOT_BLANK));
    return List.copyOf(byPathAndRule.values());
  }

  private static boolean isNonFinite(Object value) {
    return (value instanceof Double d && !Double.isFinite(d)) || (value instanceof Float f && !Float.isFinite(f));
  }

  /**
   * The violation of an attribute that was not given: the rule "must be given", in the form of a
   * null checked by {@code @NotNull}.
   *
   * @param type the public type name, not null
   * @param path the attribute, not null
   * @return the violation
   */
  public static Violation missing(String type, String path) {
    return Violation.of(type, path, "NotNull", "jakarta.validation.constraints.NotNull.message", Map.of());
  }

  /**
   * Whether a rule broken on a path is in fact a required number that was never given: the path
   * names an abstract (required) accessor of the model type returning a primitive, and the value
   * is the zero that a builder leaves in an attribute nobody set.
   */
  private static boolean isMissingPrimitive(Object value, String path) {
    Method accessor = declaredAccessor(value.getClass(), path);
    if (accessor == null || !Modifier.isAbstract(accessor.getModifiers())
        || !accessor.getReturnType().isPrimitive()) {
      return false;
    }
    try {
      Method implementation = value.getClass().getMethod(path);
      implementation.setAccessible(true);
      Object given = implementation.invoke(value);
      return (given instanceof Number number && number.doubleValue() == 0)
          || Boolean.FALSE.equals(given);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** The no-argument method of that name declared on a supertype of a generated class, or null. */
  private static Method declaredAccessor(Class<?> type, String name) {
    for (Class<?> c = type.getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(name) && m.getParameterCount() == 0) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * The arguments a rule method ({@code @AssertTrue boolean rule()}) gives its message, from the
   * companion method {@code Map<String, ?> ruleArguments()} of the same type if there is one; for
   * example the member id a circle holds twice. Such arguments are identifiers or figures, never
   * personal data.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, ?> ruleArguments(Object bean, String rule) {
    Method companion = declaredAccessor(bean.getClass(), rule + "Arguments");
    if (companion == null || !Map.class.isAssignableFrom(companion.getReturnType())) {
      return Map.of();
    }
    try {
      companion.setAccessible(true);
      Object arguments = companion.invoke(bean);
      return arguments instanceof Map ? (Map<String, ?>) arguments : Map.of();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Map.of();
    }
  }

  /**
   * Every constraint declared on a model type, as {@code "path:rule"} strings in the form {@link
   * Violation#path()} and {@link Violation#rule()} use (a rule method under the property it
   * blames); for tests that prove every rule fires.
   *
   * @param type a model type (the abstract type), not null
   * @return the declared rules, sorted
   */
  public static SortedSet<String> declaredRules(Class<?> type) {
    SortedSet<String> rules = new TreeSet<>();
    for (PropertyDescriptor property
        : Holder.VALIDATOR.getConstraintsForClass(type).getConstrainedProperties()) {
      collect(blamed(type, property.getPropertyName()), property.getConstraintDescriptors(), rules);
      for (ContainerElementTypeDescriptor element
          : property.getConstrainedContainerElementTypes()) {
        collect(property.getPropertyName(), element.getConstraintDescriptors(), rules);
      }
    }
    return rules;
  }

  private static void collect(String property,
      Set<ConstraintDescriptor<?>> descriptors,
      SortedSet<String> rules) {
    for (ConstraintDescriptor<?> descriptor : descriptors) {
      rules.add(property + ":" + ruleOf(descriptor.getMessageTemplate(), descriptor));
    }
  }

  private static String keyOf(String template) {
    return template.startsWith("{") && template.endsWith("}")
        ? template.substring(1, template.length() - 1)
        : template;
  }

  /**
   * The rule of a constraint: our own key without its prefix ({@code vzc.Member.capabilitiesUnique}
   * is {@code Member.capabilitiesUnique}), else the constraint's name ({@code Pattern}); a text of
   * our own for a standard constraint, {@code vzc.<Constraint>.<what>}, keeps the constraint's name
   * as its rule ({@code vzc.Pattern.identifier} is {@code Pattern}), so that a clearer text does not
   * change the code that programs match on.
   */
  private static String ruleOf(String template,
      ConstraintDescriptor<?> descriptor) {
    String key = keyOf(template);
    String constraint = descriptor.getAnnotation().annotationType().getSimpleName();
    return key.startsWith(OUR_KEY_PREFIX) && !key.startsWith(OUR_KEY_PREFIX + constraint + ".")
        ? key.substring(OUR_KEY_PREFIX.length())
        : constraint;
  }

  /**
   * The public name of a model class: the abstract type's name, never the generated one.
   *
   * @param type a model class, not null
   * @return for example {@code "Member"} for {@code ImmutableMember}
   */
  public static String typeName(Class<?> type) {
    String name = type.getSimpleName();
    return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
  }

  private static Violation toViolation(String type, ConstraintViolation<Object> v) {
    String key = keyOf(v.getMessageTemplate());
    String rule = ruleOf(v.getMessageTemplate(), v.getConstraintDescriptor());
    Map<String, Object> arguments = new TreeMap<>();
    v.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
      if (!name.equals("message") && !name.equals("groups") && !name.equals("payload")
          && (value instanceof Number || value instanceof String || value instanceof Boolean)) {
        arguments.put(name, value);
      }
    });
    if (rule.startsWith("Duration")) {
      arguments.put("limit", durationLimit(arguments));
    }
    String path = path(v.getPropertyPath());
    if (v.getConstraintDescriptor().getAnnotation() instanceof AssertTrue && v.getLeafBean() != null) {
      String method = null;
      for (Path.Node node : v.getPropertyPath()) {
        method = node.getName();
      }
      if (method != null) {
        // the rule method's companion, also for a value inside another (members[0].rule)
        arguments.putAll(ruleArguments(v.getLeafBean(), method));
      }
      if (method != null && path.endsWith(method)) {
        path = path.substring(0, path.length() - method.length()) + blamed(v.getLeafBean().getClass(), method);
      }
    }
    return Violation.of(type, path, rule, key, arguments);
  }

  /**
   * The property a rule method blames ({@link Blames}), or the method's own name when it names
   * none: a path says the field users set, not the check.
   */
  private static String blamed(Class<?> type, String method) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        Blames blames = m.getAnnotation(Blames.class);
        if (m.getName().equals(method) && m.getParameterCount() == 0 && blames != null) {
          return blames.value();
        }
      }
    }
    return method;
  }

  /** Reads the limit of Hibernate Validator's duration constraints as, for example, "40 h". */
  private static String durationLimit(Map<String, Object> arguments) {
    Duration limit = Duration.ofDays(number(arguments, "days"))
        .plusHours(number(arguments, "hours"))
        .plusMinutes(number(arguments, "minutes"))
        .plusSeconds(number(arguments, "seconds"));
    long hours = limit.toHours();
    long minutes = limit.toMinutesPart();
    if (hours == 0) {
      return minutes + " min";
    }
    return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
  }

  private static long number(Map<String, Object> arguments, String name) {
    Object value = arguments.get(name);
    return value instanceof Number number ? number.longValue() : 0L;
  }

  private static String path(Path propertyPath) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : propertyPath) {
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(name);
      }
      if (node.getIndex() != null) {
        out.append('[').append(node.getIndex()).append(']');
      } else if (node.getKey() != null) {
        out.append('[').append(node.getKey()).append(']');
      }
    }
    return out.toString();
  }

  /** Lazily builds the validator on first use (Hibernate Validator's bootstrap takes a while). */
  private static final class Holder {
    static final Validator VALIDATOR = build();

    /** Per class, the checks that pass a certainly valid value without a full validation. */
    static final ClassValue<FastCheck> FAST = new ClassValue<>() {
      @Override
      protected FastCheck computeValue(Class<?> type) {
        return FastCheck.compile(VALIDATOR, type);
      }
    };

    private static Validator build() {
      started = true;
      HibernateValidatorConfiguration configuration =
          Validation.byProvider(HibernateValidator.class)
              .configure()
              .getterPropertySelectionStrategy(new AccessorStrategy())
              .messageInterpolator(new TemplateOnly());
      @SuppressWarnings("resource") // lives as long as the JVM, like the validator it makes
      ValidatorFactory factory = configuration.buildValidatorFactory();
      return factory.getValidator();
    }
  }

  /** Every no-argument, value-returning instance method is a property named like the method. */
  private static final class AccessorStrategy implements GetterPropertySelectionStrategy {
    private static final Set<String> NOT_PROPERTIES =
        Set.of("toString", "hashCode", "getClass", "clone", "toBuilder", "builder");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length != 0
          || executable.getReturnType() == void.class
          || NOT_PROPERTIES.contains(executable.getName())) {
        return Optional.empty();
      }
      return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }

  /** Keeps the template: rendering happens in {@link Messages}, per reader's locale. */
  private static final class TemplateOnly implements MessageInterpolator {
    @Override
    public String interpolate(String messageTemplate, Context context) {
      return messageTemplate;
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
      return messageTemplate;
    }
  }
}
