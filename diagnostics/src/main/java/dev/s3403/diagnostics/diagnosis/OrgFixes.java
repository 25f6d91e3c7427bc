package dev.s3403.diagnostics.diagnosis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.eval.Decision;
import dev.s3403.diagnostics.eval.PolicyType;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.PolicyDoc;
import dev.s3403.diagnostics.evidence.PolicyDocument;
import dev.s3403.diagnostics.resolve.ActionEvaluator.Outcome;
import dev.s3403.diagnostics.resolve.ActionEvaluator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Fixes in the organization's SCPs, for the organization administrator: an allow-list level that does not list
 * the action gets it, and a Deny gets the narrowest exception that lets this request through.
 */
final class OrgFixes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OrgFixes() {}

  private static List<dev.s3403.diagnostics.evidence.PolicyLevel> levels(Bundle bundle, String account) {
    var info = bundle.accounts().asOptional().map(m -> m.get(account)).orElse(null);
    var org = info == null ? null : info.organization().asOptional().orElse(null);
    return org == null ? List.of() : org.scps().asOptional().orElse(List.of());
  }

  /** Adds the denied actions to the first level (root first) where doing so makes the request allowed. */
  static Fix allowList(Cause c, Diagnosis d, Bundle bundle) {
    String account = d.request().principalAccount();
    Set<String> actions = new LinkedHashSet<>();
    for (Outcome o : d.outcomes()) {
      if (o.decision().verdict() != Decision.Verdict.ALLOWED && o.decision().deniedBy().contains(PolicyType.SCP)) {
        actions.add(o.action().action());
      }
    }
    var levels = levels(bundle, account);
    if (actions.isEmpty() || levels.isEmpty()) return null;
    for (int l = 0; l < levels.size(); l++) {
      var docs = levels.get(l).policies().asOptional().orElse(List.of());
      int p = 0;
      while (p < docs.size() && "FullAWSAccess".equals(docs.get(p).name().asOptional().orElse(null))) p++;
      ObjectNode doc = p < docs.size() ? docs.get(p).document().asOptional().map(PolicyDocument::json).orElse(null) : null;
      if (doc == null) doc = JSON.createObjectNode().put("Version", "2012-10-17");
      ObjectNode st = PolicyJson.statements(doc).addObject().put("Sid", "S3403Fix").put("Effect", "Allow");
      ArrayNode a = st.putArray("Action");
      actions.forEach(a::add);
      st.put("Resource", "*");
      Bundle patched = BundlePatch.scpDocument(bundle, account, l, p, new PolicyDocument(doc));
      Fix fix = Fixes.verifiedOrNot(d, patched, new Fix("allow `%s` in the SCP at `%s`".formatted(String.join("`, `", actions),
          levels.get(l).target().asOptional().orElse("level " + (l + 1))), List.of("save the policy below as scp.json",
          "run the command in the organization's management (or delegated administrator) account"),
          List.of("aws organizations update-policy --policy-id %s --content file://scp.json".formatted(policyId(docs, p))),
          new Fix.Patch("/accounts/" + account + "/organization/scps/" + l + "/policies/" + p + "/document", doc), false));
      if (fix.verified()) return fix;
    }
    return null;
  }

  /** Narrows an SCP Deny to leave this request out. */
  static Fix narrowDeny(Cause c, Diagnosis d, Bundle bundle) {
    String account = d.request().principalAccount();
    var levels = levels(bundle, account);
    var ctx = new ActionEvaluator(bundle).derivedContext(d.request());
    for (Outcome o : d.outcomes()) {
      for (var st : dev.s3403.diagnostics.check.Situation.denies(o, PolicyType.SCP)) {
        for (int l = 0; l < levels.size(); l++) {
          var docs = levels.get(l).policies().asOptional().orElse(List.of());
          for (int p = 0; p < docs.size(); p++) {
            if (!st.ref().policyName().equals(docs.get(p).name().asOptional().orElse(null))) continue;
            ObjectNode doc = docs.get(p).document().asOptional().map(PolicyDocument::json).orElse(null);
            ObjectNode widened = doc == null ? null : Exemptions.widenStatement(doc, st, ctx);
            if (widened == null) continue;
            Bundle patched = BundlePatch.scpDocument(bundle, account, l, p, new PolicyDocument(widened));
            return Fixes.verifiedOrNot(d, patched, new Fix("exempt this request from statement `%s` of the SCP `%s` — only if that exception is intended"
                .formatted(st.ref().sid() != null ? st.ref().sid() : "statement " + st.ref().index(), st.ref().policyName()),
                List.of("save the policy below as scp.json", "run the command in the organization's management account"),
                List.of("aws organizations update-policy --policy-id %s --content file://scp.json".formatted(policyId(docs, p))),
                new Fix.Patch("/accounts/" + account + "/organization/scps/" + l + "/policies/" + p + "/document", widened), false));
          }
        }
      }
    }
    return null;
  }

  private static String policyId(List<PolicyDoc> docs, int p) {
    String arn = p < docs.size() ? docs.get(p).arn().asOptional().orElse(null) : null;
    return arn == null ? "<policy-id>" : arn.substring(arn.lastIndexOf('/') + 1);
  }
}
