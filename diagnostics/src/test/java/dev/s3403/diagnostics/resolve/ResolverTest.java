package dev.s3403.diagnostics.resolve;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.actions.RequiredAction;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import dev.s3403.diagnostics.parse.ErrorParser;
import org.junit.jupiter.api.Test;

/** The request a diagnosis is about, from the error text and the evidence. */
class ResolverTest {
  private static final String GET = "An error occurred (AccessDenied) when calling the GetObject operation: User: "
      + "arn:aws:sts::111122223333:assumed-role/app/s1 is not authorized to perform: s3:GetObject on resource: "
      + "\"arn:aws:s3:::acme/2024/q1.csv\" because no identity-based policy allows the s3:GetObject action";

  private static ResolvedRequest resolve(String text, String bundle) {
    var read = EvidenceReader.read(bundle);
    then(read.errors()).isEmpty();
    return Resolver.resolve(new ErrorParser().parse(text), read.bundle());
  }

  @Test
  void should_take_everything_from_the_text_when_the_bundle_is_empty() {
    // GIVEN / WHEN
    var r = resolve(GET, "{\"format\":\"s3-403/evidence@1\"}");
    // THEN the principal, bucket and operation are the text's, and the bucket's account is unknown
    then(r.principal()).isEqualTo("arn:aws:sts::111122223333:assumed-role/app/s1");
    then(r.principalAccount()).isEqualTo("111122223333");
    then(r.bucket()).isEqualTo("acme");
    then(r.key()).isEqualTo("2024/q1.csv");
    then(r.relation()).isEqualTo(Relation.UNKNOWN);
    then(r.actions()).extracting(RequiredAction::action).containsExactly("s3:GetObject");
    then(r.conditional()).extracting(RequiredAction::action).contains("kms:Decrypt");
  }

  @Test
  void should_add_kms_decrypt_on_the_objects_key_when_the_object_is_sse_kms() {
    // GIVEN a bundle that knows the object is encrypted with a customer key in another account
    String bundle = """
        {"format":"s3-403/evidence@1",
         "buckets":{"acme":{"account":"444455556666","objects":{"2024/q1.csv":{"exists":true,
           "encryption":{"algorithm":"aws:kms","kmsKeyArn":"arn:aws:kms:us-east-1:444455556666:key/k1"}}}}},
         "accounts":{"111122223333":{"organization":null}}}
        """;
    // WHEN
    var r = resolve(GET, bundle);
    // THEN kms:Decrypt is required on that key, and the accounts are in different organizations
    then(r.actions()).contains(new RequiredAction("kms:Decrypt", "arn:aws:kms:us-east-1:444455556666:key/k1",
        "object is encrypted with SSE-KMS"));
    then(r.relation()).isEqualTo(Relation.CROSS_ORGANIZATION);
    then(r.crossAccount()).isTrue();
  }

  @Test
  void should_require_put_object_acl_when_the_upload_sends_an_acl_header_and_not_otherwise() {
    // GIVEN an upload with and without an ACL header, to a bucket that encrypts with SSE-S3
    String text = "An error occurred (AccessDenied) when calling the PutObject operation: Access Denied";
    String bundle = """
        {"format":"s3-403/evidence@1",
         "request":{"principal":"arn:aws:iam::111122223333:user/bob","operation":"PutObject","bucket":"acme","key":"k",
                    "headers":{%s}},
         "buckets":{"acme":{"account":"111122223333","encryption":{"algorithm":"AES256"}}}}
        """;
    // WHEN
    var withAcl = resolve(text, bundle.formatted("\"x-amz-acl\":\"bucket-owner-full-control\""));
    var without = resolve(text, bundle.formatted(""));
    // THEN only the first needs s3:PutObjectAcl; neither needs KMS; both are in one account
    then(withAcl.actions()).extracting(RequiredAction::action).containsExactly("s3:PutObject", "s3:PutObjectAcl");
    then(without.actions()).extracting(RequiredAction::action).containsExactly("s3:PutObject");
    then(without.relation()).isEqualTo(Relation.SAME_ACCOUNT);
    then(without.conditional()).extracting(RequiredAction::action).doesNotContain("kms:GenerateDataKey", "s3:PutObjectAcl");
  }

  @Test
  void should_keep_the_messages_principal_apart_when_the_evidence_names_another() {
    // GIVEN evidence collected for another role than the one the message names
    String bundle = """
        {"format":"s3-403/evidence@1","request":{"principal":"arn:aws:sts::111122223333:assumed-role/reports/s9"}}
        """;
    // WHEN
    var r = resolve(GET, bundle);
    // THEN the evidence's principal is the request's, and the message's is kept for comparison
    then(r.principal()).isEqualTo("arn:aws:sts::111122223333:assumed-role/reports/s9");
    then(r.messagePrincipal()).isEqualTo("arn:aws:sts::111122223333:assumed-role/app/s1");
  }
}
