package dev.s3403.diagnostics.check;

import dev.s3403.diagnostics.evidence.BucketInfo;
import dev.s3403.diagnostics.evidence.Fact;
import dev.s3403.diagnostics.evidence.KmsKeyInfo;
import dev.s3403.diagnostics.evidence.ObjectInfo;
import dev.s3403.diagnostics.evidence.Request;
import java.util.Map;
import java.util.Optional;

/** Short reads of the bundle for the checks: what is known comes back, unknown and known-absent are empty. */
final class Facts {
  private Facts() {}

  static <T> T known(Fact<T> fact) {
    return fact instanceof Fact.Known<T> k ? k.value() : null;
  }

  static Optional<Request> request(Situation s) {
    return s.bundle().request().asOptional();
  }

  static Optional<BucketInfo> bucket(Situation s) {
    Map<String, BucketInfo> buckets = known(s.bundle().buckets());
    return Optional.ofNullable(buckets == null || s.request().bucket() == null ? null : buckets.get(s.request().bucket()));
  }

  static Optional<ObjectInfo> object(Situation s) {
    return bucket(s).map(b -> known(b.objects())).map(o -> s.request().key() == null ? null : o.get(s.request().key()));
  }

  static Optional<KmsKeyInfo> key(Situation s, String arn) {
    Map<String, KmsKeyInfo> keys = known(s.bundle().kmsKeys());
    return Optional.ofNullable(keys == null || arn == null ? null : keys.get(arn));
  }

  /** A request header, by its lower-case name; empty when the headers are not known or it was not sent. */
  static Optional<String> header(Situation s, String name) {
    return request(s).map(r -> known(r.headers())).flatMap(h -> h.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst());
  }

  /** Whether the request's headers are known at all (so that an absent header is known to be absent). */
  static boolean headersKnown(Situation s) {
    return request(s).map(r -> r.headers().isKnown()).orElse(false);
  }

  static String accountOf(String arn) {
    if (arn == null) return null;
    String[] parts = arn.split(":", 6);
    return parts.length == 6 && parts[4].matches("\\d{12}") ? parts[4] : null;
  }
}
