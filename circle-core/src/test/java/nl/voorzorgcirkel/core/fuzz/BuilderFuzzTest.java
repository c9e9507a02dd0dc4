package nl.voorzorgcirkel.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.commitment.CommitmentBook;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.AskHistory;
import nl.voorzorgcirkel.core.lifecycle.IllegalTransitionException;
import nl.voorzorgcirkel.core.lifecycle.NextStep;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Absence;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.CirclePolicy;
import nl.voorzorgcirkel.core.model.ContactChannel;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpCategory;
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
import nl.voorzorgcirkel.core.model.VocabularyEntry;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.core.model.WeeklySlot;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import org.junit.jupiter.api.Test;

/**
 * Issue 16's harness for every model builder and factory (commitments and their book, the
 * vocabulary, a series' occurrences and the ask history included): tens of thousands of values built from
 * hostile parts ({@link HostileValues}). Whatever comes in, a value is built only if Hibernate
 * Validator finds it valid; every refusal is the library's own exception (the bilingual {@link
 * InvalidValueException}, a {@link NullPointerException} naming the argument, a refused
 * transition), and no message repeats a planted personal value.
 */
class BuilderFuzzTest {

  private static final Instant NOW = Fixtures.NOW;

  /** What a fuzz round does: builds something, or refuses. */
  private interface Attempt extends Function<HostileValues, Callable<Object>> {}

  private static final Map<Kind, Attempt> ATTEMPTS = new EnumMap<>(Kind.class);

  private enum Kind {
    MEMBER, CIRCLE, REQUEST, WINDOW, AVAILABILITY, ABSENCE, OFFER, POLICY, POINT, RECORD, RECURRENCE,
    IDENTIFIER, EVENT, LEDGER, LIFECYCLE, COMMITMENT, COMMITMENT_BOOK, VOCABULARY, OCCURRENCES, ASKS
  }

