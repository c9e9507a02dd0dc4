package nl.voorzorgcirkel.core.impact;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.voorzorgcirkel.core.activity.Attendance;
import nl.voorzorgcirkel.core.audit.AuditChange;
import nl.voorzorgcirkel.core.audit.AuditEntry;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.consent.DataAccess;
import nl.voorzorgcirkel.core.consent.DataPolicy;
import nl.voorzorgcirkel.core.consent.PersonalField;
import nl.voorzorgcirkel.core.consent.Reader;
import nl.voorzorgcirkel.core.export.KAnonymity;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.Spread;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.NextStep;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.loneliness.LonelinessLevel;
import nl.voorzorgcirkel.core.loneliness.LonelinessScore;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.core.scope.ReferralTarget;

/**
 * Makes {@link ImpactReport}s: what a set of circles did in a period, with every figure about fewer
 * than k members suppressed. The {@linkplain ImpactMeasure measures} say what each figure counts.
 *
 * <p>Personal data is read only through the {@link DataPolicy} for {@link Reader#REPORT}: a
 * member's loneliness scores count only where the report may read {@link
 * PersonalField#LONELINESS} on the day they answered (the standard policy: with consent for
 * research use). Everything else the report reads is the circle's own record of help, requests,
 * commitments, activities and membership, which it only counts.
 *
 * <p>Cost: one pass over each circle's records, plus sorting the waits: O(n log n) in the number
 * of records. Immutable and thread-safe; same input, same report.
 *
 * @since 0.1.0
 */
public final class ImpactReporter {

  private static final ImpactReporter STANDARD = new ImpactReporter(KAnonymity.standard(),
      DataPolicy.standard(), WeeklyAvailability.DEFAULT_ZONE, CapabilityVocabulary.standard());

  private final KAnonymity kAnonymity;
  private final DataPolicy policy;
  private final ZoneId zone;
  /** The reading of kinds of help: hours recorded as {@code boodschappen} count for groceries and errands. */
  private final CapabilityVocabulary vocabulary;

  private ImpactReporter(KAnonymity kAnonymity, DataPolicy policy, ZoneId zone,
      CapabilityVocabulary vocabulary) {
    this.kAnonymity = kAnonymity;
    this.policy = policy;
    this.zone = zone;
    this.vocabulary = vocabulary;
  }

  /**
   * The reporter with k = 5, the standard data policy and weeks in Europe/Amsterdam.
   *
   * @return the reporter, never null
   */
  public static ImpactReporter standard() {
    return STANDARD;
  }

  /**
   * A reporter of one's own.
   *
   * @param kAnonymity the small-group rule, not null
   * @param policy what the report may read, not null
   * @param zone the zone of the local weeks (capacity counts per week from Monday) and of the days
   *     of membership, not null
   * @return the reporter, never null
   */
  public static ImpactReporter of(KAnonymity kAnonymity, DataPolicy policy, ZoneId zone) {
    return new ImpactReporter(Objects.requireNonNull(kAnonymity, "kAnonymity"),
        Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(zone, "zone"),
        CapabilityVocabulary.standard());
  }

  /**
   * A copy that reads the kinds of help recorded ({@link ImpactMeasure#HELP_HOURS}) as the
   * circles' own vocabulary does, as matching with a scope policy of that vocabulary reads them:
   * under a vocabulary that makes {@code regiotaxi} a synonym of rides, hours recorded as {@code
   * regiotaxi} count for {@code ride-by-car}. One vocabulary for every circle of a report: their
   * figures are added up by kind.
   *
   * @param vocabulary the vocabulary, normally the matching's; not null
   * @return the changed reporter, immutable and thread-safe
   * @throws NullPointerException naming {@code vocabulary} if it is null
   * @since 0.1.0
   */
  public ImpactReporter withVocabulary(CapabilityVocabulary vocabulary) {
    return new ImpactReporter(kAnonymity, policy, zone, Objects.requireNonNull(vocabulary, "vocabulary"));
  }

