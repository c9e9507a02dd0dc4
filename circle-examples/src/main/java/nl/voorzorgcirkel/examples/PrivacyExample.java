package nl.voorzorgcirkel.examples;

import java.io.PrintStream;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.assessment.CircleHealthCheck;
import nl.voorzorgcirkel.core.assessment.HealthReport;
import nl.voorzorgcirkel.core.audit.AuditTrail;
import nl.voorzorgcirkel.core.consent.ConsentRecord;
import nl.voorzorgcirkel.core.consent.ConsentRegister;
import nl.voorzorgcirkel.core.consent.DataPolicy;
import nl.voorzorgcirkel.core.consent.LawfulBasis;
import nl.voorzorgcirkel.core.consent.Purpose;
import nl.voorzorgcirkel.core.consent.Reader;
import nl.voorzorgcirkel.core.erasure.Erasure;
import nl.voorzorgcirkel.core.export.CircleRecords;
import nl.voorzorgcirkel.core.export.ResearchExport;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;

/**
 * For platform developers: consent recorded per member and purpose, the health check that reads
 * vitality only with consent, the erasure of a member who asks for it (totals unchanged), and the
 * pseudonymised research export.
 */
public final class PrivacyExample {

  private PrivacyExample() {}

  /**
   * Runs the example on the sample circle.
   *
   * @param today the day, not null
   * @param locale the language of the health reports, not null
   * @param out where to print, not null
   * @return the circle's ledger after erasure, for the test
   */
  public static HelpLedger run(LocalDate today, Locale locale, PrintStream out) {
    Instant now = today.atTime(12, 0).toInstant(ZoneOffset.UTC);
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    Circle circle = SampleCircles.muziekwijk(today);
    HelpLedger ledger = SampleCircles.lastMonth(circle, now);
    MemberId connector = circle.connectorsOn(today).get(0).id();

    // everyone takes part under the circle's agreement; half consent to vitality and research
    ConsentRegister consents = ConsentRegister.empty();
    AuditTrail audit = AuditTrail.empty();
    List<Member> members = circle.members();
    for (int i = 0; i < members.size(); i++) {
      MemberId id = members.get(i).id();
      List<ConsentRecord> records = i % 2 == 0
          ? List.of(ConsentRecord.given(id, Purpose.TAKING_PART, LawfulBasis.CONTRACT, today, connector),
              ConsentRecord.given(id, Purpose.VITALITY, LawfulBasis.EXPLICIT_CONSENT, today, connector),
              ConsentRecord.given(id, Purpose.RESEARCH, LawfulBasis.CONSENT, today, connector))
          : List.of(ConsentRecord.given(id, Purpose.TAKING_PART, LawfulBasis.CONTRACT, today, connector));
      for (ConsentRecord record : records) {
        audit = audit.consentRecorded(clock, consents, record);
        consents = consents.with(record);
      }
    }
    HealthReport health = CircleHealthCheck.check(circle, today,
        DataPolicy.standard().access(Reader.HEALTH_CHECK, consents));
    out.print(health.toText(locale));

    // a member asks to be erased: a pseudonym takes their place, the totals stay
    MemberId leaving = members.get(members.size() - 1).id();
    Erasure erasure = Erasure.of(leaving, MemberId.of("erased-1"));
    Circle after = erasure.applyTo(circle);
    HelpLedger kept = erasure.applyTo(ledger);
    ConsentRegister keptConsents = erasure.applyTo(consents);
    AuditTrail keptAudit = erasure.applyTo(audit);
    Duration before = total(ledger, now);
    out.println("erased: " + (circle.members().size() - after.members().size()) + " member, help "
        + before.toMinutes() + " min before, " + total(kept, now).toMinutes() + " min after, "
        + keptAudit.entries().size() + " audit entries kept, " + keptConsents.records().size()
        + " consent records kept");

    // the research export: pseudonyms, neighbourhood, age bands, groups below k = 3 suppressed
    ResearchExport.ResearchTable table = ResearchExport.of(3, DataPolicy.standard(), 2026L)
        .export(List.of(new CircleRecords(after, kept, keptConsents)), today,
            now.minus(Duration.ofDays(28)), now);
    StringWriter csv = new StringWriter();
    table.writeCsv(csv);
    out.print(csv);
    out.println(table);
    return kept;
  }

  private static Duration total(HelpLedger ledger, Instant now) {
    return ledger.loads(now.minus(Duration.ofDays(3650)), now).values().stream()
        .reduce(Duration.ZERO, Duration::plus);
  }
}
