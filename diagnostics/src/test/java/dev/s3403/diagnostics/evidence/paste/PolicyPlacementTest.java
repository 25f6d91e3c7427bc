package dev.s3403.diagnostics.evidence.paste;

import static dev.s3403.diagnostics.evidence.paste.Pastes.BUCKET;
import static dev.s3403.diagnostics.evidence.paste.Pastes.KEY_ARN;
import static dev.s3403.diagnostics.evidence.paste.Pastes.ROLE;
import static dev.s3403.diagnostics.evidence.paste.Pastes.SESSION;
import static dev.s3403.diagnostics.evidence.paste.Pastes.bucket;
import static dev.s3403.diagnostics.evidence.paste.Pastes.kmsKey;
import static dev.s3403.diagnostics.evidence.paste.Pastes.merged;
import static dev.s3403.diagnostics.evidence.paste.Pastes.principal;
import static dev.s3403.diagnostics.evidence.paste.Pastes.recognized;
import static dev.s3403.diagnostics.evidence.paste.Pastes.sample;
import static dev.s3403.diagnostics.evidence.paste.Pastes.why;
import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.evidence.EvidenceReader;
import dev.s3403.diagnostics.evidence.Fact;
import dev.s3403.diagnostics.evidence.VpcEndpointInfo;
import org.junit.jupiter.api.Test;

/** Policies whose output does not say where they belong: bare documents, SCPs, endpoint policies. */
class PolicyPlacementTest {
  private static final String RESOURCE_POLICY = """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/app"},
        "Action": "s3:GetObject", "Resource": "arn:aws:s3:::acme-reports/*"}]}
      """;
  private static final String KEY_POLICY = """
      {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:role/app"},
        "Action": ["kms:Decrypt", "kms:GenerateDataKey"], "Resource": "*"}]}
      """;
  private static final String SCP = "arn:aws:organizations::999988887777:policy/o-exampleorgid/service_control_policy/p-examplepolicyid111";
  private static final String VPCE = "vpce-0a1b2c3d4e5f60789";

  @Test
  void should_read_a_bare_policy_without_principal_as_an_identity_policy_of_the_conversation_principal() {
    // GIVEN a policy document on its own, naming no Principal, in a conversation about a session of role `app`
    // WHEN it is recognized
    var recognized = recognized(sample("policy-document.identity.txt"), Context.none().withPrincipal(SESSION).withBucket(BUCKET));

    // THEN it is one identity policy of the role, and the note says why it went there
    then(recognized.command()).isEqualTo("an IAM policy document");
    var bundle = merged(recognized);
    then(principal(bundle, ROLE).identityPolicies().asOptional().orElseThrow()).singleElement()
        .satisfies(p -> then(p.document().asOptional().orElseThrow().json().at("/Statement/0/Sid").asText()).isEqualTo("ReadReports"));
    then(bundle.buckets().isUnknown()).isTrue();
    then(recognized.notes()).containsExactly(
        "read as an identity policy of `" + ROLE + "`: it names no `Principal`; the principal may have others");
  }

  @Test
  void should_read_a_bare_policy_with_principal_as_the_conversation_bucket_policy() {
    // GIVEN a document naming a Principal and S3 actions, in a conversation about a bucket and a key
    // WHEN it is recognized
    var recognized = recognized(RESOURCE_POLICY, Context.none().withBucket(BUCKET).withKmsKey(KEY_ARN));

    // THEN it is the bucket's policy
    var bundle = merged(recognized);
    then(bucket(bundle, BUCKET).policy().isKnown()).isTrue();
    then(bundle.kmsKeys().isUnknown()).isTrue();
    then(recognized.notes()).containsExactly("read as the bucket policy of `acme-reports`: it names a `Principal`");
  }

  @Test
  void should_read_a_bare_policy_with_principal_and_only_kms_actions_as_the_key_policy() {
    // GIVEN a document naming a Principal and only KMS actions
    // WHEN it is recognized, the conversation knowing a bucket and a key
    var bundle = merged(recognized(KEY_POLICY, Context.none().withBucket(BUCKET).withKmsKey(KEY_ARN)));

    // THEN it is the key's policy
    then(kmsKey(bundle, KEY_ARN).policy().isKnown()).isTrue();
    then(bundle.buckets().isUnknown()).isTrue();
  }

  @Test
  void should_ask_whose_policy_it_is_when_the_conversation_knows_no_subject() {
    // GIVEN bare documents and a conversation that knows nothing
    // WHEN they are recognized
    // THEN each reason says which subject is missing
    then(why(RESOURCE_POLICY, Context.none()))
        .isEqualTo("a resource policy (it names a `Principal`), but of which bucket? paste the command line too");
    then(why(sample("policy-document.identity.txt"), Context.none()))
        .isEqualTo("an identity policy (it names no `Principal`), but whose? paste the command line too");
  }

