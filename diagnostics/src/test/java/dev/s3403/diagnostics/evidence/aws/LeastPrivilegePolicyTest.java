package dev.s3403.diagnostics.evidence.aws;

import static org.assertj.core.api.BDDAssertions.then;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** deploy/aws allows exactly what the collectors call, nothing that writes, and the role template agrees. */
class LeastPrivilegePolicyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DEPLOY = Path.of("../deploy/aws");

  @Test
  void should_allow_exactly_the_actions_the_collectors_call() throws IOException {
    // GIVEN the actions every collector declares, and the policy's CollectorReads statement
    Set<String> code = LiveCollection.actions();
    Set<String> policy = actions(JSON.readTree(DEPLOY.resolve("s3-403-read-only-policy.json").toFile()), "CollectorReads");
    // THEN they are the same set, in both directions
    then(policy).as("in the policy but called by no collector").isSubsetOf(code);
    then(code).as("called by a collector but not in the policy").isSubsetOf(policy);
  }

  @Test
  void should_hold_no_action_that_writes() throws IOException {
    JsonNode policy = JSON.readTree(DEPLOY.resolve("s3-403-read-only-policy.json").toFile());
    Set<String> all = new TreeSet<>();
    for (JsonNode s : policy.path("Statement")) all.addAll(actions(s));
    then(all).allSatisfy(a -> then(a).matches("[a-z0-9-]+:(Get|List|Describe|Lookup|Simulate)[A-Za-z]*|sts:AssumeRole"));
    then(all).noneMatch(a -> a.contains("*"));
    then(actions(JSON.readTree(DEPLOY.resolve("s3-403-read-only-policy.json").toFile()), "AssumeReadOnlyRolesInOtherAccounts"))
        .containsExactly("sts:AssumeRole");
  }

  @Test
  void should_give_the_cross_account_role_the_same_reads_and_trust_only_the_bot_with_the_external_id() throws IOException {
    JsonNode role = JSON.readTree(DEPLOY.resolve("read-only-role.cfn.json").toFile()).at("/Resources/ReadOnlyRole/Properties");
    JsonNode reads = role.at("/Policies/0/PolicyDocument");
    then(actions(reads, "CollectorReads")).isEqualTo(LiveCollection.actions());
    JsonNode trust = role.at("/AssumeRolePolicyDocument/Statement/0");
    then(trust.at("/Principal/AWS/Ref").asText()).isEqualTo("BotPrincipalArn");
    then(trust.at("/Condition/StringEquals/sts:ExternalId/Ref").asText()).isEqualTo("ExternalId");
  }

  private static Set<String> actions(JsonNode policy, String sid) {
    for (JsonNode s : policy.path("Statement")) {
      if (sid.equals(s.path("Sid").asText())) return actions(s);
    }
    throw new AssertionError("no statement " + sid);
  }

  private static Set<String> actions(JsonNode statement) {
    Set<String> out = new TreeSet<>();
    JsonNode a = statement.path("Action");
    if (a.isTextual()) out.add(a.asText());
    a.forEach(x -> out.add(x.asText()));
    return out;
  }
}
