package nl.voorzorgcirkel.matching.formation;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.voorzorgcirkel.core.assessment.CircleHealthCheck;
import nl.voorzorgcirkel.core.model.BuildingId;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.CapabilityVocabulary;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.CircleId;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.core.model.Role;
import nl.voorzorgcirkel.core.model.Vitality;

/** Turns groups of candidates into circles with their breaches, and measures the whole. */
final class Evaluation {

  /** The neighbourhood of a circle none of whose candidates has one. */
  static final String UNKNOWN = "unknown";

  private Evaluation() {}

  /**
   * The result for groups formed from the candidates: each group a circle named after its
   * neighbourhood, everyone not in a group reported with the real reason.
   *
   * @param groups the circles' candidates, in the order formed
   * @param candidates the whole pool, sorted by id
   */
  static FormationResult result(List<List<Candidate>> groups, List<Candidate> candidates,
      FormationPolicy policy, LocalDate on) {
    List<FormedCircle> circles = new ArrayList<>();
    Map<String, Integer> perNeighbourhood = new HashMap<>();
    for (List<Candidate> group : groups) {
      String neighbourhood = neighbourhood(group);
      int number = perNeighbourhood.merge(neighbourhood, 1, Integer::sum);
      circles.add(circle(neighbourhood, number, group, policy, on));
    }
    List<NotPlaced> notPlaced = NotPlacedReasons.of(groups, candidates, policy);
    return new FormationResult(circles, notPlaced, quality(groups, circles, candidates, policy));
  }

  /** The neighbourhood most of the group lives in (ties alphabetically), or {@code unknown}. */
  static String neighbourhood(List<Candidate> group) {
    return commonNeighbourhood(group).orElse(UNKNOWN);
  }