  @Test
  void should_route_a_bare_policy_by_its_command_line_when_the_command_queried_the_document() {
    // GIVEN an identity-looking document printed by `get-policy-version --query PolicyVersion.Document`
    String paste = "$ aws iam get-policy-version --policy-arn arn:aws:iam::111122223333:policy/ReadReports "
        + "--version-id v2 --query PolicyVersion.Document\n" + sample("policy-document.identity.txt");

    // WHEN it is recognized
    var recognized = recognized(paste, Context.none().withPrincipal(SESSION));

    // THEN it is that managed policy, attached to the role
    then(recognized.command()).isEqualTo("aws iam get-policy-version");
    then(principal(merged(recognized), ROLE).identityPolicies().asOptional().orElseThrow()).singleElement()
        .satisfies(p -> then(p.arn()).isEqualTo(Fact.known("arn:aws:iam::111122223333:policy/ReadReports")));
  }

  @Test
  void should_fill_the_scp_document_where_the_known_organization_lists_it() {
    // GIVEN an account whose organization lists the SCP at the account level, document unknown
    var known = EvidenceReader.read("""
        {"format": "s3-403/evidence@1", "accounts": {"111122223333": {"organization": {"id": "o-exampleorgid",
          "scps": [{"target": "r-ab12", "policies": [{"name": "FullAWSAccess",
                     "arn": "arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess", "document": {"Statement": []}}]},
                   {"target": "111122223333", "policies": [{"name": "DenyOutsideRegions", "arn": "%s"}]}]}}}}
        """.formatted(SCP)).bundle();

    // WHEN describe-policy is pasted
    var recognized = recognized(sample("describe-policy.json.txt"), Context.none().withKnown(known));
    var scps = merged(recognized).accounts().asOptional().orElseThrow().get("111122223333")
        .organization().asOptional().orElseThrow().scps().asOptional().orElseThrow();

    // THEN the account level's policy has its document; the root level is as it was
    then(scps).hasSize(2);
    var policy = scps.get(1).policies().asOptional().orElseThrow().getFirst();
    then(policy.document().asOptional().orElseThrow().json().at("/Statement/0/Effect").asText()).isEqualTo("Deny");
    then(scps.get(0).policies().asOptional().orElseThrow().getFirst().name()).isEqualTo(Fact.known("FullAWSAccess"));
    then(recognized.notes()).containsExactly("the document of `DenyOutsideRegions` filled in `scps` of account 111122223333");
  }

  @Test
  void should_refuse_an_scp_nobody_knows_the_attachment_of() {
    // GIVEN describe-policy, and no known organization levels
    // WHEN it is recognized
    // THEN placing it at a guessed level is refused, with the commands that would tell
    then(why(sample("describe-policy.json.txt"), Context.none())).startsWith(
        "the organization policy `DenyOutsideRegions`, but the evidence does not say where it is attached");
  }

  @Test
  void should_record_each_endpoint_with_its_decoded_policy_when_describe_vpc_endpoints_is_pasted() {
    // GIVEN describe-vpc-endpoints of one gateway endpoint for S3
    // WHEN it is recognized
    var endpoint = merged(recognized(sample("describe-vpc-endpoints.json.txt"), Context.none()))
        .vpcEndpoints().asOptional().orElseThrow().get(VPCE);

    // THEN the endpoint's account, service, type and policy are known
    then(endpoint.account()).isEqualTo(Fact.known("111122223333"));
    then(endpoint.service()).isEqualTo(Fact.known("com.amazonaws.us-east-1.s3"));
    then(endpoint.type()).isEqualTo(Fact.known(VpcEndpointInfo.Type.GATEWAY));
    then(endpoint.policy().asOptional().orElseThrow().json().at("/Statement/0/Action/0").asText()).isEqualTo("s3:GetObject");
  }

  @Test
  void should_put_a_queried_endpoint_policy_on_the_endpoint_named_in_the_command_line() {
    // GIVEN `--query "VpcEndpoints[].PolicyDocument" --output text`, which prints the policy alone
    String paste = """
        $ aws ec2 describe-vpc-endpoints --vpc-endpoint-ids vpce-0a1b2c3d4e5f60789 --query "VpcEndpoints[].PolicyDocument" --output text
        {"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"}]}
        """;

    // WHEN it is recognized
    var endpoint = merged(recognized(paste, Context.none())).vpcEndpoints().asOptional().orElseThrow().get(VPCE);

    // THEN only the endpoint's policy is known
    then(endpoint.policy().asOptional().orElseThrow().json().at("/Statement/0/Action").asText()).isEqualTo("*");
    then(endpoint.type().isUnknown()).isTrue();
  }
}