  static {
    ATTEMPTS.put(Kind.MEMBER, h -> () -> member(h));
    ATTEMPTS.put(Kind.CIRCLE, h -> () -> {
      Circle.Builder b = Circle.builder().name(h.text("Muziekwijk Noord")).neighbourhood(h.text("Muziekwijk"))
          .founded(h.date(Fixtures.TODAY));
      b.id(CircleId.of(h.id("c-1")));
      List<Member> members = h.list(() -> Fixtures.member("m-" + h.between(0, 6)).build(), 8);
      if (members != null) {
        b.members(members);
      }
      List<String> agreements = h.list(() -> h.text("we eat together"), 3);
      if (agreements != null) {
        b.agreements(agreements);
      }
      if (h.chance(0.3)) {
        b.policy(policy(h));
      }
      return b.build();
    });
    ATTEMPTS.put(Kind.REQUEST, h -> () -> {
      HelpRequest.Builder b = HelpRequest.builder().id(RequestId.of(h.id("r-1")))
          .requester(MemberId.of(h.id("m-1"))).capability(Capability.of(h.id("meals")))
          .window(window(h)).expectedDuration(h.duration(Duration.ofHours(1))).createdAt(h.instant(NOW))
          .urgency(h.constant(Urgency.class));
      String description = h.text("please bring soup");
      if (description != null && h.chance(0.5)) {
        b.description(description);
      }
      if (h.chance(0.3)) {
        b.place(GeoPoint.of(h.number(52.3), h.number(5.2)));
      }
      if (h.chance(0.3)) {
        b.recurrence(Recurrence.everyWeeks(h.whole(2)));
      }
      return b.build();
    });
    ATTEMPTS.put(Kind.WINDOW, h -> () -> window(h));
    ATTEMPTS.put(Kind.AVAILABILITY, h -> () -> {
      WeeklyAvailability.Builder b = WeeklyAvailability.builder().zone(h.zone());
      List<WeeklySlot> slots = h.list(() -> WeeklySlot.of(h.constant(DayOfWeek.class),
          h.time(LocalTime.of(9, 0)), h.time(LocalTime.of(12, 0))), 4);
      if (slots != null) {
        b.slots(slots);
      }
      WeeklyAvailability availability = b.build();
      return availability.earliestStartWithin(window(h), Duration.ofMinutes(30));
    });
    ATTEMPTS.put(Kind.ABSENCE, h -> () -> Absence.of(h.date(Fixtures.TODAY), h.date(Fixtures.TODAY.plusDays(3))));
    ATTEMPTS.put(Kind.OFFER, h -> () -> {
      CapabilityOffer.Builder b = CapabilityOffer.builder().capability(Capability.of(h.id("ride-by-car")));
      if (h.chance(0.5)) {
        b.maxDistanceMetres(h.whole(2000));
      }
      Duration limit = h.duration(Duration.ofHours(2));
      if (limit != null && h.chance(0.5)) {
        b.maxDuration(limit);
      }
      return b.build();
    });
    ATTEMPTS.put(Kind.POLICY, h -> () -> policy(h));
    ATTEMPTS.put(Kind.POINT, h -> () -> h.chance(0.5) ? GeoPoint.coarse(h.number(52.3), h.number(5.2))
        : GeoPoint.of(h.number(52.3), h.number(5.2)));
    ATTEMPTS.put(Kind.RECORD, h -> () -> HelpRecord.builder().helper(MemberId.of(h.id("m-1")))
        .recipient(MemberId.of(h.id("m-2"))).capability(Capability.of(h.id("meals")))
        .start(h.instant(NOW)).effort(h.duration(Duration.ofHours(1))).build());
    ATTEMPTS.put(Kind.RECURRENCE, h -> () -> Recurrence.everyWeeks(h.whole(2)).until(h.date(Fixtures.TODAY)));
    ATTEMPTS.put(Kind.IDENTIFIER, h -> () -> List.of(MemberId.of(h.id("m-1")), CircleId.of(h.id("c-1")),
        RequestId.of(h.id("r-1")), Capability.of(h.id("meals"))));
    ATTEMPTS.put(Kind.EVENT, h -> () -> event(h));
    ATTEMPTS.put(Kind.LEDGER, h -> () -> {
      HelpRecord record = HelpRecord.of(MemberId.of("m-1"), MemberId.of("m-2"), Capability.MEALS,
          h.instant(NOW), h.duration(Duration.ofHours(1)));
      HelpLedger ledger = HelpLedger.empty().append(record);
      return h.chance(0.5) ? ledger.append(record) : ledger.givenBy(MemberId.of("m-1"), h.instant(NOW),
          h.instant(NOW.plusSeconds(3600)));
    });
    ATTEMPTS.put(Kind.LIFECYCLE, h -> () -> {
      RequestLifecycle lifecycle = RequestLifecycle.open(Fixtures.request("r-1", "m-0").build());
      for (int i = h.between(1, 6); i > 0; i--) {
        lifecycle = lifecycle.apply(event(h));
      }
      return lifecycle.toHelpRecord();
    });
  }

  static {
    ATTEMPTS.put(Kind.COMMITMENT, h -> () -> commitment(h));
    ATTEMPTS.put(Kind.COMMITMENT_BOOK, h -> () -> {
      List<Commitment> commitments = h.list(() -> commitment(h), 4);
      CommitmentBook book = CommitmentBook.of(commitments);
      return List.of(book.commitments(), book.overlapping(MemberId.of("m-1"), h.instant(NOW),
          h.instant(NOW.plusSeconds(3600)), h.duration(Duration.ofMinutes(15))));
    });
    ATTEMPTS.put(Kind.VOCABULARY, h -> () -> {
      VocabularyEntry.Builder b = VocabularyEntry.builder().capability(Capability.of(h.id("knitting")))
          .category(h.constant(HelpCategory.class)).englishLabel(h.text("knitting"))
          .dutchLabel(h.text("breien"));
      List<String> synonyms = h.list(() -> h.text("haken"), 3);
      if (synonyms != null) {
        b.synonyms(synonyms);
      }
      VocabularyEntry entry = b.build();
      CapabilityVocabulary vocabulary = h.chance(0.5) ? CapabilityVocabulary.standard().with(entry)
          : CapabilityVocabulary.of(List.of(entry)).withSynonyms(entry.capability(), h.text("brei"));
      String word = h.text("breien");
      return List.of(entry, vocabulary.resolve(word), vocabulary.category(Capability.of(h.id("washing"))),
          vocabulary.label(entry.capability(), Locale.forLanguageTag("nl")), HelpCategory.ofCode(h.id("medical")));
    });
    ATTEMPTS.put(Kind.OCCURRENCES, h -> () -> {
      HelpRequest request = Fixtures.request(h.id("r-1"), "m-0")
          .series(SeriesId.of(h.id("s-1"))).trip(TripId.of(h.id("t-1")))
          .recurrence(Recurrence.everyWeeks(h.whole(1))).build();
      // the whole range of instants, year 9999 and Instant.MAX included: refused past 1,000
      return request.occurrences(h.instant(NOW), h.zone());
    });
    ATTEMPTS.put(Kind.ASKS, h -> () -> {
      List<RequestLifecycle> lifecycles = new ArrayList<>();
      for (int r = h.between(0, 3); r > 0; r--) {
        RequestLifecycle lifecycle = RequestLifecycle.open(Fixtures.request("r-" + r, "m-0").build());
        for (int i = h.between(1, 4); i > 0; i--) {
          lifecycle = lifecycle.apply(event(h));
        }
        lifecycles.add(lifecycle);
      }
      AskHistory asks = AskHistory.from(lifecycles);
      return List.of(asks.timesAsked(MemberId.of("m-1"), h.instant(NOW), h.instant(NOW.plusSeconds(86_400))),
          CommitmentBook.from(lifecycles).commitments());
    });
  }

