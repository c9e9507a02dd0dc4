package nl.voorzorgcirkel.core.care;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.consent.DataAccess;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.CalendarWeeks;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.core.scope.ReferralTarget;

/**
 * Notices when members' needs may have grown beyond what neighbours should do.
 *
 * <p>For each member in the circle on a day, the {@link CareThresholds#weeksInRow()} complete
 * calendar weeks before the week of that day (Monday to Monday, in the zone) are read from the
 * ledger: a week is heavy when the member received at least {@link CareThresholds#hoursPerWeek()}
 * of help (by start time) or help of at least {@link CareThresholds#kindsPerWeek()} kinds (counted
 * as the {@linkplain #vocabulary() vocabulary}, the {@linkplain CapabilityVocabulary#standard()
 * standard one} unless {@linkplain #withVocabulary the circle's own} is given, reads the recorded
 * capabilities, as matching reads kinds of help: help recorded as {@code boodschappen} and as
 * {@code groceries} is one kind). When all
 * of those weeks are heavy, the member gets a {@link CareSignal} with {@link
 * CareReason#HOURS_PER_WEEK} and/or {@link CareReason#KINDS_OF_HELP}, whichever made a week heavy.
 * Given the circle as it was before, a member whose {@link Vitality} went down gets {@link
 * CareReason#VITALITY_CHANGE} too. One signal per member, members in id order.
 *
 * <p>Suggested referrals: the municipality's social team and a family carers' meeting; district
 * nursing first when the member's vitality went down to {@link Vitality#DEPENDENT}.
 *
 * <p>Immutable, stateless and thread-safe; deterministic. O(n + m) for n ledger records and m
 * members.
 *
 * @since 0.1.0
 */
public final class MoveToCare {

  private static final MoveToCare STANDARD =
      new MoveToCare(CareThresholds.standard(), CapabilityVocabulary.standard());

  private final CareThresholds thresholds;
  /** The reading of kinds of help: help recorded as {@code boodschappen} is groceries and errands. */
  private final CapabilityVocabulary vocabulary;

  private MoveToCare(CareThresholds thresholds, CapabilityVocabulary vocabulary) {
    this.thresholds = thresholds;
    this.vocabulary = vocabulary;
  }

  /**
   * With {@link CareThresholds#standard()}.
   *
   * @return the standard watch
   */
  public static MoveToCare standard() {
    return STANDARD;
  }

  /**
   * With a circle's own thresholds.
   *
   * @param thresholds the thresholds, not null
   * @return the watch
   */
  public static MoveToCare of(CareThresholds thresholds) {
    return new MoveToCare(Objects.requireNonNull(thresholds, "thresholds"), CapabilityVocabulary.standard());
  }

  /**
   * A copy that counts the kinds of help received as the circle's own vocabulary reads the recorded
   * capabilities, as matching with a scope policy of that vocabulary does: under a vocabulary that
   * makes {@code regiotaxi} a synonym of rides, help recorded as {@code regiotaxi} and as {@code
   * autorit} is one kind.
   *
   * @param vocabulary the vocabulary, normally the matching's ({@code MatchingStrategy.vocabulary()});
   *     not null
   * @return the changed watch, immutable and thread-safe
   * @throws NullPointerException naming {@code vocabulary} if it is null
   * @since 0.1.0
   */
  public MoveToCare withVocabulary(CapabilityVocabulary vocabulary) {
    return new MoveToCare(thresholds, Objects.requireNonNull(vocabulary, "vocabulary"));
  }

  /**
   * The vocabulary by which kinds of help received are counted.
   *
   * @return the vocabulary, never null; the standard one unless {@link #withVocabulary} gave another
   * @since 0.1.0
   */
  public CapabilityVocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * The thresholds.
   *
   * @return the thresholds, never null
   */
  public CareThresholds thresholds() {
    return thresholds;
  }

  /**
   * The signals from the help received, without vitality changes.
   *
   * @param circle the circle, not null
   * @param ledger the help given in the circle, not null
   * @param day the day; the weeks before its week are read; not null
   * @param zone the zone in which weeks are counted, not null
   * @return the signals by member id, unmodifiable, possibly empty
   */
  public List<CareSignal> signals(Circle circle, HelpLedger ledger, LocalDate day, ZoneId zone) {
    return signals(circle, circle, ledger, day, zone);
  }

  /**
   * The signals from the help received and from vitality that went down since {@code before}.
   *
   * @param before the circle as it was (for example at the previous check), not null
   * @param circle the circle now, not null
   * @param ledger the help given in the circle, not null
   * @param day the day; the weeks before its week are read; not null
   * @param zone the zone in which weeks are counted, not null
   * @return the signals by member id, unmodifiable, possibly empty
   */
  public List<CareSignal> signals(Circle before, Circle circle, HelpLedger ledger, LocalDate day,
      ZoneId zone) {
    return signalsOf(before, circle, ledger, day, zone);
  }

