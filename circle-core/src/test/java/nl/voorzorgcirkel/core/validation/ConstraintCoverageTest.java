package nl.voorzorgcirkel.core.validation;

import static nl.voorzorgcirkel.testing.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.core.address.Address;
import com.fasterxml.jackson.core.JsonProcessingException;
import nl.voorzorgcirkel.core.i18n.Messages;
import nl.voorzorgcirkel.core.json.CircleJson;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.audit.AuditChange;
import nl.voorzorgcirkel.core.audit.AuditEntry;
import nl.voorzorgcirkel.core.consent.ConsentRecord;
import nl.voorzorgcirkel.core.consent.LawfulBasis;
import nl.voorzorgcirkel.core.consent.Purpose;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Absence;
import nl.voorzorgcirkel.core.model.BuildingId;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.CirclePolicy;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.Recurrence;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.SeriesId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.TripId;
import nl.voorzorgcirkel.core.model.VocabularyEntry;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.core.model.WeeklySlot;
import org.junit.jupiter.api.Test;

/**
 * Proves that every constraint declared on the model fires: each declared {@code path:rule} of
 * each model type must be produced by at least one of the invalid inputs below, and each of those
 * inputs must produce the rule it is written for.
 */
class ConstraintCoverageTest {

  private static final String LONG = "x".repeat(2001);

  private final Map<Class<?>, SortedSet<String>> fired = new LinkedHashMap<>();
  private final List<String> failures = new ArrayList<>();

  private void expect(Class<?> type, Supplier<?> build, String... pathRules) {
    try {
      build.get();
      failures.add(type.getSimpleName() + ": expected " + Arrays.toString(pathRules) + ", built fine");
    } catch (InvalidValueException e) {
      SortedSet<String> got = new TreeSet<>();
      for (Violation v : e.violations()) {
        if (v.type().equals(type.getSimpleName())) {
          got.add(v.path().replaceAll("\\[\\d+]", "") + ":" + v.rule());
        }
      }
      fired.computeIfAbsent(type, t -> new TreeSet<>()).addAll(got);
      for (String expected : pathRules) {
        if (!got.contains(expected)) {
          failures.add(type.getSimpleName() + ": expected " + expected + ", got " + got);
        }
      }
    }
  }

