package dev.s3403.diagnostics.diagnosis;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s3403.diagnostics.check.Status;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Our own scenarios, at least one per root-cause id: how many the diagnosis gets right, and which not. */
class OwnScenariosTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void should_report_how_many_own_scenarios_agree() throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getResource("/scenarios/own").toURI());
    List<String> failures = new ArrayList<>();
    int total = 0;
    int withBundle = 0;
    int bundleTop = 0;
    int textOnly = 0;
    int textTop3 = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        JsonNode s = JSON.readTree(f.toFile());
        total++;
        Bundle bundle = s.has("bundle") ? EvidenceReader.read(s.get("bundle")).bundle() : Bundle.empty();
        Diagnosis d = new Diagnoser().diagnose(s.get("error").asText(), bundle);
        List<String> ids = d.causes().stream().map(c -> c.info().id()).toList();
        JsonNode e = s.get("expected");
        List<String> wrong = new ArrayList<>();
        if (e.has("topCause")) {
          withBundle++;
          if (!ids.isEmpty() && ids.getFirst().equals(e.get("topCause").asText())) bundleTop++;
          else wrong.add("top " + (ids.isEmpty() ? "none" : ids.getFirst()) + " != " + e.get("topCause").asText());
        }
        if (e.has("inTop3")) {
          textOnly++;
          if (ids.subList(0, Math.min(3, ids.size())).contains(e.get("inTop3").asText())) textTop3++;
          else wrong.add("top3 " + ids.subList(0, Math.min(3, ids.size())) + " lacks " + e.get("inTop3").asText());
        }
        if (e.has("decision") && !d.decision().wireName().equals(e.get("decision").asText())) {
          wrong.add("decision " + d.decision().wireName() + " != " + e.get("decision").asText());
        }
        e.path("alsoBlocking").forEach(a -> {
          if (!ids.contains(a.asText())) wrong.add("missing alsoBlocking " + a.asText());
        });
        e.path("notCauses").forEach(n -> {
          if (d.causes().stream().anyMatch(c -> c.info().id().equals(n.asText())
              && (c.status() == Status.CONFIRMED || c.status() == Status.LIKELY))) wrong.add("notCause ranked " + n.asText());
        });
        if (!wrong.isEmpty()) failures.add(f.getFileName() + ": " + wrong);
      }
    }
    System.out.printf("own scenarios: %d; with bundle %d/%d top cause; text-only %d/%d in top 3; %d with any miss%n",
        total, bundleTop, withBundle, textTop3, textOnly, failures.size());
    failures.forEach(System.out::println);
    then(total).isGreaterThanOrEqualTo(75);
  }
}
