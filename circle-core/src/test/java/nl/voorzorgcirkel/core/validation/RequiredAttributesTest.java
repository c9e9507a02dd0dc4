package nl.voorzorgcirkel.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A required attribute left out of a builder is reported by name, in English and Dutch, also for
 * the types whose written-out checks run before the validator: those checks must send a missing
 * attribute on to the validator, never build the value or fail with a bare exception.
 */
class RequiredAttributesTest {

  private static void reportedMissing(String type, String attribute, Runnable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build::run, attribute);
    assertEquals("invalid value (1): " + type + "." + attribute + ": must be given", e.getMessage());
    assertEquals("ongeldige waarde (1): " + type + "." + attribute + ": moet ingevuld zijn",
        e.message(Locale.forLanguageTag("nl")));
  }

  /** Builds the value once for each part, with every part but that one set. */
  private static <B> void eachLeftOut(String type, Map<String, Consumer<B>> parts, Supplier<B> builders,
      Consumer<B> build) {
    for (String left : parts.keySet()) {
      B builder = builders.get();
      parts.forEach((name, set) -> {
        if (!name.equals(left)) {
          set.accept(builder);
        }
      });
      reportedMissing(type, left, () -> build.accept(builder));
    }
  }

  @Test
  void aHelpRecordNamesTheMissingAttribute() {
    Map<String, Consumer<HelpRecord.Builder>> parts = Map.of(
        "helper", b -> b.helper(MemberId.of("m-1")),
        "recipient", b -> b.recipient(MemberId.of("m-2")),
        "capability", b -> b.capability(Capability.MEALS),
        "start", b -> b.start(Fixtures.NOW),
        "effort", b -> b.effort(Duration.ofHours(1)));
    eachLeftOut("HelpRecord", parts, HelpRecord::builder, HelpRecord.Builder::build);
  }

  @Test
  void aHelpRequestNamesTheMissingAttribute() {
    Map<String, Consumer<HelpRequest.Builder>> parts = Map.of(
        "id", b -> b.id(RequestId.of("r-1")),
        "requester", b -> b.requester(MemberId.of("m-1")),
        "capability", b -> b.capability(Capability.MEALS),
        "window", b -> b.window(TimeWindow.flexible(Fixtures.NOW, Fixtures.NOW.plus(Duration.ofDays(3)))),
        "expectedDuration", b -> b.expectedDuration(Duration.ofHours(1)),
        "createdAt", b -> b.createdAt(Fixtures.NOW));
    eachLeftOut("HelpRequest", parts, HelpRequest::builder, HelpRequest.Builder::build);
  }
}
