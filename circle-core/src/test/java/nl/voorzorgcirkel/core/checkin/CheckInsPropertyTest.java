package nl.voorzorgcirkel.core.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.Props;
import nl.voorzorgcirkel.testing.RandomModel;
import nl.voorzorgcirkel.core.contact.ContactKind;
import nl.voorzorgcirkel.core.contact.ContactLog;
import nl.voorzorgcirkel.core.contact.ContactSignal;
import nl.voorzorgcirkel.core.model.Absence;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.WeeklyAvailability;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's check-in properties, over random circles, agreements, absences and contacts, day by
 * day: members away or opted out never appear; a member appears at most once a day; every quiet
 * spell longer than the agreement appears on each of its days from the threshold on, with the same
 * start, and is gone from the day of the next contact; each step of a spell is new exactly once.
 */
class CheckInsPropertyTest {

  private static final ZoneId ZONE = WeeklyAvailability.DEFAULT_ZONE;
  private static final LocalDate FIRST = LocalDate.of(2026, 10, 1);

  /** A random life of a circle over {@code days} days. */
  private static final class World {
    final Circle circle;
    final CheckIns checkIns;
    final Set<MemberId> optedOut = new HashSet<>();
    final ContactLog contacts;
    /** Per member, the days with a contact. */
    final Map<MemberId, Set<LocalDate>> contactDays = new HashMap<>();

    World(long seed, int size, int days) {
      RandomModel random = new RandomModel(seed);
      Circle.Builder circle = Fixtures.circle(0);
      List<Member> members = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        Member.Builder m = Fixtures.member("m-" + i).joined(FIRST.minusDays(1))
            .role(i < 2 ? Role.CONNECTOR : Role.MEMBER);
        for (int a = 0, n = random.between(0, 2); a < n; a++) {
          LocalDate from = FIRST.plusDays(random.between(0, days));
          m.addAbsences(Absence.of(from, from.plusDays(random.between(0, 8))));
        }
        members.add(m.build());
      }
      this.circle = circle.members(members).build();
      List<CheckInAgreement> agreements = new ArrayList<>();
      for (Member m : members) {
        if (random.chance(0.8)) {
          CheckInAgreement.Builder a = CheckInAgreement.builder().member(m.id());
          int buddyAfter = random.between(1, 5);
          a.buddyAfterDays(buddyAfter).connectorAfterDays(buddyAfter + random.between(1, 5));
          if (random.chance(0.5)) {
            // an agreement made during the run (user test 4, G7): nothing counts before it
            a.start(FIRST.plusDays(random.between(-3, days)));
          }
          if (random.chance(0.7)) {
            MemberId buddy = MemberId.of("m-" + random.between(0, size - 1));
            if (!buddy.equals(m.id())) {
              a.buddy(buddy);
            }
          }
          agreements.add(a.build());
        }
      }
      CheckIns all = CheckIns.of(agreements);
      for (CheckInAgreement a : agreements) {
        if (random.chance(0.2)) {
          optedOut.add(a.member());
          all = all.optOut(a.member());
        }
      }
      this.checkIns = all;
      double rate = random.between(5, 50) / 100.0;
      List<ContactSignal> signals = new ArrayList<>();
      for (int d = 0; d < days; d++) {
        LocalDate day = FIRST.plusDays(d);
        for (Member m : members) {
          if (random.chance(rate)) {
            java.time.Instant at = day.atTime(random.between(0, 23), random.between(0, 59))
                .atZone(ZONE).toInstant();
            MemberId other = MemberId.of("m-" + random.between(0, size - 1));
            ContactSignal s = other.equals(m.id()) || random.chance(0.5)
                ? ContactSignal.of(m.id(), at, random.pick(ContactKind.class))
                : ContactSignal.call(m.id(), at, other);
            signals.add(s);
            contactDays.computeIfAbsent(m.id(), k -> new HashSet<>()).add(day);
            s.with().ifPresent(w -> contactDays.computeIfAbsent(w, k -> new HashSet<>()).add(day));
          }
        }
      }
      this.contacts = ContactLog.of(signals);
    }

    boolean contactOn(MemberId member, LocalDate day) {
      return contactDays.getOrDefault(member, Set.of()).contains(day);
    }

