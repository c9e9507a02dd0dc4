package nl.voorzorgcirkel.examples;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.ContactChannel;
import nl.voorzorgcirkel.core.model.GeoPoint;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.core.model.WeeklySlot;

/**
 * A sample circle modelled on the documented start in Almere Muziekwijk: members aged 64 to 89 in
 * a few neighbouring streets. Names and positions are invented.
 */
public final class SampleCircles {

  private SampleCircles() {}

  /**
   * Help given in the circle over the four weeks before {@code now}: one to three occasions per
   * vital member, deterministic.
   *
   * @param circle the circle from {@link #muziekwijk}, not null
   * @param now the end of the period, not null
   * @return the ledger
   */
  public static HelpLedger lastMonth(Circle circle, Instant now) {
    HelpLedger ledger = HelpLedger.empty();
    List<Member> members = circle.members();
    for (int i = 0; i < members.size(); i++) {
      Member helper = members.get(i);
      if (helper.capabilities().isEmpty()) {
        continue;
      }
      for (int k = 0; k <= i % 3; k++) {
        Member recipient = members.get((i + 5 + 3 * k) % members.size());
        if (recipient.id().equals(helper.id())) {
          continue;
        }
        ledger = ledger.append(HelpRecord.of(helper.id(), recipient.id(),
            helper.capabilities().get(0).capability(),
            now.minus(Duration.ofDays(3 + 7 * k + i % 5)), Duration.ofMinutes(45 + 15 * (i % 4))));
      }
    }
    return ledger;
  }

  /**
   * Twelve members, two connectors, a spread of capabilities and vitality.
   *
   * @param today the day the circle is looked at, not null
   * @return the circle
   */
  public static Circle muziekwijk(LocalDate today) {
    List<Capability> offers = List.of(Capability.RIDE_BY_CAR, Capability.GROCERIES_AND_ERRANDS,
        Capability.MEALS, Capability.SMALL_JOBS, Capability.VISITS_AND_COMPANY,
        Capability.DIGITAL_HELP, Capability.ACCOMPANY_TO_APPOINTMENT, Capability.PAPERWORK);
    int[] ages = {64, 66, 69, 71, 72, 74, 76, 78, 80, 83, 86, 89};
    Circle.Builder circle = Circle.builder()
        .id(CircleId.of("muziekwijk-1"))
        .name("Muziekwijk Noord")
        .neighbourhood("Muziekwijk, Almere")
        .founded(today.minusYears(1))
        .addAgreements("Requests go through the group chat or a connector",
            "We eat together every other Thursday");
    for (int i = 0; i < ages.length; i++) {
      int age = ages[i];
      Member.Builder member = Member.builder()
          .id(MemberId.of(String.format("m-%02d", i + 1)))
          .displayName("Member " + (i + 1))
          .birthYear(today.getYear() - age)
          .home(GeoPoint.coarse(52.3795 + (i % 4) * 0.0012, 5.2205 + Math.floorDiv(i, 4) * 0.0015))
          .role(i < 2 ? Role.CONNECTOR : Role.MEMBER)
          .contact(age >= 83 ? ContactChannel.PHONE : ContactChannel.GROUP_CHAT)
          .vitality(age >= 86 ? Vitality.DEPENDENT : age >= 78 ? Vitality.SOME_LIMITATIONS : Vitality.VITAL)
          .capacityPerWeek(Duration.ofHours(age >= 80 ? 1 : 3))
          .joined(today.minusYears(1));
      if (age < 86) {
        member.addCapabilities(CapabilityOffer.of(offers.get(i % offers.size())));
        member.addCapabilities(CapabilityOffer.of(offers.get((i + 3) % offers.size())));
        member.addCapabilities(CapabilityOffer.of(offers.get((i + 5) % offers.size())));
      }
      if (i % 3 == 0) {
        member.availability(WeeklyAvailability.of(List.of(
            WeeklySlot.of(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)),
            WeeklySlot.of(DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)))));
      }
      circle.addMembers(member.build());
    }
    return circle.build();
  }
}
