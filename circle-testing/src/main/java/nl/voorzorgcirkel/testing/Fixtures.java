package nl.voorzorgcirkel.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.VocabularyEntry;

/**
 * Valid values to start tests from: builders filled with every required attribute, to change
 * what a test is about. Thread-safe: each call returns a new builder.
 *
 * @since 0.1.0
 */
public final class Fixtures {

  /** The moment tests are set at: 26 November 2026, 09:00 UTC. */
  public static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");
  /** The day of {@link #NOW}. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private Fixtures() {}

  /**
   * A member with every required attribute set: a name, born 1950, living in Almere, joined 2025.
   *
   * @param id the member id's text, not null
   * @return a builder that builds a valid member
   */
  public static Member.Builder member(String id) {
    return Member.builder()
        .id(MemberId.of(id))
        .displayName("Member " + id)
        .birthYear(1950)
        .home(GeoPoint.coarse(52.379, 5.223))
        .joined(LocalDate.of(2025, 1, 1));
  }

  /**
   * A circle {@code c-1} with members {@code m-0} to {@code m-(size-1)}, 55 m apart in a row, the
   * first two connectors, each offering one of the first four standard capabilities in turn.
   *
   * @param size the number of members, 0 or more
   * @return a builder that builds a valid circle
   */
  public static Circle.Builder circle(int size) {
    Circle.Builder builder = Circle.builder()
        .id(CircleId.of("c-1"))
        .name("Muziekwijk Noord")
        .neighbourhood("Muziekwijk")
        .founded(LocalDate.of(2025, 1, 1));
    for (int i = 0; i < size; i++) {
      builder.addMembers(member("m-" + i)
          .role(i < 2 ? Role.CONNECTOR : Role.MEMBER)
          .home(GeoPoint.of(52.379 + i * 0.0005, 5.223))
          .addCapabilities(CapabilityOffer.of(Capability.standard().get(i % 4)))
          .build());
    }
    return builder;
  }

  /**
   * A request for an hour of groceries and errands, flexible over three days from {@link #NOW}.
   *
   * @param id the request id's text, not null
   * @param requester the requester's member id text, not null
   * @return a builder that builds a valid request
   */
  public static HelpRequest.Builder request(String id, String requester) {
    return HelpRequest.builder()
        .id(RequestId.of(id))
        .requester(MemberId.of(requester))
        .capability(Capability.GROCERIES_AND_ERRANDS)
        .window(TimeWindow.flexible(NOW, NOW.plus(Duration.ofDays(3))))
        .expectedDuration(Duration.ofHours(1))
        .createdAt(NOW);
  }

  /**
   * Every word of a vocabulary that can be written as a capability code ({@code boodschappen},
   * {@code car-ride}), as that code, with the kind of help its entry names: for properties that a
   * kind of help written as any of its words reads as the kind's own code. Codes are the words
   * {@linkplain CapabilityVocabulary#normalise normalised} with hyphens for spaces; words longer
   * than 64 characters or with other letters than a-z are left out.
   *
   * @param vocabulary the vocabulary, not null
   * @param circleHelp true for the words of circle help, false for those of professional care
   * @return an unmodifiable map from word to kind, in the vocabulary's order, each word once
   */
  public static Map<Capability, Capability> wordsAsCodes(CapabilityVocabulary vocabulary, boolean circleHelp) {
    Map<Capability, Capability> words = new LinkedHashMap<>();
    for (VocabularyEntry entry : vocabulary.entries()) {
      if (entry.category().isCircleHelp() != circleHelp) {
        continue;
      }
      for (String term : entry.terms()) {
        String code = CapabilityVocabulary.normalise(term).replace(' ', '-');
        if (code.length() <= 64 && code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
          words.putIfAbsent(Capability.of(code), entry.capability());
        }
      }
    }
    return Collections.unmodifiableMap(words);
  }

  /**
   * A platform's own code for rides, {@code regiotaxi}: a synonym of {@link Capability#RIDE_BY_CAR}
   * in {@link #ownVocabulary()}, which the standard vocabulary reads as no kind of help of its own.
   */
  public static final Capability REGIOTAXI = Capability.of("regiotaxi");

  /**
   * A circle's own vocabulary: the standard one with {@link #REGIOTAXI} a synonym of rides by car,
   * so that an offer of {@code regiotaxi} and one of {@code autorit} are one kind of help.
   *
   * @return the vocabulary, never null; immutable and thread-safe
   */
  public static CapabilityVocabulary ownVocabulary() {
    return OWN_VOCABULARY;
  }

  private static final CapabilityVocabulary OWN_VOCABULARY =
      CapabilityVocabulary.standard().withSynonyms(Capability.RIDE_BY_CAR, "regiotaxi");
}
