package nl.voorzorgcirkel.core;

import nl.voorzorgcirkel.testing.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.voorzorgcirkel.core.assessment.CircleHealthCheck;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.scope.ScopePolicies;

/** Uses the core end to end; run by {@link JacksonIsOptionalTest} in a class loader without Jackson. */
public final class NoJacksonProbe implements Callable<String> {
  @Override
  public String call() {
    Circle circle = Fixtures.circle(12).build();
    HelpRequest request = Fixtures.request("r-1", "m-0").build();
    RequestLifecycle done = RequestLifecycle.open(request)
        .ask(Fixtures.NOW, null, List.of(MemberId.of("m-1")))
        .accept(Fixtures.NOW.plusSeconds(60), MemberId.of("m-1"))
        .complete(Fixtures.NOW.plusSeconds(3600), Duration.ofMinutes(45));
    HelpLedger ledger = HelpLedger.empty().append(done.toHelpRecord().orElseThrow());
    return ScopePolicies.standard().assess(request).reasonCode() + " "
        + CircleHealthCheck.check(circle, Fixtures.TODAY).meetsPolicy() + " "
        + ledger.givenBy(MemberId.of("m-1"), Fixtures.NOW, Fixtures.NOW.plusSeconds(86_400)) + " "
        + circle.members().get(0).capabilities().get(0).capability().label(Locale.ENGLISH);
  }
}
