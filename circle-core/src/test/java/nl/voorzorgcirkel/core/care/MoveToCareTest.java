package nl.voorzorgcirkel.core.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.core.consent.ConsentRecord;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.consent.DataPolicy;
import nl.voorzorgcirkel.core.consent.LawfulBasis;
import nl.voorzorgcirkel.core.consent.Purpose;
import nl.voorzorgcirkel.core.consent.Reader;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;

class MoveToCareTest {

  private static final ZoneId ZONE = WeeklyAvailability.DEFAULT_ZONE;
  /** Wednesday 16 December 2026: the complete weeks before are those of 7, 30 Nov and 23 Nov. */
  private static final LocalDate DAY = LocalDate.of(2026, 12, 16);

  private static HelpLedger threeWeeksOfMeals() {
    HelpLedger ledger = HelpLedger.empty();
    for (LocalDate monday : List.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30),
        LocalDate.of(2026, 12, 7))) {
      for (int d = 0; d < 5; d++) {
        ledger = ledger.append(HelpRecord.of(MemberId.of("m-1"), MemberId.of("m-3"),
            Capability.MEALS, monday.plusDays(d).atTime(17, 0).atZone(ZONE).toInstant(),
            Duration.ofMinutes(60)));
      }
    }
    return ledger;
  }

  @Test
  void fiveMealsAWeekForThreeWeeksSuggestsAReferralAndTheMemberStays() {
    Circle circle = Fixtures.circle(5).build();
    List<CareSignal> signals = MoveToCare.standard().signals(circle, threeWeeksOfMeals(), DAY, ZONE);
    assertEquals(1, signals.size());
    CareSignal signal = signals.get(0);
    assertEquals(MemberId.of("m-3"), signal.member());
    assertEquals(List.of(CareReason.HOURS_PER_WEEK), signal.reasons());
    assertEquals(List.of(ReferralTarget.SOCIAL_TEAM, ReferralTarget.FAMILY_CARER), signal.referrals());
    assertEquals("m-3 may need more than neighbours should give (3 weeks in a row with many hours"
        + " of help (5.0 h last week)): suggest a referral to the municipality's social team or"
        + " the family carer; the member stays in the circle for company",
        signal.message(Locale.ENGLISH));
    assertEquals("m-3 heeft misschien meer nodig dan buren horen te geven (3 weken op rij veel uren"
        + " hulp (5,0 uur vorige week)): stel een verwijzing voor naar het sociaal wijkteam van de"
        + " gemeente of de mantelzorger; de deelnemer blijft in de cirkel voor de gezelligheid",
        signal.message(Locale.forLanguageTag("nl")));
    assertEquals("CareSignal{m-3 [HOURS_PER_WEEK]}", signal.toString());
    // one light week in the row: no signal
    assertEquals(List.of(), MoveToCare.of(CareThresholds.builder().hoursPerWeek(Duration.ofHours(6))
        .build()).signals(circle, threeWeeksOfMeals(), DAY, ZONE));
    // four weeks asked for, three given: no signal
    assertEquals(List.of(), MoveToCare.of(CareThresholds.builder().weeksInRow(4).build())
        .signals(circle, threeWeeksOfMeals(), DAY, ZONE));
  }

  @Test
  void vitalityThatGoesDownIsASignalAndDependenceBringsDistrictNursingFirst() {
    Circle before = Fixtures.circle(5).build();
    Circle after = before.withMember(before.member(MemberId.of("m-4")).orElseThrow().toBuilder()
        .vitality(Vitality.DEPENDENT).build())
        .withMember(before.member(MemberId.of("m-1")).orElseThrow().toBuilder()
            .vitality(Vitality.SOME_LIMITATIONS).build());
    List<CareSignal> signals = MoveToCare.standard().signals(before, after, HelpLedger.empty(), DAY,
        ZONE);
    assertEquals(2, signals.size());
    assertEquals(MemberId.of("m-1"), signals.get(0).member());
    assertEquals(List.of(ReferralTarget.SOCIAL_TEAM, ReferralTarget.FAMILY_CARER),
        signals.get(0).referrals());
    assertEquals(List.of(CareReason.VITALITY_CHANGE), signals.get(1).reasons());
    assertEquals(List.of(ReferralTarget.DISTRICT_NURSING, ReferralTarget.SOCIAL_TEAM,
        ReferralTarget.FAMILY_CARER), signals.get(1).referrals());
    assertFalse(signals.get(1).message(Locale.ENGLISH).contains("{"));
    // better vitality is no signal
    assertEquals(List.of(), MoveToCare.standard().signals(after, before, HelpLedger.empty(), DAY, ZONE));
  }

  @Test
  void withoutConsentForVitalityOnlyTheHelpReceivedCounts() {
    Circle before = Fixtures.circle(5).build();
    Circle after = before.withMember(before.member(MemberId.of("m-4")).orElseThrow().toBuilder()
        .vitality(Vitality.DEPENDENT).build())
        .withMember(before.member(MemberId.of("m-1")).orElseThrow().toBuilder()
            .vitality(Vitality.SOME_LIMITATIONS).build());
    ConsentRegister consents = ConsentRegister.empty().with(ConsentRecord.given(MemberId.of("m-4"),
        Purpose.VITALITY, LawfulBasis.EXPLICIT_CONSENT, DAY.minusDays(1), MemberId.of("m-0")));
    List<CareSignal> signals = MoveToCare.standard().signals(before, after, HelpLedger.empty(), DAY,
        ZONE, DataPolicy.standard().access(Reader.CONNECTOR, consents));
    assertEquals(List.of(MemberId.of("m-4")), signals.stream().map(CareSignal::member).toList(),
        "m-1 gave no consent for vitality: no vitality signal for them");
    assertEquals(List.of(), MoveToCare.standard().signals(before, after, HelpLedger.empty(),
        DAY.minusDays(2), ZONE, DataPolicy.standard().access(Reader.CONNECTOR, consents)),
        "before the consent, none");
    // the help received is not health data in this sense: its signal stays
    Circle circle = Fixtures.circle(5).build();
    assertEquals(MoveToCare.standard().signals(circle, threeWeeksOfMeals(), DAY, ZONE),
        MoveToCare.standard().signals(circle, circle, threeWeeksOfMeals(), DAY, ZONE,
            DataPolicy.standard().access(Reader.CONNECTOR, ConsentRegister.empty())));
  }

  @Test
  void thresholdsFollowTheirRules() {
    assertEquals(List.of("hoursPerWeek:DurationMin", "kindsPerWeek:Min", "weeksInRow:Max"),
        assertThrows(InvalidValueException.class, () -> CareThresholds.builder()
            .hoursPerWeek(Duration.ofMinutes(10)).kindsPerWeek(0).weeksInRow(27).build())
            .violations().stream().map(v -> v.path() + ":" + v.rule())
            .collect(java.util.stream.Collectors.toList()));
  }
}
