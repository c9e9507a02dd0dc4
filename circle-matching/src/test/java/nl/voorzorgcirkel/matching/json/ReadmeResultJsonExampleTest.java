package nl.voorzorgcirkel.matching.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.voorzorgcirkel.core.ledger.HelpLedger;
import nl.voorzorgcirkel.core.model.Capability;
import nl.voorzorgcirkel.core.model.Circle;
import nl.voorzorgcirkel.core.model.HelpRequest;
import nl.voorzorgcirkel.core.model.Member;
import nl.voorzorgcirkel.core.model.MemberId;
import nl.voorzorgcirkel.matching.assignment.AssignmentPlan;
import nl.voorzorgcirkel.matching.assignment.BatchAssignment;
import nl.voorzorgcirkel.matching.ranking.Audience;
import nl.voorzorgcirkel.matching.ranking.CircleSnapshot;
import nl.voorzorgcirkel.matching.ranking.MatchingStrategies;
import nl.voorzorgcirkel.matching.ranking.Ranking;
import nl.voorzorgcirkel.testing.Fixtures;
import nl.voorzorgcirkel.testing.internal.ReadmeSnippets;
import org.junit.jupiter.api.Test;

/** Runs the README's result JSON example, and checks the README shows exactly this code. */
class ReadmeResultJsonExampleTest {

  private static final Path SELF =
      Path.of("src/test/java/nl/voorzorgcirkel/matching/json/ReadmeResultJsonExampleTest.java");

  @Test
  void theReadmeResultJsonExampleRuns() {
    // m-2 and m-6 offer groceries; the requester m-1 would rather not be helped by m-2
    Circle circle = Fixtures.circle(8).build();
    List<Member> members = new ArrayList<>(circle.members());
    members.set(1, members.get(1).toBuilder().addAvoids(MemberId.of("m-2")).build());
    CircleSnapshot snapshot = CircleSnapshot.at(circle.toBuilder().members(members).build(), HelpLedger.empty(),
        Fixtures.NOW);
    HelpRequest request = Fixtures.request("r-1", "m-1").build();
    Ranking ranking = MatchingStrategies.standard().rank(request, snapshot);
    AssignmentPlan plan = BatchAssignment.standard().plan(List.of(request), snapshot);

    // README-BEGIN
    ResultJson json = ResultJson.create(); // thread-safe: one for the whole service
    String forMembers = json.write(ranking, Audience.MEMBER); // private reasons only as "private"
    String forConnectors = json.write(ranking, Audience.CONNECTOR); // every reason and answer
    String planJson = json.write(plan, Audience.CONNECTOR);
    String schema = ResultJson.schema(RankingDocument.class); // serve it beside the documents

    // a client of this library reads every version up to the current one
    RankingDocument read = json.read(forMembers, RankingDocument.class);
    // README-END

    assertEquals(1, read.schemaVersion());
    assertTrue(forConnectors.contains("\"requester-preference\""), forConnectors);
    assertFalse(forMembers.contains("\"requester-preference\""), forMembers);
    assertTrue(schema.contains("\"$id\": \"https://voorzorgcirkel.nl/schemas/circle-matching/ranking-v1.schema.json\""));
    assertEquals(List.of(), Schemas.errors(AssignmentPlanDocument.class, planJson));
  }

  @Test
  void theReadmeShowsThisExampleVerbatim() throws IOException {
    ReadmeSnippets.assertReadmeShows(SELF);
  }

  /** The document the README shows is what the library writes. */
  @Test
  void theReadmeShowsARealDocument() throws IOException {
    HelpRequest care = Fixtures.request("r-9", "m-1").capability(Capability.of("showering")).build();
    String document = ResultJson.create().write(MatchingStrategies.standard()
        .rank(care, CircleSnapshot.at(Fixtures.circle(3).build(), HelpLedger.empty(), Fixtures.NOW)), Audience.MEMBER);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains(document), "README.md must show:\n" + document);
  }
}
