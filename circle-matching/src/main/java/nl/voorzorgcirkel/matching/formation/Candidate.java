package nl.voorzorgcirkel.matching.formation;

import java.util.List;
import java.util.Objects;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * A senior who wants to join a circle: the member as they would be (home, capabilities, vitality,
 * the people they would rather not be with in {@link Member#avoids()}), whether they would be a
 * connector, and the people they want to be in a circle with.
 *
 * <p>Immutable and thread-safe. {@code toString()} shows the id only: the rest is personal.
 *
 * @param member the member as they would join, not null
 * @param willingToConnect whether they would be one of the circle's connectors
 * @param wantsWith people they want to be in a circle with, not null, without their own id
 * @since 0.1.0
 */
public record Candidate(Member member, boolean willingToConnect, List<MemberId> wantsWith) {

  /**
   * Checks and copies the components.
   *
   * @param member see the record description
   * @param willingToConnect see the record description
   * @param wantsWith see the record description
   */
  public Candidate {
    Objects.requireNonNull(member, "member");
    wantsWith = List.copyOf(Objects.requireNonNull(wantsWith, "wantsWith"));
    if (wantsWith.contains(member.id())) {
      throw Arguments.invalid("Candidate", "wantsWith", "notSelf", java.util.Map.of());
    }
  }

  /**
   * A candidate without preferences.
   *
   * @param member the member, not null
   * @param willingToConnect whether they would be a connector
   * @return the candidate
   */
  public static Candidate of(Member member, boolean willingToConnect) {
    return new Candidate(member, willingToConnect, List.of());
  }

  /**
   * The candidate's id.
   *
   * @return the member id, never null
   */
  public MemberId id() {
    return member.id();
  }

  /**
   * The id only.
   *
   * @return for example {@code "Candidate{m-7}"}
   */
  @Override
  public String toString() {
    return "Candidate{" + member.id() + "}";
  }
}
