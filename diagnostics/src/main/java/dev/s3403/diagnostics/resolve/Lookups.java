package dev.s3403.diagnostics.resolve;

import dev.s3403.diagnostics.eval.Caller;
import dev.s3403.diagnostics.evidence.AccountInfo;
import dev.s3403.diagnostics.evidence.BucketInfo;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.KmsKeyInfo;
import dev.s3403.diagnostics.evidence.PrincipalInfo;
import java.util.Map;

/** Finds things in a bundle by the names a request uses. Null means the bundle does not have it. */
public final class Lookups {
  private Lookups() {}

  static BucketInfo bucket(Bundle bundle, String name) {
    Map<String, BucketInfo> buckets = bundle.buckets().orNull();
    return buckets == null || name == null ? null : buckets.get(name);
  }

  static AccountInfo account(Bundle bundle, String id) {
    Map<String, AccountInfo> accounts = bundle.accounts().orNull();
    return accounts == null || id == null ? null : accounts.get(id);
  }

  static KmsKeyInfo key(Bundle bundle, String arn) {
    Map<String, KmsKeyInfo> keys = bundle.kmsKeys().orNull();
    return keys == null || arn == null ? null : keys.get(arn);
  }

  /**
   * The ARN of a key named by id, alias or ARN in a request header: the bundle's key whose ARN ends with the id or
   * that carries the alias, else the name as given.
   */
  static String keyArn(Bundle bundle, String name) {
    if (name.startsWith("arn:") && name.contains(":key/")) return name;
    Map<String, KmsKeyInfo> keys = bundle.kmsKeys().orNull();
    if (keys != null) {
      String alias = name.contains("alias/") ? name.substring(name.indexOf("alias/")) : null;
      for (var e : keys.entrySet()) {
        if (e.getKey().endsWith("/" + name)) return e.getKey();
        var aliases = e.getValue().aliases().orNull();
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
    Map<String, PrincipalInfo> principals = bundle.principals().orNull();
    if (principals == null || caller.arn() == null) return null;
    return principals.get(principalKey(bundle, caller));
  }

  /**
   * The key the bundle uses for the caller's IAM user or role; for a role known only by a session ARN (which has
   * no path), the key of that account's role of that name; else the ARN the caller implies.
   */
  public static String principalKey(Bundle bundle, Caller caller) {
    String iam = caller.roleArn() != null ? caller.roleArn() : caller.arn();
    Map<String, PrincipalInfo> principals = bundle.principals().asOptional().orElse(Map.of());
    if (iam == null || principals.containsKey(iam) || caller.roleArn() == null) return iam;
    String name = iam.substring(iam.lastIndexOf('/') + 1);
    for (String k : principals.keySet()) {
      if (k.contains(":iam::" + caller.account() + ":role/") && k.endsWith("/" + name)) return k;
    }
    return iam;
  }
}
