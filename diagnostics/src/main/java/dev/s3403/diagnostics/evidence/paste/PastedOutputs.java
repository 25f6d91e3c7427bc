package dev.s3403.diagnostics.evidence.paste;

import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.Evidence;
import dev.s3403.diagnostics.evidence.Note;
import dev.s3403.diagnostics.evidence.paste.Recognition.NotRecognized;
import dev.s3403.diagnostics.evidence.paste.Recognition.Recognized;
import dev.s3403.diagnostics.parse.TextRepair;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads AWS CLI outputs pasted into a conversation as evidence: the answers to the questions a diagnosis asks
 * ({@code get-bucket-policy}, {@code head-object}, {@code kms get-key-policy}, …), in JSON, text or table form, with
 * or without their command line, damaged by chat or not. Never throws: anything it cannot read is a
 * {@link NotRecognized} with a reason a user can act on.
 */
public final class PastedOutputs {
  /** Outputs whose policy document text and table output print flattened beyond recovery. */
  private static final java.util.Set<Command> FLATTENED_POLICY = java.util.EnumSet.of(Command.GET_ROLE_POLICY,
      Command.GET_POLICY_VERSION, Command.DESCRIBE_POLICY, Command.DESCRIBE_VPC_ENDPOINTS);

  private PastedOutputs() {}

  /** The evidence in a paste, to merge with {@code Evidence.merge(known, recognized.evidence())}. */
  public static Recognition recognize(String text, Context ctx) {
    try {
      return read(text == null ? "" : text, ctx == null ? Context.none() : ctx);
    } catch (RuntimeException e) {
      // INVARIANT: unreachable; the robustness test feeds mutated pastes to prove it. A reply beats a crash.
      return new NotRecognized("could not read the paste (internal error `%s`): please report it"
          .formatted(e.getClass().getSimpleName()));
    }
  }

  private static Recognition read(String text, Context ctx) {
    TextRepair.Repaired repaired = TextRepair.repair(text);
    List<Paste> parts = Paste.split(repaired.text());
    if (parts.isEmpty()) return new NotRecognized("the paste is empty");
    Bundle known = ctx.known();
    Bundle found = Bundle.empty();
    Set<String> commands = new LinkedHashSet<>();
    List<String> notes = new ArrayList<>();
    List<String> unread = new ArrayList<>();
    for (Paste part : parts) {
      // Each part sees what the parts before it found: two policies of one role pasted together are both kept.
      switch (one(part, ctx.withKnown(known))) {
        case Recognized r -> {
          commands.add(r.command());
          notes.addAll(r.notes());
          Evidence.Merged merged = Evidence.merge(found, r.evidence());
          merged.notes().stream().map(Note::line).forEach(notes::add);
          found = merged.bundle();
          known = Evidence.merge(known, r.evidence()).bundle();
        }
        case NotRecognized n -> unread.add(n.why());
      }
    }
    if (commands.isEmpty()) return new NotRecognized(String.join("; ", unread));
    unread.forEach(why -> notes.add("part of the paste not read: " + why));
    notes.addAll(repaired.warnings());
    return new Recognized(String.join(", ", commands), found, notes);
  }