  /**
   * The vocabulary by which the kinds of help recorded are read.
   *
   * @return the vocabulary, never null; the standard one unless {@link #withVocabulary} gave another
   * @since 0.1.0
   */
  public CapabilityVocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * The small-group rule.
   *
   * @return the rule, never null
   */
  public KAnonymity kAnonymity() {
    return kAnonymity;
  }

  /**
   * The report over a period.
   *
   * @param circles the circles' histories, not null, without nulls; may be empty
   * @param from the start of the period, inclusive, not null
   * @param to the end of the period, exclusive, not null, not before {@code from}
   * @return the report, never null
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException with rule {@code periodOrder}
   *     if {@code to} lies before {@code from}
   */
  public ImpactReport report(List<CircleHistory> circles, Instant from, Instant to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw Arguments.invalid("ImpactReporter", "to", "periodOrder", Map.of());
    }
    Tally t = new Tally();
    for (CircleHistory history : Arguments.noNulls(circles, "circles")) {
      count(history, from, to, t);
    }
    return new ImpactReport(from, to, kAnonymity.k(), suppress(t.figures(circles.size())));
  }

  private void count(CircleHistory history, Instant from, Instant to, Tally t) {
    t.circle++;
    Circle circle = history.records().circle();
    // the members in the period: listed and not left, and every id active in it
    Set<MemberId> members = new TreeSet<>();
    for (Member m : circle.members()) {
      if (m.status() != MemberStatus.LEFT && m.joined().atStartOfDay(zone).toInstant().isBefore(to)) {
        members.add(m.id());
      }
    }
    // help given
    SortedMap<MemberId, Duration> loads = history.records().ledger().loads(from, to);
    for (HelpRecord r : history.records().ledger().records()) {
      if (in(r.start(), from, to)) {
        members.add(r.helper());
        members.add(r.recipient());
        t.add(ImpactMeasure.HELP_HOURS, vocabulary.canonical(r.capability()).code(), hours(r.effort()), r.recipient());
        t.add(ImpactMeasure.HELP_HOURS, ImpactFigure.ALL, hours(r.effort()), r.recipient());
      }
    }
    // requests posted in the period and how they ended
    Set<MemberId> askers = new HashSet<>();
    for (RequestLifecycle life : history.lifecycles()) {
      if (!in(life.request().createdAt(), from, to)) {
        continue;
      }
      MemberId requester = life.request().requester();
      members.add(requester);
      askers.add(requester);
      t.add(ImpactMeasure.REQUESTS, ImpactFigure.ALL, 1, requester);
      String outcome = "OPEN";
      String after = "";
      boolean accepted = false;
      for (RequestEvent e : life.events()) {
        if (!e.at().isBefore(to)) {
          break;
        }
        if (e instanceof RequestEvent.Accepted && !accepted) {
          accepted = true;
          t.waited.add(Duration.between(life.request().createdAt(), e.at()).toMinutes());
          t.waiters.add(t.circle + "/" + requester.value());
        } else if (e instanceof RequestEvent.Done) {
          outcome = "DONE";
        } else if (e instanceof RequestEvent.Cancelled) {
          outcome = "CANCELLED";
        } else if (e instanceof RequestEvent.Expired expired) {
          outcome = "EXPIRED";
          after = expired.nextStep().name();
        } else if (e instanceof RequestEvent.Referred referred) {
          outcome = "REFERRED";
          after = referred.target().name();
        }
      }
      t.add(ImpactMeasure.OUTCOMES, outcome, 1, requester);
      // each breaks down its outcome exactly (a request referred after it expired is referred)
      if (outcome.equals("EXPIRED")) {
        t.add(ImpactMeasure.AFTER_EXPIRY, after, 1, requester);
      } else if (outcome.equals("REFERRED")) {
        t.add(ImpactMeasure.REFERRED_TO, after, 1, requester);
      }
    }
    t.add(ImpactMeasure.CIRCLES, ImpactFigure.ALL, 1, null);
    for (MemberId m : members) {
      t.add(ImpactMeasure.MEMBERS, ImpactFigure.ALL, 1, m);
      t.add(ImpactMeasure.SHARE_WHO_ASKED, ImpactFigure.ALL, askers.contains(m) ? 1 : 0, m);
    }
    spread(circle, loads, t);
    weeksOverCapacity(history, from, to, t);
    for (Commitment c : history.commitments().commitments()) {
      if (in(c.start(), from, to)) {
        t.add(ImpactMeasure.COMMITTED_HOURS, ImpactFigure.ALL, hours(c.duration()), c.recipient());
      }
    }
    for (Attendance a : history.activities().between(from, to)) {
      t.add(ImpactMeasure.ACTIVITY_OCCASIONS, ImpactFigure.ALL, 1, a.organiser());
      t.add(ImpactMeasure.ACTIVITY_ATTENDANCES, ImpactFigure.ALL, 1, a.organiser());
      for (MemberId attendee : a.attendees()) {
        t.add(ImpactMeasure.ACTIVITY_ATTENDANCES, ImpactFigure.ALL, 1, attendee);
      }
    }
    joinsAndLeaves(history, from, to, t);
    loneliness(history, from, to, t);
  }

  /**
   * Joins: listed members whose day of joining lies in the period, and members whose joining in it
   * the audit trail records (membership from {@code NONE}), each once. Leaves: the audit trail
   * (membership to {@code LEFT} in the period); a member has no day of leaving, so a listed member
   * who has left while the trail never records their leaving makes the leaves unknown.
   */
  private void joinsAndLeaves(CircleHistory history, Instant from, Instant to, Tally t) {
    Set<MemberId> joined = new TreeSet<>();
    Set<MemberId> leftAtSomeTime = new HashSet<>();
    for (Member m : history.records().circle().members()) {
      if (in(m.joined().atStartOfDay(zone).toInstant(), from, to)) {
        joined.add(m.id());
      }
    }
    for (AuditEntry e : history.audit().entries()) {
      if (e.change() != AuditChange.MEMBERSHIP) {
        continue;
      }
      boolean leaving = e.after().equals(MemberStatus.LEFT.name());
      if (leaving) {
        leftAtSomeTime.add(e.subject());
      }
      if (in(e.at(), from, to)) {
        if (e.before().equals("NONE")) {
          joined.add(e.subject());
        } else if (leaving) {
          t.add(ImpactMeasure.LEAVES, ImpactFigure.ALL, 1, e.subject());
        }
      }
    }
    for (MemberId m : joined) {
      t.add(ImpactMeasure.JOINS, ImpactFigure.ALL, 1, m);
    }
    for (Member m : history.records().circle().members()) {
      if (m.status() == MemberStatus.LEFT && !leftAtSomeTime.contains(m.id())
          && m.joined().atStartOfDay(zone).toInstant().isBefore(to)) {
        t.leavesUnknown = true;
      }
    }
  }

  /** Gini and max/mean of one circle's helpers, as the simulation counts helpers. */
  private static void spread(Circle circle, SortedMap<MemberId, Duration> loads, Tally t) {
    Map<MemberId, Double> helpers = new TreeMap<>();
    loads.forEach((id, load) -> helpers.put(id, (double) load.toSeconds()));
    for (Member m : circle.members()) {
      if (m.status() != MemberStatus.LEFT && !m.capacityPerWeek().isZero()
          && !m.capabilities().isEmpty()) {
        helpers.putIfAbsent(m.id(), 0.0);
      }
    }
    double[] values = helpers.values().stream().mapToDouble(Double::doubleValue).toArray();
    if (Arrays.stream(values).sum() > 0) {
      t.spreadCircles++;
      t.gini += Spread.gini(values);
      t.maxOverMean += Spread.maxOverMean(values);
      helpers.keySet().forEach(id -> t.helpers.add(t.circle + "/" + id.value()));
    }
  }

  /** Local weeks from Monday that start in the period, per listed member, over their capacity. */
  private void weeksOverCapacity(CircleHistory history, Instant from, Instant to, Tally t) {
    Map<MemberId, Member> listed = new TreeMap<>();
    history.records().circle().members().forEach(m -> listed.put(m.id(), m));
    Map<MemberId, Map<Instant, Long>> weeks = new TreeMap<>();
    for (HelpRecord r : history.records().ledger().records()) {
      Instant week = r.start().atZone(zone).toLocalDate()
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
      if (listed.containsKey(r.helper()) && in(week, from, to) && r.start().isBefore(to)) {
        weeks.computeIfAbsent(r.helper(), k -> new TreeMap<>())
            .merge(week, r.effort().toSeconds(), Long::sum);
      }
    }
    weeks.forEach((helper, byWeek) -> {
      long capacity = Objects.requireNonNull(listed.get(helper)).capacityPerWeek().toSeconds();
      long over = byWeek.values().stream().filter(s -> s > capacity).count();
      t.add(ImpactMeasure.HELPER_WEEKS_OVER_CAPACITY, ImpactFigure.ALL, (double) over, over > 0 ? helper : null);
    });
  }

  /** Each member's latest score in the period that the report may read. */
  private void loneliness(CircleHistory history, Instant from, Instant to, Tally t) {
    DataAccess access = policy.access(Reader.REPORT, history.records().consents());
    LocalDate first = from.atZone(zone).toLocalDate();
    Map<MemberId, LonelinessScore> latest = new TreeMap<>();
    for (LonelinessScore s : history.loneliness()) {
      Instant answered = s.day().atStartOfDay(zone).toInstant();
      if ((s.day().equals(first) || in(answered, from, to))
          && access.mayRead(s.member(), PersonalField.LONELINESS, s.day())) {
        latest.merge(s.member(), s, (a, b) -> b.day().isBefore(a.day()) ? a : b);
      }
    }
    for (LonelinessScore s : latest.values()) {
      s.total().ifPresent(total -> {
        t.add(ImpactMeasure.LONELINESS_SCORE, "total", total, s.member());
        t.add(ImpactMeasure.LONELINESS_LEVEL, LonelinessLevel.of(total).name(), 1, s.member());
      });
      s.emotional().ifPresent(v -> t.add(ImpactMeasure.LONELINESS_SCORE, "emotional", v, s.member()));
      s.social().ifPresent(v -> t.add(ImpactMeasure.LONELINESS_SCORE, "social", v, s.member()));
    }
  }

  /**
   * Suppresses every figure about 1 to k-1 members, then protects them: while a {@linkplain
   * Breakdown breakdown} has exactly one hidden figure among its whole and its parts (which could
   * then be worked out as the whole minus the other parts), one more of them is hidden, the one
   * that costs a reader least: a part that is not a headline figure, else the whole, else a
   * headline figure; among equals the one about the fewest members, then the first in report
   * order. Hiding a whole may leave it the lone hidden part one level up, so this repeats until
   * nothing changes (at most once per figure).
   */
  private List<ImpactFigure> suppress(List<ImpactFigure> figures) {
    List<ImpactFigure> out = new ArrayList<>(figures.size());
    for (ImpactFigure f : figures) {
      out.add(f.members().isPresent() && !kAnonymity.shows(f.members().getAsInt()) ? f.suppress() : f);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Breakdown b : Breakdown.ALL) {
        List<Integer> terms = b.terms(out);
        if (terms.stream().filter(i -> out.get(i).suppressed()).count() != 1) {
          continue;
        }
        int cheapest = -1;
        for (int i : terms) {
          ImpactFigure f = out.get(i);
          if (!f.suppressed() && f.members().orElse(0) > 0
              && (cheapest < 0 || b.cost(f, out.get(cheapest)) < 0)) {
            cheapest = i;
          }
        }
        if (cheapest >= 0) {
          out.set(cheapest, out.get(cheapest).suppress());
          changed = true;
        }
      }
    }
    return out;
  }

  /**
   * A breakdown: the figures of a measure (its {@code all} figure left out) that add up to a whole.
   * The whole of the loneliness levels is the number of members behind the mean total score.
   */
  private record Breakdown(ImpactMeasure parts, ImpactMeasure wholeMeasure, String wholeKey) {

    static final List<Breakdown> ALL = List.of(
        new Breakdown(ImpactMeasure.OUTCOMES, ImpactMeasure.REQUESTS, ImpactFigure.ALL),
        new Breakdown(ImpactMeasure.AFTER_EXPIRY, ImpactMeasure.OUTCOMES, "EXPIRED"),
        new Breakdown(ImpactMeasure.REFERRED_TO, ImpactMeasure.OUTCOMES, "REFERRED"),
        new Breakdown(ImpactMeasure.HELP_HOURS, ImpactMeasure.HELP_HOURS, ImpactFigure.ALL),
        new Breakdown(ImpactMeasure.LONELINESS_LEVEL, ImpactMeasure.LONELINESS_SCORE, "total"));

    /** The figures a funder reads first: requests done and expired, and the hours of help. */
    static boolean headline(ImpactFigure f) {
      return f.measure() == ImpactMeasure.OUTCOMES && (f.key().equals("DONE") || f.key().equals("EXPIRED"))
          || f.measure() == ImpactMeasure.HELP_HOURS && f.key().equals(ImpactFigure.ALL);
    }

    /** The positions of the whole and the parts in the figures. */
    List<Integer> terms(List<ImpactFigure> figures) {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < figures.size(); i++) {
        ImpactFigure f = figures.get(i);
        if (isWhole(f) || f.measure() == parts && !f.key().equals(ImpactFigure.ALL)) {
          out.add(i);
        }
      }
      return out;
    }

    boolean isWhole(ImpactFigure f) {
      return f.measure() == wholeMeasure && f.key().equals(wholeKey);
    }

    /** Negative if hiding {@code a} costs a reader less than hiding {@code b} (earlier wins ties). */
    int cost(ImpactFigure a, ImpactFigure b) {
      int tiers = Integer.compare(tier(a), tier(b));
      return tiers != 0 ? tiers : Integer.compare(a.members().orElse(0), b.members().orElse(0));
    }

    private int tier(ImpactFigure f) {
      return headline(f) ? 2 : isWhole(f) ? 1 : 0;
    }
  }

  private static boolean in(Instant at, Instant from, Instant to) {
    return !at.isBefore(from) && at.isBefore(to);
  }

  private static double hours(Duration d) {
    return d.toSeconds() / 3600.0;
  }

  /** Sums and the members behind them, per measure and key, in report order. */
  private static final class Tally {
    private final Map<ImpactMeasure, Map<String, double[]>> sums = new LinkedHashMap<>();
    private final Map<ImpactMeasure, Map<String, Set<String>>> whom = new LinkedHashMap<>();
    private final List<Long> waited = new ArrayList<>();
    private final Set<String> waiters = new HashSet<>();
    private final Set<String> helpers = new HashSet<>();
    /** Whether a circle lists a member who left without a record of when. */
    private boolean leavesUnknown;
    private int spreadCircles;
    private double gini;
    private double maxOverMean;
    private int circle;

    Tally() {
      for (ImpactMeasure m : ImpactMeasure.values()) {
        sums.put(m, new TreeMap<>());
        whom.put(m, new TreeMap<>());
      }
    }

    /** Adds to a figure; {@code member} (null for none) is one it is about, per circle. */
    void add(ImpactMeasure measure, String key, double value, @org.jspecify.annotations.Nullable MemberId member) {
      double[] sum = Objects.requireNonNull(sums.get(measure)).computeIfAbsent(key, k -> new double[2]);
      sum[0] += value;
      sum[1] += 1;
      Set<String> about = Objects.requireNonNull(whom.get(measure)).computeIfAbsent(key, k -> new HashSet<>());
      if (member != null) {
        about.add(circle + "/" + member.value());
      }
    }

    List<ImpactFigure> figures(int circles) {
      List<ImpactFigure> out = new ArrayList<>();
      for (ImpactMeasure m : ImpactMeasure.values()) {
        Map<String, double[]> byKey = Objects.requireNonNull(sums.get(m));
        switch (m) {
          case CIRCLES -> out.add(new ImpactFigure(m, ImpactFigure.ALL, OptionalDouble.of(circles),
              OptionalInt.empty(), false));
          case LEAVES -> out.add(leavesUnknown ? new ImpactFigure(m, ImpactFigure.ALL,
              OptionalDouble.empty(), OptionalInt.empty(), false) : sum(m, ImpactFigure.ALL));
          case MEMBERS, JOINS, REQUESTS, COMMITTED_HOURS, ACTIVITY_OCCASIONS,
              ACTIVITY_ATTENDANCES, HELPER_WEEKS_OVER_CAPACITY ->
              out.add(sum(m, ImpactFigure.ALL));
          case SHARE_WHO_ASKED -> out.add(mean(m, ImpactFigure.ALL));
          case HELP_HOURS -> {
            out.add(sum(m, ImpactFigure.ALL));
            for (Capability c : Capability.standard()) {
              out.add(sum(m, c.code()));
            }
            byKey.keySet().stream().filter(k -> !k.equals(ImpactFigure.ALL)
                && Capability.standard().stream().noneMatch(c -> c.code().equals(k)))
                .forEach(k -> out.add(sum(m, k)));
          }
          case OUTCOMES -> List.of("DONE", "EXPIRED", "REFERRED", "CANCELLED", "OPEN")
              .forEach(k -> out.add(sum(m, k)));
          case AFTER_EXPIRY -> Arrays.stream(NextStep.values()).forEach(k -> out.add(sum(m, k.name())));
          case REFERRED_TO -> Arrays.stream(ReferralTarget.values()).forEach(k -> out.add(sum(m, k.name())));
          case HOURS_UNTIL_HELP -> {
            long[] minutes = waited.stream().mapToLong(Long::longValue).sorted().toArray();
            OptionalInt about = OptionalInt.of(waiters.size());
            out.add(new ImpactFigure(m, "median", quantileHours(minutes, 0.5), about, false));
            out.add(new ImpactFigure(m, "p90", quantileHours(minutes, 0.9), about, false));
          }
          case LOAD_GINI -> out.add(new ImpactFigure(m, ImpactFigure.ALL, spreadCircles == 0
              ? OptionalDouble.empty() : OptionalDouble.of(gini / spreadCircles),
              OptionalInt.of(helpers.size()), false));
          case LOAD_MAX_OVER_MEAN -> out.add(new ImpactFigure(m, ImpactFigure.ALL, spreadCircles == 0
              ? OptionalDouble.empty() : OptionalDouble.of(maxOverMean / spreadCircles),
              OptionalInt.of(helpers.size()), false));
          case LONELINESS_SCORE -> List.of("total", "emotional", "social").forEach(k -> out.add(mean(m, k)));
          case LONELINESS_LEVEL -> Arrays.stream(LonelinessLevel.values()).forEach(k -> out.add(sum(m, k.name())));
        }
      }
      return out;
    }

    private ImpactFigure sum(ImpactMeasure m, String key) {
      double[] s = Objects.requireNonNull(sums.get(m)).getOrDefault(key, new double[2]);
      return new ImpactFigure(m, key, OptionalDouble.of(s[0]), about(m, key), false);
    }

    private ImpactFigure mean(ImpactMeasure m, String key) {
      double[] s = Objects.requireNonNull(sums.get(m)).getOrDefault(key, new double[2]);
      return new ImpactFigure(m, key, s[1] == 0 ? OptionalDouble.empty() : OptionalDouble.of(s[0] / s[1]),
          about(m, key), false);
    }

    private OptionalInt about(ImpactMeasure m, String key) {
      return OptionalInt.of(Objects.requireNonNull(whom.get(m)).getOrDefault(key, Set.of()).size());
    }

    /** Nearest rank: the smallest wait with at least that share of the waits at or below it. */
    private static OptionalDouble quantileHours(long[] sortedMinutes, double share) {
      if (sortedMinutes.length == 0) {
        return OptionalDouble.empty();
      }
      int rank = (int) Math.max(1, Math.ceil(share * sortedMinutes.length));
      return OptionalDouble.of(sortedMinutes[rank - 1] / 60.0);
    }
  }

  /**
   * The reporter's settings; no data.
   *
   * @return for example {@code ImpactReporter[k=5, Europe/Amsterdam]}
   */
  @Override
  public String toString() {
    return "ImpactReporter[k=" + kAnonymity.k() + ", " + zone + "]";
  }
}
