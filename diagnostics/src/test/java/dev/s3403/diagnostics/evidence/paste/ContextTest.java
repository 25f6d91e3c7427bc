package dev.s3403.diagnostics.evidence.paste;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import org.junit.jupiter.api.Test;

class ContextTest {

  @Test
  void should_take_bucket_key_principal_account_and_endpoint_from_the_request_when_made_from_a_bundle() {
    // GIVEN a bundle whose request names its bucket, key, session and VPC endpoint
    Bundle known = EvidenceReader.read("""
        {"format": "s3-403/evidence@1", "request": {"principal": "%s", "bucket": "acme-reports", "key": "2024/q1.csv",
          "context": {"aws:SourceVpce": "vpce-0a1b"}},
         "buckets": {"acme-reports": {"encryption": {"algorithm": "aws:kms", "kmsKeyArn": "%s"}}}}
        """.formatted(Pastes.SESSION, Pastes.KEY_ARN)).bundle();

    // WHEN a context is made from it
    Context ctx = Context.from(known);

    // THEN the request's subjects are the context's, the account the session's, the key the bucket's default key
    then(ctx.bucket()).isEqualTo("acme-reports");
    then(ctx.key()).isEqualTo("2024/q1.csv");
    then(ctx.principalArn()).isEqualTo(Pastes.SESSION);
    then(ctx.account()).isEqualTo("111122223333");
    then(ctx.vpcEndpointId()).isEqualTo("vpce-0a1b");
    then(ctx.kmsKeyArn()).isEqualTo(Pastes.KEY_ARN);
    then(ctx.known()).isEqualTo(known);
  }

  @Test
  void should_know_nothing_but_the_bundle_when_the_bundle_has_no_request() {
    // GIVEN an empty bundle
    // WHEN a context is made from it
    Context ctx = Context.from(Bundle.empty());

    // THEN it names no subject
    then(ctx).isEqualTo(Context.none());
  }
}