  private static Recognition one(Paste part, Context ctx) {
    if (part.output().isEmpty()) {
      return new NotRecognized(part.line()
          .map(l -> "only the command line `%s`: paste its output too".formatted(l.command()))
          .orElse("the paste is empty"));
    }
    Output output = Outputs.of(part.output());
    if (output instanceof Output.Broken(String why)) return new NotRecognized(why);
    List<String> notes = new ArrayList<>();
    Optional<CommandLine> line = part.line();
    Command command;
    String format = line.map(l -> l.options().getOrDefault("--output", "json")).orElse("json");
    if (format.startsWith("yaml")) {
      return new NotRecognized("s3-403 reads JSON, text and table output: run it again with `--output json`");
    }
    if (line.isPresent()) {
      Optional<Command> named = Command.of(line.get());
      if (named.isEmpty()) {
        return new NotRecognized("s3-403 does not read the output of `%s`".formatted(line.get().command()));
      }
      command = named.get();
      // Text and table output print a policy document flattened into lines, which loses its structure (statements,
      // conditions): ask for the JSON instead of guessing the policy back.
      if (!format.equals("json") && !line.get().options().containsKey("--query") && FLATTENED_POLICY.contains(command)) {
        return new NotRecognized("`--output %s` flattens the policy document; run `%s` again with `--output json` and paste that"
            .formatted(format, line.get().command()));
      }
    } else {
      Shapes.Guess guess = Shapes.of(output);
      boolean bare = guess.candidates().contains(Command.POLICY_DOCUMENT);
      Optional<CommandLine> asked = asked(ctx, guess.candidates(), bare);
      if (asked.isEmpty() && output instanceof Output.Text(List<List<String>> lines)) asked = askedText(ctx, lines);
      if (asked.isPresent()) {
        line = asked;
        command = Command.of(asked.get()).orElseThrow();
        notes.add("read as the output of `%s`, which the conversation asked for".formatted(asked.get().command()));
      } else if (guess.candidates().isEmpty() || guess.ambiguous()) {
        return new NotRecognized(guess.why());
      } else {
        command = guess.candidates().getFirst();
      }
    }
    boolean text = line.filter(l -> "text".equals(l.options().get("--output"))).isPresent();
    if (text && output instanceof Output.Text(List<List<String>> lines)) {
      // One reader per command: the text is rebuilt as the JSON it stands for, where the command needs that.
      output = TextOutputs.json(command, lines).<Output>map(j -> new Output.Json(j, false)).orElse(output);
    }
    Input in = new Input(command, line, output, ctx);
    Recognition read = output instanceof Output.Error error ? CliErrors.read(in, error) : dispatch(in);
    // `kms get-key-policy --output text` prints the policy, then its name on the policy's last line.
    boolean policyName = text && command == Command.GET_KEY_POLICY;
    if (output instanceof Output.Json json && json.trailing() && !policyName) {
      notes.add("text after the JSON was ignored");
    }
    return switch (read) {
      case Recognized r -> new Recognized(r.command(), r.evidence(), concat(notes, r.notes()));
      case NotRecognized n -> line.filter(l -> l.options().containsKey("--query")).isPresent()
          ? new NotRecognized(n.why() + "; `--query` changed the output: paste it without `--query`") : n;
    };
  }

  private static Recognition dispatch(Input in) {
    return switch (in.command()) {
      case GET_CALLER_IDENTITY -> CallerIdentity.read(in);
      case GET_BUCKET_POLICY -> BucketPolicy.read(in);
      case GET_BUCKET_PUBLIC_ACCESS_BLOCK, GET_ACCOUNT_PUBLIC_ACCESS_BLOCK -> PublicAccessBlock.read(in);
      case GET_BUCKET_ENCRYPTION -> BucketEncryption.read(in);
      case GET_BUCKET_OWNERSHIP_CONTROLS -> BucketSettings.ownership(in);
      case GET_BUCKET_REQUEST_PAYMENT -> BucketSettings.requestPayment(in);
      case HEAD_OBJECT -> HeadObject.read(in);
      case GET_OBJECT_ACL, GET_BUCKET_ACL -> Acls.read(in);
      case GET_KEY_POLICY -> KmsOutputs.keyPolicy(in);
      case DESCRIBE_KEY -> KmsOutputs.describeKey(in);
      case GET_ROLE -> IamRoles.getRole(in);
      case GET_ROLE_POLICY -> IamRoles.getRolePolicy(in);
      case GET_POLICY_VERSION -> PolicyVersion.read(in);
      case LIST_ATTACHED_ROLE_POLICIES -> IamRoles.listAttached(in);
      case DESCRIBE_POLICY -> OrganizationPolicy.read(in);
      case DESCRIBE_VPC_ENDPOINTS -> VpcEndpoints.read(in);
      case POLICY_DOCUMENT -> BarePolicy.read(in);
    };
  }

  /**
   * The last command line the conversation asked for that prints this shape. A bare policy document is only the
   * answer to a question whose command prints one ({@code --query} or {@code --output text}); else it is read as a
   * policy on its own.
   */
  private static Optional<CommandLine> asked(Context ctx, List<Command> candidates, boolean bare) {
    for (int i = ctx.asked().size() - 1; i >= 0; i--) {
      Optional<CommandLine> line = CommandLine.parse(ctx.asked().get(i));
      Optional<Command> command = line.flatMap(Command::of);
      if (command.isEmpty() || !candidates.contains(command.get())) continue;
      var options = line.get().options();
      boolean printsBare = options.containsKey("--query") || "text".equals(options.get("--output"));
      if (!bare || printsBare) return line;
    }
    return Optional.empty();
  }

  /**
   * The last {@code --output text} command line the conversation asked for whose output this text is: text seldom
   * says which command printed it, but it can say it is not the one asked for.
   */
  private static Optional<CommandLine> askedText(Context ctx, List<List<String>> lines) {
    for (int i = ctx.asked().size() - 1; i >= 0; i--) {
      Optional<CommandLine> line = CommandLine.parse(ctx.asked().get(i));
      Optional<Command> command = line.flatMap(Command::of);
      if (command.isEmpty() || !"text".equals(line.get().options().get("--output"))) continue;
      if (TextOutputs.json(command.get(), lines).isPresent()) return line;
    }
    return Optional.empty();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
