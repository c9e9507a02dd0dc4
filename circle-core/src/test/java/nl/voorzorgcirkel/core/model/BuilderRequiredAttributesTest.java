package nl.voorzorgcirkel.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.voorzorgcirkel.core.activity.Activity;
import nl.voorzorgcirkel.core.activity.Place;
import nl.voorzorgcirkel.core.address.Address;
import nl.voorzorgcirkel.core.audit.AuditChange;
import nl.voorzorgcirkel.core.audit.AuditEntry;
import nl.voorzorgcirkel.core.checkin.CheckInAgreement;
import nl.voorzorgcirkel.core.commitment.Commitment;
import nl.voorzorgcirkel.core.consent.ConsentRecord;
import nl.voorzorgcirkel.core.consent.LawfulBasis;
import nl.voorzorgcirkel.core.consent.Purpose;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * User test L1: the {@code builder()} Javadoc names the required attributes; here each of them,
 * left out of an otherwise complete builder, makes {@code build()} throw an {@link
 * InvalidValueException} naming it ({@code Member.id: must be given}, a text {@code
 * Member.displayName: must not be blank}), and with all of them set
 * (and nothing else) the builder builds.
 */
class BuilderRequiredAttributesTest {

  private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
  private static final MemberId A = MemberId.of("m-1");
  private static final MemberId B = MemberId.of("m-2");
  /** Required texts: left out, they break "must not be blank" ({@code NotBlank}) rather than "must be given". */
  private static final List<String> TEXTS = List.of("displayName", "name", "neighbourhood", "englishLabel",
      "dutchLabel", "title");

