package nl.voorzorgcirkel.coordination.texts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.core.lifecycle.NextStep;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.Urgency;
import org.junit.jupiter.api.Test;

/**
 * 10,000 generated requests with planted personal values (the requester's id made of a name, a
 * description with health details, places, a street with a house number): no planted value in any
 * group, member or connector text, and a street with a house number is never accepted as an area.
 */
class PlantedValuesPropertyTest {

  private static String letters(SplittableRandom random, int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append((char) ('a' + random.nextInt(26)));
    }
    return out.toString();
  }

  @Test
  void noPlantedValueInAnyText() {
    TestCircles.property("no-planted-values-in-texts", 10_000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      String name = "zq" + letters(random, 6);
      String street = "Qv" + letters(random, 5) + "straat";
      int houseNumber = 100 + random.nextInt(900);
      String health = "Qh" + letters(random, 6) + " heeft dementie en een nieuwe heup";
      Instant created = TestCircles.at(12, 1 + random.nextInt(25), random.nextInt(24), random.nextInt(60));
      Instant start = created.plus(Duration.ofMinutes(random.nextInt(10_000)));
      HelpRequest request = HelpRequest.builder()
          .id(RequestId.of("r-" + letters(random, 4)))
          .requester(MemberId.of(name))
          .capability(Capability.standard().get(random.nextInt(Capability.standard().size())))
          .window(random.nextBoolean() ? TimeWindow.fixed(start, start.plus(Duration.ofHours(3)))
              : TimeWindow.flexible(start, start.plus(Duration.ofHours(3 + random.nextInt(200)))))
          .expectedDuration(Duration.ofHours(1))
          .urgency(Urgency.values()[random.nextInt(3)])
          .description(health + ", " + street + " " + houseNumber)
          .place(GeoPoint.of(52.3 + random.nextDouble() / 10, 5.2))
          .createdAt(created)
          .build();
      String withNumber = street + " " + houseNumber + (random.nextBoolean() ? "" : "a");
      assertThrows(IllegalArgumentException.class, () -> Area.of(withNumber));
      RequestTexts texts = RequestTexts.of(request, Optional.of(Area.of(street)), TestCircles.ZONE);
      for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
        List<String> all = new ArrayList<>();
        all.add(texts.groupAsk(locale));
        for (AnswerTo answerTo : AnswerTo.values()) {
          all.add(texts.memberAsk(answerTo, locale));
          all.add(texts.thanksToHelper(answerTo, locale));
        }
        all.add(texts.takenForGroup(locale));
        all.add(texts.takenForMember(locale));
        all.add(texts.foundForRequester(locale));
        all.add(texts.notFoundForRequester(locale));
        all.add(texts.closed(locale));
        all.add(texts.reminder(locale));
        all.add(texts.reminderSoon(locale));
        all.add(texts.feedbackForRequester(locale));
        all.add(texts.feedbackForConnector(locale));
        all.add(texts.withdrawn(locale));
        all.add(texts.escalationForConnector(random.nextInt(16), locale));
        all.add(texts.expiryForConnector(random.nextInt(16), NextStep.values()[random.nextInt(NextStep.values().length)],
            locale));
        all.add(texts.callsForConnector(1 + random.nextInt(15), locale));
        for (String text : all) {
          assertFalse(text.contains(name), "the requester's name");
          assertFalse(text.contains(String.valueOf(houseNumber)), "the house number");
          assertFalse(text.contains(health.substring(0, 8)) || text.contains("dementie") || text.contains("heup"),
              "health details");
          assertFalse(text.contains("52.") || text.contains("5.2"), "a place");
        }
      }
    });
  }
}