  /** The neighbourhood most of the group lives in (ties alphabetically), if any is known. */
  static Optional<String> commonNeighbourhood(List<Candidate> group) {
    Map<String, Integer> votes = new TreeMap<>();
    for (Candidate c : group) {
      c.neighbourhood().ifPresent(name -> votes.merge(name, 1, Integer::sum));
    }
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> vote : votes.entrySet()) {
      if (vote.getValue() > most) {
        best = vote.getKey();
        most = vote.getValue();
      }
    }
    return Optional.ofNullable(best);
  }

  private static FormedCircle circle(String neighbourhood, int number, List<Candidate> group,
      FormationPolicy policy, LocalDate on) {
    List<Candidate> connectors = chooseConnectors(group, policy);
    Set<MemberId> connectorIds = new HashSet<>();
    connectors.forEach(c -> connectorIds.add(c.id()));
    boolean known = !neighbourhood.equals(UNKNOWN);
    Circle.Builder builder = Circle.builder()
        .id(CircleId.of((known ? slug(neighbourhood) : "circle") + "-" + number))
        .name(known ? abbreviate(neighbourhood, 100 - 1 - String.valueOf(number).length()) + " " + number
            : "Circle " + number)
        .neighbourhood(neighbourhood)
        .founded(on)
        .policy(nl.voorzorgcirkel.core.model.CirclePolicy.builder()
            .minSize(policy.minSize()).maxSize(policy.maxSize())
            .recommendedMinSize(policy.minSize()).recommendedMaxSize(policy.maxSize())
            .minConnectors(policy.connectors()).maxDistanceMetres(policy.maxDistanceMetres())
            .build());
    for (Candidate c : group) {
      Member m = c.member();
      Role role = connectorIds.contains(c.id()) ? Role.CONNECTOR : Role.MEMBER;
      builder.addMembers(m.role() == role && !m.joined().isAfter(on) ? m
          : m.toBuilder().role(role).joined(m.joined().isAfter(on) ? on : m.joined()).build());
    }
    Circle circle = builder.build();
    return new FormedCircle(circle, breaches(group, connectors.size(), policy),
        CircleHealthCheck.check(circle, on, policy.vocabulary()));
  }

  /** A name as an identifier: lower-case letters and digits without accents, joined by hyphens. */
  static String slug(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    plain = plain.length() > 50 ? plain.substring(0, 50).replaceAll("-+$", "") : plain;
    return plain.isEmpty() ? "circle" : plain;
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max).strip();
  }

  /** Willing candidates, vital first, then by id, up to the policy's number. */
  static List<Candidate> chooseConnectors(List<Candidate> group, FormationPolicy policy) {
    List<Candidate> willing = new ArrayList<>();
    for (Candidate c : group) {
      if (c.willingToConnect()) {
        willing.add(c);
      }
    }
    willing.sort(Comparator.comparing((Candidate c) -> c.member().vitality()).thenComparing(Candidate::id));
    return willing.subList(0, Math.min(policy.connectors(), willing.size()));
  }

  @SuppressWarnings("ReferenceEquality") // a pair of two different candidates of the group
  static List<PolicyBreach> breaches(List<Candidate> group, int connectors, FormationPolicy policy) {
    List<PolicyBreach> breaches = new ArrayList<>();
    if (group.size() < policy.minSize() || group.size() > policy.maxSize()) {
      breaches.add(new PolicyBreach("size", Map.of("size", group.size(), "min", policy.minSize(),
          "max", policy.maxSize())));
    }
    if (connectors < policy.connectors()) {
      breaches.add(new PolicyBreach("connectors", Map.of("connectors", connectors, "min", policy.connectors())));
    }
    double farthest = farthest(group);
    if (farthest > policy.maxDistanceMetres()) {
      breaches.add(new PolicyBreach("distance", Map.of("farthestMetres", Math.round(farthest),
          "maxMetres", policy.maxDistanceMetres())));
    }
    policy.requiredCapabilities().forEach((capability, needed) -> {
      int offering = offering(group, capability, policy);
      if (offering < needed) {
        breaches.add(new PolicyBreach("coverage", Map.of("capability", capability,
            "offerers", offering, "min", needed)));
      }
    });
    long vital = group.stream().filter(c -> c.member().vitality() == Vitality.VITAL).count();
    if (!group.isEmpty() && (double) vital / group.size() < policy.minVitalShare()) {
      breaches.add(new PolicyBreach("vitality", Map.of("vital", vital, "size", group.size(),
          "minPercent", Math.round(100 * policy.minVitalShare()))));
    }
    int avoided = 0;
    for (Candidate a : group) {
      for (Candidate b : group) {
        if (a != b && a.member().avoids().contains(b.id())) {
          avoided++;
        }
      }
    }
    if (avoided > 0) {
      breaches.add(new PolicyBreach("avoided-pair", Map.of("pairs", avoided)));
    }
    return breaches;
  }

  /**
   * Whether a member offers the kind of help a capability names, as the policy's vocabulary reads
   * both ({@link Member#offers(Capability, CapabilityVocabulary)}): the one reading of offers in
   * forming circles, so that a policy requiring {@code autorit} is met by members offering {@code
   * ride} and offers written {@code boodschappen} count for groceries and errands.
   */
  static boolean offers(Member member, Capability capability, FormationPolicy policy) {
    return member.offers(capability, policy.vocabulary());
  }

  static int offering(List<Candidate> group, Capability capability, FormationPolicy policy) {
    int n = 0;
    for (Candidate c : group) {
      if (offers(c.member(), capability, policy)) {
        n++;
      }
    }
    return n;
  }

  static double farthest(List<Candidate> group) {
    List<Member> members = new ArrayList<>(group.size());
    group.forEach(c -> members.add(c.member()));
    return farthestApart(members);
  }

  /** The largest distance between two members' homes, in metres; 0 for fewer than two. */
  static double farthestApart(List<Member> members) {
    double max = 0;
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        max = Math.max(max, members.get(i).home().distanceMetresTo(members.get(j).home()));
      }
    }
    return max;
  }


  private static FormationQuality quality(List<List<Candidate>> groups, List<FormedCircle> formed,
      List<Candidate> pool, FormationPolicy policy) {
    Map<MemberId, Integer> circleOf = new HashMap<>();
    int placed = 0;
    int meeting = 0;
    int covered = 0;
    int balanced = 0;
    int connected = 0;
    int mixed = 0;
    int smallest = groups.isEmpty() ? 0 : Integer.MAX_VALUE;
    int largest = 0;
    double distanceSum = 0;
    long pairs = 0;
    double max = 0;
    for (int g = 0; g < groups.size(); g++) {
      List<Candidate> group = groups.get(g);
      placed += group.size();
      smallest = Math.min(smallest, group.size());
      largest = Math.max(largest, group.size());
      Set<String> neighbourhoods = new HashSet<>();
      for (Candidate c : group) {
        circleOf.put(c.id(), g);
        c.neighbourhood().ifPresent(neighbourhoods::add);
      }
      mixed += neighbourhoods.size() > 1 ? 1 : 0;
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          double d = group.get(i).member().home().distanceMetresTo(group.get(j).member().home());
          distanceSum += d;
          pairs++;
          max = Math.max(max, d);
        }
      }
      List<PolicyBreach> breaches = formed.get(g).breaches();
      meeting += breaches.isEmpty() ? 1 : 0;
      covered += breaches.stream().noneMatch(b -> b.rule().equals("coverage")) ? 1 : 0;
      balanced += breaches.stream().noneMatch(b -> b.rule().equals("vitality")) ? 1 : 0;
      connected += breaches.stream().noneMatch(b -> b.rule().equals("connectors")) ? 1 : 0;
    }
    int wanted = 0;
    int honoured = 0;
    Map<BuildingId, Set<Integer>> buildingCircles = new TreeMap<>();
    Map<BuildingId, Integer> buildingSizes = new TreeMap<>();
    for (Candidate c : pool) {
      Integer mine = circleOf.get(c.id());
      for (MemberId other : c.wantsWith()) {
        Integer theirs = circleOf.get(other);
        if (mine != null && theirs != null) {
          wanted++;
          honoured += mine.equals(theirs) ? 1 : 0;
        }
      }
      if (mine != null && c.member().building().isPresent()) {
        buildingCircles.computeIfAbsent(c.member().building().get(), b -> new HashSet<>()).add(mine);
        buildingSizes.merge(c.member().building().get(), 1, Integer::sum);
      }
    }
    int buildings = 0;
    int together = 0;
    for (Map.Entry<BuildingId, Set<Integer>> building : buildingCircles.entrySet()) {
      int size = buildingSizes.getOrDefault(building.getKey(), 0);
      if (size >= 2 && size <= policy.maxSize()) {
        buildings++;
        together += building.getValue().size() == 1 ? 1 : 0;
      }
    }
    int n = groups.size();
    return new FormationQuality(pool.isEmpty() ? 0.0 : (double) placed / pool.size(), n,
        share(meeting, n), pairs == 0 ? 0.0 : distanceSum / pairs, max,
        share(covered, n), share(balanced, n), share(honoured, wanted), smallest, largest,
        share(connected, n), share(together, buildings), n == 0 ? 0.0 : (double) mixed / n, pool.size());
  }

  private static double share(int count, int of) {
    return of == 0 ? 1.0 : (double) count / of;
  }
}