  /** The type's simple name, a fresh builder, and the required attributes with a valid value each. */
  private static <T> void requires(String type, Supplier<T> fresh, Function<T, Object> build,
      Map<String, Consumer<T>> required) {
    T complete = fresh.get();
    required.values().forEach(set -> set.accept(complete));
    build.apply(complete); // the required attributes alone are enough
    List<String> missing = new ArrayList<>();
    for (String attribute : required.keySet()) {
      T builder = fresh.get();
      required.forEach((name, set) -> {
        if (!name.equals(attribute)) {
          set.accept(builder);
        }
      });
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> build.apply(builder),
          type + " without " + attribute);
      List<String> rules = e.violations().stream().map(v -> v.path() + ":" + v.rule()).toList();
      boolean text = TEXTS.contains(attribute);
      assertTrue(rules.contains(attribute + (text ? ":NotBlank" : ":NotNull")), type + " without " + attribute + ": " + rules);
      assertTrue(e.getMessage().contains(type + "." + attribute + (text ? ": must not be blank" : ": must be given")),
          e.getMessage());
      assertTrue(e.message(Locale.forLanguageTag("nl")).contains(type + "." + attribute
          + (text ? ": mag niet leeg zijn" : ": moet ingevuld zijn")), e.message(Locale.forLanguageTag("nl")));
      missing.add(attribute);
    }
    // with nothing set, build() lists every required attribute at once
    InvalidValueException none = assertThrows(InvalidValueException.class, () -> build.apply(fresh.get()));
    assertEquals(missing, none.violations().stream().filter(v -> v.rule().equals("NotNull") || v.rule().equals("NotBlank"))
        .map(Violation::path)
        .filter(missing::contains).distinct().sorted((x, y) -> missing.indexOf(x) - missing.indexOf(y)).toList(),
        type + " with nothing set");
  }

  private static <T> Map<String, Consumer<T>> attributes(Object... nameAndSetter) {
    Map<String, Consumer<T>> map = new LinkedHashMap<>();
    for (int i = 0; i < nameAndSetter.length; i += 2) {
      @SuppressWarnings("unchecked")
      Consumer<T> set = (Consumer<T>) nameAndSetter[i + 1];
      map.put((String) nameAndSetter[i], set);
    }
    return map;
  }

  @Test
  void memberCircleAndHelpRequestNameEachMissingRequiredAttribute() {
    requires("Member", Member::builder, Member.Builder::build, attributes(
        "id", (Consumer<Member.Builder>) b -> b.id(A),
        "displayName", (Consumer<Member.Builder>) b -> b.displayName("Anna"),
        "birthYear", (Consumer<Member.Builder>) b -> b.birthYear(1950),
        "home", (Consumer<Member.Builder>) b -> b.home(GeoPoint.coarse(52.379, 5.223)),
        "joined", (Consumer<Member.Builder>) b -> b.joined(LocalDate.of(2025, 1, 1))));
    requires("Circle", Circle::builder, Circle.Builder::build, attributes(
        "id", (Consumer<Circle.Builder>) b -> b.id(CircleId.of("c-1")),
        "name", (Consumer<Circle.Builder>) b -> b.name("Noord"),
        "neighbourhood", (Consumer<Circle.Builder>) b -> b.neighbourhood("Muziekwijk"),
        "founded", (Consumer<Circle.Builder>) b -> b.founded(LocalDate.of(2025, 1, 1))));
    requires("HelpRequest", HelpRequest::builder, HelpRequest.Builder::build, attributes(
        "id", (Consumer<HelpRequest.Builder>) b -> b.id(RequestId.of("r-1")),
        "requester", (Consumer<HelpRequest.Builder>) b -> b.requester(A),
        "capability", (Consumer<HelpRequest.Builder>) b -> b.capability(Capability.MEALS),
        "window", (Consumer<HelpRequest.Builder>) b -> b.window(TimeWindow.flexible(NOW, NOW.plus(Duration.ofDays(1)))),
        "expectedDuration", (Consumer<HelpRequest.Builder>) b -> b.expectedDuration(Duration.ofHours(1)),
        "createdAt", (Consumer<HelpRequest.Builder>) b -> b.createdAt(NOW)));
  }

  @Test
  void theOtherModelTypesNameEachMissingRequiredAttribute() {
    requires("CapabilityOffer", CapabilityOffer::builder, CapabilityOffer.Builder::build, attributes(
        "capability", (Consumer<CapabilityOffer.Builder>) b -> b.capability(Capability.MEALS)));
    requires("VocabularyEntry", VocabularyEntry::builder, VocabularyEntry.Builder::build, attributes(
        "capability", (Consumer<VocabularyEntry.Builder>) b -> b.capability(Capability.of("knitting")),
        "englishLabel", (Consumer<VocabularyEntry.Builder>) b -> b.englishLabel("knitting"),
        "dutchLabel", (Consumer<VocabularyEntry.Builder>) b -> b.dutchLabel("breien")));
    requires("HelpRecord", HelpRecord::builder, HelpRecord.Builder::build, attributes(
        "helper", (Consumer<HelpRecord.Builder>) b -> b.helper(A),
        "recipient", (Consumer<HelpRecord.Builder>) b -> b.recipient(B),
        "capability", (Consumer<HelpRecord.Builder>) b -> b.capability(Capability.MEALS),
        "start", (Consumer<HelpRecord.Builder>) b -> b.start(NOW),
        "effort", (Consumer<HelpRecord.Builder>) b -> b.effort(Duration.ofHours(1))));
    requires("Commitment", Commitment::builder, Commitment.Builder::build, attributes(
        "request", (Consumer<Commitment.Builder>) b -> b.request(RequestId.of("r-1")),
        "helper", (Consumer<Commitment.Builder>) b -> b.helper(A),
        "recipient", (Consumer<Commitment.Builder>) b -> b.recipient(B),
        "capability", (Consumer<Commitment.Builder>) b -> b.capability(Capability.MEALS),
        "window", (Consumer<Commitment.Builder>) b -> b.window(TimeWindow.flexible(NOW, NOW.plus(Duration.ofDays(1)))),
        "duration", (Consumer<Commitment.Builder>) b -> b.duration(Duration.ofHours(1))));
    requires("ConsentRecord", ConsentRecord::builder, ConsentRecord.Builder::build, attributes(
        "member", (Consumer<ConsentRecord.Builder>) b -> b.member(A),
        "purpose", (Consumer<ConsentRecord.Builder>) b -> b.purpose(Purpose.VITALITY),
        "date", (Consumer<ConsentRecord.Builder>) b -> b.date(LocalDate.of(2026, 1, 1)),
        "basis", (Consumer<ConsentRecord.Builder>) b -> b.basis(LawfulBasis.EXPLICIT_CONSENT),
        "recordedBy", (Consumer<ConsentRecord.Builder>) b -> b.recordedBy(B)));
    requires("AuditEntry", AuditEntry::builder, AuditEntry.Builder::build, attributes(
        "at", (Consumer<AuditEntry.Builder>) b -> b.at(NOW),
        "actor", (Consumer<AuditEntry.Builder>) b -> b.actor(A),
        "subject", (Consumer<AuditEntry.Builder>) b -> b.subject(B),
        "change", (Consumer<AuditEntry.Builder>) b -> b.change(AuditChange.ROLE),
        "before", (Consumer<AuditEntry.Builder>) b -> b.before("MEMBER"),
        "after", (Consumer<AuditEntry.Builder>) b -> b.after("CONNECTOR")));
    requires("Activity", Activity::builder, Activity.Builder::build, attributes(
        "id", (Consumer<Activity.Builder>) b -> b.id(ActivityId.of("meal")),
        "title", (Consumer<Activity.Builder>) b -> b.title("Samen eten"),
        "organiser", (Consumer<Activity.Builder>) b -> b.organiser(A),
        "start", (Consumer<Activity.Builder>) b -> b.start(NOW),
        "duration", (Consumer<Activity.Builder>) b -> b.duration(Duration.ofHours(2)),
        "place", (Consumer<Activity.Builder>) b -> b.place(Place.of("Buurthuis"))));
    requires("CheckInAgreement", CheckInAgreement::builder, CheckInAgreement.Builder::build, attributes(
        "member", (Consumer<CheckInAgreement.Builder>) b -> b.member(A)));
    requires("Address", () -> Address.builder().postcode("1313 AB"), Address.Builder::build, attributes(
        "houseNumber", (Consumer<Address.Builder>) b -> b.houseNumber(12)));
    // and a postcode, or a street and a place
    InvalidValueException nowhere = assertThrows(InvalidValueException.class,
        () -> Address.builder().houseNumber(12).street("Lindenlaan").build());
    assertEquals(List.of("postcode:Address.locatable"),
        nowhere.violations().stream().map(v -> v.path() + ":" + v.rule()).toList());
    Address.builder().houseNumber(12).street("Lindenlaan").place("Almere").build();
    // a consent record without given is a withdrawal: given is false unless set
    assertEquals(false, ConsentRecord.builder().member(A).purpose(Purpose.VITALITY).date(LocalDate.of(2026, 1, 1))
        .basis(LawfulBasis.EXPLICIT_CONSENT).recordedBy(B).build().given());
  }
}
