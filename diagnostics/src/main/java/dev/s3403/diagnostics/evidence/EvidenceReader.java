package dev.s3403.diagnostics.evidence;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bundle ({@code spec/evidence-bundle.md}). It never throws on input: what cannot be used is an error, an
 * unknown member is a warning, and each names its JSON pointer. A member with an error becomes unknown and the rest
 * of the bundle is still read.
 */
public final class EvidenceReader {
  // Two bundles pasted one after the other are an error, not the first bundle with the second silently lost.
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private EvidenceReader() {}

  /**
   * The bundle read and what was wrong with it.
   *
   * @param errors input that could not be used; the members concerned are unknown in {@code bundle}
   * @param warnings members this version of the format does not know, which were ignored
   */
  public record Result(Bundle bundle, List<Note> errors, List<Note> warnings) {
    public Result {
      errors = List.copyOf(errors);
      warnings = List.copyOf(warnings);
    }

    public boolean hasErrors() {
      return !errors.isEmpty();
    }
  }

  public static Result read(String json) {
    JsonNode tree;
    try {
      tree = JSON.readTree(json == null ? "" : json);
    } catch (JacksonException e) {
      String why = e.getOriginalMessage() == null ? "unreadable" : At.shorten(e.getOriginalMessage());
      return new Result(Bundle.empty(), List.of(new Note("", "not JSON: " + why)), List.of());
    }
    return read(tree);
  }

  public static Result read(JsonNode root) {
    At at = new At("", false, new ArrayList<>(), new ArrayList<>());
    if (root == null || root.isMissingNode() || !root.isObject()) {
      at.error("a bundle must be a JSON object, not " + At.typeOf(root));
      return new Result(Bundle.empty(), at.errors(), at.warnings());
    }
    Bundle bundle = Reads.object(root, at, EvidenceReader::bundle).asOptional().orElseGet(Bundle::empty);
    return new Result(bundle, at.errors(), at.warnings());
  }

  private static Bundle bundle(Members m) {
    JsonNode format = m.raw("format");
    At formatAt = m.at().member("format");
    if (format == null) {
      formatAt.error("is missing: a bundle must say `\"format\": \"%s\"`".formatted(Bundle.FORMAT));
    } else if (!format.isTextual()) {
      formatAt.error("must be `%s`, not %s".formatted(Bundle.FORMAT, At.typeOf(format)));
    } else if (!format.textValue().equals(Bundle.FORMAT)) {
      formatAt.invalid("`" + Bundle.FORMAT + "`", format.textValue());
    }
    return new Bundle(Bundle.FORMAT,
        m.get("collectedAt", Reads::time),
        m.get("request", EvidenceReader::request),
        m.get("principals", Reads.entities("a full ARN", Reads::isArn, IdentityReads::principal)),
        m.get("accounts", Reads.entities("a 12-digit account id", Reads::isAccountId, IdentityReads::account)),
        m.get("buckets", Reads.entities(BucketReads::bucket)),
        m.get("kmsKeys", Reads.entities("a full ARN", Reads::isArn, ResourceReads::kmsKey)),
        m.get("vpcEndpoints", Reads.entities(ResourceReads::vpcEndpoint)),
        m.get("accessPoints", Reads.entities("a full ARN", Reads::isArn, ResourceReads::accessPoint)),
        m.get("unavailable", ResourceReads::unavailable));
  }

  private static Fact<Request> request(JsonNode node, At at) {
    return Reads.object(node, at, m -> new Request(
        m.get("principal", Reads::text),
        m.get("operation", Reads::text),
        m.get("bucket", Reads::text),
        m.get("key", Reads::text),
        m.get("versionId", Reads::text),
        m.get("source", EvidenceReader::source),
        m.get("headers", Reads::strings),
        m.get("context", Reads.dictionary(EvidenceReader::contextValue)),
        m.get("parameters", Reads.dictionary(Reads::anyJson)),
        m.get("sessionPolicy", Reads::policy),
        m.get("via", Reads.oneOf(Request.Via.class)),
        m.get("accessPoint", Reads::arn),
        m.get("presigned", EvidenceReader::presigned),
        m.get("cloudfront", EvidenceReader::cloudfront),
        m.get("time", Reads::time)));
  }

  private static Fact<Request.CopySource> source(JsonNode node, At at) {
    return Reads.object(node, at, m -> new Request.CopySource(m.get("bucket", Reads::text), m.get("key", Reads::text)));
  }

  private static Fact<ContextValue> contextValue(JsonNode node, At at) {
    if (node.isTextual()) return Fact.known(new ContextValue.One(node.textValue()));
    if (!node.isArray()) return at.wrongType("a string or an array of strings", node);
    return Reads.texts(node, at).map(ContextValue.Many::new);
  }

  private static Fact<Presigned> presigned(JsonNode node, At at) {
    return Reads.object(node, at, m -> new Presigned(
        m.get("signer", Reads::arn),
        m.get("accessKeyType", Reads.oneOf(Presigned.AccessKeyType.class)),
        m.get("signedAt", Reads::time),
        m.get("expiresIn", Reads::seconds),
        m.get("credentialsExpireAt", Reads::time)));
  }

  private static Fact<CloudFront> cloudfront(JsonNode node, At at) {
    return Reads.object(node, at, m -> new CloudFront(
        m.get("distributionArn", Reads::arn),
        m.get("originAccess", Reads.oneOf(CloudFront.OriginAccess.class)),
        m.get("oaiCanonicalId", Reads::text),
        m.get("defaultRootObject", Reads::text)));
  }
}
