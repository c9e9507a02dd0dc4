package nl.voorzorgcirkel.core.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.i18n.Bilingual;
import nl.voorzorgcirkel.core.i18n.Messages;
import nl.voorzorgcirkel.core.internal.Blames;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A member of a circle (deelnemer): who they are, what they can offer, when, and how much.
 *
 * <p>Personal data (display name, phone number, birth year, home position, vitality) is kept out of
 * {@code toString()}, exception messages and logs. Capacity is what the member is willing to give:
 * the circle's aim is that the load on helpers stays bearable and is spread, not that receiving
 * and giving balance.
 *
 * <p>Immutable and thread-safe. Example (from {@code ReadmeExampleTest}):
 *
 * <pre>{@code
 * Member anna = Member.builder()
 *     .id(MemberId.of("m-anna"))
 *     .displayName("Anna")
 *     .birthYear(1948)
 *     .home(GeoPoint.coarse(52.379, 5.223))
 *     .addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR))
 *     .joined(LocalDate.of(2025, 3, 1))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Member {

  /**
   * How many years before the year of joining a member must at least have been born: 18, an adult
   * (the age reached in the year of joining, as {@link #ageIn} counts it).
   *
   * @since 0.1.0
   */
  public static final int MIN_AGE_AT_JOINING = 18;

  /**
   * How many years before the year of joining a member can at most have been born: 125, older than
   * anyone has lived.
   *
   * @since 0.1.0
   */
  public static final int MAX_AGE_AT_JOINING = 125;

  /**
   * The most help a member can offer per week, in hours: 40, a working week ({@link
   * #capacityPerWeek()}).
   *
   * @since 0.1.0
   */
  public static final int MAX_HOURS_PER_WEEK = 40;

  /** The capacity of a member who has not set one: two hours a week (an assumption). */
  public static final Duration DEFAULT_CAPACITY_PER_WEEK = Duration.ofHours(2);

  Member() {}

  /**
   * A new builder.
   *
   * <p>Required: {@code id}, {@code displayName}, {@code birthYear}, {@code home}, {@code joined}.
   * Optional, with their defaults: {@code building}, {@code phoneNumber}, {@code pausedUntil}
   * (empty); {@code capabilities}, {@code avoids}, {@code absences} (empty lists); {@code
   * availability} ({@link WeeklyAvailability#daytime()}); {@code capacityPerWeek} ({@link
   * #DEFAULT_CAPACITY_PER_WEEK}); {@code vitality} ({@link Vitality#VITAL}); {@code role} ({@link
   * Role#MEMBER}); {@code livesAlone} (false); {@code contact} ({@link ContactChannel#GROUP_CHAT});
   * {@code status} ({@link MemberStatus#ACTIVE}).
   *
   * <p>{@code build()} throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException}
   * listing every broken rule at once, each by attribute and rule, in English and Dutch and without
   * personal data: a required attribute left out as {@code NotNull} ("must be given"; a text:
   * {@code NotBlank}, "must not be blank"), a value outside its accessor's range by that
   * constraint, and the rules between attributes: {@code birthYear} 18 to 125 years before the year
   * of {@code joined} ({@code Member.birthYearFitsJoined}), {@code pausedUntil} exactly when {@code
   * PAUSED} ({@code Member.pausedUntilOnlyWhenPaused}), at most one offer per kind of help, codes
   * read by the standard vocabulary ({@code autorit} and {@code ride-by-car} are one; {@code
   * Member.capabilitiesUnique}), only circle help offered ({@code Member.offersOnlyCircleHelp}),
   * and not avoiding oneself ({@code Member.doesNotAvoidThemselves}). A member cannot know the
   * vocabulary of their circle: under a circle's own vocabulary the one-offer-per-kind rule is
   * checked where the circle is read by it ({@link Circle#requireOneOfferPerKind}).
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this member's values, for a changed copy.
   *
   * @return a builder; not thread-safe
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The member's identifier, unique in the circle.
   *
   * @return the id, never null
   */
  @NotNull
  public abstract MemberId id();

  /**
   * The name shown to the other members (personal data).
   *
   * @return 1 to 100 characters, never blank, without control characters (such as line breaks),
   *     not starting with {@code = + - @} (which spreadsheets would run as a formula)
   */
  @Value.Redacted
  @NotBlank
  @Size(min = 1, max = 100)
  @Pattern(regexp = Texts.NAME, message = "{vzc.Text.name}")
  public abstract String displayName();

  /**
   * The year of birth (personal data). The rule follows the day the member joined, not the
   * calendar of today: from {@value #MIN_AGE_AT_JOINING} years before the year they joined (an
   * adult) to {@value #MAX_AGE_AT_JOINING} years before it (older than anyone has lived), so that a
   * member joining in 2095 may be born in 2030; and, like every date of the library, in the years 1
   * to 9999. The one rule of the birth year: the member import reports it as {@code birth-year}.
   *
   * @return 1 to 9999, from {@code joined().getYear() - 125} to {@code joined().getYear() - 18}
   */
  @Value.Redacted
  @Min(1)
  @Max(9999)
  public abstract int birthYear();

  /**
   * The home position (personal data); distances in metres are computed from it. Kept as given:
   * give it coarse ({@link GeoPoint#coarse}, about 100 m), as the CSV readers and geocoders do;
   * {@code home(GeoPoint.of(52.3791234, 5.2234567))} keeps every digit.
   *
   * @return the position, never null
   */
  @Value.Redacted
  @NotNull
  public abstract GeoPoint home();

  /**
   * The building or housing complex the member lives in, if it is known (where someone lives:
   * kept out of {@code toString()}). Forming circles keeps the residents of one building together.
   *
   * @return the building, empty if not known or not a shared building
   */
  @Value.Redacted
  public abstract Optional<BuildingId> building();

  /**
   * A phone number, for members reached by phone (personal data): as Dutch numbers are written
   * ({@code 06-12345678}, {@code (020) 123 4567}) or in international form ({@code +31 6
   * 12345678}, {@code 0031 6 12345678}). No phone number starts with a hyphen: {@code -1234567} is
   * what a spreadsheet makes of a number it took for a negative one, and is refused.
   *
   * @return 6 to 20 characters of digits, spaces, {@code + ( ) -}, the first a digit, {@code +} or
   *     {@code (}; empty if not given
   */
  @Value.Redacted
  public abstract Optional<@Pattern(regexp = "[+(0-9][+0-9 ()-]{5,19}", message = "{vzc.Pattern.phoneNumber}") String> phoneNumber();

  /**
   * What the member can offer, at most one offer per kind of help as the standard vocabulary reads
   * codes ({@code autorit} and {@code ride-by-car} are one kind; as a circle's own vocabulary reads
   * them, {@link Circle#requireOneOfferPerKind}), in the order given. Only circle
   * help: a capability the {@linkplain CapabilityVocabulary#standard() standard vocabulary} files
   * under personal or nursing care, household cleaning or medical help (by code or synonym, such as
   * {@code washing} or {@code douchen}) cannot be offered.
   *
   * @return an unmodifiable list, possibly empty (a member may join before knowing what to offer)
   */
  public abstract List<@NotNull CapabilityOffer> capabilities();

  /**
   * Members this member would rather not be helped by (a personal preference; kept out of {@code
   * toString()}). Matching never asks them for this member's requests, and forming circles keeps
   * them apart. It works one way: it does not keep this member from being asked to help them (a
   * member says no to a request they would rather not take; a connector who knows two members
   * should be kept apart enters each in the other's list).
   *
   * @return an unmodifiable list of member ids, possibly empty, not containing this member's id
   */
  @Value.Redacted
  public abstract List<@NotNull MemberId> avoids();

  /**
   * When the member can help each week.
   *
   * @return the availability, {@link WeeklyAvailability#daytime()} unless set
   */
  @Value.Default
  @NotNull
  public WeeklyAvailability availability() {
    return WeeklyAvailability.daytime();
  }

  /**
   * Periods in which the member is away.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<@NotNull Absence> absences();

  /**
   * How much help per week the member is willing to give.
   *
   * @return 0 to {@value #MAX_HOURS_PER_WEEK} hours, {@link #DEFAULT_CAPACITY_PER_WEEK} unless set
   */
  @Value.Default
  @NotNull
  @DurationMin(minutes = 0)
  @DurationMax(hours = MAX_HOURS_PER_WEEK)
  public Duration capacityPerWeek() {
    return DEFAULT_CAPACITY_PER_WEEK;
  }

  /**
   * Self-assessed vitality (health-related personal data).
   *
   * @return the vitality, {@link Vitality#VITAL} unless set
   */
  @Value.Default
  @Value.Redacted
  @NotNull
  public Vitality vitality() {
    return Vitality.VITAL;
  }

  /**
   * The member's role.
   *
   * @return the role, {@link Role#MEMBER} unless set
   */
  @Value.Default
  @NotNull
  public Role role() {
    return Role.MEMBER;
  }

  /**
   * Whether the member lives alone: for them, the comfort of a circle is that someone notices when
   * they have not been seen (looking out for each other). Check-ins (omkijken) matter most to
   * them, and the invitation ranking of shared activities suggests inviting them personally.
   * Personal data, kept out of {@code toString()}.
   *
   * @return false unless set
   * @since 0.1.0
   */
  @Value.Default
  @Value.Redacted
  public boolean livesAlone() {
    return false;
  }

  /**
   * How the member prefers to be reached.
   *
   * @return the channel, {@link ContactChannel#GROUP_CHAT} unless set
   */
  @Value.Default
  @NotNull
  public ContactChannel contact() {
    return ContactChannel.GROUP_CHAT;
  }

  /**
   * Whether the member takes part now.
   *
   * @return the status, {@link MemberStatus#ACTIVE} unless set
   */
  @Value.Default
  @NotNull
  public MemberStatus status() {
    return MemberStatus.ACTIVE;
  }

  /**
   * For a {@link MemberStatus#PAUSED} member, the last day of the pause; empty otherwise.
   *
   * @return the date, present exactly when the status is {@code PAUSED}
   */
  public abstract Optional<LocalDate> pausedUntil();

  /**
   * The day the member joined the circle.
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate joined();

  /**
   * The member's offer of a capability.
   *
   * @param capability the capability, not null
   * @return the offer, or empty if the member does not offer it
   */
  public Optional<CapabilityOffer> offerOf(Capability capability) {
    OfferArray offers = offerArray();
    int i = offers.indexOf(capability);
    return i < 0 ? Optional.empty() : offers.found.get(i);
  }

  /**
   * The member's offer of the kind of help a capability names, as a vocabulary reads both: an offer
   * written as a synonym ({@code boodschappen}) is an offer of the kind of help it names ({@code
   * groceries-and-errands}), and a request for {@code naar-de-kapper} (a trip, so a ride) finds an
   * offer of {@code ride-by-car}; see {@link CapabilityVocabulary#canonical}. A code the
   * vocabulary reads as no kind of help of its own compares by its code, as {@link
   * #offerOf(Capability)} does. Of two offers that read as the same kind of help, the one written as
   * the kind's own code is the answer, else the first in order. Matching compares offers so, by its
   * scope policy's vocabulary.
   *
   * <p>The reading of the member's offers is kept per member value for the vocabulary asked last,
   * so a matching that asks every member about one request reads each offer once.
   *
   * @param capability the capability, not null
   * @param vocabulary the vocabulary that reads the capability and the offers, not null
   * @return the offer, or empty if the member offers no help of that kind
   * @since 0.1.0
   */
  public Optional<CapabilityOffer> offerOf(Capability capability, CapabilityVocabulary vocabulary) {
    OfferArray offers = offerArray();
    int i = offers.indexOf(vocabulary.canonical(Objects.requireNonNull(capability, "capability")), vocabulary);
    return i < 0 ? Optional.empty() : offers.found.get(i);
  }

  /**
   * Whether the member offers the kind of help a capability names, as a vocabulary reads both (see
   * {@link #offerOf(Capability, CapabilityVocabulary)}).
   *
   * @param capability the capability, not null
   * @param vocabulary the vocabulary that reads the capability and the offers, not null
   * @return true if offered
   * @since 0.1.0
   */
  public boolean offers(Capability capability, CapabilityVocabulary vocabulary) {
    return offerArray().indexOf(vocabulary.canonical(Objects.requireNonNull(capability, "capability")),
        vocabulary) >= 0;
  }

  /**
   * A short description for logs: the id, role, status, the kinds of help offered, the capacity,
   * when the member can help in short ({@code daily 09:00-18:00}, or the number of slots and their
   * time a week) and the number of absences, such as {@code Member{id=m-01, role=CONNECTOR,
   * status=ACTIVE, capabilities=[meals, groceries], capacityPerWeek=PT2H, availability=daily
   * 09:00-18:00, absences=0}}. Never personal data: no name, birth year, home, building, phone,
   * vitality, who they would rather not help, or whether they live alone. The full availability
   * is in {@link #availability()}.
   *
   * @return the description, never null
   */
  @Override
  public String toString() {
    List<String> offered = new ArrayList<>(capabilities().size());
    for (CapabilityOffer offer : capabilities()) {
      offered.add(offer.capability().toString());
    }
    return "Member{id=" + id() + ", role=" + role() + ", status=" + status() + ", capabilities=" + offered
        + ", capacityPerWeek=" + capacityPerWeek() + ", availability=" + availability().summary()
        + ", absences=" + absences().size() + "}";
  }

  /** The offers in an array, made once per member value on first use; not part of equality. */
  @Value.Lazy
  OfferArray offerArray() {
    return new OfferArray(capabilities().toArray(new CapabilityOffer[0]));
  }

  /**
   * Holds the offers' array, their capabilities' hash codes and each offer as the answer of {@link
   * #offerOf}, which no caller can change: matching asks for an offer of every member on every
   * request, and the answer is then made once per member value instead of once per question.
   */
  static final class OfferArray {
    private final CapabilityOffer[] offers;
    private final int[] hashes;
    private final List<Optional<CapabilityOffer>> found;

    OfferArray(CapabilityOffer[] offers) {
      this.offers = offers;
      this.hashes = new int[offers.length];
      List<Optional<CapabilityOffer>> answers = new ArrayList<>(offers.length);
      for (int i = 0; i < offers.length; i++) {
        hashes[i] = offers[i].capability().hashCode();
        answers.add(Optional.of(offers[i]));
      }
      this.found = List.copyOf(answers);
    }

    /**
     * The position of the offer of a capability, or -1: hash codes first, so that a member who
     * does not offer it costs no visit to each offer.
     */
    int indexOf(Capability capability) {
      int hash = capability.hashCode();
      for (int i = 0; i < hashes.length; i++) {
        if (hashes[i] == hash && offers[i].capability().equals(capability)) {
          return i;
        }
      }
      return -1;
    }

    /**
     * The position of the offer of a kind of help as a vocabulary reads the offers ({@code kind}
     * is read already), or -1: the offer written as the kind's own code first, then the first that
     * reads as it. A member whose offers are all written as their kinds' codes costs one look.
     */
    @SuppressWarnings("ReferenceEquality") // the reading is of this vocabulary instance, as a cache is
    int indexOf(Capability kind, CapabilityVocabulary vocabulary) {
      int i = indexOf(kind);
      if (i >= 0) {
        return i;
      }
      Reading reading = this.reading;
      if (reading == null || reading.vocabulary != vocabulary) {
        reading = new Reading(vocabulary, offers);
        this.reading = reading; // a race makes the same reading twice, never a wrong one
      }
      return reading.indexOf(kind);
    }

    /** The offers as the vocabulary asked last reads them; null before the first question. */
    private volatile @Nullable Reading reading;
  }

  /** The kinds of help of a member's offers as one vocabulary reads them. */
  private static final class Reading {
    final CapabilityVocabulary vocabulary;
    /** Per offer its kind of help; null when every offer is written as its kind's code. */
    final Capability @Nullable [] kinds;

    Reading(CapabilityVocabulary vocabulary, CapabilityOffer[] offers) {
      this.vocabulary = vocabulary;
      Capability[] read = new Capability[offers.length];
      boolean same = true;
      for (int i = 0; i < offers.length; i++) {
        read[i] = vocabulary.canonical(offers[i].capability());
        same &= read[i].equals(offers[i].capability());
      }
      this.kinds = same ? null : read;
    }

    int indexOf(Capability kind) {
      Capability[] read = kinds;
      if (read != null) {
        for (int i = 0; i < read.length; i++) {
          if (read[i].equals(kind)) {
            return i;
          }
        }
      }
      return -1;
    }
  }

  /**
   * Whether the member offers a capability.
   *
   * @param capability the capability, not null
   * @return true if offered
   */
  public boolean offers(Capability capability) {
    return offerArray().indexOf(capability) >= 0;
  }

  /**
   * Whether the member takes part on a date: active, or paused with the pause over, and not away.
   *
   * @param date the date, not null
   * @return true if the member can be asked on that date
   */
  public boolean isAvailableOn(LocalDate date) {
    boolean participating = status() == MemberStatus.ACTIVE
        || (status() == MemberStatus.PAUSED && pausedUntil().map(date::isAfter).orElse(false));
    if (!participating) {
      return false;
    }
    List<Absence> absences = absences();
    for (int i = 0; i < absences.size(); i++) {
      if (absences.get(i).includes(date)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The earliest moment inside {@code window} at which help of the given length fits entirely in
   * one of the member's weekly slots ({@link WeeklyAvailability#earliestStartWithin}) on a day the
   * member takes part ({@link #isAvailableOn}): days away and days of a pause are skipped, and a
   * member who left has none. Days are those of the availability's zone. Thread-safe.
   *
   * @param window when the help is needed, not null
   * @param length how long the help takes, positive, not null
   * @return the earliest start, or empty if the help fits on none of the member's days
   * @since 0.1.0
   */
  public Optional<Instant> earliestStartWithin(TimeWindow window, Duration length) {
    WeeklyAvailability availability = availability();
    if (status() == MemberStatus.ACTIVE && absences().isEmpty()) {
      return availability.earliestStartWithin(window, length, null);
    }
    return availability.earliestStartWithin(window, length, day -> isAvailableOn(LocalDate.ofEpochDay(day)));
  }

  /**
   * Whether the member is in the circle (not {@link MemberStatus#LEFT}) on a date, whether or not
   * they are paused or away. Only counts from the day they joined.
   *
   * @param date the date, not null
   * @return true if a member on that date
   */
  public boolean isMemberOn(LocalDate date) {
    return status() != MemberStatus.LEFT && !date.isBefore(joined());
  }

  /**
   * The age the member reaches in the year of {@code date}.
   *
   * @param date the date, not null
   * @return the age in years
   */
  public int ageIn(LocalDate date) {
    return date.getYear() - birthYear();
  }

  @AssertTrue(message = "{vzc.Member.pausedUntilOnlyWhenPaused}")
  @Blames("pausedUntil")
  boolean pausedUntilOnlyWhenPaused() {
    return status() == null || (status() == MemberStatus.PAUSED) == pausedUntil().isPresent();
  }

  /**
   * The birth year against the day of joining: {@value #MIN_AGE_AT_JOINING} to {@value
   * #MAX_AGE_AT_JOINING} years before the year of joining; silent when either is missing or the
   * year is outside the supported years (those rules say so already).
   */
  @AssertTrue(message = "{vzc.Member.birthYearFitsJoined}")
  @Blames("birthYear")
  boolean birthYearFitsJoined() {
    if (joined() == null || birthYear() < 1 || birthYear() > 9999) {
      return true;
    }
    int year = joined().getYear();
    return birthYear() <= year - MIN_AGE_AT_JOINING && birthYear() >= year - MAX_AGE_AT_JOINING;
  }

  @AssertTrue(message = "{vzc.Member.doesNotAvoidThemselves}")
  @Blames("avoids")
  boolean doesNotAvoidThemselves() {
    return id() == null || !avoids().contains(id());
  }

  @AssertTrue(message = "{vzc.Member.offersOnlyCircleHelp}")
  @Blames("capabilities")
  boolean offersOnlyCircleHelp() {
    CapabilityVocabulary vocabulary = CapabilityVocabulary.standard();
    for (CapabilityOffer offer : capabilities()) {
      if (offer != null && !vocabulary.category(offer.capability()).isCircleHelp()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Each kind of help offered once, read by the standard vocabulary as {@link #offersOnlyCircleHelp}
   * is: {@code autorit} with a 30-minute limit and {@code ride-by-car} are one kind offered twice,
   * and matching would read only one of the two offers (user test 15, L2). A circle reading kinds
   * by a vocabulary of its own is not known here: {@link Circle#requireOneOfferPerKind} holds its
   * members to the rule by that vocabulary, when the circle is read by it.
   */
  @AssertTrue(message = "{vzc.Member.capabilitiesUnique}")
  @Blames("capabilities")
  boolean capabilitiesUnique() {
    return firstOfferTwice() == null;
  }

  /**
   * The message arguments of {@link #capabilitiesUnique()}: the positions of the first two offers
   * of one kind, counted from 1 ({@code first}, {@code second}), and the kind ({@code kind}) by the
   * standard vocabulary's label in English and Dutch, never a code as given (a code of one's own
   * could name a health matter); a kind the vocabulary has no entry for is said as "the same code"
   * (user test 16, M1).
   */
  Map<String, Object> capabilitiesUniqueArguments() {
    int[] twice = firstOfferTwice();
    if (twice == null) {
      return Map.of();
    }
    CapabilityVocabulary vocabulary = CapabilityVocabulary.standard();
    Capability kind = vocabulary.canonical(capabilities().get(twice[1]).capability());
    return Map.of("first", twice[0] + 1, "second", twice[1] + 1, "kind", kindLabel(kind, vocabulary));
  }

  /**
   * A kind of help as an error about offers names it: by the vocabulary's label in English and
   * Dutch, never by a code as given (a code of one's own could name a health matter); a kind the
   * vocabulary has no entry for is said as "the same code".
   */
  static Bilingual kindLabel(Capability kind, CapabilityVocabulary vocabulary) {
    return vocabulary.entry(kind)
        .map(entry -> new Bilingual(entry.label(Locale.ENGLISH), entry.label(DUTCH)))
        .orElse(new Bilingual(Messages.format("vzc.Member.sameCode", Locale.ENGLISH),
            Messages.format("vzc.Member.sameCode", DUTCH)));
  }

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  /**
   * The indices (from 0) of the first offer whose kind of help an earlier offer has, and of that
   * earlier offer, kinds read by the standard vocabulary; null when every kind is offered once.
   */
  private int @Nullable [] firstOfferTwice() {
    CapabilityVocabulary vocabulary = CapabilityVocabulary.standard();
    Map<Capability, Integer> seen = new HashMap<>();
    List<CapabilityOffer> offers = capabilities();
    for (int i = 0; i < offers.size(); i++) {
      CapabilityOffer offer = offers.get(i);
      Integer earlier = offer == null ? null : seen.putIfAbsent(vocabulary.canonical(offer.capability()), i);
      if (earlier != null) {
        return new int[] {earlier, i};
      }
    }
    return null;
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }

  /**
   * The builder. Not thread-safe.
   *
   * <p>One method per attribute of {@link Member}, named after it and taking its value, with the
   * rules, units and ranges its accessor states; for a list or set attribute also {@code addX} (one
   * or several values) and {@code addAllX} (an iterable), the {@code x(iterable)} method replacing
   * what was added; for an optional attribute one method taking the value (not null) and one taking
   * an {@code Optional}. {@code from(value)} copies every attribute of a value. A missing or null
   * required attribute is not refused where it is set but by {@code build()}, which checks every
   * rule at once and throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException} listing
   * each broken one by attribute, in English and Dutch, without personal data.
   */
  public static final class Builder extends ImmutableMember.Builder {
    Builder() {}
  }
}
