package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.s3403.diagnostics.diagnosis.Diagnoser;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Public scenarios collected live: each scenario's evidence served as AWS serves it, collected by the real
 * collectors with real SDK clients, and diagnosed. The collected bundle must lead to the scenario's own diagnosis.
 * The request itself (context keys, headers, how it was sent) is not in any AWS API, so it comes from the scenario, as
 * a user would give it. The collector runs as the read-only role in the bucket owner's account. Left out: p010, whose
 * principal is in another account than the bucket: that needs a collection in each account; and p007, whose KMS key is
 * named only in the request's headers, which no AWS API returns and collect has no option for yet.
 */
class CollectedScenariosTest {
  @RegisterExtension
  static WireMockExtension aws = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"p001", "p002", "p004", "p006", "p009", "p012"})
  void should_reproduce_the_scenarios_diagnosis_from_a_live_collection(String id) throws Exception {
    // GIVEN the scenario's evidence, as AWS would answer for it
    JsonNode s = JSON.readTree(Files.readString(Path.of("src/test/resources/scenarios/public/" + id + ".json")));
    new ScenarioAws(aws, 0).serve(s.get("bundle"));
    JsonNode request = s.at("/bundle/request");
    Target target = new Target(request.path("bucket").asText(), request.path("key").asText(null),
        request.path("principal").asText(null), request.path("operation").asText(null));
    // WHEN it is collected and diagnosed
    Collection.Result result;
    try (AwsContext ctx = AwsFake.context(aws)) {
      result = LiveCollection.of(Duration.ofSeconds(20), Clock.systemUTC()).run(ctx, target, line -> { });
    }
    ObjectNode collected = result.json().deepCopy();
    collected.set("request", request);
    var read = EvidenceReader.read(collected);
    then(read.errors()).as("the collected bundle reads back").isEmpty();
    Diagnosis d = new Diagnoser().diagnose(s.get("error").asText(), read.bundle());
    // THEN the diagnosis is the scenario's
    JsonNode expected = s.get("expected");
    List<String> ids = d.causes().stream().map(c -> c.info().id()).toList();
    String story = id + ": " + d.causes().stream().limit(5).map(c -> c.info().id() + "(" + c.status() + ")").toList()
        + " unavailable " + result.json().path("unavailable");
    then(ids).as(story).first().isEqualTo(expected.get("topCause").asText());
    if (expected.has("decision")) then(d.decision().wireName()).as(story).isEqualTo(expected.get("decision").asText());
    expected.path("alsoBlocking").forEach(a -> then(ids).as(story).contains(a.asText()));
  }
}
