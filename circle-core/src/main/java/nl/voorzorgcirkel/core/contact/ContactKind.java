package nl.voorzorgcirkel.core.contact;

/**
 * What kind of contact a member had.
 *
 * @since 0.1.0
 */
public enum ContactKind {
  /** Help given and received (from the help ledger): a contact for helper and recipient. */
  HELP,
  /** The member was at a shared activity, as organiser or attendee (from the activity log). */
  ACTIVITY,
  /** Someone checked in on the member (omkijken), or the member was the one who checked in. */
  CHECK_IN,
  /** A call or visit logged by a connector or another member. */
  CALL
}