  @Test
  void everyDeclaredConstraintFiresAndNamesItsField() {
    expect(MemberId.class, () -> MemberId.of(""), "value:NotBlank");
    expect(MemberId.class, () -> MemberId.of("-x"), "value:Pattern");
    expect(CircleId.class, () -> CircleId.of(null), "value:NotBlank");
    expect(CircleId.class, () -> CircleId.of("-x"), "value:Pattern");
    expect(RequestId.class, () -> RequestId.of(" "), "value:NotBlank");
    expect(RequestId.class, () -> RequestId.of("r 1"), "value:Pattern");
    expect(MemberId.class, () -> MemberId.of("x".repeat(65)), "value:Size");
    expect(CircleId.class, () -> CircleId.of("x".repeat(65)), "value:Size");
    expect(RequestId.class, () -> RequestId.of("x".repeat(65)), "value:Size");

    expect(BuildingId.class, () -> BuildingId.of(" "), "value:NotBlank");
    expect(BuildingId.class, () -> BuildingId.of("?"), "value:Pattern");
    expect(BuildingId.class, () -> BuildingId.of("x".repeat(65)), "value:Size");

    expect(Address.class, () -> Address.builder().houseNumber(-1).street(" ").addition("#").postcode("0123 AB")
        .place("").build(), "houseNumber:Min", "street:Pattern", "addition:Pattern", "postcode:Pattern",
        "place:Pattern");
    expect(Address.class, () -> Address.builder().houseNumber(100_000).street("x".repeat(81))
        .place("x".repeat(81)).build(), "houseNumber:Max", "street:Size", "place:Size");
    expect(Address.class, () -> Address.builder().houseNumber(12).street("Kerkstraat").build(),
        "postcode:Address.locatable");

    expect(Capability.class, () -> Capability.of(" "), "code:NotBlank");
    expect(Capability.class, () -> Capability.of("Meals"), "code:Pattern");
    expect(Capability.class, () -> Capability.of("a".repeat(65)), "code:Size");

    expect(GeoPoint.class, () -> GeoPoint.of(-91, -181), "latitude:DecimalMin", "longitude:DecimalMin");
    expect(GeoPoint.class, () -> GeoPoint.of(91, 181), "latitude:DecimalMax", "longitude:DecimalMax");

    expect(CapabilityOffer.class, () -> CapabilityOffer.builder().maxDistanceMetres(0)
        .maxDuration(Duration.ZERO).build(),
        "capability:NotNull", "maxDistanceMetres:Positive", "maxDuration:DurationMin");
    expect(CapabilityOffer.class, () -> CapabilityOffer.builder().capability(Capability.MEALS)
        .maxDuration(Duration.ofHours(25)).build(), "maxDuration:DurationMax");

    expect(WeeklySlot.class, () -> WeeklySlot.of(null, null, null),
        "day:NotNull", "start:NotNull", "end:NotNull");
    expect(WeeklySlot.class, () -> WeeklySlot.of(DayOfWeek.MONDAY, LocalTime.NOON, LocalTime.NOON),
        "end:WeeklySlot.endAfterStart");

    expect(Absence.class, () -> Absence.of(null, null), "first:NotNull", "last:NotNull");
    expect(Absence.class, () -> Absence.of(Fixtures.TODAY, Fixtures.TODAY.minusDays(1)),
        "last:Absence.lastNotBeforeFirst");

    expect(TimeWindow.class, () -> TimeWindow.fixed(null, null), "start:NotNull", "end:NotNull");
    expect(TimeWindow.class, () -> TimeWindow.fixed(NOW, NOW), "end:TimeWindow.endAfterStart");
    expect(TimeWindow.class, () -> TimeWindow.fixed(NOW, java.time.Instant.MAX),
        "end:TimeWindow.supportedYears");
    expect(TimeWindow.class, () -> TimeWindow.flexible(java.time.Instant.MIN, NOW),
        "start:TimeWindow.supportedYears");
    expect(WeeklyAvailability.class, () -> WeeklyAvailability.builder().zone(null).build(), "zone:NotNull");

    expect(WeeklyAvailability.class, () -> WeeklyAvailability.of(Arrays.asList((WeeklySlot) null)),
        "slots:NotNull");

    expect(Member.class, () -> Member.builder().birthYear(-5).build(),
        "id:NotNull", "displayName:NotBlank", "birthYear:Min", "home:NotNull", "joined:NotNull");
    expect(Member.class, () -> Fixtures.member("m-1").displayName("x".repeat(101)).birthYear(10_000)
        .phoneNumber("call me").capacityPerWeek(Duration.ofHours(-1))
        .addCapabilities(CapabilityOffer.of(Capability.MEALS), CapabilityOffer.of(Capability.MEALS))
        .status(MemberStatus.PAUSED).build(),
        "displayName:Size", "birthYear:Max", "phoneNumber:Pattern", "capacityPerWeek:DurationMin",
        "capabilities:Member.capabilitiesUnique",
        "pausedUntil:Member.pausedUntilOnlyWhenPaused");
    expect(Member.class, () -> Fixtures.member("m-1").birthYear(2026).joined(LocalDate.of(2025, 3, 1)).build(),
        "birthYear:Member.birthYearFitsJoined");
    expect(Member.class, () -> Fixtures.member("m-1").capacityPerWeek(Duration.ofHours(41))
        .addCapabilities((CapabilityOffer) null).addAbsences((Absence) null).availability(null)
        .vitality(null).role(null).contact(null).status(null).build(),
        "capacityPerWeek:DurationMax", "capabilities:NotNull", "absences:NotNull",
        "availability:NotNull", "vitality:NotNull", "role:NotNull", "contact:NotNull",
        "status:NotNull");
    expect(Member.class, () -> Fixtures.member("m-1").capacityPerWeek(null).build(),
        "capacityPerWeek:NotNull");
    expect(Member.class, () -> Fixtures.member("m-1").addAvoids(MemberId.of("m-1"), null).build(),
        "avoids:NotNull", "avoids:Member.doesNotAvoidThemselves");

    for (String care : List.of("washing", "douchen", "wondzorg", "medicatie", "household-cleaning")) {
      expect(Member.class, () -> Fixtures.member("m-1").addCapabilities(CapabilityOffer.of(Capability.MEALS),
          CapabilityOffer.of(Capability.of(care))).build(),
          "capabilities:Member.offersOnlyCircleHelp");
    }

    expect(VocabularyEntry.class, () -> VocabularyEntry.builder().category(null).addSynonyms((String) null)
        .addThings((String) null).build(), "capability:NotNull", "category:NotNull", "englishLabel:NotBlank",
        "dutchLabel:NotBlank", "synonyms:NotBlank", "things:NotBlank");
    expect(VocabularyEntry.class, () -> VocabularyEntry.builder().capability(Capability.MEALS)
        .englishLabel("x".repeat(101)).dutchLabel("?!").addSynonyms("y".repeat(101)).addThings("t".repeat(101)).build(),
        "englishLabel:Size", "synonyms:Size", "things:Size", "dutchLabel:VocabularyEntry.termsReadable");
    expect(VocabularyEntry.class, () -> VocabularyEntry.builder().capability(Capability.MEALS)
        .englishLabel("--").dutchLabel("maaltijd").addSynonyms("!").addThings("?").build(),
        "englishLabel:VocabularyEntry.termsReadable", "synonyms:VocabularyEntry.termsReadable",
        "things:VocabularyEntry.termsReadable");
    expect(VocabularyEntry.class, () -> VocabularyEntry.of(Capability.MEALS, "meals", "z".repeat(101)),
        "dutchLabel:Size");

    expect(TripId.class, () -> TripId.of("x".repeat(65)), "value:Size");
    expect(TripId.class, () -> TripId.of(" "), "value:NotBlank");
    expect(TripId.class, () -> TripId.of("-"), "value:Pattern");
    expect(SeriesId.class, () -> SeriesId.of("x".repeat(65)), "value:Size");
    expect(SeriesId.class, () -> SeriesId.of(" "), "value:NotBlank");
    expect(SeriesId.class, () -> SeriesId.of("-"), "value:Pattern");

    expect(Commitment.class, () -> Commitment.builder().start(null).build(), "request:NotNull", "helper:NotNull",
        "recipient:NotNull", "capability:NotNull", "window:NotNull", "duration:NotNull", "start:NotNull");
    expect(Commitment.class, () -> Commitment.builder().request(RequestId.of("r-1"))
        .helper(MemberId.of("a")).recipient(MemberId.of("b")).capability(Capability.MEALS)
        .window(TimeWindow.flexible(NOW, NOW.plus(Duration.ofHours(3)))).duration(Duration.ofHours(1))
        .start(NOW.plus(Duration.ofMinutes(150))).build(), "start:Commitment.startInWindow");
    expect(Commitment.class, () -> Commitment.builder().request(RequestId.of("r-1"))
        .helper(MemberId.of("a")).recipient(MemberId.of("a")).capability(Capability.MEALS)
        .window(TimeWindow.fixed(NOW, NOW.plus(Duration.ofMinutes(30)))).duration(Duration.ofHours(1))
        .build(), "helper:Commitment.helperIsNotRecipient",
        "duration:Commitment.durationFitsWindow");
    expect(Commitment.class, () -> Commitment.builder().request(RequestId.of("r-1"))
        .helper(MemberId.of("a")).recipient(MemberId.of("b")).capability(Capability.MEALS)
        .window(TimeWindow.flexible(NOW, NOW.plus(Duration.ofDays(3)))).duration(Duration.ZERO)
        .build(), "duration:DurationMin");
    expect(Commitment.class, () -> Commitment.builder().request(RequestId.of("r-1"))
        .helper(MemberId.of("a")).recipient(MemberId.of("b")).capability(Capability.MEALS)
        .window(TimeWindow.flexible(NOW, NOW.plus(Duration.ofDays(3)))).duration(Duration.ofHours(25))
        .build(), "duration:DurationMax");

    expect(CirclePolicy.class, () -> CirclePolicy.builder().minSize(1).maxSize(1).minConnectors(-1)
        .minOfferersPerCapability(0).maxDependentShare(-0.1).maxDistanceMetres(49).build(),
        "minSize:Min", "maxSize:Min", "minConnectors:Min", "minOfferersPerCapability:Min",
        "maxDependentShare:DecimalMin", "maxDistanceMetres:Min",
        "maxSize:CirclePolicy.sizesOrdered");
    expect(CirclePolicy.class, () -> CirclePolicy.builder().minSize(11).build(),
        "recommendedMinSize:CirclePolicy.sizesOrdered");
    expect(CirclePolicy.class, () -> CirclePolicy.builder().recommendedMaxSize(9).build(),
        "recommendedMaxSize:CirclePolicy.sizesOrdered");
    expect(CirclePolicy.class, () -> CirclePolicy.builder().maxSize(12).build(),
        "maxSize:CirclePolicy.sizesOrdered");
    expect(CirclePolicy.class, () -> CirclePolicy.builder().minSize(101).maxSize(101)
        .minConnectors(11).minOfferersPerCapability(11).maxDependentShare(1.1)
        .maxDistanceMetres(50_001).build(),
        "minSize:Max", "maxSize:Max", "minConnectors:Max", "minOfferersPerCapability:Max",
        "maxDependentShare:DecimalMax", "maxDistanceMetres:Max");

    expect(Circle.class, () -> Circle.builder().addMembers((Member) null).addAgreements(" ")
        .policy(null).build(),
        "id:NotNull", "name:NotBlank", "neighbourhood:NotBlank", "members:NotNull",
        "agreements:NotBlank", "founded:NotNull", "policy:NotNull");
    expect(Circle.class, () -> Fixtures.circle(0).name("x".repeat(101)).neighbourhood("x".repeat(101))
        .addAgreements("x".repeat(501))
        .addMembers(Fixtures.member("m-1").build(), Fixtures.member("m-1").build()).build(),
        "name:Size", "neighbourhood:Size", "agreements:Size", "members:Circle.memberIdsUnique");

    expect(Recurrence.class, () -> Recurrence.oneOff().until(Fixtures.TODAY),
        "until:Recurrence.untilOnlyWhenRecurring");
    // Out-of-range intervals cannot be built through the factories; JSON can carry them.
    expect(Recurrence.class, () -> fromJson("{\"intervalWeeks\":-1}", Recurrence.class),
        "intervalWeeks:Min");
    expect(Recurrence.class, () -> fromJson("{\"intervalWeeks\":53}", Recurrence.class),
        "intervalWeeks:Max");

    expect(HelpRequest.class, () -> HelpRequest.builder().urgency(null).recurrence(null).build(),
        "id:NotNull", "requester:NotNull", "capability:NotNull", "window:NotNull",
        "expectedDuration:NotNull", "createdAt:NotNull", "urgency:NotNull", "recurrence:NotNull");
    expect(HelpRequest.class, () -> Fixtures.request("r-1", "m-1").expectedDuration(Duration.ZERO)
        .description(LONG).build(), "expectedDuration:DurationMin", "description:Size");
    expect(HelpRequest.class, () -> Fixtures.request("r-1", "m-1")
        .window(TimeWindow.flexible(NOW, NOW.plus(Duration.ofDays(30))))
        .expectedDuration(Duration.ofHours(25)).build(), "expectedDuration:DurationMax");
    expect(HelpRequest.class, () -> Fixtures.request("r-1", "m-1")
        .window(TimeWindow.fixed(NOW, NOW.plus(Duration.ofMinutes(30)))).build(),
        "expectedDuration:HelpRequest.durationFitsWindow");

    expect(Member.class, () -> Fixtures.member("m-1").displayName("=HYPERLINK(\"x\")").build(),
        "displayName:Text.name");
    expect(Circle.class, () -> Fixtures.circle(1).name("Noord\nZuid").neighbourhood("-wijk")
        .addAgreements("koffie\u0000").build(),
        "name:Text.name", "neighbourhood:Text.name", "agreements:Text.free");
    expect(HelpRequest.class, () -> Fixtures.request("r-1", "m-1").description("bel\u0007").build(),
        "description:Text.free");
    expect(HelpRequest.class, () -> Fixtures.request("r-1", "m-1").createdAt(java.time.Instant.MIN).build(),
        "createdAt:HelpRequest.supportedYears");
    expect(HelpRecord.class, () -> HelpRecord.of(MemberId.of("a"), MemberId.of("b"),
        Capability.MEALS, java.time.Instant.MAX, Duration.ofHours(1)), "start:HelpRecord.supportedYears");
    expect(HelpRecord.class, () -> HelpRecord.builder().build(), "helper:NotNull",
        "recipient:NotNull", "capability:NotNull", "start:NotNull", "effort:NotNull");
    expect(HelpRecord.class, () -> HelpRecord.of(MemberId.of("a"), MemberId.of("a"),
        Capability.MEALS, NOW, Duration.ZERO), "effort:DurationMin",
        "helper:HelpRecord.helperIsNotRecipient");
    expect(HelpRecord.class, () -> HelpRecord.of(MemberId.of("a"), MemberId.of("b"),
        Capability.MEALS, NOW, Duration.ofHours(25)), "effort:DurationMax");
    expect(ConsentRecord.class, () -> ConsentRecord.builder().given(true).build(),
        "member:NotNull", "purpose:NotNull", "date:NotNull", "basis:NotNull", "recordedBy:NotNull");
    expect(ConsentRecord.class, () -> ConsentRecord.given(MemberId.of("a"), Purpose.VITALITY,
        LawfulBasis.CONSENT, LocalDate.MIN, MemberId.of("a")),
        "basis:ConsentRecord.basisCarriesPurpose",
        "date:ConsentRecord.supportedYears");
    expect(AuditEntry.class, () -> AuditEntry.builder().build(), "at:NotNull", "actor:NotNull",
        "subject:NotNull", "change:NotNull", "before:NotNull", "after:NotNull");
    expect(AuditEntry.class, () -> AuditEntry.builder().at(java.time.Instant.MIN)
        .actor(MemberId.of("a")).subject(MemberId.of("b")).change(AuditChange.ROLE)
        .before("lower case").after("").build(), "before:AuditEntry.code", "after:AuditEntry.code",
        "at:AuditEntry.supportedYears");

    for (Map.Entry<Class<?>, SortedSet<String>> entry : fired.entrySet()) {
      SortedSet<String> declared = ModelValidator.declaredRules(entry.getKey());
      SortedSet<String> neverFired = new TreeSet<>(declared);
      neverFired.removeAll(entry.getValue());
      if (!neverFired.isEmpty()) {
        failures.add(entry.getKey().getSimpleName() + ": declared but never fired " + neverFired);
      }
    }
    for (Class<?> type : MODEL_TYPES) {
      if (!ModelValidator.declaredRules(type).isEmpty() && !fired.containsKey(type)) {
        failures.add(type.getSimpleName() + ": has constraints but no test case");
      }
    }
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
  }

