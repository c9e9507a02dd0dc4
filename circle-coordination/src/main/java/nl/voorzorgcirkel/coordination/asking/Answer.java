package nl.voorzorgcirkel.coordination.asking;

import java.time.Instant;
import java.util.Objects;
import nl.voorzorgcirkel.core.lifecycle.AnsweredBy;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * A member's answer to an ask, and who gave it: the member themselves, a connector (after a phone
 * call, or for a member who asked the connectors to), or a family carer the member named ({@link
 * AnswerMandates}). The same is recorded in the request's lifecycle ({@link
 * nl.voorzorgcirkel.core.lifecycle.RequestEvent.Accepted#answeredBy()}).
 *
 * @param member whose answer it is, not null
 * @param yes true for yes, false for no
 * @param at when, not null
 * @param answeredBy who gave it, not null
 * @since 0.1.0
 */
public record Answer(MemberId member, boolean yes, Instant at, AnsweredBy answeredBy) {
  /**
   * Checks the components.
   *
   * @param member see the record description
   * @param yes see the record description
   * @param at see the record description
   * @param answeredBy see the record description
   */
  public Answer {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(answeredBy, "answeredBy");
  }
}
