package nl.voorzorgcirkel.coordination.asking;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * A member's answer to an ask, and who recorded it: the member themselves, or someone on their
 * behalf (a connector after a phone call).
 *
 * @param member who answered, not null
 * @param yes true for yes, false for no
 * @param at when, not null
 * @param recordedBy who recorded it for the member; empty when the member answered themselves
 * @since 0.2.0
 */
public record Answer(MemberId member, boolean yes, Instant at, Optional<MemberId> recordedBy) {
  /**
   * Checks the components.
   *
   * @param member see the record description
   * @param yes see the record description
   * @param at see the record description
   * @param recordedBy see the record description
   */
  public Answer {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(recordedBy, "recordedBy");
  }
}