  private static Commitment commitment(HostileValues h) {
    Commitment.Builder b = Commitment.builder().request(RequestId.of(h.id("r-1")))
        .helper(MemberId.of(h.id("m-1"))).recipient(MemberId.of(h.id("m-2")))
        .capability(Capability.of(h.id("meals"))).window(window(h)).duration(h.duration(Duration.ofHours(1)));
    if (h.chance(0.3)) {
      b.start(h.instant(NOW));
    }
    if (h.chance(0.3)) {
      b.trip(TripId.of(h.id("t-1")));
    }
    if (h.chance(0.3)) {
      b.series(SeriesId.of(h.id("s-1")));
    }
    return b.build();
  }

  private static Member member(HostileValues h) {
    Member.Builder b = Member.builder().id(MemberId.of(h.id("m-1"))).displayName(h.text("Anna"))
        .birthYear(h.whole(1948)).home(GeoPoint.of(h.number(52.379), h.number(5.223)))
        .joined(h.date(LocalDate.of(2025, 3, 1))).capacityPerWeek(h.duration(Duration.ofHours(2)))
        .vitality(h.constant(Vitality.class)).role(h.constant(Role.class))
        .contact(h.constant(ContactChannel.class)).status(h.constant(MemberStatus.class));
    String phone = h.text("+31 6 12345678");
    if (phone != null && h.chance(0.5)) {
      b.phoneNumber(phone);
    }
    List<CapabilityOffer> offers = h.list(() -> CapabilityOffer.of(h.pick(Capability.standard())), 4);
    if (offers != null) {
      b.capabilities(offers);
    }
    List<MemberId> avoids = h.list(() -> MemberId.of("m-" + h.between(1, 3)), 2);
    if (avoids != null) {
      b.avoids(avoids);
    }
    LocalDate paused = h.date(Fixtures.TODAY);
    if (paused != null && h.chance(0.3)) {
      b.pausedUntil(paused);
    }
    List<Absence> absences = h.list(() -> Absence.of(Fixtures.TODAY, Fixtures.TODAY.plusDays(h.between(0, 9))), 2);
    if (absences != null) {
      b.absences(absences);
    }
    return b.build();
  }

  private static CirclePolicy policy(HostileValues h) {
    return CirclePolicy.builder().minSize(h.whole(8)).maxSize(h.whole(15)).recommendedMinSize(h.whole(10))
        .recommendedMaxSize(h.whole(13)).minConnectors(h.whole(2)).minOfferersPerCapability(h.whole(2))
        .maxDependentShare(Optional.ofNullable(h.number(0.3)).orElse(0.3)).maxDistanceMetres(h.whole(1500)).build();
  }

  private static TimeWindow window(HostileValues h) {
    switch (h.between(0, 2)) {
      case 0:
        return TimeWindow.fixed(h.instant(NOW), h.instant(NOW.plusSeconds(7200)));
      case 1:
        return TimeWindow.flexible(h.instant(NOW), h.instant(NOW.plusSeconds(86_400 * 3)));
      default:
        return TimeWindow.flexibleWithinDays(h.date(Fixtures.TODAY), h.whole(3), h.zone());
    }
  }

