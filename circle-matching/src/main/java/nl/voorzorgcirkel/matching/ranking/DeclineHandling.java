package nl.voorzorgcirkel.matching.ranking;

/**
 * What a ranking does with members who said no to the request being ranked. Either way a decline
 * carries no penalty: it changes nothing for any other request.
 *
 * @since 0.1.0
 */
public enum DeclineHandling {
  /** They stay candidates, after everyone else; never among those to ask first. */
  MOVE_TO_END,
  /** They are excluded from this request, with the reason {@link ExclusionReason#DECLINED}. */
  EXCLUDE
}