  /**
   * The signals from the help received and from vitality that went down since {@code before},
   * reading vitality only where {@code access} may: a member whose consent for vitality does not
   * hold on {@code day} gets no vitality signal (both circles are read as the access {@linkplain
   * DataAccess#view(Circle, LocalDate) shows them} on that day), the signals from help received
   * stay.
   *
   * @param before the circle as it was, not null
   * @param circle the circle now, not null
   * @param ledger the help given in the circle, not null
   * @param day the day of the check and of consent, not null
   * @param zone the zone in which weeks are counted, not null
   * @param access what this check may read, normally {@code policy.access(Reader.CONNECTOR,
   *     consents)}: the signals go to the connectors; not null
   * @return the signals by member id, unmodifiable, possibly empty
   * @since 0.1.0
   */
  public List<CareSignal> signals(Circle before, Circle circle, HelpLedger ledger, LocalDate day,
      ZoneId zone, DataAccess access) {
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(day, "day");
    return signalsOf(access.view(Objects.requireNonNull(before, "before"), day),
        access.view(Objects.requireNonNull(circle, "circle"), day), ledger, day, zone);
  }

  private List<CareSignal> signalsOf(Circle before, Circle circle, HelpLedger ledger,
      LocalDate day, ZoneId zone) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(circle, "circle");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(zone, "zone");
    int weeks = thresholds.weeksInRow();
    Instant[] starts = weekStarts(day, zone, weeks);
    Map<MemberId, Week[]> received = received(ledger, starts);
    List<Member> members = new ArrayList<>(circle.membersOn(day));
    members.sort((a, b) -> a.id().compareTo(b.id()));
    List<CareSignal> signals = new ArrayList<>();
    for (Member member : members) {
      Set<CareReason> reasons = EnumSet.noneOf(CareReason.class);
      Map<String, Object> figures = new TreeMap<>();
      Week[] history = received.get(member.id());
      if (history != null && heavyWeeks(history, reasons)) {
        Week last = history[weeks - 1];
        figures.put("weeks", weeks);
        figures.put("hours", hours(last.hours));
        figures.put("kinds", last.kinds.size());
      }
      Optional<Vitality> was = before.member(member.id()).map(Member::vitality);
      boolean dependentNow = false;
      if (was.isPresent() && member.vitality().compareTo(was.get()) > 0) {
        reasons.add(CareReason.VITALITY_CHANGE);
        dependentNow = member.vitality() == Vitality.DEPENDENT;
      }
      if (!reasons.isEmpty()) {
        List<ReferralTarget> referrals = new ArrayList<>();
        if (dependentNow) {
          referrals.add(ReferralTarget.DISTRICT_NURSING);
        }
        referrals.add(ReferralTarget.SOCIAL_TEAM);
        referrals.add(ReferralTarget.FAMILY_CARER);
        signals.add(new CareSignal(member.id(), new ArrayList<>(reasons), referrals, figures));
      }
    }
    return List.copyOf(signals);
  }

  /** Whether every week is heavy; adds what made the weeks heavy to {@code reasons}. */
  private boolean heavyWeeks(Week[] history, Set<CareReason> reasons) {
    Set<CareReason> found = EnumSet.noneOf(CareReason.class);
    for (Week week : history) {
      boolean byHours = week.hours.compareTo(thresholds.hoursPerWeek()) >= 0;
      boolean byKinds = week.kinds.size() >= thresholds.kindsPerWeek();
      if (!byHours && !byKinds) {
        return false;
      }
      if (byHours) {
        found.add(CareReason.HOURS_PER_WEEK);
      }
      if (byKinds) {
        found.add(CareReason.KINDS_OF_HELP);
      }
    }
    reasons.addAll(found);
    return true;
  }

  /**
   * The starts of the {@code weeks} complete weeks before the week of {@code day}, oldest first,
   * and the start of the week of {@code day} last.
   */
  static Instant[] weekStarts(LocalDate day, ZoneId zone, int weeks) {
    Instant[] starts = new Instant[weeks + 1];
    starts[weeks] = CalendarWeeks.startOf(day.atStartOfDay(zone).toInstant(), zone);
    for (int k = weeks - 1; k >= 0; k--) {
      starts[k] = CalendarWeeks.startOf(starts[k + 1].minusSeconds(1), zone);
    }
    return starts;
  }

  /** Per recipient, the help received in each week of {@code starts}; one pass over the ledger. */
  private Map<MemberId, Week[]> received(HelpLedger ledger, Instant[] starts) {
    int weeks = starts.length - 1;
    Map<MemberId, Week[]> byMember = new HashMap<>();
    for (HelpRecord r : ledger.records()) {
      if (r.start().isBefore(starts[0]) || !r.start().isBefore(starts[weeks])) {
        continue;
      }
      int k = weeks - 1;
      while (r.start().isBefore(starts[k])) {
        k--;
      }
      Week[] history = byMember.computeIfAbsent(r.recipient(), m -> {
        Week[] empty = new Week[weeks];
        for (int i = 0; i < weeks; i++) {
          empty[i] = new Week();
        }
        return empty;
      });
      history[k].hours = history[k].hours.plus(r.effort());
      history[k].kinds.add(vocabulary.canonical(r.capability())); // boodschappen and groceries: one kind
    }
    return byMember;
  }

  /** Hours with one decimal, for the figures. */
  private static double hours(Duration d) {
    return Math.round(d.toMinutes() / 6.0) / 10.0;
  }

  /** Help received in one week. */
  private static final class Week {
    private Duration hours = Duration.ZERO;
    private final Set<Capability> kinds = new HashSet<>();
  }

  @Override
  public String toString() {
    return "MoveToCare{" + thresholds + "}";
  }
}
