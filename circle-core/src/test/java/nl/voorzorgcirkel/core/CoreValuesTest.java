package nl.voorzorgcirkel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.voorzorgcirkel.core.assessment.CircleHealthCheck;
import nl.voorzorgcirkel.core.assessment.HealthCode;
import nl.voorzorgcirkel.core.assessment.HealthFinding;
import nl.voorzorgcirkel.core.assessment.HealthReport;
import nl.voorzorgcirkel.core.assessment.Severity;
import nl.voorzorgcirkel.core.i18n.MessageTable;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import nl.voorzorgcirkel.core.json.CircleJson;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.ledger.HelpRecord;
import nl.voorzorgcirkel.core.lifecycle.RequestEvent;
import nl.voorzorgcirkel.core.lifecycle.RequestLifecycle;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CirclePolicy;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.MemberStatus;
import nl.voorzorgcirkel.core.model.RequestId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.TimeWindow;
import nl.voorzorgcirkel.core.model.Vitality;
import nl.voorzorgcirkel.core.scope.ReferralTarget;
import nl.voorzorgcirkel.core.scope.ScopeDecision;
import nl.voorzorgcirkel.core.validation.InvalidValueException;
import nl.voorzorgcirkel.core.validation.Violation;
import nl.voorzorgcirkel.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The core's values at known figures and at their boundaries; equality and texts. */
class CoreValuesTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final Instant NOW = Fixtures.NOW;

  static void assertValueSemantics(Object value, Object copy, Object... variants) {
    assertEquals(value, copy);
    assertEquals(value.hashCode(), copy.hashCode());
    assertEquals(value.toString(), copy.toString());
    assertNotEquals(value, null);
    assertNotEquals(value, "another type");
    for (Object variant : variants) {
      assertNotEquals(value, variant, () -> "equal to " + variant);
    }
  }

  @Test
  void aPolicyKeepsItsSettingsAndItsSizesMayBeEqual() {
    CirclePolicy policy = CirclePolicy.builder().minSize(9).recommendedMinSize(9).recommendedMaxSize(9).maxSize(9)
        .minConnectors(3).minOfferersPerCapability(4).maxDependentShare(0.25).maxDistanceMetres(900).build();
    assertEquals(List.of(9, 9, 9, 9, 3, 4, 900), List.of(policy.minSize(), policy.recommendedMinSize(),
        policy.recommendedMaxSize(), policy.maxSize(), policy.minConnectors(), policy.minOfferersPerCapability(),
        policy.maxDistanceMetres()));
    assertEquals(0.25, policy.maxDependentShare());
    for (CirclePolicy.Builder unordered : List.of(
        CirclePolicy.builder().minSize(9).recommendedMinSize(8),
        CirclePolicy.builder().recommendedMinSize(12).recommendedMaxSize(11),
        CirclePolicy.builder().recommendedMaxSize(14).maxSize(13))) {
      assertEquals("CirclePolicy.sizesOrdered", assertThrows(InvalidValueException.class, unordered::build)
          .violations().get(0).rule());
    }
  }

  /** A circle of n members of the fixture, two connectors, capabilities offered twice or more. */
  private static List<HealthCode> codes(int n, CirclePolicy policy) {
    Circle circle = Fixtures.circle(n).policy(policy).build();
    return CircleHealthCheck.check(circle, Fixtures.TODAY).findings().stream().map(HealthFinding::code)
        .filter(c -> c.name().startsWith("SIZE")).collect(Collectors.toList());
  }

  @Test
  void sizeFindingsAtThePolicysEdges() {
    CirclePolicy policy = CirclePolicy.builder().minSize(4).recommendedMinSize(5).recommendedMaxSize(6).maxSize(7)
        .minOfferersPerCapability(1).build();
    assertEquals(List.of(HealthCode.SIZE_BELOW_MINIMUM), codes(3, policy));
    assertEquals(List.of(HealthCode.SIZE_OUTSIDE_RECOMMENDED), codes(4, policy));
    assertEquals(List.of(), codes(5, policy));
    assertEquals(List.of(), codes(6, policy));
    assertEquals(List.of(HealthCode.SIZE_OUTSIDE_RECOMMENDED), codes(7, policy));
    assertEquals(List.of(HealthCode.SIZE_ABOVE_MAXIMUM), codes(8, policy));
  }

  @Test
  void connectorAndVitalityFindingsAtTheirEdges() {
    CirclePolicy policy = CirclePolicy.builder().minSize(2).recommendedMinSize(2).minOfferersPerCapability(1)
        .minConnectors(2).maxDependentShare(0.25).build();
    Circle circle = Fixtures.circle(8).policy(policy).build(); // two connectors, all vital
    assertEquals(List.of(), CircleHealthCheck.check(circle, Fixtures.TODAY).findings());
    Circle oneConnector = circle.withMember(circle.members().get(0).toBuilder().role(Role.MEMBER).build());
    assertEquals(List.of(HealthCode.TOO_FEW_CONNECTORS), CircleHealthCheck.check(oneConnector, Fixtures.TODAY)
        .findings().stream().map(HealthFinding::code).toList());
    Circle twoDependent = circle;
    for (int i = 2; i < 4; i++) {
      twoDependent = twoDependent.withMember(circle.members().get(i).toBuilder().vitality(Vitality.DEPENDENT).build());
    }
    assertEquals(List.of(), CircleHealthCheck.check(twoDependent, Fixtures.TODAY).findings(), "2 of 8 is the 25 %");
    Circle threeDependent = twoDependent.withMember(circle.members().get(4).toBuilder().vitality(Vitality.DEPENDENT)
        .build());
    HealthReport report = CircleHealthCheck.check(threeDependent, Fixtures.TODAY);
    assertEquals(List.of(HealthCode.VITALITY_IMBALANCE), report.findings().stream().map(HealthFinding::code).toList());
    HealthFinding finding = report.findings().get(0);
    assertEquals(Severity.WARNING, finding.severity());
    assertEquals(Map.of("dependent", 3L, "percent", 38L, "maxPercent", 25L, "vital", 5L), finding.figures());
    assertEquals("WARNING VITALITY_IMBALANCE: 3 dependent members (38%), more than the 25% the policy allows",
        finding.toString());
    assertEquals("Gezondheid van cirkel c-1 op 2026-11-26" + System.lineSeparator() + "  WAARSCHUWING 3 afhankelijke"
        + " deelnemers (38%), meer dan de 25% die het beleid toestaat" + System.lineSeparator(), report.toText(DUTCH));
    assertEquals("Health of circle c-1 on 2026-11-26" + System.lineSeparator() + "  no findings"
        + System.lineSeparator(), CircleHealthCheck.check(circle, Fixtures.TODAY).toText(Locale.ENGLISH));
    assertTrue(report.meetsPolicy(), "a warning is not a problem");
    assertFalse(CircleHealthCheck.check(Fixtures.circle(3).build(), Fixtures.TODAY).meetsPolicy());
    assertEquals("PROBLEEM", Severity.PROBLEM.label(DUTCH));
    assertEquals("INFO", Severity.INFO.label(Locale.ENGLISH));
    assertValueSemantics(report, CircleHealthCheck.check(threeDependent, Fixtures.TODAY),
        CircleHealthCheck.check(twoDependent, Fixtures.TODAY),
        CircleHealthCheck.check(threeDependent, Fixtures.TODAY.plusDays(1)));
    assertValueSemantics(finding, CircleHealthCheck.check(threeDependent, Fixtures.TODAY).findings().get(0),
        CircleHealthCheck.check(oneConnector, Fixtures.TODAY).findings().get(0));
  }

  @Test
  void argumentChecksAtTheirEdges() {
    assertEquals(1, Arguments.between(1, 1, 3, "T", "p"));
    assertEquals(3, Arguments.between(3, 1, 3, "T", "p"));
    assertThrows(InvalidValueException.class, () -> Arguments.between(0, 1, 3, "T", "p"));
    assertThrows(InvalidValueException.class, () -> Arguments.between(4, 1, 3, "T", "p"));
    assertEquals(1, Arguments.atLeast(1, 1, "T", "p"));
    assertEquals("invalid value (1): T.p: must be at least 1",
        assertThrows(InvalidValueException.class, () -> Arguments.atLeast(0, 1, "T", "p")).getMessage());
    assertEquals(0.0, Arguments.finiteNotNegative(0.0, "T", "p"));
    assertEquals(2.5, Arguments.finiteNotNegative(2.5, "T", "p"));
    for (double bad : new double[] {-0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThrows(InvalidValueException.class, () -> Arguments.finiteNotNegative(bad, "T", "p"));
    }
    assertEquals(Arguments.EARLIEST, Arguments.supported(Arguments.EARLIEST, "T", "p"));
    assertEquals(Arguments.LATEST, Arguments.supported(Arguments.LATEST, "T", "p"));
    assertThrows(InvalidValueException.class, () -> Arguments.supported(Arguments.LATEST.plusNanos(1), "T", "p"));
    assertThrows(InvalidValueException.class, () -> Arguments.supported(Arguments.EARLIEST.minusNanos(1), "T", "p"));
    assertEquals("at", assertThrows(NullPointerException.class, () -> Arguments.supported(null, "T", "at"))
        .getMessage());
    assertTrue(Arguments.supported((LocalDate) null) && Arguments.supported(LocalDate.of(2026, 1, 1)));
    assertFalse(Arguments.supported(LocalDate.of(1, 1, 1)) || Arguments.supported(LocalDate.of(9999, 12, 31)));
    assertEquals(List.of("a"), Arguments.noNulls(List.of("a"), "xs"));
    assertEquals("xs[1]", assertThrows(NullPointerException.class,
        () -> Arguments.noNulls(Arrays.asList("a", null), "xs")).getMessage());
  }

  @Test
  void violationsAndDecisionsAreValues() {
    Violation v = Violation.of("Member", "birthYear", "Min", "jakarta.validation.constraints.Min.message",
        Map.of("value", 1900L));
    assertEquals(Map.of("value", 1900L), v.arguments());
    assertEquals("Member.birthYear: must be at least 1900", v.toString());
    assertEquals("Member: must be at least 1900", Violation.of("Member", "", "Min",
        "jakarta.validation.constraints.Min.message", Map.of("value", 1900L)).message(Locale.ENGLISH));
    assertValueSemantics(v, Violation.of("Member", "birthYear", "Min", "jakarta.validation.constraints.Min.message",
        Map.of("value", 1900L)),
        Violation.of("Circle", "birthYear", "Min", "jakarta.validation.constraints.Min.message", Map.of("value", 1900L)),
        Violation.of("Member", "joined", "Min", "jakarta.validation.constraints.Min.message", Map.of("value", 1900L)),
        Violation.of("Member", "birthYear", "Max", "jakarta.validation.constraints.Min.message", Map.of("value", 1900L)),
        Violation.of("Member", "birthYear", "Min", "jakarta.validation.constraints.Max.message", Map.of("value", 1900L)),
        Violation.of("Member", "birthYear", "Min", "jakarta.validation.constraints.Min.message", Map.of("value", 1901L)));
    // the same rule and message at another place: the field from the top of nested input
    Violation moved = v.at("Circle", "members[3].birthYear");
    assertEquals("Circle.members[3].birthYear: must be at least 1900", moved.message(Locale.ENGLISH));
    assertEquals("Circle.members[3].birthYear: moet minstens 1900 zijn", moved.message(DUTCH));
    assertEquals(List.of("Circle", "members[3].birthYear", "Min", Map.of("value", 1900L)),
        List.of(moved.type(), moved.path(), moved.rule(), moved.arguments()));
    ScopeDecision referral = ScopeDecision.refer(ReferralTarget.DISTRICT_NURSING, "personal-care");
    assertEquals("ScopeDecision{refer to DISTRICT_NURSING, personal-care}", referral.toString());
    assertEquals("ScopeDecision{in scope}", ScopeDecision.inScope().toString());
    assertValueSemantics(referral, ScopeDecision.refer(ReferralTarget.DISTRICT_NURSING, "personal-care"),
        ScopeDecision.refer(ReferralTarget.HOME_CARE, "personal-care"),
        ScopeDecision.refer(ReferralTarget.DISTRICT_NURSING, "nursing-care"), ScopeDecision.inScope());
    assertEquals("dit pakt de cirkel niet op: het hoort bij de thuiszorg",
        ScopeDecision.refer(ReferralTarget.HOME_CARE, "garden-service").reason(DUTCH));
    assertEquals("garden-service", ScopeDecision.refer(ReferralTarget.HOME_CARE, "garden-service").reasonCode());
  }

  /**
   * User test 13, M2: a reason code was any text, so a policy could pass the request's description
   * as its code and toString() and the lifecycle's events printed it. A code is now code-shaped.
   */
  @Test
  void aReasonCodeIsCodeShapedAndNeverFreeText() {
    for (String code : List.of("garden-service", "x", "wmo.garden-2", "a".repeat(60))) {
      assertEquals(code, ScopeDecision.refer(ReferralTarget.HOME_CARE, code).reasonCode());
    }
    for (String text : List.of("Zwaantje Pietersma GEHEIM", "mevrouw de vries", "Garden", "", " ",
        "garden--service", "-garden", "garden.", "tuin: Zwaan", "a".repeat(61))) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> ScopeDecision.refer(ReferralTarget.HOME_CARE, text), text);
      assertEquals("ScopeDecision.reasonCode: must be a code of lower-case letters and digits, words joined"
          + " by single hyphens or dots (such as garden-service), at most 60 characters; never free text"
          + " from the request", e.violations().get(0).message(Locale.ENGLISH));
      assertEquals("ScopeDecision.reasonCode: moet een code zijn van kleine letters en cijfers, woorden"
          + " verbonden door enkele koppeltekens of punten (zoals tuin-dienst), hoogstens 60 tekens; nooit"
          + " vrije tekst uit de hulpvraag", e.violations().get(0).message(DUTCH));
    }
    assertThrows(NullPointerException.class, () -> ScopeDecision.refer(ReferralTarget.HOME_CARE, null));
    // an event read back from elsewhere is held to the same rule
    InvalidValueException event = assertThrows(InvalidValueException.class, () -> new RequestEvent.Referred(
        NOW, Optional.empty(), ReferralTarget.HOME_CARE, "Zwaantje Pietersma"));
    assertFalse(event.getMessage().contains("Zwaantje"), event.getMessage());
  }

  @Test
  void theLedgerIsAValueAndChecksEveryPeriod() {
    HelpRecord record = HelpRecord.of(MemberId.of("m-1"), MemberId.of("m-2"), Capability.MEALS, NOW, Duration.ofHours(1));
    HelpLedger ledger = HelpLedger.empty().append(record);
    assertEquals("HelpLedger{records=1}", ledger.toString());
    assertValueSemantics(ledger, HelpLedger.of(List.of(record)), HelpLedger.empty(),
        HelpLedger.of(List.of(record.toString().isEmpty() ? record : HelpRecord.of(MemberId.of("m-1"),
            MemberId.of("m-2"), Capability.MEALS, NOW.plusSeconds(1), Duration.ofHours(1)))));
    assertThrows(IllegalArgumentException.class, () -> ledger.loads(NOW, NOW.minusNanos(1)));
    assertThrows(IllegalArgumentException.class, () -> ledger.receivedBy(MemberId.of("m-2"), NOW, NOW.minusNanos(1)));
    assertEquals(Map.of(), ledger.loads(NOW, NOW), "an empty period holds nothing");
    // help counts before an instant only if it started before it
    assertEquals(0, ledger.timesHelped(MemberId.of("m-1"), MemberId.of("m-2"), NOW));
    assertEquals(1, ledger.timesHelped(MemberId.of("m-1"), MemberId.of("m-2"), NOW.plusNanos(1)));
    assertEquals(Duration.ofHours(1), ledger.receivedBy(MemberId.of("m-2"), NOW, NOW.plusNanos(1)));
    assertEquals(Duration.ZERO, ledger.receivedBy(MemberId.of("m-2"), NOW.plusNanos(1), NOW.plusSeconds(9)));
  }

  @Test
  void aLifecycleIsAValueAndAsksEachHelperOnce() {
    RequestLifecycle asked = RequestLifecycle.open(Fixtures.request("r-1", "m-0").build())
        .ask(NOW, null, List.of(MemberId.of("m-1"), MemberId.of("m-1"), MemberId.of("m-2")));
    assertEquals(List.of(MemberId.of("m-1"), MemberId.of("m-2")), asked.pendingHelpers());
    RequestLifecycle again = asked.decline(NOW, MemberId.of("m-1")).ask(NOW, null, List.of(MemberId.of("m-1")));
    assertEquals(List.of(), again.declinedBy());
    assertEquals(List.of(MemberId.of("m-2"), MemberId.of("m-1")), again.pendingHelpers());
    assertValueSemantics(asked, RequestLifecycle.open(Fixtures.request("r-1", "m-0").build())
        .ask(NOW, null, List.of(MemberId.of("m-1"), MemberId.of("m-1"), MemberId.of("m-2"))), again,
        RequestLifecycle.open(Fixtures.request("r-1", "m-0").build()));
    assertEquals(Optional.empty(), asked.toHelpRecord());
  }

  @Test
  void windowsAndCirclesAnswerTheirQuestions() {
    TimeWindow window = TimeWindow.fixed(NOW, NOW.plusSeconds(60));
    assertFalse(window.flexible());
    assertTrue(window.contains(NOW) && window.contains(NOW.plusSeconds(59)));
    assertFalse(window.contains(NOW.minusNanos(1)) || window.contains(NOW.plusSeconds(60)));
    Circle circle = Fixtures.circle(3).build();
    assertEquals(Optional.of(circle.members().get(1)), circle.member(MemberId.of("m-1")));
    assertEquals(Optional.empty(), circle.member(MemberId.of("m-9")));
    Member left = circle.members().get(2).toBuilder().status(MemberStatus.LEFT).build();
    Circle changed = circle.withMember(left);
    assertEquals(3, changed.members().size());
    assertEquals(2, changed.membersOn(Fixtures.TODAY).size());
    assertEquals(4, circle.withMember(Fixtures.member("m-9").build()).members().size());
    assertEquals(MemberId.of("m-9"), circle.withMember(Fixtures.member("m-9").build()).members().get(3).id());
  }

  @Test
  void declaredRulesAreListedAndJsonWritesIdentifiersAsText() throws Exception {
    assertTrue(ModelValidator.declaredRules(Member.class).containsAll(List.of("displayName:NotBlank",
        "birthYear:Min", "phoneNumber:Pattern", "pausedUntil:Member.pausedUntilOnlyWhenPaused")));
    ObjectMapper mapper = CircleJson.newMapper();
    HelpRecord record = HelpRecord.builder().helper(MemberId.of("m-1")).recipient(MemberId.of("m-2"))
        .capability(Capability.MEALS).start(NOW).effort(Duration.ofMinutes(90)).request(RequestId.of("r-1")).build();
    assertEquals("{\"capability\":\"meals\",\"effort\":\"PT1H30M\",\"helper\":\"m-1\",\"recipient\":\"m-2\","
        + "\"request\":\"r-1\",\"start\":\"2026-11-26T09:00:00Z\"}", mapper.writeValueAsString(record));
    assertEquals(record, mapper.readValue(mapper.writeValueAsString(record), HelpRecord.class));
  }

  @Test
  void aMessageTableNeedsBothFiles() {
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> MessageTable.load(CoreValuesTest.class, name -> null));
    assertEquals("missing message table messages.properties beside " + CoreValuesTest.class.getName(),
        missing.getMessage());
    MessageTable table = MessageTable.load(MessageTable.class, name -> MessageTable.class.getResourceAsStream(name));
    assertEquals("moet ingevuld zijn", table.format("jakarta.validation.constraints.NotNull.message", DUTCH, Map.of()));
    assertEquals("no.such.key", table.format("no.such.key", DUTCH, Map.of()));
    assertTrue(table.has("csv.row") && !table.has("no.such.key"));
  }
}
