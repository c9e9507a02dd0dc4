package nl.voorzorgcirkel.simulation.internal;

import java.util.List;
import nl.voorzorgcirkel.core.audit.AuditTrail;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Circle;

/**
 * Told, at the end of a circle run, the circle, its ledger, the lives of all its requests and the
 * audit trail of its memberships.
 */
@FunctionalInterface
public interface RunRecorder {

  /**
   * A run has finished.
   *
   * @param circle the circle at the end, members who left included with status LEFT
   * @param ledger every help given in the run, warm-up included
   * @param lifecycles every request filed in the run, in filing order, warm-up included
   * @param audit every join (membership from NONE) and leave (to LEFT), at the local midnight of
   *     its day, warm-up included
   */
  void finished(Circle circle, HelpLedger ledger, List<RequestLifecycle> lifecycles, AuditTrail audit);
}
