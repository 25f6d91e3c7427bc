package dev.s3403.prompts.plain;

import dev.s3403.diagnostics.check.Owner;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.diagnosis.Owners;
import dev.s3403.diagnostics.resolve.Relation;
import dev.s3403.diagnostics.resolve.ResolvedRequest;
import java.util.Objects;

/** Who can fix a cause, said to an engineer (with the account id) or to a customer (without it). */
final class Who {
  private Who() {}

  /** "you", "an administrator of the bucket owner's account 123456789012", "the key owner"… as a subject. */
  static String forEngineer(Diagnosis d, Owner owner) {
    if (owner == null || owner == Owner.CALLER) return "you";
    String who = owner(d, owner);
    if (!who.matches("\\d{12}")) {
      return switch (owner) {
        case CALLER -> "you";
        case PRINCIPAL_ACCOUNT -> "an administrator of the principal's account";
        case BUCKET_OWNER, KEY_OWNER -> "the " + owner.title();
        case ORGANIZATION -> "an " + owner.title();
        case SERVICE_CONFIGURATION -> "whoever manages the " + owner.title();
      };
    }
    return switch (owner) {
      case CALLER -> "you";
      case PRINCIPAL_ACCOUNT -> "an administrator of the caller's account " + who;
      case BUCKET_OWNER -> "an administrator of the bucket owner's account " + who;
      case KEY_OWNER -> "an administrator of the key owner's account " + who;
      case ORGANIZATION -> "an administrator of the organization that account " + who + " belongs to";
      case SERVICE_CONFIGURATION -> "whoever configures the AWS service in account " + who;
    };
  }

  /** "You can fix this yourself", "An administrator of … can fix it". */
  static String canFixIt(Diagnosis d, Owner owner) {
    String who = forEngineer(d, owner);
    return who.equals("you") ? "you can fix this yourself" : who + " can fix it";
  }

  /** The same, for a customer who is the caller: "your AWS account", never an id. */
  static String forCustomer(Diagnosis d, Owner owner) {
    if (owner == null) return "you";
    ResolvedRequest r = d.request();
    String bucket = r == null ? null : Names.bucket(r.bucket());
    return switch (owner) {
      case CALLER -> "you";
      case PRINCIPAL_ACCOUNT -> "an administrator of your AWS account";
      case BUCKET_OWNER -> sameAccount(r) ? "an administrator of your AWS account, which also owns the bucket,"
          : bucket == null ? "an administrator of the account that owns the bucket"
          : "an administrator of the account that owns " + bucket;
      case KEY_OWNER -> keyIsYours(d) ? "an administrator of your AWS account, which also owns the KMS key,"
          : "whoever administers the KMS key";
      case ORGANIZATION -> "your organization's AWS administrators";
      case SERVICE_CONFIGURATION -> "whoever manages the AWS service in front of the bucket (such as CloudFront)";
    };
  }

  /** {@link Owners#of}, also for a diagnosis without a request: "caller", an account id, or the owner's title. */
  static String owner(Diagnosis d, Owner owner) {
    if (owner == null) return "caller";
    if (d.request() == null) return owner == Owner.CALLER ? "caller" : owner.title();
    return Objects.requireNonNullElse(Owners.of(d, owner), owner.title());
  }

  private static boolean sameAccount(ResolvedRequest r) {
    return r != null && r.relation() == Relation.SAME_ACCOUNT;
  }

  private static boolean keyIsYours(Diagnosis d) {
    ResolvedRequest r = d.request();
    return r != null && r.principalAccount() != null && r.principalAccount().equals(owner(d, Owner.KEY_OWNER));
  }
}
