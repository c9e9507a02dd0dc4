package nl.voorzorgcirkel.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.voorzorgcirkel.core.consent.ConsentRecord;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.consent.DataAccess;
import nl.voorzorgcirkel.core.consent.DataPolicy;
import nl.voorzorgcirkel.core.consent.LawfulBasis;
import nl.voorzorgcirkel.core.consent.Purpose;
import nl.voorzorgcirkel.core.consent.Reader;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the health check reads vitality only where consent for it holds. Without it, no
 * finding depends on a member's vitality; with everyone's consent, the report is the one the
 * check without consents gives, but for nothing withheld.
 */
class VitalityConsentHealthPropertyTest {

  @Test
  void withoutConsentNoFindingDependsOnVitality() {
    Props.property("health-check-sees-no-vitality-without-consent", 500)
        .forAll(longs().all(), integers().between(0, 16), longs().all())
        .checkAssert((seed, size, otherVitalities) -> {
          RandomModel random = new RandomModel(seed);
          Circle circle = random.circle(size);
          LocalDate day = Fixtures.TODAY.plusDays(random.between(-100, 100));
          ConsentRegister consents = random.consents(circle, Fixtures.TODAY);
          DataAccess access = DataPolicy.standard().access(Reader.HEALTH_CHECK, consents);
          RandomModel other = new RandomModel(otherVitalities);
          List<Member> changed = new ArrayList<>();
          int withheld = 0;
          for (Member m : circle.members()) {
            boolean consented = consents.isGiven(m.id(), Purpose.VITALITY, day);
            withheld += consented || !m.isMemberOn(day) ? 0 : 1;
            changed.add(consented ? m : m.toBuilder().vitality(other.pick(Vitality.class)).build());
          }
          Circle varied = circle.toBuilder().members(changed).build();
          HealthReport report = CircleHealthCheck.check(circle, day, access);
          assertEquals(report, CircleHealthCheck.check(varied, day, access));
          assertEquals(withheld, report.findings().stream()
              .filter(f -> f.code() == HealthCode.VITALITY_UNKNOWN)
              .mapToInt(f -> ((Number) f.figures().get("withheld")).intValue()).sum());
        });
  }

  @Test
  void withEveryonesConsentTheReportIsTheUnrestrictedOne() {
    Props.property("health-check-with-consent-reads-vitality", 300)
        .forAll(longs().all(), integers().between(0, 16))
        .checkAssert((seed, size) -> {
          RandomModel random = new RandomModel(seed);
          Circle circle = random.circle(size);
          ConsentRegister all = ConsentRegister.empty();
          for (Member m : circle.members()) {
            all = all.with(ConsentRecord.given(m.id(), Purpose.VITALITY,
                LawfulBasis.EXPLICIT_CONSENT, Fixtures.TODAY.minusYears(1), m.id()));
          }
          assertEquals(CircleHealthCheck.check(circle, Fixtures.TODAY),
              CircleHealthCheck.check(circle, Fixtures.TODAY,
                  DataPolicy.standard().access(Reader.HEALTH_CHECK, all)));
        });
  }

  @Test
  void sharesAreTakenOverTheMembersWhoseVitalityIsKnown() {
    // six members, two of them dependent with consent, four vital without: 2 of 2 known is 100 %
    Circle.Builder builder = Fixtures.circle(0);
    ConsentRegister consents = ConsentRegister.empty();
    for (int i = 0; i < 6; i++) {
      Member m = Fixtures.member("m-" + i).vitality(i < 2 ? Vitality.DEPENDENT : Vitality.VITAL)
          .build();
      builder.addMembers(m);
      if (i < 2) {
        consents = consents.with(ConsentRecord.given(m.id(), Purpose.VITALITY,
            LawfulBasis.EXPLICIT_CONSENT, Fixtures.TODAY, m.id()));
      }
    }
    Circle circle = builder.build();
    HealthReport open = CircleHealthCheck.check(circle, Fixtures.TODAY);
    assertTrue(open.findings().stream().noneMatch(f -> f.code() == HealthCode.NO_VITAL_MEMBERS));
    HealthReport restricted = CircleHealthCheck.check(circle, Fixtures.TODAY,
        DataPolicy.standard().access(Reader.HEALTH_CHECK, consents));
    HealthFinding none = restricted.findings().stream()
        .filter(f -> f.code() == HealthCode.NO_VITAL_MEMBERS).findFirst().orElseThrow();
    assertEquals(Map.of("vital", 0L, "dependent", 2L, "percent", 100L, "maxPercent",
        Math.round(circle.policy().maxDependentShare() * 100)), none.figures());
    HealthFinding unknown = restricted.findings().stream()
        .filter(f -> f.code() == HealthCode.VITALITY_UNKNOWN).findFirst().orElseThrow();
    assertEquals(Severity.INFO, unknown.severity());
    assertTrue(unknown.message(java.util.Locale.ENGLISH).startsWith("4 members without consent"),
        unknown.message(java.util.Locale.ENGLISH));
  }
}
