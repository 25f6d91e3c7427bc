package dev.s3403.diagnostics.check;

import dev.s3403.diagnostics.eval.Decision;
import dev.s3403.diagnostics.evidence.KmsKeyInfo;
import dev.s3403.diagnostics.policy.Arns;
import dev.s3403.diagnostics.resolve.ActionEvaluator.Outcome;
import java.util.List;
import java.util.Locale;

/** What the evidence says about the KMS side of a request (taxonomy family G). */
public final class KmsFindings {
  private KmsFindings() {}

  /** An action on the key (kms:Decrypt, kms:GenerateDataKey) that the key policy or the caller's policies deny. */
  public static Finding denied(Situation s, String actionPrefix, boolean uploadOnly) {
    List<Outcome> kms = s.outcomes().stream()
        .filter(o -> o.action().action().toLowerCase(Locale.ROOT).startsWith(actionPrefix.toLowerCase(Locale.ROOT))).toList();
    if (uploadOnly && !s.text().upload() && !upload(s)) return kms.isEmpty() ? Finding.silent() : Finding.ruledOut("the request is not an upload");
    for (Outcome o : kms) {
      if (o.decision().verdict() != Decision.Verdict.ALLOWED && o.certain()) {
        String by = o.decision().deniedBy().stream().map(t -> Layers.label(t)).distinct().reduce((a, b) -> a + " and " + b).orElse("policies");
        return Finding.confirmed("`%s` on `%s` is %s by the %s".formatted(o.action().action(), o.action().resource(),
            o.decision().verdict() == Decision.Verdict.EXPLICITLY_DENIED ? "explicitly denied" : "not allowed", by),
            List.of(new Finding.EvidenceRef("/kmsKeys/" + o.action().resource() + "/policy", null, "key policy")));
      }
    }
    if (!kms.isEmpty() && kms.stream().allMatch(o -> o.certain() && o.decision().verdict() == Decision.Verdict.ALLOWED)) {
      return Finding.ruledOut("the key policy and the caller's policies allow `%s`".formatted(kms.getFirst().action().action()));
    }
    if (kms.isEmpty() && s.request().conditional().stream().noneMatch(a -> a.action().startsWith("kms:"))
        && s.hasEvidence()) {
      return Finding.ruledOut("the request uses no KMS key");
    }
    return Finding.silent();
  }

  /** The key belongs to another account than the caller's. */
  public static Finding crossAccount(Situation s) {
    for (Outcome o : s.outcomes()) {
      if (!o.action().action().startsWith("kms:")) continue;
      String keyAccount = Arns.account(o.action().resource());
      if (keyAccount == null || s.request().principalAccount() == null) continue;
      if (keyAccount.equals(s.request().principalAccount())) return Finding.ruledOut("the key is in the caller's account");
      KmsKeyInfo key = Facts.key(s, o.action().resource()).orElse(null);
      if (key != null && key.manager().orNull() == KmsKeyInfo.Manager.AWS) {
        return Finding.ruledOut("the key is AWS managed: no policy can share it (kms-aws-managed-key-cross-account)");
      }
      if (o.decision().verdict() != Decision.Verdict.ALLOWED && o.certain()) {
        return Finding.confirmed("the key `%s` is in account %s, the caller in %s, and the two sides do not both allow `%s`"
            .formatted(o.action().resource(), keyAccount, s.request().principalAccount(), o.action().action()), List.of());
      }
    }
    return Finding.silent();
  }

  /** The object's key is the AWS managed key aws/s3, which no other account can use. */
  public static Finding awsManagedCrossAccount(Situation s) {
    for (Outcome o : s.outcomes()) {
      if (!o.action().action().startsWith("kms:")) continue;
      KmsKeyInfo key = Facts.key(s, o.action().resource()).orElse(null);
      boolean awsManaged = key != null && key.manager().orNull() == KmsKeyInfo.Manager.AWS;
      List<String> aliases = key == null ? null : key.aliases().orNull();
      awsManaged |= aliases != null && aliases.contains("alias/aws/s3");
      String keyAccount = Arns.account(o.action().resource());
      boolean cross = keyAccount != null && s.request().principalAccount() != null
          && !keyAccount.equals(s.request().principalAccount());
      if (awsManaged && cross) {
        return Finding.confirmed("the object is encrypted with the AWS managed key `aws/s3` of account %s; its key policy "
            .formatted(keyAccount) + "cannot be changed to let another account use it", List.of(
            new Finding.EvidenceRef("/kmsKeys/" + o.action().resource() + "/manager", null, "AWS")));
      }
      if (key != null && key.manager().isKnown() && !awsManaged) return Finding.ruledOut("the key is a customer managed key");
    }
    return Finding.silent();
  }

  /** The key policy would allow, but one of its conditions (encryption context, kms:ViaService, …) does not hold. */
  public static Finding conditionUnmet(Situation s) {
    for (Outcome o : s.outcomes()) {
      if (!o.action().action().startsWith("kms:") || o.decision().verdict() == Decision.Verdict.ALLOWED) continue;
      for (var type : List.of(dev.s3403.diagnostics.eval.PolicyType.RESOURCE, dev.s3403.diagnostics.eval.PolicyType.IDENTITY)) {
      var t = o.decision().perType().get(type);
      if (t == null) continue;
      for (var m : t.trace()) {
        if (m instanceof dev.s3403.diagnostics.eval.StatementMatch.ConditionMismatch c
            && m.statement().effect() == dev.s3403.diagnostics.policy.Effect.ALLOW) {
          var ref = Situation.ref(Layers.label(type), m.statement(), c.why());
          return Finding.confirmed("statement `%s` of the %s would allow `%s`, but its `%s` condition does not hold: %s"
              .formatted(ref.statement(), Layers.label(type), o.action().action(), c.key(), c.why()), List.of(ref));
        }
      }
      }
    }
    return Finding.silent();
  }

  /** The key is disabled, pending deletion or import, or gone. */
  public static Finding unusable(Situation s) {
    for (Outcome o : s.outcomes()) {
      if (!o.action().action().startsWith("kms:")) continue;
      KmsKeyInfo key = Facts.key(s, o.action().resource()).orElse(null);
      KmsKeyInfo.State state = key == null ? null : key.state().orNull();
      if (state == null) continue;
      if (state != KmsKeyInfo.State.ENABLED) {
        return Finding.confirmed("the key `%s` is %s".formatted(o.action().resource(), state.wire()),
            List.of(new Finding.EvidenceRef("/kmsKeys/" + o.action().resource() + "/state", null, state.wire())));
      }
      return Finding.ruledOut("the key is enabled");
    }
    return Finding.silent();
  }

  private static boolean upload(Situation s) {
    String op = s.request().operation();
    return op != null && List.of("PutObject", "CopyObject", "CreateMultipartUpload", "UploadPart", "UploadPartCopy",
        "CompleteMultipartUpload").contains(op);
  }
}
