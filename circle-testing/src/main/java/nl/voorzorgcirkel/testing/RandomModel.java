package nl.voorzorgcirkel.testing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.core.consent.ConsentRecord;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.consent.LawfulBasis;
import nl.voorzorgcirkel.core.consent.Purpose;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.NextStep;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.model.Absence;
import nl.voorzorgcirkel.core.model.BuildingId;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.ContactChannel;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.Recurrence;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.SeriesId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.TripId;
import nl.voorzorgcirkel.core.model.Urgency;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.core.model.WeeklySlot;
import nl.voorzorgcirkel.core.scope.ReferralTarget;

/**
 * Random valid model values from a seeded generator, for property tests: the same seed gives the
 * same values. Members have random capabilities with or without limits, availability, absences,
 * statuses and preferences; requests random windows, durations, recurrences and places.
 *
 * <p>Not thread-safe: one instance per thread (or per property example).
 *
 * @since 0.1.0
 */
public final class RandomModel {

  private final SplittableRandom random;
  /** Records answer distinct requests: a ledger holds one record per request. */
  private int nextRecordRequest;

  /**
   * A generator.
   *
   * @param seed the seed
   */
  public RandomModel(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * A whole number.
   *
   * @param low the least, included
   * @param high the most, included, not below {@code low}
   * @return a number in {@code [low, high]}
   */
  public int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  /**
   * A coin that comes up true with a given probability.
   *
   * @param p the probability, 0 to 1
   * @return true with probability {@code p}
   */
  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /**
   * One of the values.
   *
   * @param values the values, not empty
   * @param <T> their type
   * @return one of them, each equally likely
   */
  public <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * One of an enum's constants.
   *
   * @param type the enum, not null
   * @param <T> the enum type
   * @return one of its constants, each equally likely
   */
  public <T extends Enum<T>> T pick(Class<T> type) {
    T[] values = type.getEnumConstants();
    return values[random.nextInt(values.length)];
  }

  /**
   * One of the ids {@code m-0} to {@code m-(poolSize-1)}.
   *
   * @param poolSize how many ids there are, 1 or more
   * @return the id
   */
  public MemberId memberId(int poolSize) {
    return MemberId.of("m-" + random.nextInt(poolSize));
  }

  /**
   * A valid member.
   *
   * @param id the member's id, not null
   * @return the member
   */
  public Member member(MemberId id) {
    Member.Builder b = Member.builder()
        .id(id)
        .displayName("Name " + random.nextInt(1000))
        .birthYear(between(1925, 1965))
        .home(GeoPoint.of(52.3 + random.nextDouble() * 0.05, 5.2 + random.nextDouble() * 0.05))
        .joined(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)))
        .capacityPerWeek(Duration.ofMinutes(random.nextInt(40 * 60 + 1)))
        .vitality(pick(Vitality.class))
        .role(pick(Role.class))
        .contact(pick(ContactChannel.class));
    if (chance(0.5)) {
      b.phoneNumber("+31 6 " + between(10_000_000, 99_999_999));
    }
    List<Capability> all = new ArrayList<>(Capability.standard());
    for (int i = 0, n = between(0, 4); i < n; i++) {
      Capability c = all.remove(random.nextInt(all.size()));
      CapabilityOffer.Builder offer = CapabilityOffer.builder().capability(c);
      if (chance(0.3)) {
        offer.maxDistanceMetres(between(100, 20_000));
      }
      if (chance(0.3)) {
        offer.maxDuration(Duration.ofMinutes(between(15, 240)));
      }
      b.addCapabilities(offer.build());
    }
    if (chance(0.5)) {
      List<WeeklySlot> slots = new ArrayList<>();
      for (int i = 0, n = between(0, 5); i < n; i++) {
        int start = between(6, 20);
        slots.add(WeeklySlot.of(pick(DayOfWeek.class), LocalTime.of(start, 0),
            LocalTime.of(between(start + 1, 23), 30)));
      }
      b.availability(WeeklyAvailability.of(slots));
    }
    if (chance(0.2)) {
      MemberId avoided = memberId(20);
      if (!avoided.equals(id)) {
        b.addAvoids(avoided);
      }
    }
    if (chance(0.3)) {
      LocalDate first = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
      b.addAbsences(Absence.of(first, first.plusDays(random.nextInt(21))));
    }
    MemberStatus status = pick(MemberStatus.class);
    b.status(status);
    if (status == MemberStatus.PAUSED) {
      b.pausedUntil(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)));
    }
    if (chance(0.3)) {
      b.building(BuildingId.of("complex-" + random.nextInt(5)));
    }
    return b.build();
  }

  /**
   * A valid circle of members {@code m-0} to {@code m-(size-1)}.
   *
   * @param size the number of members, 0 or more
   * @return the circle
   */
  public Circle circle(int size) {
    Circle.Builder b = Circle.builder()
        .id(CircleId.of("c-" + random.nextInt(100)))
        .name("Circle " + random.nextInt(100))
        .neighbourhood("Wijk " + random.nextInt(10))
        .founded(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700)));
    for (int i = 0; i < size; i++) {
      b.addMembers(member(MemberId.of("m-" + i)));
    }
    if (chance(0.5)) {
      b.addAgreements("We eat together every other week", "Requests go through the connectors");
    }
    return b.build();
  }

  /**
   * A valid request, its window starting within a week of its filing.
   *
   * @param id the request's id, not null
   * @param requester the requester, not null
   * @param createdAt when it was filed, not null
   * @return the request
   */
  public HelpRequest request(RequestId id, MemberId requester, Instant createdAt) {
    Instant start = createdAt.plus(Duration.ofMinutes(random.nextInt(7 * 24 * 60)));
    Duration expected = Duration.ofMinutes(between(10, 240));
    TimeWindow window = chance(0.5)
        ? TimeWindow.fixed(start, start.plus(expected).plus(Duration.ofMinutes(random.nextInt(120))))
        : TimeWindow.flexible(start, start.plus(Duration.ofDays(between(1, 7))));
    HelpRequest.Builder b = HelpRequest.builder()
        .id(id)
        .requester(requester)
        .capability(pick(Capability.standard()))
        .window(window)
        .expectedDuration(expected)
        .urgency(pick(Urgency.class))
        .createdAt(createdAt);
    if (chance(0.3)) {
      Recurrence r = Recurrence.everyWeeks(between(1, 4));
      b.recurrence(chance(0.5) ? r.until(LocalDate.of(2027, 6, 30)) : r);
    }
    if (chance(0.5)) {
      b.place(GeoPoint.coarse(52.3 + random.nextDouble() * 0.05, 5.2));
    }
    if (chance(0.3)) {
      b.destination(GeoPoint.coarse(52.2, 5.1 + random.nextDouble() * 0.05));
    }
    if (chance(0.5)) {
      b.description("Needs " + random.nextInt(100) + " things");
    }
    if (chance(0.2)) {
      b.trip(TripId.of("t-" + random.nextInt(10)));
    }
    if (chance(0.2)) {
      b.series(SeriesId.of("s-" + random.nextInt(10)));
    }
    return b.build();
  }

  /**
   * A valid record of help between two of {@code m-0} to {@code m-(poolSize-1)}; half of them
   * answer a request, each a request of its own (a ledger holds one record per request).
   *
   * @param poolSize how many members there are, 2 or more
   * @param from the earliest start, not null
   * @param span how far after {@code from} the start may lie, not null
   * @return the record
   * @throws IllegalArgumentException if {@code poolSize} is below 2
   */
  public HelpRecord record(int poolSize, Instant from, Duration span) {
    if (poolSize < 2) {
      throw new IllegalArgumentException("a help record needs two members; poolSize was " + poolSize);
    }
    MemberId helper = memberId(poolSize);
    MemberId recipient;
    do {
      recipient = memberId(poolSize);
    } while (recipient.equals(helper));
    HelpRecord.Builder b = HelpRecord.builder()
        .helper(helper)
        .recipient(recipient)
        .capability(pick(Capability.standard()))
        .start(from.plusSeconds((long) (random.nextDouble() * span.toSeconds())))
        .effort(Duration.ofMinutes(between(1, 24 * 60)));
    if (chance(0.5)) {
      b.request(RequestId.of("r-done-" + nextRecordRequest++));
    }
    if (chance(0.2)) {
      b.series(SeriesId.of("s-" + random.nextInt(10)));
    }
    return b.build();
  }

  /**
   * Any event, legal or not in the state it will meet; time mostly moves forward.
   *
   * @param previous the time of the event before, not null
   * @param poolSize how many members there are, 1 or more
   * @return the event
   */
  public RequestEvent event(Instant previous, int poolSize) {
    Instant at = chance(0.05) ? previous.minusSeconds(60) : previous.plusSeconds(random.nextInt(86_400));
    MemberId someone = memberId(poolSize);
    Optional<MemberId> by = chance(0.5) ? Optional.of(memberId(poolSize)) : Optional.empty();
    switch (random.nextInt(7)) {
      case 0: {
        List<MemberId> helpers = new ArrayList<>();
        for (int i = 0, n = between(1, 3); i < n; i++) {
          helpers.add(memberId(poolSize));
        }
        return new RequestEvent.Asked(at, by, helpers);
      }
      case 1:
        return new RequestEvent.Accepted(at, someone);
      case 2:
        return new RequestEvent.Declined(at, someone);
      case 3:
        return new RequestEvent.Done(at, by, Duration.ofMinutes(between(1, 600)));
      case 4:
        return new RequestEvent.Cancelled(at, by);
      case 5:
        return new RequestEvent.Expired(at, pick(NextStep.class));
      default:
        return new RequestEvent.Referred(at, by, pick(ReferralTarget.class), "personal-care");
    }
  }

  /**
   * Random consent records for the members of a circle: for each member and purpose, consent
   * given with half a chance, on a day from 400 days before {@code today} to 30 days after it, on
   * one of the purpose's lawful bases, recorded by the member; three in ten of those withdrawn
   * again on the same day or up to 200 days later.
   *
   * @param circle the circle, not null
   * @param today the day around which the records fall, not null
   * @return the register
   */
  public ConsentRegister consents(Circle circle, LocalDate today) {
    ConsentRegister consents = ConsentRegister.empty();
    for (Member member : circle.members()) {
      for (Purpose purpose : Purpose.values()) {
        if (!chance(0.5)) {
          continue;
        }
        List<LawfulBasis> bases = new ArrayList<>(purpose.lawfulBases());
        bases.sort(null);
        LawfulBasis basis = pick(bases);
        LocalDate day = today.plusDays(between(-400, 30));
        consents = consents.with(ConsentRecord.given(member.id(), purpose, basis, day, member.id()));
        if (chance(0.3)) {
          consents = consents.with(ConsentRecord.withdrawn(member.id(), purpose, basis,
              day.plusDays(between(0, 200)), member.id()));
        }
      }
    }
    return consents;
  }
}
