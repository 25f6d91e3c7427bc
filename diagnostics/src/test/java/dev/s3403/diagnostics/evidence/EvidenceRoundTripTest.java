package dev.s3403.diagnostics.evidence;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EvidenceRoundTripTest {

  static List<Scenarios.Scenario> scenarios() {
    return Scenarios.all();
  }

  static List<Scenarios.Scenario> bundles() {
    return Scenarios.withBundles();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void should_write_back_the_same_json_tree_when_reading_a_public_scenario_bundle(Scenarios.Scenario scenario) {
    // GIVEN a public scenario; the text-only ones (p018, p019) stand for "no bundle" with the empty bundle
    var input = scenario.bundle() != null ? scenario.bundle() : Scenarios.JSON.createObjectNode().put("format", Bundle.FORMAT);

    // WHEN it is read and written again
    var read = EvidenceReader.read(input);
    var written = EvidenceWriter.write(read.bundle());

    // THEN nothing was wrong with it, and the JSON tree is unchanged
    then(read.errors()).isEmpty();
    then(read.warnings()).isEmpty();
    then(written).isEqualTo(input);
  }

  @Test
  void should_find_bundles_in_eighteen_of_the_twenty_public_scenarios() {
    // GIVEN the public scenarios
    // WHEN those with a bundle are picked
    var withBundles = Scenarios.withBundles();

    // THEN all but the two text-only scenarios carry one, so the round trip above covers eighteen real bundles
    then(withBundles).extracting(Scenarios.Scenario::id).hasSize(18).doesNotContain("p018", "p019");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundles")
  void should_read_the_same_bundle_when_reading_what_was_written(Scenarios.Scenario scenario) {
    // GIVEN a public scenario bundle read once
    var first = EvidenceReader.read(scenario.bundle()).bundle();

    // WHEN its written form is read again
    var second = EvidenceReader.read(EvidenceWriter.write(first)).bundle();

    // THEN the records are equal, policy documents included
    then(second).isEqualTo(first);
  }
}
