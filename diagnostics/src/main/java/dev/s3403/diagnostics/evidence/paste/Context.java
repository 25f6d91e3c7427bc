package dev.s3403.diagnostics.evidence.paste;

import dev.s3403.diagnostics.evidence.BucketInfo;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.ContextValue;
import dev.s3403.diagnostics.evidence.Fact;
import dev.s3403.diagnostics.evidence.Request;
import dev.s3403.diagnostics.policy.Arns;
import java.util.List;
import java.util.Optional;

/**
 * What the conversation already knows, for outputs that do not name their subject: {@code get-bucket-policy} prints
 * a policy and no bucket name. A command line pasted with the output wins over all of this. Each name is
 * {@code null} when the conversation does not know it.
 *
 * @param principalArn the caller: an IAM user or role ARN, or an assumed-role session ARN
 * @param kmsKeyArn the key that encrypts the object or bucket
 * @param account the 12-digit account the principal or the bucket belongs to
 * @param vpcEndpointId the {@code vpce-…} the request went through
 * @param asked the command lines the conversation asked the user to run, oldest first: an output pasted without
 *     its command line is read as the answer to the last one of its kind
 * @param known the evidence so far; outputs that add to a list (one more policy of a role) add to this one's
 */
public record Context(String bucket, String key, String principalArn, String kmsKeyArn, String account,
    String vpcEndpointId, List<String> asked, Bundle known) {

  public Context {
    asked = asked == null ? List.of() : List.copyOf(asked);
    known = known == null ? Bundle.empty() : known;
  }

  /** Nothing known: only outputs that name their subject, or come with their command line, are recognized. */
  public static Context none() {
    return new Context(null, null, null, null, null, null, List.of(), Bundle.empty());
  }

  /**
   * What a bundle's request says: bucket, key, principal, its account and the VPC endpoint; the KMS key is the one
   * that encrypts the object, else the bucket's default key.
   */
  public static Context from(Bundle known) {
    if (known == null) return none();
    Request r = known.request().asOptional().orElse(null);
    if (r == null) return none().withKnown(known);
    String principal = r.principal().asOptional().orElse(null);
    String vpce = r.context().asOptional().map(c -> c.get("aws:SourceVpce"))
        .map(v -> v instanceof ContextValue.One(String one) ? one : null).orElse(null);
    String bucket = text(r.bucket());
    String key = text(r.key());
    return new Context(bucket, key, principal, kmsKey(known, bucket, key), Arns.account(principal), vpce, List.of(),
        known);
  }

  private static String kmsKey(Bundle known, String bucketName, String key) {
    BucketInfo bucket = bucketName == null ? null
        : known.buckets().asOptional().map(b -> b.get(bucketName)).orElse(null);
    if (bucket == null) return null;
    Optional<String> ofObject = Optional.ofNullable(key).flatMap(k -> bucket.objects().asOptional().map(o -> o.get(k)))
        .flatMap(o -> o.encryption().asOptional()).flatMap(e -> e.kmsKeyArn().asOptional());
    return ofObject.or(() -> bucket.encryption().asOptional().flatMap(e -> e.kmsKeyArn().asOptional())).orElse(null);
  }

  private static String text(Fact<String> fact) {
    return fact.asOptional().orElse(null);
  }

  public Context withBucket(String name) {
    return new Context(name, key, principalArn, kmsKeyArn, account, vpcEndpointId, asked, known);
  }

  public Context withKey(String objectKey) {
    return new Context(bucket, objectKey, principalArn, kmsKeyArn, account, vpcEndpointId, asked, known);
  }

  public Context withPrincipal(String arn) {
    return new Context(bucket, key, arn, kmsKeyArn, account, vpcEndpointId, asked, known);
  }

  public Context withKmsKey(String arn) {
    return new Context(bucket, key, principalArn, arn, account, vpcEndpointId, asked, known);
  }

  public Context withAccount(String id) {
    return new Context(bucket, key, principalArn, kmsKeyArn, id, vpcEndpointId, asked, known);
  }

  public Context withVpcEndpoint(String id) {
    return new Context(bucket, key, principalArn, kmsKeyArn, account, id, asked, known);
  }

  /** The conversation also asked for these command lines. */
  public Context withAsked(String... commandLines) {
    List<String> all = new java.util.ArrayList<>(asked);
    all.addAll(List.of(commandLines));
    return new Context(bucket, key, principalArn, kmsKeyArn, account, vpcEndpointId, all, known);
  }

  public Context withKnown(Bundle evidence) {
    return new Context(bucket, key, principalArn, kmsKeyArn, account, vpcEndpointId, asked, evidence);
  }
}
