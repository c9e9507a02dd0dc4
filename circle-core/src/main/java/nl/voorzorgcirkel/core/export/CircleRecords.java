package nl.voorzorgcirkel.core.export;

import java.util.Objects;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.Circle;

/**
 * What an export reads of one circle: the circle, the help given in it and its members' consents.
 *
 * @param circle the circle, not null
 * @param ledger the help given in the circle, not null
 * @param consents the members' consents, not null
 * @since 0.1.0
 */
public record CircleRecords(Circle circle, HelpLedger ledger, ConsentRegister consents) {

  /**
   * Checks that nothing is null.
   *
   * @param circle see the record description
   * @param ledger see the record description
   * @param consents see the record description
   */
  public CircleRecords {
    Objects.requireNonNull(circle, "circle");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(consents, "consents");
  }
}
