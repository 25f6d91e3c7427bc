package dev.s3403.diagnostics.actions;

import dev.s3403.diagnostics.actions.ActionResolver.Target;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The S3 operation-to-IAM-action map (taxonomy §3): which actions an API operation or AWS CLI command needs,
 * on which resources, and under which conditions.
 */
public final class OperationActions {

  private OperationActions() {
  }

  /** Every S3 API operation the map knows, by exact AWS spelling ("GetObject", "ListObjectsV2"), sorted. */
  public static Set<String> operations() {
    return OperationTable.instance().names();
  }

  /**
   * Every IAM action (lower case) some operation of the map needs: a policy naming an S3 action outside it names
   * one that does not exist ("s3:ListObjectsV2" is an operation, not an action).
   */
  public static Set<String> knownActions() {
    return KnownActions.ALL;
  }

  /** Built once, on first use: a diagnosis asks for every action it reads in a policy. */
  private static final class KnownActions {
    static final Set<String> ALL = build();

    private static Set<String> build() {
      var table = OperationTable.instance();
      Set<String> out = new java.util.HashSet<>();
      for (String op : table.names()) {
        table.spec(op).ifPresent(spec -> spec.actions().forEach(a -> out.add(a.action().toLowerCase(java.util.Locale.ROOT))));
      }
      return Set.copyOf(out);
    }
  }

  /** True when the name is an S3 API operation the map knows; matches AWS spelling, also case-insensitively. */
  public static boolean isS3Operation(String operation) {
    return OperationTable.instance().caseInsensitive(operation).isPresent();
  }

  /**
   * The canonical AWS spelling for a case-insensitive, snake_case or kebab-case name ("get_object" →
   * "GetObject", "listobjectsv2" → "ListObjectsV2", "put-object" → "PutObject"; SDK class names such as
   * "GetObjectCommand" too), or empty.
   */
  public static Optional<String> canonical(String operationName) {
    return OperationTable.instance().canonical(operationName);
  }

  /** What the operation needs on this bucket and key (either may be null). Empty list for an unknown operation. */
  public static List<RequiredAction> requiredActions(String operation, String bucket, String key) {
    return requiredActions(operation, bucket, key, null, null);
  }

  /**
   * What the operation needs; for CopyObject and UploadPartCopy {@code bucket}/{@code key} are the destination
   * and {@code sourceBucket}/{@code sourceKey} the copy source. Other operations ignore the source.
   */
  public static List<RequiredAction> requiredActions(String operation, String bucket, String key,
      String sourceBucket, String sourceKey) {
    var table = OperationTable.instance();
    return table.canonical(operation)
        .flatMap(table::spec)
        .map(spec -> ActionResolver.resolve(spec, new Target(bucket, key), new Target(sourceBucket, sourceKey)))
        .orElse(List.of());
  }

  /**
   * The AWS CLI command on the command line (taxonomy §3.4): the API calls it makes and the actions it needs.
   * Understands {@code aws s3 ls|cp|mv|sync|rm|mb|rb|presign|website} and {@code aws s3api|s3control <operation>};
   * empty for anything else.
   */
  public static Optional<CliCommand> cliCommand(String commandLine) {
    return CliCommands.parse(commandLine);
  }
}
