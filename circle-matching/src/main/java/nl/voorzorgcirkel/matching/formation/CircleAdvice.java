package nl.voorzorgcirkel.matching.formation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.voorzorgcirkel.core.internal.Arguments;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.Vitality;

/**
 * Advice for existing circles: whom to recruit, which candidates from a pool would fill the gaps
 * best, and when two small neighbouring circles should merge or a large one split.
 *
 * <p>Counted are the members in the circle on the given day. Needs, in this order: members to
 * reach the policy's minimum size; for each required capability, members who offer the kind of
 * help it names (read as {@link FormationPolicy#requiredCapabilities()} says); vital
 * members to reach the policy's share; connectors; and members under 75 when more than half are
 * 80 or older (an assumption: such a circle will soon carry more need than help). Stateless and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class CircleAdvice {

  private CircleAdvice() {}

  /**
   * Whom the circle should recruit.
   *
   * @param circle the circle, not null
   * @param on the day, not null
   * @param policy the policy to measure against, not null
   * @return the needs, in the order above; empty when the circle lacks nothing
   */
  public static List<RecruitNeed> needs(Circle circle, LocalDate on, FormationPolicy policy) {
    Objects.requireNonNull(circle, "circle");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(policy, "policy");
    List<Member> members = circle.membersOn(on);
    List<RecruitNeed> needs = new ArrayList<>();
    int size = members.size();
    if (size < policy.minSize()) {
      needs.add(new RecruitNeed("members", null, policy.minSize() - size));
    }
    for (Map.Entry<Capability, Integer> required : policy.requiredCapabilities().entrySet()) {
      long offering = members.stream().filter(m -> Evaluation.offers(m, required.getKey(), policy)).count();
      if (offering < required.getValue()) {
        needs.add(new RecruitNeed("capability", required.getKey(), (int) (required.getValue() - offering)));
      }
    }
    long vital = members.stream().filter(m -> m.vitality() == Vitality.VITAL).count();
    int target = Math.max(size, policy.minSize());
    long vitalNeeded = (long) Math.ceil(policy.minVitalShare() * target) - vital;
    if (vitalNeeded > 0) {
      needs.add(new RecruitNeed("vital", null, (int) vitalNeeded));
    }
    long connectors = members.stream().filter(m -> m.role() == Role.CONNECTOR).count();
    if (connectors < policy.connectors()) {
      needs.add(new RecruitNeed("connector", null, (int) (policy.connectors() - connectors)));
    }
    long old = members.stream().filter(m -> m.ageIn(on) >= 80).count();
    if (2 * old > size) {
      // younger members needed so that those of 80 and over are no longer the majority
      needs.add(new RecruitNeed("younger", null, (int) (2 * old - size)));
    }
    return needs;
  }

  /**
   * The candidates from a pool who could join the circle, best first: those who meet the most
   * needs, then those who live closest. A candidate qualifies if they are not already a member,
   * live within the policy's distance of every member, and neither avoids nor is avoided by a
   * member.
   *
   * @param circle the circle, not null
   * @param on the day, not null
   * @param pool the candidates, not null
   * @param policy the policy, not null
   * @param limit the most candidates to return, 1 or more
   * @return up to {@code limit} fits, best first; ties by candidate id
   */
  public static List<CandidateFit> bestCandidates(Circle circle, LocalDate on, List<Candidate> pool,
      FormationPolicy policy, int limit) {
    Arguments.atLeast(limit, 1, "CircleAdvice", "limit");
    List<RecruitNeed> needs = needs(circle, on, policy);
    List<Member> members = circle.membersOn(on);
    List<CandidateFit> fits = new ArrayList<>();
    for (Candidate candidate : pool) {
      Member c = candidate.member();
      if (circle.member(c.id()).isPresent()) {
        continue;
      }
      double farthest = 0;
      boolean compatible = true;
      for (Member m : members) {
        farthest = Math.max(farthest, m.home().distanceMetresTo(c.home()));
        compatible &= !m.avoids().contains(c.id()) && !c.avoids().contains(m.id());
      }
      if (!compatible || farthest > policy.maxDistanceMetres()) {
        continue;
      }
      List<String> meets = new ArrayList<>();
      for (RecruitNeed need : needs) {
        boolean meetsNeed;
        switch (need.kind()) {
          case "capability":
            meetsNeed = need.capabilityNeeded().map(needed -> Evaluation.offers(c, needed, policy)).orElse(false);
            break;
          case "vital":
            meetsNeed = c.vitality() == Vitality.VITAL;
            break;
          case "connector":
            meetsNeed = candidate.willingToConnect();
            break;
          case "younger":
            meetsNeed = c.ageIn(on) < 75;
            break;
          default:
            meetsNeed = true;
        }
        if (meetsNeed) {
          meets.add(need.capabilityNeeded().map(needed -> "capability:" + needed.code()).orElse(need.kind()));
        }
      }
      fits.add(new CandidateFit(c.id(), meets, farthest));
    }
    fits.sort(Comparator.comparingInt((CandidateFit f) -> -f.meets().size())
        .thenComparingDouble(CandidateFit::farthestMetres)
        .thenComparing(CandidateFit::candidate));
    return fits.subList(0, Math.min(limit, fits.size()));
  }

  /**
   * Which circles should merge or split: each circle below the minimum size is paired with the
   * neighbouring small circle that keeps the merged circle within the maximum size and distance
   * (closest first, each circle in at most one merge); each circle above the maximum size is
   * split in two around its two members who live farthest apart, each half at least the minimum.
   *
   * @param circles the circles, not null
   * @param on the day, not null
   * @param policy the policy, not null
   * @return the advice: merges first, then splits, in circle order
   */
  public static List<Restructuring> restructure(List<Circle> circles, LocalDate on, FormationPolicy policy) {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(policy, "policy");
    List<Circle> ordered = new ArrayList<>(circles);
    ordered.sort(Comparator.comparing(Circle::id));
    List<Restructuring> advice = new ArrayList<>();
    boolean[] used = new boolean[ordered.size()];
    for (int a = 0; a < ordered.size(); a++) {
      List<Member> ma = ordered.get(a).membersOn(on);
      if (used[a] || ma.size() >= policy.minSize()) {
        continue;
      }
      int best = -1;
      double bestFarthest = Double.POSITIVE_INFINITY;
      for (int b = 0; b < ordered.size(); b++) {
        List<Member> mb = ordered.get(b).membersOn(on);
        if (b == a || used[b] || mb.size() >= policy.targetSize() || ma.size() + mb.size() > policy.maxSize()) {
          continue;
        }
        List<Member> merged = new ArrayList<>(ma);
        merged.addAll(mb);
        double farthest = Evaluation.farthestApart(merged);
        if (farthest <= policy.maxDistanceMetres() && farthest < bestFarthest) {
          best = b;
          bestFarthest = farthest;
        }
      }
      if (best >= 0) {
        used[a] = true;
        used[best] = true;
        List<MemberId> group = new ArrayList<>(ids(ma));
        group.addAll(ids(ordered.get(best).membersOn(on)));
        group.sort(null);
        advice.add(new Restructuring("merge", List.of(ordered.get(a).id(), ordered.get(best).id()),
            List.of(group), bestFarthest));
      }
    }
    for (Circle circle : ordered) {
      List<Member> members = circle.membersOn(on);
      if (members.size() > policy.maxSize()) {
        List<List<Member>> halves = split(members, policy);
        advice.add(new Restructuring("split", List.of(circle.id()),
            List.of(ids(halves.get(0)), ids(halves.get(1))),
            Math.max(Evaluation.farthestApart(halves.get(0)), Evaluation.farthestApart(halves.get(1)))));
      }
    }
    return advice;
  }

  /**
   * Two halves around the two members farthest apart, the smaller half topped up to the minimum; each
   * half in order of pull, not of id (the advice sorts the ids).
   */
  static List<List<Member>> split(List<Member> members, FormationPolicy policy) {
    int n = members.size();
    int sa = 0;
    int sb = 0;
    double max = -1;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double d = members.get(i).home().distanceMetresTo(members.get(j).home());
        if (d > max) {
          max = d;
          sa = i;
          sb = j;
        }
      }
    }
    Member a = members.get(sa);
    Member b = members.get(sb);
    List<Member> byPull = new ArrayList<>(members);
    // order by how much closer to a than to b: the first half goes to a
    byPull.sort(Comparator.comparingDouble((Member m) -> m.home().distanceMetresTo(a.home())
        - m.home().distanceMetresTo(b.home())).thenComparing(Member::id));
    int cut = 0;
    while (cut < n && byPull.get(cut).home().distanceMetresTo(a.home())
        <= byPull.get(cut).home().distanceMetresTo(b.home())) {
      cut++;
    }
    cut = Math.max(policy.minSize(), Math.min(n - policy.minSize(), cut));
    return List.of(byPull.subList(0, cut), byPull.subList(cut, n));
  }

  private static List<MemberId> ids(List<Member> members) {
    List<MemberId> ids = new ArrayList<>();
    members.forEach(m -> ids.add(m.id()));
    ids.sort(null);
    return ids;
  }
}
