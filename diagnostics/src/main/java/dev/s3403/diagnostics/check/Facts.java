package dev.s3403.diagnostics.check;

import dev.s3403.diagnostics.evidence.BucketInfo;
import dev.s3403.diagnostics.evidence.KmsKeyInfo;
import dev.s3403.diagnostics.evidence.ObjectInfo;
import dev.s3403.diagnostics.evidence.Request;
import java.util.Map;
import java.util.Optional;

/** Short reads of the bundle for the checks: what is known comes back, unknown and known-absent are empty. */
final class Facts {
  private Facts() {}


  static Optional<Request> request(Situation s) {
    return s.bundle().request().asOptional();
  }

  static Optional<BucketInfo> bucket(Situation s) {
    Map<String, BucketInfo> buckets = s.bundle().buckets().orNull();
    return Optional.ofNullable(buckets == null || s.request().bucket() == null ? null : buckets.get(s.request().bucket()));
  }

  static Optional<ObjectInfo> object(Situation s) {
    return bucket(s).map(b -> b.objects().orNull()).map(o -> s.request().key() == null ? null : o.get(s.request().key()));
  }

  static Optional<KmsKeyInfo> key(Situation s, String arn) {
    Map<String, KmsKeyInfo> keys = s.bundle().kmsKeys().orNull();
    return Optional.ofNullable(keys == null || arn == null ? null : keys.get(arn));
  }

  /** A request header, by its lower-case name; empty when the headers are not known or it was not sent. */
  static Optional<String> header(Situation s, String name) {
    return request(s).map(r -> r.headers().orNull()).flatMap(h -> h.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst());
  }

  /** Whether the request's headers are known at all (so that an absent header is known to be absent). */
  static boolean headersKnown(Situation s) {
    return request(s).map(r -> r.headers().isKnown()).orElse(false);
  }
}
