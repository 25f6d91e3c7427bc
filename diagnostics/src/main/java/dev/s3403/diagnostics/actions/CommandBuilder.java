package dev.s3403.diagnostics.actions;

import dev.s3403.diagnostics.actions.ActionResolver.Target;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Collects the API calls of one CLI command and merges the actions they need, without repeats. */
final class CommandBuilder {

  private final String command;
  private final TransferOptions options;
  private final Set<String> operations = new LinkedHashSet<>();
  private final List<RequiredAction> actions = new ArrayList<>();

  CommandBuilder(String command, TransferOptions options) {
    this.command = command;
    this.options = options;
  }

  /** A call the command always makes. */
  CommandBuilder call(String operation, Target target) {
    return callWhen(null, operation, target, Target.NONE);
  }

  /** A copy-like call with a source. */
  CommandBuilder call(String operation, Target target, Target source) {
    return callWhen(null, operation, target, source);
  }

  /** A call made only under {@code condition}: its unconditional actions take that condition. */
  CommandBuilder callWhen(String condition, String operation, Target target) {
    return callWhen(condition, operation, target, Target.NONE);
  }

  CommandBuilder callWhen(String condition, String operation, Target target, Target source) {
    operations.add(operation);
    return needs(condition, operation, target, source);
  }

  /** The actions of a call made later by someone else (a presigned URL): not one of the command's calls. */
  CommandBuilder needs(String condition, String operation, Target target, Target source) {
    for (RequiredAction action : OperationActions.requiredActions(operation, target.bucket(), target.key(),
        source.bucket(), source.key())) {
      if (options.keeps(operation, action)) {
        merge(relabel(options.adjust(operation, action), condition));
      }
    }
    return this;
  }

  CliCommand build() {
    return new CliCommand(command, List.copyOf(operations), actions);
  }

  private static RequiredAction relabel(RequiredAction action, String condition) {
    if (condition == null) {
      return action;
    }
    if (action.unconditional()) {
      return new RequiredAction(action.action(), action.resource(), condition);
    }
    if (condition.equals(When.MULTIPART) && When.isWriteEncryption(action.when())) {
      return new RequiredAction(action.action(), action.resource(), When.MULTIPART_SSE_KMS);
    }
    return action;
  }

  private void merge(RequiredAction action) {
    for (int i = 0; i < actions.size(); i++) {
      RequiredAction known = actions.get(i);
      if (!known.action().equals(action.action()) || !Objects.equals(known.resource(), action.resource())) {
        continue;
      }
      // The copy-side phrase says more than `always` about the same grant.
      if (known.when().equals(When.ALWAYS) && action.unconditional() && !action.when().equals(When.ALWAYS)) {
        actions.set(i, action);
        return;
      }
      if (known.when().equals(action.when()) || covers(known, action)) {
        return;
      }
    }
    actions.add(action);
  }

  private static boolean covers(RequiredAction known, RequiredAction action) {
    if (known.unconditional()) {
      return true;
    }
    // A key needed for every encrypted write is needed for multipart ones too.
    return action.when().equals(When.MULTIPART_SSE_KMS) && When.isWriteEncryption(known.when());
  }
}
