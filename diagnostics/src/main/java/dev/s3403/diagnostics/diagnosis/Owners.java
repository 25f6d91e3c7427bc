package dev.s3403.diagnostics.diagnosis;

import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.policy.Arns;

/** Who can act on a cause, as an account id where the request shows one (spec/cli.md: "or \"caller\""). */
public final class Owners {
  private Owners() {}

  /** "caller", the account id of the owning side when the request shows it, else the owner's title. */
  public static String of(Diagnosis d, Owner owner) {
    String account = switch (owner) {
      case CALLER -> null;
      case PRINCIPAL_ACCOUNT, ORGANIZATION -> d.request().principalAccount();
      case BUCKET_OWNER, SERVICE_CONFIGURATION -> d.request().bucketAccount();
      case KEY_OWNER -> keyAccount(d);
    };
    if (owner == Owner.CALLER) return "caller";
    return account != null ? account : owner.title();
  }

  private static String keyAccount(Diagnosis d) {
    for (var a : d.request().actions()) {
      if (!a.action().startsWith("kms:") || a.resource() == null) continue;
      String account = Arns.account(a.resource());
      if (account != null) return account;
    }
    return d.request().bucketAccount();
  }
}
