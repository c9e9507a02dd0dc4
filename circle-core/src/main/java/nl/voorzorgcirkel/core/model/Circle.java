package nl.voorzorgcirkel.core.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.internal.Blames;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A voorzorgcirkel: about 10 to 15 home-dwelling seniors in one neighbourhood who agree, in
 * advance, to help one another when help is needed.
 *
 * <p>A circle holds its members (including those who paused or left, for the history), the
 * agreements they made and the {@link CirclePolicy} it is measured against. Member ids are unique.
 * Whether the circle is healthy (size, connectors, coverage) is not a validity rule but the
 * subject of the health check in {@code nl.voorzorgcirkel.core.assessment}: a circle that is
 * forming may well be too small.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Circle {

  Circle() {}

  /**
   * A new builder.
   *
   * <p>Required: {@code id}, {@code name}, {@code neighbourhood}, {@code founded}. Optional, with
   * their defaults: {@code members} and {@code agreements} (empty lists); {@code policy} ({@link
   * CirclePolicy#standard()}).
   *
   * <p>{@code build()} throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException}
   * listing every broken rule at once, each by attribute and rule, in English and Dutch and without
   * personal data: a required attribute left out as {@code NotNull} ("must be given"; a text:
   * {@code NotBlank}, "must not be blank"), a value outside its accessor's range by that
   * constraint, each member's own rules, and member ids unique ({@code Circle.memberIdsUnique}, on
   * {@code members}).
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this circle's values, for a changed copy.
   *
   * @return a builder; not thread-safe
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The circle's identifier.
   *
   * @return the id, never null
   */
  @NotNull
  public abstract CircleId id();

  /**
   * The circle's name, for example {@code "Muziekwijk Noord"}.
   *
   * @return 1 to 100 characters, a name as {@link Member#displayName()} describes
   */
  @NotBlank
  @Size(min = 1, max = 100)
  @Pattern(regexp = Texts.NAME, message = "{vzc.Text.name}")
  public abstract String name();

  /**
   * The neighbourhood (buurt or wijk) the circle belongs to.
   *
   * @return 1 to 100 characters, a name as {@link Member#displayName()} describes
   */
  @NotBlank
  @Size(min = 1, max = 100)
  @Pattern(regexp = Texts.NAME, message = "{vzc.Text.name}")
  public abstract String neighbourhood();

  /**
   * Every member, including those paused or left, in the order given; ids are unique.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<@NotNull Member> members();

  /**
   * The agreements the members made, for example "requests go through the connectors" (free text,
   * kept out of {@code toString()}).
   *
   * @return an unmodifiable list of texts of 1 to 500 characters; line breaks and tabs are the
   *     only control characters allowed
   */
  @Value.Redacted
  public abstract List<@NotBlank @Size(min = 1, max = 500) @Pattern(regexp = Texts.FREE, message = "{vzc.Text.free}") String> agreements();

  /**
   * The day the circle was founded.
   *
   * @return the date, never null
   */
  @NotNull
  public abstract LocalDate founded();

  /**
   * The policy the circle is measured against.
   *
   * @return the policy, {@link CirclePolicy#standard()} unless set
   */
  @Value.Default
  @NotNull
  public CirclePolicy policy() {
    return CirclePolicy.standard();
  }

  /**
   * The member with an id.
   *
   * <p>Looks the id up in an index built on first use and kept with this value.
   *
   * @param id the id, not null
   * @return the member, or empty if not in this circle
   */
  public Optional<Member> member(MemberId id) {
    return Optional.ofNullable(membersById().get(Objects.requireNonNull(id, "id")));
  }

  /** The members by id, built once per circle value on first use; not part of equality. */
  @Value.Lazy
  Map<MemberId, Member> membersById() {
    Map<MemberId, Member> index = new HashMap<>();
    for (Member member : members()) {
      index.put(member.id(), member);
    }
    return Collections.unmodifiableMap(index);
  }

  /**
   * The members who offer a capability ({@link Member#offers}), in the circle's order, whatever
   * their status: who in the circle could be asked for it at all.
   *
   * <p>Read from an index built on first use and kept with this value: matching asks it for every
   * request, and in most circles only a few members offer any one kind of help.
   *
   * @param capability the capability, not null
   * @return an unmodifiable list, empty if nobody offers it
   * @since 0.1.0
   */
  public List<Member> membersOffering(Capability capability) {
    return membersByOffer().getOrDefault(Objects.requireNonNull(capability, "capability"), List.of());
  }

  /**
   * The members who offer the kind of help a capability names, as a vocabulary reads both ({@link
   * Member#offers(Capability, CapabilityVocabulary)}: an offer written {@code boodschappen} is an
   * offer of groceries and errands), in the circle's order, whatever their status.
   *
   * <p>Read from an index built for the vocabulary asked last and kept with this value, as {@link
   * #membersOffering(Capability)}. Building it checks that each member offers each kind of help
   * once as this vocabulary reads the offers ({@link #requireOneOfferPerKind}): a member cannot
   * know the vocabulary of their circle, so this is where a circle's own vocabulary is held to
   * the rule the standard one holds every {@link Member} to. Thread-safe.
   *
   * @param capability the capability, not null
   * @param vocabulary the vocabulary that reads the capability and the offers, not null
   * @return an unmodifiable list, empty if nobody offers that kind of help
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException with rule {@code
   *     Circle.oneOfferPerKind} if a member offers a kind of help twice as the vocabulary reads it
   * @since 0.1.0
   */
  @SuppressWarnings("ReferenceEquality") // the index is of this vocabulary instance, as a cache is
  public List<Member> membersOffering(Capability capability, CapabilityVocabulary vocabulary) {
    Objects.requireNonNull(vocabulary, "vocabulary");
    Capability kind = vocabulary.canonical(Objects.requireNonNull(capability, "capability"));
    ReadOffers read = readOffers;
    if (read == null || read.vocabulary != vocabulary) {
      read = new ReadOffers(vocabulary, members());
      readOffers = read; // a race builds the same index twice, never a wrong one
    }
    return read.byKind.getOrDefault(kind, List.of());
  }

  /**
   * Checks that each member offers each kind of help once as a vocabulary reads the offers: the
   * rule {@link Member} holds every member to by the standard vocabulary ({@code
   * Member.capabilitiesUnique}), for a circle read by a vocabulary of its own. Under a vocabulary
   * that makes {@code regiotaxi} a synonym of {@link Capability#RIDE_BY_CAR}, a member offering both
   * {@code regiotaxi} and {@code autorit} offers one kind twice, and matching would read only one of
   * the two offers (with its own limits). Call it where a circle is loaded for a platform with its
   * own vocabulary. {@link #membersOffering(Capability, CapabilityVocabulary)}, and so the health
   * check, invitations, formation and a plan looking for other members at its expiry, given that
   * vocabulary, check it too; the ranking reads each member's first offer of the kind ({@link
   * Member#offerOf(Capability, CapabilityVocabulary)}) and does not check it.
   *
   * <p>O(o) for o offers in the circle; the answer is kept with this value for the vocabulary
   * asked last. Thread-safe.
   *
   * @param vocabulary the vocabulary that reads the offers, not null
   * @return this circle
   * @throws NullPointerException naming {@code vocabulary} if it is null
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException with rule {@code
   *     Circle.oneOfferPerKind}, one violation per member and kind offered twice, at path {@code
   *     members[i].capabilities[j]} (the second offer), naming the member id, the kind by the
   *     vocabulary's label and the two offers by place (counted from 1), in English and Dutch;
   *     never a name, nor a code as given
   * @since 0.1.0
   */
  public Circle requireOneOfferPerKind(CapabilityVocabulary vocabulary) {
    membersOffering(Capability.RIDE_BY_CAR, Objects.requireNonNull(vocabulary, "vocabulary"));
    return this;
  }

  /** The index of {@link #membersOffering(Capability, CapabilityVocabulary)}; not part of the value. */
  @SuppressWarnings("immutables:incompat") // a cache, not an attribute, as the lazy indexes above
  private volatile @org.jspecify.annotations.Nullable ReadOffers readOffers;

  /** The members by the kind of help of their offers, as one vocabulary reads them. */
  private static final class ReadOffers {
    final CapabilityVocabulary vocabulary;
    final Map<Capability, List<Member>> byKind;

    ReadOffers(CapabilityVocabulary vocabulary, List<Member> members) {
      this.vocabulary = vocabulary;
      Map<Capability, List<Member>> index = new HashMap<>();
      List<Violation> twice = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        Member member = members.get(i);
        List<CapabilityOffer> offers = member.capabilities();
        for (int j = 0; j < offers.size(); j++) {
          Capability kind = vocabulary.canonical(offers.get(j).capability());
          List<Member> offering = index.computeIfAbsent(kind, c -> new ArrayList<>());
          if (offering.isEmpty() || !offering.get(offering.size() - 1).id().equals(member.id())) {
            offering.add(member);
          } else { // the member offers this kind already: the first offer of it is the earlier one
            twice.add(Violation.of("Circle", "members[" + i + "].capabilities[" + j + "]",
                "Circle.oneOfferPerKind", "vzc.Circle.oneOfferPerKind", Map.of("id", member.id().value(),
                    "kind", Member.kindLabel(kind, vocabulary), "first", firstOf(offers, kind, vocabulary) + 1,
                    "second", j + 1)));
          }
        }
      }
      if (!twice.isEmpty()) {
        throw new InvalidValueException(twice);
      }
      index.replaceAll((kind, offering) -> List.copyOf(offering));
      this.byKind = index;
    }

    /** The position (from 0) of the first offer of a kind among a member's offers. */
    private static int firstOf(List<CapabilityOffer> offers, Capability kind, CapabilityVocabulary vocabulary) {
      for (int j = 0; j < offers.size(); j++) {
        if (vocabulary.canonical(offers.get(j).capability()).equals(kind)) {
          return j;
        }
      }
      throw new AssertionError(kind); // the kind was read from one of the offers
    }
  }

  /**
   * A short description for logs: the id, the number of members with their ids, the connectors
   * and the day it was founded, such as {@code Circle{id=c-1, members=3 [m-0, m-1, m-2],
   * connectors=[m-0, m-1], founded=2025-01-01}}; each member's own description is {@link
   * Member#toString()}. Never personal data: no names, agreements or homes.
   *
   * @return the description, never null
   */
  @Override
  public String toString() {
    List<String> ids = new ArrayList<>(members().size());
    List<String> connectors = new ArrayList<>();
    for (Member member : members()) {
      ids.add(member.id().toString());
      if (member.role() == Role.CONNECTOR) {
        connectors.add(member.id().toString());
      }
    }
    return "Circle{id=" + id() + ", members=" + ids.size() + " " + ids + ", connectors=" + connectors
        + ", founded=" + founded() + "}";
  }

  /**
   * The members by capability offered, in order; built once per circle value on first use; not
   * part of equality.
   */
  @Value.Lazy
  Map<Capability, List<Member>> membersByOffer() {
    Map<Capability, List<Member>> index = new HashMap<>();
    for (Member member : members()) {
      List<CapabilityOffer> offers = member.capabilities();
      for (int i = 0; i < offers.size(); i++) {
        if (!offeredBefore(offers, i)) { // each member once, even with a capability offered twice
          index.computeIfAbsent(offers.get(i).capability(), c -> new ArrayList<>()).add(member);
        }
      }
    }
    index.replaceAll((capability, offering) -> List.copyOf(offering));
    return Collections.unmodifiableMap(index);
  }

  /** Whether an offer before position {@code i} is of the same capability as the one at it. */
  private static boolean offeredBefore(List<CapabilityOffer> offers, int i) {
    for (int j = 0; j < i; j++) {
      if (offers.get(j).capability().equals(offers.get(i).capability())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The members who are in the circle on a date (not left, already joined), in order.
   *
   * @param date the date, not null
   * @return an unmodifiable list
   */
  public List<Member> membersOn(LocalDate date) {
    return members().stream().filter(m -> m.isMemberOn(date)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The connectors among the members who are in the circle on a date.
   *
   * @param date the date, not null
   * @return an unmodifiable list
   */
  public List<Member> connectorsOn(LocalDate date) {
    return membersOn(date).stream()
        .filter(m -> m.role() == Role.CONNECTOR)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * A copy with one more member at the end, or with the member of the same id replaced in place.
   *
   * @param member the member, not null
   * @return the changed circle
   */
  public Circle withMember(Member member) {
    List<Member> members = new ArrayList<>(members());
    int index = -1;
    for (int i = 0; i < members.size() && index < 0; i++) {
      if (members.get(i).id().equals(member.id())) {
        index = i;
      }
    }
    if (index >= 0) {
      members.set(index, member);
    } else {
      members.add(member);
    }
    return toBuilder().members(members).build();
  }

  @AssertTrue(message = "{vzc.Circle.memberIdsUnique}")
  @Blames("members")
  boolean memberIdsUnique() {
    return firstRepeatedId() == null;
  }

  /** The message arguments of {@link #memberIdsUnique()}: the id that repeats (not personal). */
  Map<String, Object> memberIdsUniqueArguments() {
    MemberId repeated = firstRepeatedId();
    return repeated == null ? Map.of() : Map.of("id", repeated.value());
  }

  private @Nullable MemberId firstRepeatedId() {
    Set<MemberId> seen = new HashSet<>();
    for (Member member : members()) {
      if (member != null && !seen.add(member.id())) {
        return member.id();
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
   * <p>One method per attribute of {@link Circle}, named after it and taking its value, with the
   * rules, units and ranges its accessor states; for a list or set attribute also {@code addX} (one
   * or several values) and {@code addAllX} (an iterable), the {@code x(iterable)} method replacing
   * what was added; for an optional attribute one method taking the value (not null) and one taking
   * an {@code Optional}. {@code from(value)} copies every attribute of a value. A missing or null
   * required attribute is not refused where it is set but by {@code build()}, which checks every
   * rule at once and throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException} listing
   * each broken one by attribute, in English and Dutch, without personal data.
   */
  public static final class Builder extends ImmutableCircle.Builder {
    Builder() {}
  }
}
