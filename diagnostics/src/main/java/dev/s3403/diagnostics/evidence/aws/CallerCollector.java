package dev.s3403.diagnostics.evidence.aws;

import java.util.Set;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Who the collector itself is ({@code sts:GetCallerIdentity}): written as the bundle's {@code collector} member
 * (docs/evidence-bundle-additions.md), so an answer can tell the collector's own AccessDenied from the request's and
 * say which account's IAM the principals were read from.
 */
public final class CallerCollector implements Collector {
  static final String AREA = "/collector";

  @Override
  public String name() {
    return "caller";
  }

  @Override
  public Set<String> actions() {
    return Set.of("sts:GetCallerIdentity");
  }

  @Override
  public String area(Target target) {
    return AREA;
  }

  @Override
  public void collect(AwsContext aws, Target target, Draft draft) {
    GetCallerIdentityResponse me = Calls.call(draft, AREA, "sts:GetCallerIdentity", Set.of(),
        () -> aws.sts().getCallerIdentity());
    if (me == null) return;
    draft.put(AREA, Draft.json().createObjectNode()
        .put("arn", me.arn()).put("account", me.account()).put("userId", me.userId()));
  }
}