  private static final List<Class<?>> MODEL_TYPES = List.of(MemberId.class, CircleId.class,
      BuildingId.class, Address.class,
      RequestId.class, Capability.class, GeoPoint.class, CapabilityOffer.class, WeeklySlot.class,
      Absence.class, TimeWindow.class, WeeklyAvailability.class, Member.class, CirclePolicy.class,
      Circle.class, Recurrence.class, HelpRequest.class, HelpRecord.class, VocabularyEntry.class,
      TripId.class, SeriesId.class, Commitment.class, ConsentRecord.class,
      AuditEntry.class);

  /** Reads JSON and rethrows the validation failure Jackson wraps. */
  private static <T> T fromJson(String json, Class<T> type) {
    try {
      return CircleJson.newMapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InvalidValueException) {
        throw (InvalidValueException) cause;
      }
      throw new AssertionError("unexpected JSON failure", e);
    }
  }

  @Test
  void everyMessageKeyHasEnglishAndDutchText() {
    for (Class<?> type : MODEL_TYPES) {
      for (String rule : ModelValidator.declaredRules(type)) {
        String code = rule.substring(rule.indexOf(':') + 1);
        String key = code.contains(".") ? "vzc." + code : null;
        if (key != null) {
          assertTrue(Messages.has(key), "no English and Dutch text for " + key);
        }
      }
    }
    InvalidValueException e = expectInvalid(() -> Member.builder().build());
    String english = e.message(Locale.ENGLISH);
    String dutch = e.message(Locale.forLanguageTag("nl-NL"));
    assertFalse(english.equals(dutch), "Dutch message should differ from English");
    assertTrue(english.contains("Member.displayName: must not be blank"), english);
    assertTrue(dutch.contains("Member.displayName: mag niet leeg zijn"), dutch);
    assertFalse(english.contains("{") || dutch.contains("{"), "unfilled placeholder: " + english + dutch);
    assertEquals(english, e.getMessage());
  }

  @Test
  void durationLimitsAreShownReadably() {
    InvalidValueException e = expectInvalid(() -> Fixtures.member("m-1")
        .capacityPerWeek(Duration.ofHours(41)).build());
    assertEquals("Member.capacityPerWeek: must be at most 40 h", e.violations().get(0).message(Locale.ENGLISH));
    assertEquals("Member.capacityPerWeek: mag hoogstens 40 h duren",
        e.violations().get(0).message(Locale.forLanguageTag("nl")));
  }

  @Test
  void aLimitUnderAnHourIsShownInMinutes() {
    InvalidValueException e = expectInvalid(() -> Fixtures.request("r-1", "m-1")
        .expectedDuration(Duration.ofSeconds(30)).build());
    assertEquals("HelpRequest.expectedDuration: must be at least 1 min",
        e.violations().get(0).message(Locale.ENGLISH));
    assertEquals("HelpRequest.expectedDuration: moet minstens 1 min duren",
        e.violations().get(0).message(Locale.forLanguageTag("nl")));
  }

  /**
   * A violation carries the constraint's own attributes that are numbers, text or yes/no, and
   * nothing else (not its message, groups, payload or pattern flags).
   */
  @Test
  void aViolationCarriesTheConstraintsNumbersTextsAndYesNoValuesOnly() {
    Violation pattern = expectInvalid(() -> MemberId.of("-m")).violations().get(0);
    assertEquals("Pattern", pattern.rule());
    assertEquals(Map.of("regexp", "[A-Za-z0-9][A-Za-z0-9._:-]*"), pattern.arguments());

    Violation share = expectInvalid(() -> CirclePolicy.builder().maxDependentShare(1.5).build())
        .violations().get(0);
    assertEquals(Map.of("inclusive", true, "value", "1.0"), share.arguments());
    assertEquals("CirclePolicy.maxDependentShare: must be at most 1.0", share.message(Locale.ENGLISH));
    assertEquals("CirclePolicy.maxDependentShare: mag hoogstens 1.0 zijn",
        share.message(Locale.forLanguageTag("nl")));
  }

  private static InvalidValueException expectInvalid(Supplier<?> build) {
    try {
      build.get();
    } catch (InvalidValueException e) {
      return e;
    }
    throw new AssertionError("expected InvalidValueException");
  }
}
