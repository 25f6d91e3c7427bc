package dev.s3403.diagnostics.evidence.aws;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The account-level Block Public Access of the principal's account, from S3 Control. Without a principal ARN naming
 * an account (none given, a service principal, anonymous) there is no account to read.
 */
public final class AccountCollector implements Collector {
  private static final String ACTION = "s3:GetAccountPublicAccessBlock";
  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

  @Override
  public String name() {
    return "account";
  }

  @Override
  public Set<String> actions() {
    return Set.of(ACTION);
  }

  @Override
  public String area(Target target) {
    String account = account(target.principal());
    return account == null ? "/accounts" : "/accounts/" + account;
  }

  @Override
  public void collect(AwsContext aws, Target target, Draft draft) {
    String account = account(target.principal());
    if (account == null) return;
    String pointer = area(target) + "/blockPublicAccess";
    var answer = Calls.call(draft, pointer, ACTION, Set.of("NoSuchPublicAccessBlockConfiguration"),
        () -> aws.s3control().getPublicAccessBlock(r -> r.accountId(account)));
    if (answer == null) return;
    var flags = answer.publicAccessBlockConfiguration();
    draft.put(pointer, S3Answers.blockPublicAccess(flags.blockPublicAcls(), flags.ignorePublicAcls(),
        flags.blockPublicPolicy(), flags.restrictPublicBuckets()));
  }

  /** The 12-digit account of an ARN ({@code arn:aws:sts::111122223333:assumed-role/…}), or null. */
  static String account(String principal) {
    if (principal == null) return null;
    String[] parts = principal.split(":", 6);
    boolean arn = parts.length == 6 && parts[0].equals("arn");
    return arn && ACCOUNT_ID.matcher(parts[4]).matches() ? parts[4] : null;
  }
}
