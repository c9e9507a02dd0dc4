package nl.voorzorgcirkel.simulation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.voorzorgcirkel.core.audit.AuditTrail;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.export.CircleRecords;
import nl.voorzorgcirkel.core.impact.CircleHistory;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Circle;

/**
 * The records of one simulated circle in one replication, as a platform would have kept them:
 * the circle at the end (members who left with status {@code LEFT}), every help given (the
 * ledger), the life of every request and the audit trail of joins and leaves, warm-up included; with the measured period and the
 * simulation's own figures for that circle, so that the records can be replayed through the impact
 * report ({@code nl.voorzorgcirkel.core.impact.ImpactReporter}) and compared.
 *
 * <p>Simulated members are made up: their names and homes are drawn, not anyone's.
 *
 * @param point the design point, from 0
 * @param replication the replication, from 0
 * @param index the circle, from 0
 * @param from the start of the measured period (after the warm-up), inclusive, not null
 * @param to the end of the run, exclusive, not null
 * @param circle the circle at the end, not null
 * @param ledger every help given in the run, not null
 * @param lifecycles the life of every request filed in the run, in filing order, not null
 * @param audit each join and leave of the run (membership from {@code NONE}, to {@code LEFT}) at
 *     the local midnight of its day, in time order, not null
 * @param figures the simulation's own figures for this circle, not null
 * @param helpSeconds the seconds of help that started in the measured period, as the simulation
 *     counts them (its monthly help hours add up to this)
 * @since 0.1.0
 */
public record SimulatedCircle(int point, int replication, int index, Instant from, Instant to,
    Circle circle, HelpLedger ledger, List<RequestLifecycle> lifecycles, AuditTrail audit,
    CircleRunResult figures,
    long helpSeconds) {

  /**
   * Checks that nothing is null and copies the list.
   *
   * @param point see the record description
   * @param replication see the record description
   * @param index see the record description
   * @param from see the record description
   * @param to see the record description
   * @param circle see the record description
   * @param ledger see the record description
   * @param lifecycles see the record description
   * @param audit see the record description
   * @param figures see the record description
   * @param helpSeconds see the record description
   */
  public SimulatedCircle {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(circle, "circle");
    Objects.requireNonNull(ledger, "ledger");
    lifecycles = List.copyOf(lifecycles);
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(figures, "figures");
  }

  /**
   * What the impact report reads of this circle: the circle, its ledger, the lives of its requests
   * and its audit trail; no consents (simulated members gave none, so no loneliness score counts).
   *
   * @return the history, never null
   */
  public CircleHistory history() {
    return CircleHistory.builder(new CircleRecords(circle, ledger, ConsentRegister.empty()))
        .lifecycles(lifecycles).audit(audit).build();
  }
}
