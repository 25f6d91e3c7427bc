package dev.s3403.diagnostics.diagnosis;

import dev.s3403.diagnostics.check.Owner;

/** Who can act on a cause, as an account id where the request shows one (spec/cli.md: "or \"caller\""). */
final class Owners {
  private Owners() {}

  static String of(Diagnosis d, Owner owner) {
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
      String[] parts = a.resource().split(":", 6);
      if (parts.length == 6 && parts[4].matches("\\d{12}")) return parts[4];
    }
    return d.request().bucketAccount();
  }
}
