package nl.voorzorgcirkel.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.Ranking;

/**
 * For platform developers: a request comes in; whom in the circle should we ask first, and why?
 */
public final class RankingExample {

  private RankingExample() {}

  /**
   * Ranks a ride to the dental practice in the sample circle and prints the explanation.
   *
   * @param clock where "now" comes from, not null
   * @param locale the language of the output, not null
   * @param out where to print, not null
   * @return the ranking
   */
  public static Ranking run(Clock clock, Locale locale, PrintStream out) {
    LocalDate today = LocalDate.now(clock.withZone(WeeklyAvailability.DEFAULT_ZONE));
    Circle circle = SampleCircles.muziekwijk(today);
    HelpLedger ledger = SampleCircles.lastMonth(circle, clock.instant());
    Instant now = clock.instant();
    HelpRequest ride = HelpRequest.builder()
        .id(RequestId.of("r-dentist"))
        .requester(MemberId.of("m-10"))
        .capability(Capability.RIDE_BY_CAR)
        .window(TimeWindow.flexibleWithinDays(today.plusDays(1), 6, WeeklyAvailability.DEFAULT_ZONE))
        .expectedDuration(Duration.ofMinutes(90))
        .createdAt(now)
        .build();
    Ranking ranking = MatchingStrategies.standard().rank(ride, CircleSnapshot.of(circle, ledger, clock));
    out.print(ranking.explain(locale));
    return ranking;
  }
}
