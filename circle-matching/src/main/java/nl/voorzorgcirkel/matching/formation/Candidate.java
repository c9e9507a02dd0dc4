package nl.voorzorgcirkel.matching.formation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.Names;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * A senior who wants to join a circle: the member as they would be (home, building, capabilities,
 * vitality, the people they would rather not be with in {@link Member#avoids()}), whether they
 * would be a connector, the people they want to be in a circle with, and the neighbourhood they
 * live in.
 *
 * <p>Immutable and thread-safe. {@code toString()} shows the id only: the rest is personal.
 *
 * @param member the member as they would join, not null
 * @param willingToConnect whether they would be one of the circle's connectors
 * @param wantsWith people they want to be in a circle with, not null, without their own id
 * @param neighbourhood the neighbourhood (buurt or wijk) they live in, for example from the
 *     geocoder or the sign-up list, not null; 1 to 100 characters when present, without control
 *     or invisible characters and not starting with {@code = + - @}. Formation keeps
 *     neighbourhoods apart where it can and names the circles after them.
 * @since 0.1.0
 */
public record Candidate(Member member, boolean willingToConnect, List<MemberId> wantsWith,
    Optional<String> neighbourhood) {

  /**
   * Checks and copies the components.
   *
   * @param member see the record description
   * @param willingToConnect see the record description
   * @param wantsWith see the record description
   * @param neighbourhood see the record description
   * @throws IllegalArgumentException if the candidate wants to be with themselves, or the
   *     neighbourhood is blank, longer than 100 characters, or not of the form of a name (control
   *     or invisible characters, or a first {@code = + - @}: circles are named after it)
   */
  public Candidate {
    Objects.requireNonNull(member, "member");
    wantsWith = List.copyOf(Objects.requireNonNull(wantsWith, "wantsWith"));
    if (wantsWith.contains(member.id())) {
      throw Arguments.invalid("Candidate", "wantsWith", "notSelf", java.util.Map.of());
    }
    Names.check(neighbourhood, "Candidate", "neighbourhood");
  }

  /**
   * A candidate whose neighbourhood is not known.
   *
   * @param member the member, not null
   * @param willingToConnect whether they would be a connector
   * @param wantsWith people they want to be in a circle with, not null
   */
  public Candidate(Member member, boolean willingToConnect, List<MemberId> wantsWith) {
    this(member, willingToConnect, wantsWith, Optional.empty());
  }

  /**
   * A candidate without preferences or neighbourhood.
   *
   * @param member the member, not null
   * @param willingToConnect whether they would be a connector
   * @return the candidate
   */
  public static Candidate of(Member member, boolean willingToConnect) {
    return new Candidate(member, willingToConnect, List.of());
  }

  /**
   * A copy living in the given neighbourhood.
   *
   * @param name the neighbourhood's name, 1 to 100 characters, not blank, of the form of a name
   * @return the changed candidate
   * @throws IllegalArgumentException if the name is blank, too long, or not of the form of a name
   *     (see the constructor)
   */
  public Candidate withNeighbourhood(String name) {
    return new Candidate(member, willingToConnect, wantsWith, Optional.of(Objects.requireNonNull(name, "name")));
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
