package nl.voorzorgcirkel.coordination;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.ContactChannel;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import org.quicktheories.QuickTheory;

/** Circles, requests and times the coordination tests start from. */
public final class TestCircles {

  /** The fixed seed of every property in this module. */
  public static final long SEED = 20_261_202L;
  public static final ZoneId ZONE = WeeklyAvailability.DEFAULT_ZONE;

  private TestCircles() {}

  /** Local time in the circle's zone. */
  public static Instant at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2026, month, day, hour, minute).atZone(ZONE).toInstant();
  }

  public static MemberId id(int i) {
    return MemberId.of("m-" + i);
  }

  /**
   * Eight members: m-0 and m-1 connectors on the group chat, m-5 reached by phone, m-6 through a
   * connector, the others on the group chat; everyone drives.
   */
  public static Circle circle() {
    Circle.Builder builder = Circle.builder()
        .id(CircleId.of("c-lindenhof"))
        .name("Lindenhof")
        .neighbourhood("Muziekwijk")
        .founded(LocalDate.of(2025, 1, 1));
    String[] names = {"Anna Jansen", "Bert de Vries", "Carla Smit", "Dirk Bakker", "Els Visser", "Frans Mulder",
        "Greet de Boer", "Henk Peters"};
    for (int i = 0; i < names.length; i++) {
      builder.addMembers(Member.builder()
          .id(id(i))
          .displayName(names[i])
          .birthYear(1945 + i)
          .home(GeoPoint.of(52.379 + i * 0.0004, 5.223))
          .phoneNumber("06-1234567" + i)
          .role(i < 2 ? Role.CONNECTOR : Role.MEMBER)
          .contact(i == 5 ? ContactChannel.PHONE : i == 6 ? ContactChannel.THROUGH_CONNECTOR : ContactChannel.GROUP_CHAT)
          .addCapabilities(CapabilityOffer.of(Capability.RIDE_BY_CAR), CapabilityOffer.of(Capability.GROCERIES_AND_ERRANDS))
          .joined(LocalDate.of(2025, 1, 1))
          .build());
    }
    return builder.build();
  }

  /** A ride for m-7 on Thursday 3 December 2026, 10:00 to 12:00, filed Wednesday at 14:00. */
  public static HelpRequest.Builder ride() {
    return HelpRequest.builder()
        .id(RequestId.of("r-ride"))
        .requester(id(7))
        .capability(Capability.RIDE_BY_CAR)
        .window(TimeWindow.fixed(at(12, 3, 10, 0), at(12, 3, 12, 0)))
        .expectedDuration(Duration.ofHours(1))
        .createdAt(at(12, 2, 14, 0));
  }

  /** QuickTheories with the module's fixed seed, reported so that a failure can be replayed. */
  public static QuickTheory property(String name, int examples) {
    System.out.printf("property %s: seed=%d examples=%d%n", name, SEED, examples);
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
  }
}
