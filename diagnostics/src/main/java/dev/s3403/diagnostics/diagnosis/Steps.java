package dev.s3403.diagnostics.diagnosis;

import dev.s3403.diagnostics.eval.Caller;
import dev.s3403.diagnostics.eval.cases.Callers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fix of a cause that is not one missing Allow: the "How to fix" of its page, with the request's real names
 * put in for the page's placeholders ({@code <bucket>}, {@code <key>}, {@code <role-name>}, …). Not verified: no
 * policy change is evaluated.
 */
final class Steps {
  private static final Map<String, String> PAGES = new ConcurrentHashMap<>();

  private Steps() {}

  static Fix forCause(Cause c, Diagnosis d) {
    String page = PAGES.computeIfAbsent(c.info().page(), Steps::read);
    Map<String, String> names = names(d);
    List<String> steps = new ArrayList<>();
    List<String> commands = new ArrayList<>();
    boolean inFix = false;
    boolean inCode = false;
    for (String line : page.lines().toList()) {
      if (line.startsWith("## ")) {
        inFix = line.equals("## How to fix");
        continue;
      }
      if (!inFix) continue;
      if (line.startsWith("```")) {
        inCode = !inCode;
        continue;
      }
      String filled = fill(line, names).strip();
      if (inCode) {
        if (filled.startsWith("aws ")) commands.add(filled);
        continue;
      }
      String content = (filled.startsWith("- ") ? filled.substring(2) : filled).strip();
      if (content.isEmpty()) continue;
      // A bullet that is only a command is a command; prose (with its inline code) is a step.
      String bare = content.replace("`", "");
      if (content.startsWith("`aws ") && content.endsWith("`") && content.indexOf('`', 1) == content.length() - 1) {
        commands.add(bare);
      } else {
        steps.add(bare);
      }
    }
    String summary = steps.isEmpty() ? c.info().title() : steps.getFirst().replaceAll("[:]+$", "");
    return new Fix(summary, steps, commands, null, false);
  }

  /** No concrete change could be written (the evidence lacks the policy to change). */
  static Fix none(Diagnosis d) {
    return new Fix("the evidence does not hold the policy to change; the steps on the cause's page apply",
        List.of(), List.of(), null, false);
  }

  private static String fill(String line, Map<String, String> names) {
    String out = line;
    for (var e : names.entrySet()) {
      if (e.getValue() != null) out = out.replace(e.getKey(), e.getValue());
    }
    return out;
  }

  private static Map<String, String> names(Diagnosis d) {
    var r = d.request();
    Map<String, String> names = new LinkedHashMap<>();
    names.put("<bucket>", r.bucket());
    names.put("<key>", r.key());
    names.put("<bucket-account-id>", r.bucketAccount());
    names.put("<caller-account-id>", r.principalAccount());
    names.put("<account-id>", r.principalAccount());
    names.put("<principal-arn>", r.principal());
    Caller caller = r.principal() == null ? null : Callers.read(r.principal()).orElse(null);
    if (caller != null && caller.roleArn() != null) {
      names.put("<role-name>", caller.roleArn().substring(caller.roleArn().lastIndexOf('/') + 1));
      names.put("<role-arn>", caller.roleArn());
    }
    if (caller != null && caller.kind() == Caller.Kind.USER) {
      names.put("<user-name>", caller.arn().substring(caller.arn().lastIndexOf('/') + 1));
    }
    for (var a : r.actions()) {
      if (a.action().startsWith("kms:") && a.resource() != null && a.resource().startsWith("arn:")) {
        names.put("<kms-key-arn>", a.resource());
      }
    }
    names.put("<region>", d.parsed().region());
    return names;
  }

  private static String read(String resource) {
    try (InputStream in = Steps.class.getResourceAsStream(resource)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
