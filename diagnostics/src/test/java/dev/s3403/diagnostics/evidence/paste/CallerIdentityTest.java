package dev.s3403.diagnostics.evidence.paste;

import static dev.s3403.diagnostics.evidence.paste.Pastes.ROLE;
import static dev.s3403.diagnostics.evidence.paste.Pastes.SESSION;
import static dev.s3403.diagnostics.evidence.paste.Pastes.merged;
import static dev.s3403.diagnostics.evidence.paste.Pastes.principal;
import static dev.s3403.diagnostics.evidence.paste.Pastes.recognized;
import static dev.s3403.diagnostics.evidence.paste.Pastes.sample;
import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.evidence.Fact;
import dev.s3403.diagnostics.evidence.PrincipalInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CallerIdentityTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"get-caller-identity.json.txt", "get-caller-identity.text.txt", "get-caller-identity.table.txt"})
  void should_record_the_caller_and_its_role_when_get_caller_identity_is_pasted(String sample) {
    // GIVEN the output of get-caller-identity in one of its three forms
    String paste = sample(sample);

    // WHEN it is recognized and merged into an empty bundle
    var recognized = recognized(paste, Context.none());
    var bundle = merged(recognized);

    // THEN the session is the request's principal, and its role is known by account, type and unique id
    then(recognized.command()).isEqualTo("aws sts get-caller-identity");
    then(bundle.request().asOptional().orElseThrow().principal()).isEqualTo(Fact.known(SESSION));
    var role = principal(bundle, ROLE);
    then(role.account()).isEqualTo(Fact.known("111122223333"));
    then(role.type()).isEqualTo(Fact.known(PrincipalInfo.Type.ROLE));
    then(role.id()).isEqualTo(Fact.known("AROAQEXAMPLEID1234567"));
    then(role.identityPolicies().isUnknown()).isTrue();
    then(recognized.notes()).anyMatch(n -> n.contains("read as the caller of the failed request"));
  }

  @Test
  void should_key_the_role_as_the_bundle_knows_it_when_the_role_has_a_path() {
    // GIVEN a bundle that knows the role under its full ARN, with a path the session ARN does not show
    var known = Pastes.recognized(sample("get-role.json.txt"), Context.none()).evidence();

    // WHEN get-caller-identity is pasted
    var bundle = merged(recognized(sample("get-caller-identity.json.txt"), Context.none().withKnown(known)));

    // THEN the role is recorded under the known key, not a second, path-less one
    then(bundle.principals().asOptional().orElseThrow()).containsOnlyKeys("arn:aws:iam::111122223333:role/service/app");
  }

  @Test
  void should_read_a_user_arn_queried_on_its_own_when_the_command_line_says_so() {
    // GIVEN `--query Arn --output text` for an IAM user
    String paste = "$ aws sts get-caller-identity --query Arn --output text\narn:aws:iam::111122223333:user/alice\n";

    // WHEN it is recognized
    var bundle = merged(recognized(paste, Context.none()));

    // THEN the user is the caller, and is known to be a user of its account
    then(bundle.request().asOptional().orElseThrow().principal()).isEqualTo(Fact.known("arn:aws:iam::111122223333:user/alice"));
    var alice = principal(bundle, "arn:aws:iam::111122223333:user/alice");
    then(alice.type()).isEqualTo(Fact.known(PrincipalInfo.Type.USER));
    then(alice.account()).isEqualTo(Fact.known("111122223333"));
  }

  @Test
  void should_ask_for_the_command_line_when_a_bare_arn_is_pasted() {
    // GIVEN an ARN alone, which many commands print
    // WHEN it is recognized
    String why = Pastes.why("arn:aws:iam::111122223333:user/alice", Context.none());

    // THEN the user is asked for the command line
    then(why).isEqualTo("an ARN on its own: paste the command line too");
  }
}
