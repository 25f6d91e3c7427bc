package dev.s3403.diagnostics.diagnosis;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.check.Check;
import dev.s3403.diagnostics.check.Checks;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Our own scenarios (scenarios/own), written from the taxonomy and AWS documentation: at least one per root cause. */
class OwnScenariosTest {

  static Stream<Path> scenarios() {
    return Scenarios.in("/scenarios/own");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void should_diagnose_as_the_scenario_expects(Path file) {
    // GIVEN an own scenario WHEN it is diagnosed THEN every expectation it states holds
    Scenarios.check(file.getFileName().toString(), Scenarios.read(file));
  }

  @Test
  void should_allow_the_request_after_every_verified_fix_of_every_scenario() {
    // GIVEN every own and public scenario with a bundle WHEN each verified fix is applied to the bundle as JSON
    int checked = Stream.concat(scenarios(), Scenarios.in("/scenarios/public"))
        .mapToInt(f -> Scenarios.checkVerifiedFixes(f.getFileName().toString(), Scenarios.read(f))).sum();
    // THEN each made the request allowed (asserted inside), and there were fixes to check
    then(checked).isGreaterThan(30);
  }

  @Test
  void should_have_a_scenario_whose_expected_cause_is_each_root_cause() {
    // GIVEN the own scenarios
    Set<String> covered = new HashSet<>();
    scenarios().map(Scenarios::read).forEach(s -> {
      covered.add(s.at("/expected/topCause").asText());
      covered.add(s.at("/expected/inTop3").asText());
    });
    // WHEN / THEN every check's id is some scenario's expected cause
    for (Check c : Checks.all()) then(covered).as("a scenario for " + c.info().id()).contains(c.info().id());
  }
}
