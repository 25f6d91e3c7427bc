package dev.s3403.diagnostics.evidence;

import java.time.Instant;
import java.util.Map;

/**
 * The failed request as far as it is known.
 *
 * @param principal an IAM user, role, session or root ARN, a service principal ({@code cloudfront.amazonaws.com}) or
 *     {@code anonymous}
 * @param operation the S3 API operation name ({@code PutObject})
 * @param source the object copied from (CopyObject, UploadPartCopy)
 * @param headers by lower-case header name
 * @param context condition keys that hold for the request; they win over what other members imply
 * @param parameters other request parameters that matter, by their AWS name (the {@code Policy} of a PutBucketPolicy)
 * @param sessionPolicy the policy passed when the session was made; missing means none
 * @param accessPoint the access point ARN the request went through
 */
public record Request(Fact<String> principal, Fact<String> operation, Fact<String> bucket, Fact<String> key,
    Fact<String> versionId, Fact<CopySource> source, Fact<Map<String, String>> headers,
    Fact<Map<String, ContextValue>> context, Fact<Map<String, JsonValue>> parameters,
    Fact<PolicyDocument> sessionPolicy, Fact<Via> via, Fact<String> accessPoint, Fact<Presigned> presigned,
    Fact<CloudFront> cloudfront, Fact<Instant> time) {

  public Request {
    headers = Immutable.map(headers);
    context = Immutable.map(context);
    parameters = Immutable.map(parameters);
  }

  /** How the request reached S3. */
  public enum Via implements WireName {
    DIRECT("direct"), PRESIGNED_URL("presigned-url"), CLOUDFRONT("cloudfront"), WEBSITE_ENDPOINT("website-endpoint"),
    ACCESS_POINT("access-point"), CONSOLE("console");

    private final String wire;

    Via(String wire) {
      this.wire = wire;
    }

    @Override
    public String wire() {
      return wire;
    }
  }

  /** The source object of a copy. */
  public record CopySource(Fact<String> bucket, Fact<String> key) {}
}
