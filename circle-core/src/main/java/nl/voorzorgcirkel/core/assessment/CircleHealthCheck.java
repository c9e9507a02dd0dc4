package nl.voorzorgcirkel.core.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.voorzorgcirkel.core.consent.DataAccess;
import nl.voorzorgcirkel.core.consent.PersonalField;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CirclePolicy;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.Vitality;

/**
 * Measures a circle against its {@link CirclePolicy} on a given day.
 *
 * <p>Counted are the members in the circle on that day ({@link Member#isMemberOn}), paused or not.
 * The checks, each with its {@link HealthCode}:
 *
 * <ul>
 *   <li>size: below {@code minSize} or above {@code maxSize} is a PROBLEM; outside the
 *       recommended size a WARNING;
 *   <li>connectors: none is a PROBLEM; fewer than {@code minConnectors} a WARNING;
 *   <li>single points of failure: each kind of help offered in the circle by fewer than {@code
 *       minOfferersPerCapability} members who are available that day (not paused, not away) is a
 *       WARNING. Offers are counted by kind of help as a vocabulary reads them ({@link
 *       CapabilityVocabulary#canonical}), as matching with a scope policy of that vocabulary does
 *       ({@link Circle#membersOffering(Capability, CapabilityVocabulary)}): by the {@linkplain
 *       CapabilityVocabulary#standard() standard vocabulary} unless the circle's own is given
 *       ({@link #check(Circle, LocalDate, CapabilityVocabulary)}). Offers written {@code
 *       boodschappen} and {@code groceries} are one kind, groceries and errands (one member cannot
 *       offer both: {@link Member}, {@link Circle#requireOneOfferPerKind}); the finding names the
 *       kind's own capability;
 *   <li>vitality: no vital member is a PROBLEM; a share of dependent members above {@code
 *       maxDependentShare} a WARNING;
 *   <li>members who offer nothing yet: INFO (they may still; receiving is what circles are for);
 *   <li>distance: members whose homes are farther apart than {@code maxDistanceMetres}: a WARNING
 *       naming, for each such pair, the member who lives farther from the others.
 * </ul>
 *
 * <p>{@link #check(Circle, CircleLife, LocalDate)} also reads the circle's life, each part only
 * if the caller gave it (see {@link LifeThresholds} for the periods and limits):
 *
 * <ul>
 *   <li>ledger and commitments: helpers over their weekly capacity in each of the last {@code
 *       weeksOverCapacity} weeks (this week counting help promised too) is a WARNING;
 *   <li>requests: members who offer help and were not asked, nor helped, in {@code quietWeeks}
 *       weeks: INFO; members who asked for nothing and received nothing in that time: INFO, a
 *       gentle prompt for a connector (asking is hard), never a score; more requests expired in
 *       the last {@code recentWeeks} weeks than in the same period before (and at least 2): a
 *       WARNING;
 *   <li>requests, calls or check-ins: connectors whose tasks (asking helpers, referring requests,
 *       check-ins and calls they made) average more than {@code connectorTasksPerWeek} a week over
 *       the recent weeks: a WARNING;
 *   <li>activities: no shared activity held in {@code weeksWithoutActivity} weeks: a WARNING;
 *   <li>check-ins: calls that passed to the connectors ({@link
 *       nl.voorzorgcirkel.core.checkin.Escalation#CONNECTOR}): a WARNING that counts them and
 *       names nobody.
 * </ul>
 *
 * <p>Members count when in the circle on the day; the quiet-weeks checks only members who were in
 * it the whole period. Activities never count as help: they do not change any help finding.
 *
 * <p>The report is for connectors and the welfare organisation, not for the group. Runs in
 * O(n<sup>2</sup>) for n members (the distance check) plus O(r + c) for r ledger records and
 * request events and c contacts. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CircleHealthCheck {

  private CircleHealthCheck() {}

  /**
   * Checks a circle on a day.
   *
   * @param circle the circle, not null
   * @param date the day, not null
   * @return the report, never null
   */
  public static HealthReport check(Circle circle, LocalDate date) {
    return check(circle, date, member -> true, CapabilityVocabulary.standard());
  }

  /**
   * Checks a circle on a day, counting the kinds of help offered as the circle's own vocabulary
   * reads them, as matching with a scope policy of that vocabulary does: under a vocabulary that
   * makes {@code regiotaxi} a synonym of rides, offers written {@code regiotaxi} and {@code autorit}
   * are one kind. Everything else as {@link #check(Circle, LocalDate)}.
   *
   * @param circle the circle, not null
   * @param date the day, not null
   * @param vocabulary the vocabulary that reads the offers, normally the matching's ({@code
   *     MatchingStrategy.vocabulary()}); not null
   * @return the report, never null
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException with rule {@code
   *     Circle.oneOfferPerKind} if a member offers a kind of help twice as the vocabulary reads it
   *     ({@link Circle#requireOneOfferPerKind})
   * @since 0.1.0
   */
  public static HealthReport check(Circle circle, LocalDate date, CapabilityVocabulary vocabulary) {
    return check(circle, date, member -> true, vocabulary);
  }

  /**
   * Checks a circle on a day, reading members' personal data only as {@code access} allows: the
   * vitality checks count only members whose vitality it may read, over the members it may read
   * (no share is computed from guesses); when it may read none, they say nothing. An INFO finding
   * ({@link HealthCode#VITALITY_UNKNOWN}) counts the members whose vitality was withheld.
   *
   * @param circle the circle, not null
   * @param date the day, not null; consent is checked on this day
   * @param access what the health check may read, normally {@code
   *     policy.access(Reader.HEALTH_CHECK, consents)}, not null
   * @return the report, never null
   * @since 0.1.0
   */
  public static HealthReport check(Circle circle, LocalDate date, DataAccess access) {
    return check(circle, date, access, CapabilityVocabulary.standard());
  }

  private static HealthReport check(Circle circle, LocalDate date, DataAccess access,
      CapabilityVocabulary vocabulary) {
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(date, "date");
    return check(circle, date,
        member -> access.mayRead(member.id(), PersonalField.VITALITY, date), vocabulary);
  }

  /**
   * Checks a circle and its life on a day, reading personal data only as {@code access} allows:
   * {@link #check(Circle, LocalDate, DataAccess)} and the life checks of {@link #check(Circle,
   * CircleLife, LocalDate)}.
   *
   * @param circle the circle, not null
   * @param life what happened in the circle, not null
   * @param date the day, not null
   * @param access what the health check may read, not null
   * @return the report, never null
   * @since 0.1.0
   */
  public static HealthReport check(Circle circle, CircleLife life, LocalDate date,
      DataAccess access) {
    return check(circle, life, date, access, CapabilityVocabulary.standard());
  }

  /**
   * Checks a circle and its life on a day, reading personal data only as {@code access} allows and
   * counting the kinds of help offered as the circle's own vocabulary reads them: {@link
   * #check(Circle, CircleLife, LocalDate, DataAccess)} with the coverage of {@link #check(Circle,
   * LocalDate, CapabilityVocabulary)}.
   *
   * @param circle the circle, not null
   * @param life what happened in the circle, not null
   * @param date the day, not null
   * @param access what the health check may read, not null
   * @param vocabulary the vocabulary that reads the offers, normally the matching's; not null
   * @return the report, never null
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException with rule {@code
   *     Circle.oneOfferPerKind} if a member offers a kind of help twice as the vocabulary reads it
   * @since 0.1.0
   */
  public static HealthReport check(Circle circle, CircleLife life, LocalDate date,
      DataAccess access, CapabilityVocabulary vocabulary) {
    Objects.requireNonNull(life, "life");
    return withLife(check(circle, date, access, vocabulary), circle, life, date);
  }

  private static HealthReport check(Circle circle, LocalDate date,
      Predicate<Member> vitalityReadable, CapabilityVocabulary vocabulary) {
    Objects.requireNonNull(circle, "circle");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(vocabulary, "vocabulary");
    if (!vocabulary.equals(CapabilityVocabulary.standard())) { // by the standard one, Member holds it
      circle.requireOneOfferPerKind(vocabulary); // a member offering one kind twice would count twice
    }
    CirclePolicy policy = circle.policy();
    List<Member> members = circle.membersOn(date);
    List<HealthFinding> findings = new ArrayList<>();
    checkSize(policy, members.size(), findings);
    checkConnectors(policy, members, findings);
    checkCoverage(policy, members, date, vocabulary, findings);
    checkVitality(policy, members, vitalityReadable, findings);
    checkOffersNothing(members, findings);
    checkDistances(policy, members, findings);
    return new HealthReport(circle.id(), date, findings);
  }

  /**
   * Checks a circle and its life on a day: everything {@link #check(Circle, LocalDate)} checks,
   * and the life checks described above for each part of {@code life} that is given.
   *
   * @param circle the circle, not null
   * @param life what happened in the circle, not null
   * @param date the day, not null; everything before its end counts
   * @return the report, never null
   */
  public static HealthReport check(Circle circle, CircleLife life, LocalDate date) {
    Objects.requireNonNull(life, "life");
    return withLife(check(circle, date), circle, life, date);
  }

  private static HealthReport withLife(HealthReport structure, Circle circle, CircleLife life,
      LocalDate date) {
    List<HealthFinding> findings = new ArrayList<>(structure.findings());
    new LifeChecks(circle, life, date, findings).run();
    return new HealthReport(circle.id(), date, findings);
  }

  private static void checkSize(CirclePolicy policy, int size, List<HealthFinding> findings) {
    Map<String, Object> figures = Map.of("size", size, "min", policy.minSize(), "max",
        policy.maxSize(), "recommendedMin", policy.recommendedMinSize(), "recommendedMax",
        policy.recommendedMaxSize());
    if (size < policy.minSize()) {
      findings.add(finding(Severity.PROBLEM, HealthCode.SIZE_BELOW_MINIMUM, figures));
    } else if (size > policy.maxSize()) {
      findings.add(finding(Severity.PROBLEM, HealthCode.SIZE_ABOVE_MAXIMUM, figures));
    } else if (size < policy.recommendedMinSize() || size > policy.recommendedMaxSize()) {
      findings.add(finding(Severity.WARNING, HealthCode.SIZE_OUTSIDE_RECOMMENDED, figures));
    }
  }

  private static void checkConnectors(CirclePolicy policy, List<Member> members,
      List<HealthFinding> findings) {
    long connectors = members.stream().filter(m -> m.role() == Role.CONNECTOR).count();
    Map<String, Object> figures = Map.of("connectors", connectors, "min", policy.minConnectors());
    if (connectors == 0 && policy.minConnectors() > 0) {
      findings.add(finding(Severity.PROBLEM, HealthCode.NO_CONNECTOR, figures));
    } else if (connectors < policy.minConnectors()) {
      findings.add(finding(Severity.WARNING, HealthCode.TOO_FEW_CONNECTORS, figures));
    }
  }

  private static void checkCoverage(CirclePolicy policy, List<Member> members, LocalDate date,
      CapabilityVocabulary vocabulary, List<HealthFinding> findings) {
    Map<Capability, List<MemberId>> offerers = new TreeMap<>();
    for (Member member : members) {
      for (CapabilityOffer offer : member.capabilities()) {
        // by kind of help: boodschappen and groceries are one kind (a member offers each kind once)
        List<MemberId> ids = offerers.computeIfAbsent(vocabulary.canonical(offer.capability()),
            c -> new ArrayList<>());
        if (member.isAvailableOn(date)) {
          ids.add(member.id());
        }
      }
    }
    offerers.forEach((capability, available) -> {
      if (available.size() < policy.minOfferersPerCapability()) {
        findings.add(new HealthFinding(Severity.WARNING, HealthCode.SINGLE_POINT_OF_FAILURE,
            capability, sorted(available),
            Map.of("offerers", available.size(), "min", policy.minOfferersPerCapability())));
      }
    });
  }

  private static void checkVitality(CirclePolicy policy, List<Member> all,
      Predicate<Member> readable, List<HealthFinding> findings) {
    List<Member> members = all.stream().filter(readable).toList();
    int withheld = all.size() - members.size();
    if (withheld > 0) {
      findings.add(finding(Severity.INFO, HealthCode.VITALITY_UNKNOWN,
          Map.of("withheld", withheld)));
    }
    if (members.isEmpty()) {
      return;
    }
    long vital = members.stream().filter(m -> m.vitality() == Vitality.VITAL).count();
    long dependent = members.stream().filter(m -> m.vitality() == Vitality.DEPENDENT).count();
    double share = (double) dependent / members.size();
    Map<String, Object> figures = Map.of("vital", vital, "dependent", dependent,
        "percent", Math.round(share * 100), "maxPercent",
        Math.round(policy.maxDependentShare() * 100));
    if (vital == 0) {
      findings.add(finding(Severity.PROBLEM, HealthCode.NO_VITAL_MEMBERS, figures));
    }
    if (share > policy.maxDependentShare()) {
      findings.add(finding(Severity.WARNING, HealthCode.VITALITY_IMBALANCE, figures));
    }
  }

  private static void checkOffersNothing(List<Member> members, List<HealthFinding> findings) {
    List<MemberId> nothing = new ArrayList<>();
    for (Member member : members) {
      if (member.capabilities().isEmpty()) {
        nothing.add(member.id());
      }
    }
    if (!nothing.isEmpty()) {
      findings.add(new HealthFinding(Severity.INFO, HealthCode.MEMBERS_OFFER_NOTHING, null,
          sorted(nothing), Map.of()));
    }
  }

  private static void checkDistances(CirclePolicy policy, List<Member> members,
      List<HealthFinding> findings) {
    int n = members.size();
    double[] total = new double[n];
    double[][] distance = new double[n][n];
    double farthest = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double d = members.get(i).home().distanceMetresTo(members.get(j).home());
        distance[i][j] = d;
        distance[j][i] = d;
        total[i] += d;
        total[j] += d;
        farthest = Math.max(farthest, d);
      }
    }
    List<MemberId> outliers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (distance[i][j] > policy.maxDistanceMetres()) {
          MemberId outlier = total[i] >= total[j] ? members.get(i).id() : members.get(j).id();
          if (!outliers.contains(outlier)) {
            outliers.add(outlier);
          }
        }
      }
    }
    if (!outliers.isEmpty()) {
      findings.add(new HealthFinding(Severity.WARNING, HealthCode.MEMBERS_FAR_APART, null,
          sorted(outliers), Map.of("farthestMetres", Math.round(farthest), "maxMetres",
              policy.maxDistanceMetres())));
    }
  }

  private static HealthFinding finding(Severity severity, HealthCode code, Map<String, ?> figures) {
    return new HealthFinding(severity, code, null, List.of(), figures);
  }

  private static List<MemberId> sorted(List<MemberId> ids) {
    List<MemberId> copy = new ArrayList<>(ids);
    copy.sort(null);
    return copy;
  }
}
