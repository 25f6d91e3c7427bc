package dev.s3403.diagnostics.resolve;

import dev.s3403.diagnostics.eval.Caller;
import dev.s3403.diagnostics.evidence.AccountInfo;
import dev.s3403.diagnostics.evidence.BucketInfo;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.KmsKeyInfo;
import dev.s3403.diagnostics.evidence.PrincipalInfo;
import java.util.Map;

/** Finds things in a bundle by the names a request uses. Null means the bundle does not have it. */
final class Lookups {
  private Lookups() {}

  static BucketInfo bucket(Bundle bundle, String name) {
    Map<String, BucketInfo> buckets = Resolver.known(bundle.buckets());
    return buckets == null || name == null ? null : buckets.get(name);
  }

  static AccountInfo account(Bundle bundle, String id) {
    Map<String, AccountInfo> accounts = Resolver.known(bundle.accounts());
    return accounts == null || id == null ? null : accounts.get(id);
  }

  static KmsKeyInfo key(Bundle bundle, String arn) {
    Map<String, KmsKeyInfo> keys = Resolver.known(bundle.kmsKeys());
    return keys == null || arn == null ? null : keys.get(arn);
  }

  /**
   * The ARN of a key named by id, alias or ARN in a request header: the bundle's key whose ARN ends with the id or
   * that carries the alias, else the name as given.
   */
  static String keyArn(Bundle bundle, String name) {
    if (name.startsWith("arn:") && name.contains(":key/")) return name;
    Map<String, KmsKeyInfo> keys = Resolver.known(bundle.kmsKeys());
    if (keys != null) {
      String alias = name.contains("alias/") ? name.substring(name.indexOf("alias/")) : null;
      for (var e : keys.entrySet()) {
        if (e.getKey().endsWith("/" + name)) return e.getKey();
        var aliases = Resolver.known(e.getValue().aliases());
        if (alias != null && aliases != null && aliases.contains(alias)) return e.getKey();
      }
    }
    return name;
  }

  /**
   * The IAM user or role behind a caller: the bundle keys principals by their IAM ARN, and a session ARN has no
   * role path, so a role is found by its account and name when the exact ARN is not there.
   */
  static PrincipalInfo principal(Bundle bundle, Caller caller) {
    Map<String, PrincipalInfo> principals = Resolver.known(bundle.principals());
    if (principals == null || caller.arn() == null) return null;
    String iamArn = caller.roleArn() != null ? caller.roleArn() : caller.arn();
    PrincipalInfo exact = principals.get(iamArn);
    if (exact != null || caller.roleArn() == null) return exact;
    String name = iamArn.substring(iamArn.lastIndexOf('/') + 1);
    for (var e : principals.entrySet()) {
      String k = e.getKey();
      if (k.contains(":iam::" + caller.account() + ":role/") && k.endsWith("/" + name)) return e.getValue();
    }
    return null;
  }
}