    boolean awayOn(MemberId member, LocalDate day) {
      return circle.member(member).orElseThrow().absences().stream().anyMatch(a -> a.includes(day));
    }
  }

  @Test
  void quietSpellsAreListedOnceEachDayFromTheThresholdUntilTheNextContact() {
    Props.property("check-ins-quiet-spells", 300)
        .forAll(longs().all(), integers().between(2, 8), integers().between(10, 60))
        .checkAssert((seed, size, days) -> {
          World world = new World(seed, size, days);
          // per member, the day counting began, stepped day by day: a contact or a day away
          Map<MemberId, LocalDate> since = new HashMap<>();
          Map<MemberId, Optional<CheckInCall>> yesterday = new HashMap<>();
          for (Member m : world.circle.members()) {
            since.put(m.id(), m.joined());
            yesterday.put(m.id(), Optional.empty());
          }
          for (int d = 0; d < days; d++) {
            LocalDate day = FIRST.plusDays(d);
            List<CheckInCall> calls = world.checkIns.due(world.circle, world.contacts, day, ZONE);
            Map<MemberId, CheckInCall> byMember = new HashMap<>();
            for (CheckInCall call : calls) {
              assertTrue(byMember.put(call.member(), call) == null, "listed twice: " + call);
            }
            for (Member m : world.circle.members()) {
              MemberId id = m.id();
              boolean away = world.awayOn(id, day);
              if (away || world.contactOn(id, day)) {
                since.put(id, day);
              }
              CheckInCall call = byMember.get(id);
              Optional<CheckInAgreement> agreement = world.checkIns.agreement(id);
              Optional<LocalDate> start = agreement.flatMap(CheckInAgreement::start);
              if (start.isPresent() && !start.get().isAfter(day) && start.get().isAfter(since.get(id))) {
                since.put(id, start.get());
              }
              if (start.isPresent() && start.get().isAfter(day)) {
                // before its start an agreement counts from today: nobody is listed
                assertEquals(null, call, "listed before the agreement's start: " + id);
                yesterday.put(id, Optional.empty());
                continue;
              }
              if (agreement.isEmpty() || away) {
                assertEquals(null, call, "opted out, never opted in, or away: " + id);
                yesterday.put(id, Optional.empty());
                continue;
              }
              long quiet = java.time.temporal.ChronoUnit.DAYS.between(since.get(id), day);
              int threshold = agreement.get().buddy().isPresent()
                  ? agreement.get().buddyAfterDays() : agreement.get().connectorAfterDays();
              assertEquals(quiet >= threshold, call != null,
                  id + " quiet " + quiet + " days, threshold " + threshold + ", got " + call);
              if (call == null) {
                yesterday.put(id, Optional.empty());
                continue;
              }
              assertEquals(since.get(id), call.quietSince());
              assertEquals(quiet, call.daysQuiet());
              assertFalse(call.reachedOn().isAfter(day));
              Optional<CheckInCall> before = yesterday.get(id);
              boolean sameSpell = before.isPresent()
                  && before.get().quietSince().equals(call.quietSince());
              boolean sameStep = sameSpell && before.get().escalation() == call.escalation();
              // a spell, once listed, stays listed every day until a contact (or a day away)
              // and each run of one step is new on its first day only
              assertEquals(!sameStep, call.isNewToday(), "new: " + call + " after " + before);
              if (sameStep) {
                assertEquals(before.get().reachedOn(), call.reachedOn());
              }
              if (call.escalation() == Escalation.BUDDY) {
                assertEquals(List.of(agreement.get().buddy().orElseThrow()), call.callers());
              } else {
                assertFalse(call.callers().contains(id));
                assertTrue(call.callers().stream().allMatch(c -> world.circle.member(c)
                    .orElseThrow().role() == Role.CONNECTOR));
              }
              yesterday.put(id, Optional.of(call));
            }
          }
        });
  }

  @Test
  void aContactClearsTheSpellThatDayAndOptingOutRemovesTheMemberForGood() {
    Props.property("check-ins-cleared-by-contact", 300)
        .forAll(longs().all(), integers().between(2, 8), integers().between(10, 40))
        .checkAssert((seed, size, days) -> {
          World world = new World(seed, size, days);
          LocalDate last = FIRST.plusDays(days - 1);
          for (CheckInCall call : world.checkIns.due(world.circle, world.contacts, last, ZONE)) {
            ContactLog after = world.contacts.with(ContactSignal.checkIn(call.member(),
                last.atTime(23, 59).atZone(ZONE).toInstant(),
                call.callers().isEmpty() ? MemberId.of("x-caller") : call.callers().get(0)));
            assertTrue(world.checkIns.due(world.circle, after, last, ZONE).stream()
                .noneMatch(c -> c.member().equals(call.member())), "still listed: " + call);
            CheckIns optedOut = world.checkIns.optOut(call.member());
            for (int d = 0; d < days; d++) {
              assertTrue(optedOut.due(world.circle, world.contacts, FIRST.plusDays(d), ZONE).stream()
                  .noneMatch(c -> c.member().equals(call.member())));
            }
          }
        });
  }
}
