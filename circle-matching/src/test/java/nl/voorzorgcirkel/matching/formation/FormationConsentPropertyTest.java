package nl.voorzorgcirkel.matching.formation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.voorzorgcirkel.core.consent.ConsentRecord;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.consent.DataAccess;
import nl.voorzorgcirkel.core.consent.DataPolicy;
import nl.voorzorgcirkel.core.consent.LawfulBasis;
import nl.voorzorgcirkel.core.consent.Purpose;
import nl.voorzorgcirkel.core.consent.Reader;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.matching.RandomPools;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: formation reads vitality only with consent. Through the standard policy's access for
 * {@link Reader#FORMATION}, the circles formed do not depend on the vitality of candidates who did
 * not consent to its use.
 */
class FormationConsentPropertyTest {

  private static final LocalDate ON = LocalDate.of(2026, 11, 26);
  private static final FormationPolicy POLICY = FormationPolicy.standard();

  /** The pool with every vitality drawn again for the candidates {@code redraw} says. */
  private static List<Candidate> redrawn(List<Candidate> pool, Random random, java.util.function.Predicate<Candidate> redraw) {
    List<Candidate> out = new ArrayList<>(pool.size());
    for (Candidate c : pool) {
      out.add(!redraw.test(c) ? c : new Candidate(c.member().toBuilder()
          .vitality(Vitality.values()[random.nextInt(Vitality.values().length)]).build(),
          c.willingToConnect(), c.wantsWith(), c.neighbourhood()));
    }
    return out;
  }

  private static List<FormationAlgorithm> algorithms(long seed) {
    return List.of(FormationAlgorithms.recursiveBisection(POLICY, seed),
        FormationAlgorithms.compactGrowth(POLICY, seed));
  }

  @Test
  void withoutConsentTheCirclesDoNotDependOnVitality() {
    Props.property("formation-vitality-consent", 120)
        .forAll(longs().all(), integers().between(0, 120), integers().between(0, 100))
        .checkAssert((seed, size, consentPercent) -> {
          Random random = new Random(seed);
          List<Candidate> pool = RandomPools.city(seed, size, 1 + random.nextInt(3), seed % 2 == 0, 0.3);
          ConsentRegister consents = ConsentRegister.empty();
          for (Candidate c : pool) {
            if (random.nextInt(100) < consentPercent) {
              consents = consents.with(ConsentRecord.given(c.id(), Purpose.VITALITY,
                  LawfulBasis.EXPLICIT_CONSENT, ON.minusDays(5), c.id()));
            }
          }
          ConsentRegister given = consents;
          DataAccess access = DataPolicy.standard().access(Reader.FORMATION, given);
          List<Candidate> other = redrawn(pool, random,
              c -> !given.isGiven(c.id(), Purpose.VITALITY, ON));
          for (FormationAlgorithm algorithm : algorithms(seed)) {
            assertEquals(algorithm.form(pool, ON, access), algorithm.form(other, ON, access),
                "vitality without consent was read");
          }
        });
  }

  @Test
  void withConsentVitalityIsReadSoTheCheckAboveCouldFail() {
    int differ = 0;
    for (long seed = 0; seed < 20; seed++) {
      List<Candidate> pool = RandomPools.city(seed, 60, 1, false, 0.0);
      ConsentRegister all = ConsentRegister.empty();
      for (Candidate c : pool) {
        all = all.with(ConsentRecord.given(c.id(), Purpose.VITALITY, LawfulBasis.EXPLICIT_CONSENT,
            ON.minusDays(5), c.id()));
      }
      DataAccess access = DataPolicy.standard().access(Reader.FORMATION, all);
      List<Candidate> other = redrawn(pool, new Random(seed), c -> true);
      FormationAlgorithm algorithm = FormationAlgorithms.compactGrowth(POLICY, seed);
      if (!algorithm.form(pool, ON, access).equals(algorithm.form(other, ON, access))) {
        differ++;
      }
    }
    assertTrue(differ > 0, "with consent, some pools form differently when vitality differs");
  }

  @Test
  void aViewThatWithholdsNothingFormsAsWithoutAccess() {
    List<Candidate> pool = RandomPools.city(3, 40, 2, true, 0.2);
    DataPolicy.Builder everything = DataPolicy.builder();
    for (nl.voorzorgcirkel.core.consent.PersonalField f : nl.voorzorgcirkel.core.consent.PersonalField.values()) {
      if (f != nl.voorzorgcirkel.core.consent.PersonalField.VITALITY) {
        everything.allow(Reader.FORMATION, f);
      }
    }
    ConsentRegister all = ConsentRegister.empty();
    for (Candidate c : pool) {
      all = all.with(ConsentRecord.given(c.id(), Purpose.VITALITY, LawfulBasis.EXPLICIT_CONSENT,
          ON.minusDays(5), c.id()));
    }
    DataAccess access = everything.allow(Reader.FORMATION, nl.voorzorgcirkel.core.consent.PersonalField.VITALITY,
        Purpose.VITALITY).build().access(Reader.FORMATION, all);
    FormationAlgorithm algorithm = FormationAlgorithms.recursiveBisection(POLICY, 3);
    assertEquals(algorithm.form(pool, ON), algorithm.form(pool, ON, access));
  }
}
