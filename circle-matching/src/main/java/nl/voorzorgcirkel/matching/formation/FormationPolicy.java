package nl.voorzorgcirkel.matching.formation;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.i18n.Bilingual;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.CirclePolicy;

/**
 * What the circles formed from a pool must meet.
 *
 * <p>Defaults ({@link #standard()}): sizes from {@link CirclePolicy#standard()} (8 to 15, aiming
 * for 12, inside the recommended 10 to 13); 2 connectors (programmes in Cuijk and elsewhere);
 * members at most 1,500 m apart (walking or cycling distance; an assumption); at least two members
 * offering groceries and errands and two offering visits and company, the help circles give most
 * (an assumption from the kinds of help older people receive most: household help and
 * accompaniment, CBS); at least half of the members vital (an assumption). Immutable and
 * thread-safe.
 *
 * @param minSize the fewest members a circle may have, 2 or more
 * @param targetSize the size to aim for, between {@code minSize} and {@code maxSize}
 * @param maxSize the most members a circle may have, at most 100
 * @param connectors connectors per circle, 0 to 10, at most {@code minSize}
 * @param maxDistanceMetres the farthest any two members of a circle may live apart, 50 to 50,000
 *     (the ranges of {@link CirclePolicy}, which the formed circles carry)
 * @param requiredCapabilities capability to the fewest members that must offer the kind of help it
 *     names, not null, no null values, each kind of help once as {@code vocabulary} reads the codes;
 *     kept sorted by capability, so breaches and reports read it in
 *     one order every run; forming and advice read the capability and the members' offers by kind of
 *     help as {@code vocabulary} does ({@link nl.voorzorgcirkel.core.model.Member#offers(Capability,
 *     CapabilityVocabulary)}), so a requirement of {@code autorit} is met by members offering {@code
 *     ride} or {@code ride-by-car}
 * @param minVitalShare the least share of vital members, 0 to 1
 * @param vocabulary the vocabulary by which {@code requiredCapabilities} and the members' offers
 *     are read, as matching with a scope policy of that vocabulary reads them; not null; the
 *     {@linkplain CapabilityVocabulary#standard() standard vocabulary} unless a circle's own is given
 *     ({@link #withVocabulary}), for a platform whose codes ({@code regiotaxi}) the standard one does
 *     not know
 * @since 0.1.0
 */
