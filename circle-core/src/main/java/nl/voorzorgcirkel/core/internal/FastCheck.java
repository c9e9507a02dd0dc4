package nl.voorzorgcirkel.core.internal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.lang.annotation.Annotation;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import jakarta.validation.Validator;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * The constraints of one model type as plain checks that can only say "certainly valid".
 *
 * <p>Hibernate Validator stays the judge: this class reads the constraints from its metadata, and
 * answers {@code true} only when every constraint certainly holds. A value that breaks a rule, sits
 * on a decimal boundary, or belongs to a type with a constraint kind not handled here, gets
 * {@code false}, and Hibernate Validator then validates it and produces the violations. So the
 * errors users see are unchanged; what changes is that a valid value, the common case, costs a few
 * method calls instead of a full validation. {@code FastCheckAgreementTest} checks, on 5,000
 * random probes of every kind of constraint handled here, that these checks never pass a value
 * that Hibernate Validator rejects; every builder test goes through them too.
 *
 * <p>Thread-safe: immutable once compiled.
 */
final class FastCheck {

  /** Checks one bean; true only if the bean certainly meets the constraints checked. */
  private interface BeanCheck {
    boolean passes(Object bean);
  }

  /** Checks one value; true only if the value certainly meets the constraint. */
  private interface Rule {
    boolean passes(Object value);
  }

  /** A property's getter, as a function. */
  private static final class Getter {
    final Function<Object, Object> function;

    Getter(Function<Object, Object> function) {
      this.function = function;
    }
  }

  private static final FastCheck NEVER = new FastCheck(null);

  private final BeanCheck[] checks;

  private FastCheck(List<BeanCheck> checks) {
    this.checks = checks == null ? null : checks.toArray(new BeanCheck[0]);
  }

