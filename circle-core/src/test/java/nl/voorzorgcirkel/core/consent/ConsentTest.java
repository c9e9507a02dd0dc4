package nl.voorzorgcirkel.core.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Issue 14: consent records, the register, the policy and what a reader sees. */
class ConsentTest {

  private static final MemberId ANNA = MemberId.of("m-anna");
  private static final MemberId CONNECTOR = MemberId.of("m-connector");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @Test
  void vitalityNeedsExplicitConsentAndTheErrorNamesFieldAndRuleInBothLanguages() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () ->
        ConsentRecord.given(ANNA, Purpose.VITALITY, LawfulBasis.CONSENT, DAY, CONNECTOR));
    Violation v = e.violations().get(0);
    assertEquals("basis", v.path());
    assertTrue(v.message(Locale.ENGLISH).contains("explicit consent"), v.message(Locale.ENGLISH));
    assertTrue(v.message(Locale.forLanguageTag("nl")).contains("uitdrukkelijke toestemming"));
    assertFalse(e.getMessage().contains("m-anna"), "the message names no member");
    // every basis a purpose allows is accepted; every other is refused
    for (Purpose purpose : Purpose.values()) {
      for (LawfulBasis basis : LawfulBasis.values()) {
        boolean allowed = purpose.lawfulBases().contains(basis);
        if (allowed) {
          assertEquals(basis, ConsentRecord.given(ANNA, purpose, basis, DAY, ANNA).basis());
        } else {
          assertThrows(InvalidValueException.class,
              () -> ConsentRecord.given(ANNA, purpose, basis, DAY, ANNA), purpose + " " + basis);
        }
      }
    }
  }

  @Test
  void everyMissingFieldIsListedAtOnce() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ConsentRecord.builder().given(true).build());
    Set<String> paths = new java.util.TreeSet<>();
    e.violations().forEach(v -> paths.add(v.path()));
    assertEquals(Set.of("member", "purpose", "date", "basis", "recordedBy"), paths);
    assertThrows(InvalidValueException.class, () -> ConsentRecord.given(ANNA, Purpose.RESEARCH,
        LawfulBasis.CONSENT, LocalDate.MIN, ANNA));
  }

  @Test
  void theLatestRecordOnOrBeforeTheDayDecides() {
    ConsentRegister register = ConsentRegister.empty()
        .with(ConsentRecord.withdrawn(ANNA, Purpose.VITALITY, LawfulBasis.EXPLICIT_CONSENT,
            DAY.plusDays(10), ANNA))
        .with(ConsentRecord.given(ANNA, Purpose.VITALITY, LawfulBasis.EXPLICIT_CONSENT, DAY,
            CONNECTOR));
    assertFalse(register.isGiven(ANNA, Purpose.VITALITY, DAY.minusDays(1)), "before any record");
    assertTrue(register.isGiven(ANNA, Purpose.VITALITY, DAY), "from the day it was given");
    assertTrue(register.isGiven(ANNA, Purpose.VITALITY, DAY.plusDays(9)));
    assertFalse(register.isGiven(ANNA, Purpose.VITALITY, DAY.plusDays(10)), "withdrawn");
    assertFalse(register.isGiven(ANNA, Purpose.RESEARCH, DAY.plusDays(1)), "another purpose");
    assertFalse(register.isGiven(CONNECTOR, Purpose.VITALITY, DAY.plusDays(1)), "another member");
    assertEquals(List.of(DAY, DAY.plusDays(10)),
        register.records().stream().map(ConsentRecord::date).toList(), "ordered by day");
    // on one day, the record added last decides
    ConsentRegister sameDay = register.with(ConsentRecord.withdrawn(ANNA, Purpose.VITALITY,
        LawfulBasis.EXPLICIT_CONSENT, DAY, ANNA));
    assertFalse(sameDay.isGiven(ANNA, Purpose.VITALITY, DAY));
    assertEquals(sameDay, ConsentRegister.of(new ArrayList<>(sameDay.records())));
    assertEquals(2, register.recordsOf(ANNA).size());
    assertEquals("ConsentRegister[2 records]", register.toString());
  }

  @Test
  void aPolicyCannotLetVitalityBeReadWithoutConsentForIt() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DataPolicy.builder()
        .allow(Reader.REPORT, PersonalField.VITALITY, Purpose.RESEARCH));
    assertEquals("REPORT.VITALITY", e.violations().get(0).path());
    assertEquals("healthDataNeedsConsent", e.violations().get(0).rule());
    assertTrue(e.violations().get(0).message(Locale.forLanguageTag("nl")).contains("gezondheid"));
    DataPolicy policy = DataPolicy.builder()
        .allow(Reader.REPORT, PersonalField.VITALITY, Purpose.RESEARCH, Purpose.VITALITY)
        .withhold(Reader.REPORT, PersonalField.VITALITY).build();
    assertEquals(Set.of(), policy.fields(Reader.REPORT));
  }

  @Test
  void theStandardPolicyReadsVitalityOnlyWithConsentForIt() {
    DataPolicy policy = DataPolicy.standard();
    for (Reader reader : Reader.values()) {
      if (policy.fields(reader).contains(PersonalField.VITALITY)) {
        assertTrue(policy.purposes(reader, PersonalField.VITALITY).contains(Purpose.VITALITY));
      }
    }
    assertEquals(Set.of(PersonalField.LONELINESS), policy.fields(Reader.REPORT),
        "reports count: the only personal field they read is loneliness scores");
    assertEquals(Set.of(Purpose.RESEARCH), policy.purposes(Reader.REPORT, PersonalField.LONELINESS),
        "loneliness scores are counted only with consent for research use");
    assertEquals(Set.of(), policy.purposes(Reader.MATCHING, PersonalField.AVOIDS),
        "matching always honours whom a member avoids");
  }

  @Test
  void aViewShowsNeutralValuesForWhatTheReaderMayNotRead() {
    Member anna = Fixtures.member("m-anna").displayName("Anna de Vries").phoneNumber("+31 6 1234 5678")
        .vitality(Vitality.DEPENDENT).livesAlone(true).addAvoids(MemberId.of("m-bob")).build();
    ConsentRegister consents = ConsentRegister.empty()
        .with(ConsentRecord.given(ANNA, Purpose.TAKING_PART, LawfulBasis.CONTRACT, DAY, CONNECTOR));
    DataAccess group = DataPolicy.standard().access(Reader.GROUP, consents);
    Member seen = group.view(anna, DAY);
    assertEquals("Anna de Vries", seen.displayName(), "taking part: the group sees the name");
    assertTrue(seen.phoneNumber().isEmpty(), "the phone number only with consent for it");
    assertEquals(Vitality.VITAL, seen.vitality());
    assertFalse(seen.livesAlone());
    assertEquals(List.of(), seen.avoids());
    assertEquals(anna.capabilities(), seen.capabilities());
    assertEquals(EnumSet.of(PersonalField.DISPLAY_NAME), group.readable(ANNA, DAY));
    assertEquals("m-anna", group.view(anna, DAY.minusDays(1)).displayName(),
        "before consent the id stands in for the name");

    ConsentRegister more = consents.with(ConsentRecord.given(ANNA, Purpose.PHONE_NUMBER_TO_GROUP,
        LawfulBasis.CONSENT, DAY, ANNA));
    assertEquals(anna.phoneNumber(),
        DataPolicy.standard().access(Reader.GROUP, more).view(anna, DAY).phoneNumber());

    DataAccess connector = DataPolicy.standard().access(Reader.CONNECTOR,
        consents.with(ConsentRecord.given(ANNA, Purpose.VITALITY, LawfulBasis.EXPLICIT_CONSENT,
            DAY, ANNA)));
    assertSame(anna, connector.view(anna, DAY), "the connector may read everything here");
    assertTrue(connector.toString().startsWith("DataAccess[CONNECTOR"));
    assertFalse(connector.toString().contains("anna"));

    Circle circle = Fixtures.circle(3).addMembers(anna).build();
    Circle viewed = DataPolicy.standard().access(Reader.HEALTH_CHECK, ConsentRegister.empty())
        .view(circle, DAY);
    assertEquals(circle.members().size(), viewed.members().size());
    assertEquals(Vitality.VITAL, viewed.member(ANNA).orElseThrow().vitality());
  }
}
