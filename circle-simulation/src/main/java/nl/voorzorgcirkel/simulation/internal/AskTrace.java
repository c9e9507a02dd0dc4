package nl.voorzorgcirkel.simulation.internal;

import java.util.List;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * What a circle run asked and heard, request by request, for tests that hold the engine to the
 * rules it claims (the ask plan's quiet hours, rounds and weekly limit). Not API; a run without a
 * trace pays one null check per ask.
 */
public interface AskTrace {

  /**
   * A request was filed and ranked.
   *
   * @param request its number in the run
   * @param filed the request as ranked
   * @param circle the circle as it was then
   * @param order whom to ask, best first, as ranked at filing
   */
  void filed(int request, HelpRequest filed, Circle circle, List<MemberId> order);

  /**
   * A member was asked.
   *
   * @param request the request's number
   * @param member who
   * @param at when, seconds since 1970
   */
  void asked(int request, MemberId member, long at);

  /**
   * An asked member's answer reached the request while it waited; a yes from a member who cannot
   * help then (busy, gone, over capacity) counts as no.
   *
   * @param request the request's number
   * @param member who
   * @param yes whether they take it
   * @param at when, seconds since 1970
   */
  void answered(int request, MemberId member, boolean yes, long at);
}
