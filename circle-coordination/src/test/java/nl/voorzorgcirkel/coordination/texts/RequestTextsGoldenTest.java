package nl.voorzorgcirkel.coordination.texts;

import static nl.voorzorgcirkel.coordination.TestCircles.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.voorzorgcirkel.coordination.TestCircles;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.Urgency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files: every text of every standard kind of help, for a fixed time, a flexible day and
 * flexible days, with and without an area, in Dutch and English. A changed text changes the file,
 * which a reviewer reads: regenerate with {@code -Dgolden.update=true}.
 */
class RequestTextsGoldenTest {

  static String render(Locale locale) {
    List<String> lines = new ArrayList<>();
    List<TimeWindow> windows = List.of(
        TimeWindow.fixed(at(12, 3, 10, 0), at(12, 3, 12, 0)),
        TimeWindow.fixed(at(12, 4, 14, 30), at(12, 4, 15, 30)),
        TimeWindow.fixed(at(12, 5, 19, 0), at(12, 5, 21, 0)),
        TimeWindow.fixed(at(12, 6, 5, 30), at(12, 6, 7, 0)),
        TimeWindow.flexible(at(12, 7, 0, 0), at(12, 8, 0, 0)),
        TimeWindow.flexibleWithinDays(java.time.LocalDate.of(2026, 12, 3), 3, TestCircles.ZONE));
    // bike-repair is read as small jobs; knitting is a kind of help the vocabulary does not know, so never named
    for (Capability capability : concat(Capability.standard(), Capability.of("bike-repair"), Capability.of("knitting"))) {
      lines.add("# " + capability.code());
      for (TimeWindow window : windows) {
        HelpRequest request = TestCircles.ride().capability(capability).window(window)
            .expectedDuration(java.time.Duration.ofMinutes(30)).build();
        RequestTexts texts = RequestTexts.of(request, Optional.of(Area.of("Lindenlaan")), TestCircles.ZONE);
        lines.add(texts.groupAsk(locale));
      }
      RequestTexts plain = RequestTexts.of(TestCircles.ride().capability(capability).build(), Optional.empty(),
          TestCircles.ZONE);
      for (AnswerTo answerTo : AnswerTo.values()) {
        lines.add(plain.memberAsk(answerTo, locale));
      }
    }
    lines.add("# notices");
    HelpRequest today = TestCircles.ride().urgency(Urgency.TODAY).build();
    RequestTexts texts = RequestTexts.of(today, Optional.of(Area.of("1e Jacobsstraat")), TestCircles.ZONE);
    lines.addAll(EveryText.of(texts, locale));
    return String.join("\n", lines) + "\n";
  }

  private static List<Capability> concat(List<Capability> standard, Capability... others) {
    List<Capability> all = new ArrayList<>(standard);
    all.addAll(List.of(others));
    return all;
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "en"})
  void textsAreAsInTheGoldenFile(String language) throws IOException {
    String actual = render(Locale.forLanguageTag(language));
    String name = "/golden/request-texts-" + language + ".txt";
    if (Boolean.getBoolean("golden.update")) {
      Path file = Path.of("src/test/resources").resolve(name.substring(1));
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    try (InputStream in = RequestTextsGoldenTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("no golden file " + name + ": run with -Dgolden.update=true and review it");
      }
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual);
    }
  }
}
