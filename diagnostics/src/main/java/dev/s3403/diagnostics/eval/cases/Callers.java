package dev.s3403.diagnostics.eval.cases;

import dev.s3403.diagnostics.eval.Caller;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code request.principal} forms of a simulation case into a {@link Caller}. */
public final class Callers {
  private Callers() {}

  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern ARN = Pattern.compile("arn:(aws[a-z-]*):(iam|sts)::(\\d{12}):(.+)");
  private static final Pattern SERVICE = Pattern.compile("[a-z0-9.-]+\\.amazonaws\\.com(\\.cn)?");

  /** The caller, or empty when the text is none of the documented forms. */
  public static Optional<Caller> read(String principal) {
    if (principal.equals("anonymous")) return Optional.of(Caller.anonymous());
    if (SERVICE.matcher(principal).matches()) return Optional.of(Caller.service(principal));
    if (ACCOUNT.matcher(principal).matches()) {
      return Optional.of(new Caller("arn:aws:iam::%s:root".formatted(principal), principal, null, null));
    }
    Matcher m = ARN.matcher(principal);
    if (!m.matches()) return Optional.empty();
    String partition = m.group(1);
    String account = m.group(3);
    String rest = m.group(4);
    if (m.group(2).equals("sts") && rest.startsWith("assumed-role/")) {
      String[] parts = rest.split("/");
      if (parts.length < 3) return Optional.empty();
      // The session ARN drops the role's path, so the role ARN is rebuilt without one, as aws:PrincipalArn shows it.
      String role = "arn:%s:iam::%s:role/%s".formatted(partition, account, parts[1]);
      return Optional.of(new Caller(principal, account, role, null));
    }
    if (m.group(2).equals("iam") && rest.startsWith("role/")) {
      // A role acts only through its sessions, so a role given as the caller is any session of it: a grant to
      // the role ARN reaches it as it reaches a session (limited by boundary and session policy), and the ARN,
      // path included, is what aws:PrincipalArn holds.
      return Optional.of(new Caller(principal, account, principal, null));
    }
    return Optional.of(new Caller(principal, account, null, null));
  }
}