public record FormationPolicy(int minSize, int targetSize, int maxSize, int connectors,
    int maxDistanceMetres, Map<Capability, Integer> requiredCapabilities, double minVitalShare,
    CapabilityVocabulary vocabulary) {

  /**
   * Checks and copies the components.
   *
   * @param minSize see the record description
   * @param targetSize see the record description
   * @param maxSize see the record description
   * @param connectors see the record description
   * @param maxDistanceMetres see the record description
   * @param requiredCapabilities see the record description
   * @param minVitalShare see the record description
   * @param vocabulary see the record description
   * @throws IllegalArgumentException naming the component and the rule; for two required codes of
   *     one kind of help as {@code vocabulary} reads them ({@code regiotaxi} and {@code ride-by-car}
   *     under a vocabulary that makes the one a synonym of the other) an {@link
   *     nl.voorzorgcirkel.core.validation.InvalidValueException} with rule {@code
   *     oneRequirementPerKind} at the later code, naming both places and the kind by the
   *     vocabulary's label, in English and Dutch: require each kind of help once
   * @throws NullPointerException naming {@code requiredCapabilities} or {@code vocabulary} if null
   */
  public FormationPolicy {
    Objects.requireNonNull(vocabulary, "vocabulary");
    if (minSize < 2 || minSize > targetSize || targetSize > maxSize) {
      throw Arguments.invalid(TYPE, "minSize", "sizesOrdered", Map.of());
    }
    Arguments.between(maxSize, 2, 100, TYPE, "maxSize");
    if (connectors < 0 || connectors > minSize) {
      throw Arguments.invalid(TYPE, "connectors", "atMostMinSize", Map.of());
    }
    Arguments.between(connectors, 0, 10, TYPE, "connectors");
    Arguments.between(maxDistanceMetres, 50, 50_000, TYPE, "maxDistanceMetres");
    if (!(minVitalShare >= 0 && minVitalShare <= 1)) {
      throw Arguments.invalid(TYPE, "minVitalShare", "share", Map.of());
    }
    // sorted, as documented: a hash order (Map.copyOf) changed the breaches' order between runs
    requiredCapabilities = Collections.unmodifiableMap(new TreeMap<>(Map.copyOf(Objects.requireNonNull(
        requiredCapabilities, "requiredCapabilities"))));
    requiredCapabilities.forEach((capability, count) ->
        Arguments.atLeast(count, 1, TYPE, "requiredCapabilities[" + capability + "]"));
    requireOneRequirementPerKind(requiredCapabilities, vocabulary);
  }

  /**
   * Each kind of help required once, as the vocabulary reads the codes: as a member offers each
   * kind once ({@code Member.capabilitiesUnique}, {@code Circle.oneOfferPerKind}), so that coverage
   * and advice count one kind with one number, not the same members twice against two numbers.
   */
  private static void requireOneRequirementPerKind(Map<Capability, Integer> required,
      CapabilityVocabulary vocabulary) {
    Map<Capability, Capability> firstOfKind = new TreeMap<>();
    for (Capability code : required.keySet()) { // sorted: the first place is the earlier code
      Capability kind = vocabulary.canonical(code);
      Capability first = firstOfKind.putIfAbsent(kind, code);
      if (first != null) {
        Bilingual label = vocabulary.entry(kind)
            .map(entry -> new Bilingual(entry.label(Locale.ENGLISH), entry.label(DUTCH)))
            .orElse(new Bilingual(kind.code(), kind.code()));
        throw Arguments.invalid(TYPE, "requiredCapabilities[" + code + "]", "oneRequirementPerKind",
            Map.of("kind", label, "first", "requiredCapabilities[" + first + "]",
                "second", "requiredCapabilities[" + code + "]"));
      }
    }
  }

  /**
   * A policy that reads kinds of help by the {@linkplain CapabilityVocabulary#standard() standard
   * vocabulary}.
   *
   * @param minSize see the record description
   * @param targetSize see the record description
   * @param maxSize see the record description
   * @param connectors see the record description
   * @param maxDistanceMetres see the record description
   * @param requiredCapabilities see the record description
   * @param minVitalShare see the record description
   * @throws IllegalArgumentException naming the component and the rule
   */
  public FormationPolicy(int minSize, int targetSize, int maxSize, int connectors,
      int maxDistanceMetres, Map<Capability, Integer> requiredCapabilities, double minVitalShare) {
    this(minSize, targetSize, maxSize, connectors, maxDistanceMetres, requiredCapabilities,
        minVitalShare, CapabilityVocabulary.standard());
  }

  /**
   * A copy that reads the required kinds of help and the candidates' offers by a circle's own
   * vocabulary, as matching with a scope policy of that vocabulary reads them: under a vocabulary
   * that makes {@code regiotaxi} a synonym of rides, a candidate offering {@code regiotaxi} counts
   * for a requirement of {@code ride-by-car}. Give the same vocabulary as the matching's ({@code
   * MatchingStrategy.vocabulary()}), so that the circles formed cover what the matching will find.
   * The formed circles' health ({@link FormedCircle#health()}) is checked by it too, so forming
   * throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException} with rule {@code
   * Circle.oneOfferPerKind} when a candidate offers one kind of help twice as it reads the offers
   * ({@link nl.voorzorgcirkel.core.model.Circle#requireOneOfferPerKind}).
   *
   * @param vocabulary the vocabulary, not null
   * @return the changed policy, immutable and thread-safe
   * @throws NullPointerException naming {@code vocabulary} if it is null
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException with rule {@code
   *     oneRequirementPerKind} if the vocabulary reads two required codes as one kind of help (see
   *     the canonical constructor)
   * @since 0.1.0
   */
  public FormationPolicy withVocabulary(CapabilityVocabulary vocabulary) {
    return new FormationPolicy(minSize, targetSize, maxSize, connectors, maxDistanceMetres,
        requiredCapabilities, minVitalShare, vocabulary);
  }

  private static final String TYPE = "FormationPolicy";
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  /**
   * The defaults described above.
   *
   * @return the standard formation policy
   */
  public static FormationPolicy standard() {
    CirclePolicy circle = CirclePolicy.standard();
    return new FormationPolicy(circle.minSize(), 12, circle.maxSize(), circle.minConnectors(),
        circle.maxDistanceMetres(),
        Map.of(Capability.GROCERIES_AND_ERRANDS, 2, Capability.VISITS_AND_COMPANY, 2), 0.5);
  }
}