  /**
   * Whether a value certainly meets every constraint of its type.
   *
   * @param value the value, not null
   * @return true if certainly valid; false if Hibernate Validator must decide
   */
  boolean certainlyValid(Object value) {
    if (checks == null) {
      return false;
    }
    for (BeanCheck check : checks) {
      if (!check.passes(value)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Compiles the checks of a type from the validator's metadata.
   *
   * @param validator the validator, not null
   * @param type the concrete class of the values, not null
   * @return the checks; one that never passes if any constraint is of a kind not handled here
   */
  static FastCheck compile(Validator validator, Class<?> type) {
    BeanDescriptor bean = validator.getConstraintsForClass(type);
    if (!bean.getConstraintDescriptors().isEmpty()) {
      return NEVER;
    }
    List<BeanCheck> checks = new ArrayList<>();
    // the common property, only "not null", is checked in one loop for all such properties
    List<Getter> notNull = new ArrayList<>();
    for (PropertyDescriptor property : bean.getConstrainedProperties()) {
      Method getter = getter(type, property.getPropertyName());
      if (getter == null || property.isCascaded() || unwrappedByDefault(getter.getReturnType())) {
        return NEVER;
      }
      List<Rule> own = rules(property.getConstraintDescriptors());
      if (own == null || getter.getReturnType() == Optional.class && !own.isEmpty()) {
        return NEVER;
      }
      List<Rule> elements = new ArrayList<>();
      for (ContainerElementTypeDescriptor element : property.getConstrainedContainerElementTypes()) {
        List<Rule> rules = rules(element.getConstraintDescriptors());
        Rule each = rules == null || element.isCascaded()
            || !element.getConstrainedContainerElementTypes().isEmpty()
            ? null : forEachElement(element.getContainerClass(), element.getTypeArgumentIndex(), rules);
        if (each == null) {
          return NEVER;
        }
        elements.add(each);
      }
      Getter read = new Getter(accessor(getter));
      if (elements.isEmpty() && property.getConstraintDescriptors().size() == 1
          && property.getConstraintDescriptors().iterator().next().getAnnotation() instanceof NotNull) {
        notNull.add(read);
        continue;
      }
      own.addAll(elements);
      Rule[] rules = own.toArray(new Rule[0]);
      checks.add(instance -> {
        Object value = valueOf(read, instance);
        if (value == FAILED) {
          return false;
        }
        for (Rule rule : rules) {
          if (!rule.passes(value)) {
            return false;
          }
        }
        return true;
      });
    }
    Getter[] mustBeSet = notNull.toArray(new Getter[0]);
    checks.add(0, instance -> {
      for (Getter read : mustBeSet) {
        Object value = valueOf(read, instance);
        if (value == null || value == FAILED) {
          return false;
        }
      }
      return true;
    });
    return new FastCheck(checks);
  }

  /**
   * A getter as a function: a generated class that calls it directly, which costs less than a
   * reflective call (no argument array, no access check); reflection if that cannot be made.
   */
  @SuppressWarnings("unchecked")
  private static Function<Object, Object> accessor(Method getter) {
    try {
      Class<?> owner = getter.getDeclaringClass();
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
      MethodHandle handle = lookup.unreflect(getter);
      CallSite site = LambdaMetafactory.metafactory(lookup, "apply",
          MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
          handle, MethodType.methodType(MethodType.methodType(getter.getReturnType()).wrap().returnType(), owner));
      return (Function<Object, Object>) site.getTarget().invoke();
    } catch (Throwable e) {
      return bean -> read(getter, bean);
    }
  }

  /** What {@link #valueOf} returns when a getter threw: Hibernate Validator then decides. */
  private static final Object FAILED = new Object();

  private static Object valueOf(Getter getter, Object bean) {
    try {
      return getter.function.apply(bean);
    } catch (RuntimeException e) {
      return FAILED;
    }
  }

  private static Object read(Method getter, Object bean) {
    try {
      return getter.invoke(bean);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** The no-argument method of a property, found up the class hierarchy, made accessible. */
  private static Method getter(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(name) && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
            && !m.isBridge()) {
          m.setAccessible(true);
          return m;
        }
      }
    }
    return null;
  }

  /** Types whose constraints Hibernate Validator applies to the wrapped value by default. */
  private static boolean unwrappedByDefault(Class<?> type) {
    return type.getName().startsWith("java.util.Optional") && type != Optional.class
        || type.getName().startsWith("javafx.");
  }

  /** Applies rules to every element of a container: Optional, any Collection, or Map keys or values. */
  private static Rule forEachElement(Class<?> container, int argument,
      List<Rule> rules) {
    Rule all = value -> {
      for (Rule rule : rules) {
        if (!rule.passes(value)) {
          return false;
        }
      }
      return true;
    };
    if (container == Optional.class) {
      return value -> value == null || ((Optional<?>) value).map(all::passes).orElse(true);
    }
    if (container == List.class || container == Set.class || container == Collection.class) {
      return value -> {
        if (value == null) {
          return true;
        }
        for (Object element : (Collection<?>) value) {
          if (!all.passes(element)) {
            return false;
          }
        }
        return true;
      };
    }
    if (container == Map.class) {
      return value -> {
        if (value == null) {
          return true;
        }
        for (Object element : argument == 0 ? ((Map<?, ?>) value).keySet() : ((Map<?, ?>) value).values()) {
          if (!all.passes(element)) {
            return false;
          }
        }
        return true;
      };
    }
    return null;
  }

  /** The rules of a set of constraints, or null if one of them is not handled here. */
  private static List<Rule> rules(Set<ConstraintDescriptor<?>> descriptors) {
    List<Rule> rules = new ArrayList<>();
    for (ConstraintDescriptor<?> descriptor : descriptors) {
      if (!descriptor.getGroups().equals(Set.of(Default.class))
          || !descriptor.getComposingConstraints().isEmpty()
          || descriptor.getValueUnwrapping() == ValidateUnwrappedValue.UNWRAP) {
        return null;
      }
      Rule rule = rule(descriptor.getAnnotation());
      if (rule == null) {
        return null;
      }
      rules.add(rule);
    }
    return rules;
  }

  /**
   * One constraint as a check that is true only when the value certainly meets it, following
   * Hibernate Validator's validators: null meets every constraint but the two "not" ones.
   */
  private static Rule rule(Annotation annotation) {
    if (annotation instanceof NotNull) {
      return value -> value != null;
    }
    if (annotation instanceof AssertTrue) {
      return value -> value == null || Boolean.TRUE.equals(value);
    }
    if (annotation instanceof NotBlank) {
      // exactly Hibernate Validator's test: String.isBlank, which knows every Unicode whitespace
      return value -> value instanceof CharSequence && !value.toString().isBlank();
    }
    if (annotation instanceof Size) {
      int min = ((Size) annotation).min();
      int max = ((Size) annotation).max();
      return value -> {
        int size = value instanceof CharSequence ? ((CharSequence) value).length()
            : value instanceof Collection ? ((Collection<?>) value).size()
            : value instanceof Map ? ((Map<?, ?>) value).size() : -1;
        return value == null || size >= min && size <= max;
      };
    }
    if (annotation instanceof Pattern) {
      int flags = 0;
      for (Pattern.Flag flag : ((Pattern) annotation).flags()) {
        flags |= flag.getValue();
      }
      java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(((Pattern) annotation).regexp(), flags);
      CharClasses classes = flags == 0 ? CharClasses.of(((Pattern) annotation).regexp()) : null;
      if (classes != null) {
        return value -> value == null || value instanceof CharSequence && classes.matches((CharSequence) value);
      }
      // one matcher per thread, reset for each value: no matcher built per check
      ThreadLocal<Matcher> matchers = ThreadLocal.withInitial(() -> pattern.matcher(""));
      return value -> value == null
          || value instanceof CharSequence && matchers.get().reset((CharSequence) value).matches();
    }
    if (annotation instanceof Min) {
      long min = ((Min) annotation).value();
      return value -> value == null || isIntegral(value) && ((Number) value).longValue() >= min;
    }
    if (annotation instanceof Max) {
      long max = ((Max) annotation).value();
      return value -> value == null || isIntegral(value) && ((Number) value).longValue() <= max;
    }
    if (annotation instanceof Positive) {
      return value -> value == null || isIntegral(value) && ((Number) value).longValue() > 0
          || isFloating(value) && ((Number) value).doubleValue() > 0;
    }
    if (annotation instanceof DecimalMin) {
      // more than one step above the nearest double of the bound is above the bound itself,
      // however the bound is rounded; the bound and values next to it go to Hibernate Validator
      double min = Math.nextUp(Double.parseDouble(((DecimalMin) annotation).value()));
      return value -> value == null || isNumber(value) && ((Number) value).doubleValue() > min;
    }
    if (annotation instanceof DecimalMax) {
      double max = Math.nextDown(Double.parseDouble(((DecimalMax) annotation).value()));
      return value -> value == null || isNumber(value) && ((Number) value).doubleValue() < max;
    }
    if (annotation instanceof DurationMin) {
      DurationMin d = (DurationMin) annotation;
      Duration min = duration(d.days(), d.hours(), d.minutes(), d.seconds(), d.millis(), d.nanos());
      boolean inclusive = d.inclusive();
      return value -> value == null || value instanceof Duration
          && (inclusive ? ((Duration) value).compareTo(min) >= 0 : ((Duration) value).compareTo(min) > 0);
    }
    if (annotation instanceof DurationMax) {
      DurationMax d = (DurationMax) annotation;
      Duration max = duration(d.days(), d.hours(), d.minutes(), d.seconds(), d.millis(), d.nanos());
      boolean inclusive = d.inclusive();
      return value -> value == null || value instanceof Duration
          && (inclusive ? ((Duration) value).compareTo(max) <= 0 : ((Duration) value).compareTo(max) < 0);
    }
    return null;
  }

  private static Duration duration(long days, long hours, long minutes, long seconds, long millis, long nanos) {
    return Duration.ofDays(days).plusHours(hours).plusMinutes(minutes).plusSeconds(seconds)
        .plusMillis(millis).plusNanos(nanos);
  }

  private static boolean isIntegral(Object value) {
    return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
  }

  private static boolean isFloating(Object value) {
    return value instanceof Double || value instanceof Float;
  }

  /** Numbers whose double value is exact. */
  private static boolean isNumber(Object value) {
    return value instanceof Double || value instanceof Integer || value instanceof Short
        || value instanceof Byte;
  }

  /**
   * A regular expression made of ASCII character classes only, each matching one character, the
   * last one possibly repeated ({@code *} or {@code +}), such as the identifiers'
   * {@code [A-Za-z0-9][A-Za-z0-9._:-]*}: matched by a table lookup per character. Such an
   * expression has one way to match, so no backtracking is missed.
   */
  static final class CharClasses {
    private final boolean[][] classes;
    /** How the last class repeats: '1' once, '*' any number of times, '+' at least once. */
    private final char last;

    private CharClasses(boolean[][] classes, char last) {
      this.classes = classes;
      this.last = last;
    }

    /** The expression as classes, or null if it is of another form. */
    static CharClasses of(String regexp) {
      List<boolean[]> classes = new ArrayList<>();
      char last = '1';
      int i = 0;
      while (i < regexp.length()) {
        if (last != '1' || regexp.charAt(i) != '[') {
          return null;
        }
        int close = regexp.indexOf(']', i + 2);
        if (close < 0) {
          return null;
        }
        boolean[] set = set(regexp.substring(i + 1, close));
        if (set == null) {
          return null;
        }
        classes.add(set);
        i = close + 1;
        if (i < regexp.length() && (regexp.charAt(i) == '*' || regexp.charAt(i) == '+')) {
          last = regexp.charAt(i++);
        }
      }
      return classes.isEmpty() ? null : new CharClasses(classes.toArray(new boolean[0][]), last);
    }

    /** Letters, digits, ranges between them, and the literals . _ : and - (first or last). */
    private static boolean[] set(String body) {
      boolean[] set = new boolean[128];
      for (int i = 0; i < body.length(); i++) {
        char c = body.charAt(i);
        boolean range = i + 2 < body.length() && body.charAt(i + 1) == '-';
        if (range) {
          char to = body.charAt(i + 2);
          if (!Character.isLetterOrDigit(c) || !Character.isLetterOrDigit(to) || c > to || to >= 128) {
            return null;
          }
          for (char x = c; x <= to; x++) {
            set[x] = true;
          }
          i += 2;
        } else if (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == ':'
            || c == '-' && (i == 0 || i == body.length() - 1))) {
          set[c] = true;
        } else {
          return null;
        }
      }
      return set;
    }

    boolean matches(CharSequence value) {
      int fixed = last == '1' ? classes.length : classes.length - 1;
      int n = value.length();
      if (n < fixed || last == '1' && n != fixed || last == '+' && n == fixed) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        char c = value.charAt(i);
        boolean[] set = classes[Math.min(i, classes.length - 1)];
        if (c >= 128 || !set[c]) {
          return false;
        }
      }
      return true;
    }
  }
}
