package dev.s3403.diagnostics.check;

import dev.s3403.diagnostics.eval.Decision;
import dev.s3403.diagnostics.evidence.AccessPointInfo;
import dev.s3403.diagnostics.evidence.ContextValue;
import dev.s3403.diagnostics.resolve.ActionEvaluator.Outcome;
import dev.s3403.diagnostics.resolve.ActionEvaluator.Side;
import java.util.List;
import java.util.Map;

/** A request through an S3 access point (taxonomy D8–D10): its policy, the bucket's delegation, its network origin. */
public final class AccessPointFindings {
  private AccessPointFindings() {}

  private static AccessPointInfo accessPoint(Situation s) {
    String arn = Facts.request(s).map(r -> r.accessPoint().orNull()).orElse(null);
    Map<String, AccessPointInfo> aps = s.bundle().accessPoints().orNull();
    return arn == null || aps == null ? null : aps.get(arn);
  }

  private static boolean through(Situation s) {
    return accessPoint(s) != null;
  }

  public static Finding policy(Situation s) {
    if (!through(s)) return s.bundle().request().isKnown() ? Finding.ruledOut("the request did not use an access point") : Finding.silent();
    for (Outcome o : s.outcomes()) {
      if (o.side() == Side.ACCESS_POINT && o.decision().verdict() != Decision.Verdict.ALLOWED && o.certain()) {
        String how = o.decision().verdict() == Decision.Verdict.EXPLICITLY_DENIED ? "denies" : "does not allow";
        return Finding.confirmed("the access point's policy (or the caller's policies on the access point ARN) %s `%s` on `%s`"
            .formatted(how, o.action().action(), o.action().resource()), List.of(new Finding.EvidenceRef(
            "/accessPoints/" + Facts.request(s).map(r -> r.accessPoint().orNull()).orElse("") + "/policy", null, how)));
      }
    }
    return Finding.ruledOut("the access point allows the request");
  }

  public static Finding delegation(Situation s) {
    if (!through(s)) return s.bundle().request().isKnown() ? Finding.ruledOut("the request did not use an access point") : Finding.silent();
    for (Outcome o : s.outcomes()) {
      if (o.side() == Side.BUCKET && o.decision().verdict() != Decision.Verdict.ALLOWED && o.certain()) {
        return Finding.confirmed("the access point allows `%s`, but the bucket policy of `%s` neither allows it nor delegates to its access points (s3:DataAccessPointAccount)"
            .formatted(o.action().action(), s.request().bucket()), List.of(new Finding.EvidenceRef(
            "/buckets/" + s.request().bucket() + "/policy", null, "no delegation")));
      }
    }
    return Finding.ruledOut("the bucket policy delegates to the access point");
  }

  public static Finding networkOrigin(Situation s) {
    AccessPointInfo ap = accessPoint(s);
    if (ap == null) return s.bundle().request().isKnown() ? Finding.ruledOut("the request did not use an access point") : Finding.silent();
    var origin = ap.networkOrigin().orNull();
    if (origin == null) return Finding.silent();
    if (origin != AccessPointInfo.NetworkOrigin.VPC) return Finding.ruledOut("the access point accepts requests from the internet");
    String vpc = ap.vpcId().orNull();
    Map<String, ContextValue> ctx = Facts.request(s).map(r -> r.context().orNull()).orElse(Map.of());
    String from = ctx.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("aws:SourceVpc"))
        .map(e -> e.getValue() instanceof ContextValue.One one ? one.value() : null).findFirst().orElse(null);
    if (from != null && from.equals(vpc)) return Finding.ruledOut("the request came from the access point's VPC");
    return Finding.confirmed("the access point accepts requests only from %s, and this one came from %s"
        .formatted(vpc, from == null ? "outside any VPC" : from), List.of(new Finding.EvidenceRef(
        "/accessPoints/" + Facts.request(s).map(r -> r.accessPoint().orNull()).orElse("") + "/networkOrigin", null, "VPC")));
  }
}
