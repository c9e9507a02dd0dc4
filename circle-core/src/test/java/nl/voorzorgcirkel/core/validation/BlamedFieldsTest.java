package nl.voorzorgcirkel.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.AssertTrue;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.csv.ImportMode;
import nl.voorzorgcirkel.core.csv.ImportResult;
import nl.voorzorgcirkel.core.csv.MemberCsv;
import nl.voorzorgcirkel.core.csv.RowError;
import nl.voorzorgcirkel.core.internal.Blames;
import nl.voorzorgcirkel.core.json.CircleJson;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityOffer;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CirclePolicy;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * User test 11, L9: a class-level rule ({@code @AssertTrue boolean offersOnlyCircleHelp()}) was
 * reported with the rule method's name as its path, a name users never set. Every rule now names
 * the property it blames ({@link Blames}): from the API the property, from a CSV file the row and
 * the column header the user wrote. Failed before: 30 rule methods had no blamed field.
 */
class BlamedFieldsTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  /** Every rule method of every model type of the core, found by reflection over its classes. */
  private static List<Method> ruleMethods() {
    List<Method> rules = new ArrayList<>();
    for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("nl.voorzorgcirkel.core")) {
      Class<?> reflected = type.reflect();
      if (reflected.getSimpleName().startsWith("Immutable")) {
        continue; // the generated class overrides no rule method; its abstract type declares them
      }
      for (Method m : reflected.getDeclaredMethods()) {
        if (m.isAnnotationPresent(AssertTrue.class)) {
          rules.add(m);
        }
      }
    }
    return rules;
  }

  @Test
  void everyClassLevelRuleBlamesAPropertyOfItsType() {
    List<Method> rules = ruleMethods();
    assertTrue(rules.size() >= 30, "the scan found the model's rules: " + rules.size());
    List<String> wrong = new ArrayList<>();
    for (Method rule : rules) {
      String where = rule.getDeclaringClass().getSimpleName() + "." + rule.getName();
      Blames blames = rule.getAnnotation(Blames.class);
      if (blames == null) {
        wrong.add(where + ": no @Blames");
        continue;
      }
      Method property = accessor(rule.getDeclaringClass(), blames.value());
      if (property == null) {
        wrong.add(where + ": blames " + blames.value() + ", which is no property of its type");
      } else if (property.isAnnotationPresent(AssertTrue.class) || !Modifier.isPublic(property.getModifiers())) {
        wrong.add(where + ": blames " + blames.value() + ", a rule or a method users do not see");
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** The public no-argument method of that name, on the type or a supertype; or null. */
  private static Method accessor(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(name) && m.getParameterCount() == 0 && m.getReturnType() != void.class) {
          return m;
        }
      }
    }
    return null;
  }

  private static List<String> paths(InvalidValueException e) {
    return e.violations().stream().map(v -> v.type() + "." + v.path() + ":" + v.rule()).sorted().toList();
  }

  @Test
  void aMemberOfferingCareNamesTheCapabilities() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Fixtures.member("m-1")
        .addCapabilities(CapabilityOffer.of(Capability.of("washing"))).build());
    assertEquals(List.of("Member.capabilities:Member.offersOnlyCircleHelp"), paths(e));
    assertTrue(e.getMessage().startsWith("invalid value (1): Member.capabilities: "), e.getMessage());
    InvalidValueException twice = assertThrows(InvalidValueException.class, () -> Fixtures.member("m-1")
        .addCapabilities(CapabilityOffer.of(Capability.MEALS), CapabilityOffer.of(Capability.MEALS)).build());
    assertEquals(List.of("Member.capabilities:Member.capabilitiesUnique"), paths(twice));
  }

  @Test
  void aPauseWithoutItsEndNamesThePauseEnd() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Fixtures.member("m-1").status(MemberStatus.PAUSED).build());
    assertEquals(List.of("Member.pausedUntil:Member.pausedUntilOnlyWhenPaused"), paths(e));
  }

  @Test
  void aRuleOverTwoFieldsNamesTheOneThatBreaksIt() {
    Instant late = Instant.parse("9999-12-31T23:00:00Z").plusSeconds(7_200); // the year 10000
    InvalidValueException end = assertThrows(InvalidValueException.class,
        () -> TimeWindow.flexible(Instant.parse("2026-01-05T10:00:00Z"), late));
    assertEquals(List.of("TimeWindow.end:TimeWindow.supportedYears"), paths(end));
    InvalidValueException sizes = assertThrows(InvalidValueException.class,
        () -> CirclePolicy.builder().recommendedMaxSize(9).build());
    assertEquals(List.of("CirclePolicy.recommendedMaxSize:CirclePolicy.sizesOrdered"), paths(sizes));
  }

  @Test
  void aRuleInsideAValueReadFromJsonNamesThePropertyUnderItsPath() throws Exception {
    Circle circle = Fixtures.circle(3).build();
    String json = CircleJson.newMapper().writeValueAsString(circle);
    String offers = json.replaceFirst("\"capabilities\":\\[", "\"capabilities\":[{\"capability\":\"douchen\"},");
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CircleJson.read(offers, Circle.class));
    assertEquals(List.of("Circle.members[0].capabilities:Member.offersOnlyCircleHelp"), paths(e));
  }

  private static final String HEADER = "Nr;Naam;Geboortejaar;Breedtegraad;Lengtegraad;Aangemeld op;Status";

  private static List<String> errors(ImportResult<Member> result, Locale locale) {
    return result.errors().stream().map(e -> e.message(locale)).toList();
  }

  @Test
  void aRuleBrokenInACsvFileNamesTheRowAndTheColumnTheUserWrote() {
    String csv = HEADER + ";Pauze tot\n"
        + "1;Anna;1948;52.1;5.1;2025-03-01;pauze;\n"
        + "2;Bert;1950;52.1;5.1;2025-03-01;actief;2026-06-01\n";
    ImportResult<Member> result = MemberCsv.read(csv.getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS);
    assertEquals(List.of("2:Pauze tot:paused-until", "3:Pauze tot:paused-until"),
        result.errors().stream().map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule()).toList());
    assertTrue(errors(result, DUTCH).get(0).startsWith("rij 2, kolom Pauze tot: "), errors(result, DUTCH).toString());
  }

  @Test
  void aRuleBlamingAColumnTheFileLacksNamesThatColumnInTheReadersLanguage() {
    String csv = HEADER + "\n1;Anna;1948;52.1;5.1;2025-03-01;pauze\n";
    ImportResult<Member> result = MemberCsv.read(csv.getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS);
    List<RowError> found = result.errors();
    assertEquals(1, found.size(), found.toString());
    assertEquals("paused-until", found.get(0).rule());
    assertTrue(found.get(0).message(Locale.ENGLISH).startsWith("row 2, column paused until: "), found.toString());
    assertTrue(found.get(0).message(DUTCH).startsWith("rij 2, kolom Pauze tot: "), found.get(0).message(DUTCH));
  }

  @Test
  void theJoinDateRuleStillSpeaksTheListsWords() {
    String csv = HEADER + "\n1;Anna;2020;52.1;5.1;" + LocalDate.of(2025, 3, 1) + ";actief\n";
    ImportResult<Member> result = MemberCsv.read(csv.getBytes(StandardCharsets.UTF_8), ImportMode.VALID_ROWS);
    assertEquals(List.of("2:Geboortejaar:birth-year"),
        result.errors().stream().map(e -> e.row() + ":" + e.column().orElse("-") + ":" + e.rule()).toList());
  }
}