  private static RequestEvent event(HostileValues h) {
    Instant at = h.instant(NOW.plusSeconds(60));
    MemberId someone = h.chance(0.1) ? null : MemberId.of("m-" + h.between(0, 3));
    Optional<MemberId> by = h.chance(0.5) ? Optional.empty() : Optional.of(MemberId.of("m-" + h.between(0, 3)));
    switch (h.between(0, 6)) {
      case 0:
        return new RequestEvent.Asked(at, by, h.list(() -> MemberId.of("m-" + h.between(0, 3)), 3));
      case 1:
        return new RequestEvent.Accepted(at, someone);
      case 2:
        return new RequestEvent.Declined(at, someone);
      case 3:
        return new RequestEvent.Done(at, by, h.duration(Duration.ofMinutes(30)));
      case 4:
        return new RequestEvent.Cancelled(at, by);
      case 5:
        return new RequestEvent.Expired(at, h.constant(NextStep.class));
      default:
        return new RequestEvent.Referred(at, by, h.constant(ReferralTarget.class),
            h.pick(List.of("personal-care", "in-scope", " ", "garden-service")));
    }
  }

  /** A built value, and every model value inside it, meets every rule Hibernate Validator knows. */
  private static void assertValid(Object value) {
    if (value instanceof List<?>) {
      ((List<?>) value).forEach(BuilderFuzzTest::assertValid);
      return;
    }
    if (value instanceof Optional<?>) {
      ((Optional<?>) value).ifPresent(BuilderFuzzTest::assertValid);
      return;
    }
    if (value == null || !value.getClass().getPackageName().startsWith("nl.voorzorgcirkel.core.model")
        && !value.getClass().getPackageName().startsWith("nl.voorzorgcirkel.core.ledger")
        && !value.getClass().getPackageName().startsWith("nl.voorzorgcirkel.core.commitment")) {
      return;
    }
    if (value instanceof HelpLedger) {
      ((HelpLedger) value).records().forEach(BuilderFuzzTest::assertValid);
      return;
    }
    assertTrue(ModelValidator.violations(value).isEmpty(),
        () -> "an invalid " + ModelValidator.typeName(value.getClass()) + " was built: "
            + ModelValidator.violations(value));
    if (value instanceof Member) {
      assertFalse(((Member) value).displayName().isBlank());
    }
    if (value instanceof Circle) {
      ((Circle) value).members().forEach(BuilderFuzzTest::assertValid);
    }
  }

  @Test
  void hostileInputBuildsOnlyValidValuesAndIsRefusedByTheLibraryWithoutPersonalData() {
    int[] outcomes = new int[3]; // built, refused by validation, refused otherwise
    Props.property("builder-fuzz", 40_000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          HostileValues h = new HostileValues(seed);
          Kind kind = Kind.values()[Math.floorMod(seed, Kind.values().length)];
          List<String> messages = new ArrayList<>();
          try {
            assertValid(ATTEMPTS.get(kind).apply(h).call());
            outcomes[0]++;
          } catch (InvalidValueException e) {
            outcomes[1]++;
            messages.add(e.getMessage());
            messages.add(e.message(Locale.forLanguageTag("nl")));
            assertFalse(e.violations().isEmpty());
          } catch (NullPointerException e) {
            outcomes[2]++;
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), () -> kind
                + ": a null pointer without the argument's name: " + stackTop(e));
            messages.add(e.getMessage());
          } catch (IllegalTransitionException e) {
            outcomes[2]++;
            messages.add(e.getMessage());
            messages.add(e.message(Locale.forLanguageTag("nl")));
          } catch (Exception e) {
            fail(kind + ": not the library's exception: " + e + " at " + stackTop(e), e);
          }
          for (String message : messages) {
            assertFalse(message.contains(HostileValues.SECRET), () -> kind + " quotes a value: " + message);
          }
        });
    System.out.printf("builder fuzz: %d built, %d refused by validation, %d refused otherwise%n",
        outcomes[0], outcomes[1], outcomes[2]);
    assertTrue(outcomes[0] > 4_000 && outcomes[1] > 4_000, "both sides exercised");
  }

  private static String stackTop(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return trace.length == 0 ? "?" : trace[0] + (trace.length > 1 ? " < " + trace[1] : "");
  }
}
