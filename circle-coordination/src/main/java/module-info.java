/**
 * Voorzorgcirkel coordination: the connector's work and the group chat. Who may see a request
 * ({@code asking.Visibility}), an ask plan that runs over time and is driven by the platform's
 * scheduler ({@code asking.AskPlan}), the circle's agreements it obeys, the port through which the
 * platform sends what the plan decides ({@code messaging.MessagePort}), texts in Dutch and English
 * that never name the requester ({@code texts.RequestTexts}) and the connectors' call sheets for
 * members without a smartphone ({@code callsheet.CallSheet}).
 *
 * <p>No threads, timers or I/O of its own: time comes in as arguments, messages go out through the
 * port.
 *
 * @since 0.1.0
 */
module nl.voorzorgcirkel.coordination {
  requires transitive nl.voorzorgcirkel.core;
  requires transitive nl.voorzorgcirkel.matching;
  requires transitive org.jspecify;
  requires de.siegmar.fastcsv;

  exports nl.voorzorgcirkel.coordination.asking;
  exports nl.voorzorgcirkel.coordination.messaging;
  exports nl.voorzorgcirkel.coordination.texts;
  exports nl.voorzorgcirkel.coordination.callsheet;
  exports nl.voorzorgcirkel.coordination.referral;
}
