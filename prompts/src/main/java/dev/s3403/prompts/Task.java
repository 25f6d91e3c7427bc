package dev.s3403.prompts;

import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.prompts.plain.PlainPhrasing;
import dev.s3403.prompts.guard.Guard;
import java.util.function.Function;

/** What the phrasing is for: each has its prompt template and its plain fallback. */
public enum Task {
  /** The explanation that heads a diagnosis. */
  EXPLAIN("prompts/explain.txt", PlainPhrasing::explain, Guard.Use.EXPLAIN),
  /** An answer to a free question in the conversation. */
  FOLLOW_UP("prompts/follow-up.txt", PlainPhrasing::explain, Guard.Use.FOLLOW_UP),
  /** A reply a support engineer can send to a customer. */
  CUSTOMER_REPLY("prompts/customer-reply.txt", PlainPhrasing::customerReply, Guard.Use.CUSTOMER);

  private final String template;
  private final Function<Diagnosis, String> plain;
  private final Guard.Use use;

  Task(String template, Function<Diagnosis, String> plain, Guard.Use use) {
    this.template = template;
    this.plain = plain;
    this.use = use;
  }

  Guard.Use use() {
    return use;
  }

  String template() {
    return template;
  }

  /** The deterministic phrasing, always available. */
  public String plain(Diagnosis d) {
    return plain.apply(d);
  }
}
