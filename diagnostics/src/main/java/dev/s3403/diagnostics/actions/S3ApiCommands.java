package dev.s3403.diagnostics.actions;

import static java.util.Map.entry;

import dev.s3403.diagnostics.actions.TransferOptions.WriteEncryption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code aws s3api <operation>} and {@code aws s3control <operation>}: one API call whose options say which
 * conditional actions apply.
 */
final class S3ApiCommands {

  /** The options that send the header or parameter a condition names; absent options rule it out. */
  private static final Map<String, List<String>> SETTLED_BY = Map.ofEntries(
      entry(When.VERSION_ID, List.of("--version-id")),
      entry(When.ACL_HEADER, List.of("--acl", "--grant-full-control", "--grant-read", "--grant-read-acp",
          "--grant-write", "--grant-write-acp")),
      entry(When.TAGGING_HEADER, List.of("--tagging")),
      entry(When.RETENTION, List.of("--object-lock-mode", "--object-lock-retain-until-date")),
      entry(When.LEGAL_HOLD, List.of("--object-lock-legal-hold-status")),
      entry(When.BYPASS_GOVERNANCE, List.of("--bypass-governance-retention")),
      entry(When.FETCH_OWNER, List.of("--fetch-owner")),
      entry(When.OBJECT_LOCK_ENABLED, List.of("--object-lock-enabled-for-bucket")),
      entry(When.OBJECT_OWNERSHIP, List.of("--object-ownership")));
  /** Response details the CLI does not need for the call to succeed. */
  private static final Set<String> RESPONSE_ONLY =
      Set.of(When.TAG_COUNT, When.LEGAL_HOLD_STATUS, When.RETENTION_SETTINGS);

  private S3ApiCommands() {
  }

  static Optional<CliCommand> resolve(CliArguments args) {
    return OperationActions.canonical(args.subcommand()).map(operation -> command(args, operation));
  }

  private static CliCommand command(CliArguments args, String operation) {
    String copySource = args.option("--copy-source");
    String[] source = splitCopySource(copySource);
    WriteEncryption encryption = TransferOptions.encryption(args.option("--server-side-encryption"),
        args.has("--ssekms-key-id"));
    String keyArn = TransferOptions.keyArn(args.option("--ssekms-key-id"));
    boolean control = args.service().equals("s3control");
    var actions = OperationActions.requiredActions(operation, args.option("--bucket"), args.option("--key"),
            source[0], source[1]).stream()
        .filter(a -> keeps(args, control, copySource, a))
        .filter(a -> !TransferOptions.writesEncrypted(operation, a) || encryption != WriteEncryption.NOT_KMS)
        .map(a -> keyArn != null && TransferOptions.writesEncrypted(operation, a)
            ? new RequiredAction(a.action(), keyArn, a.when()) : a)
        // s3control's public access block calls are the account-level ones.
        .map(a -> control && a.when().equals(When.TARGETS_ACCOUNT) ? new RequiredAction(a.action(), a.resource(),
            When.ALWAYS) : a)
        .toList();
    return new CliCommand("aws " + args.service() + " " + args.subcommand(), List.of(operation), actions);
  }

  private static boolean keeps(CliArguments args, boolean control, String copySource, RequiredAction action) {
    String when = action.when();
    if (RESPONSE_ONLY.contains(when) || (control && when.equals(When.TARGETS_BUCKET))) {
      return false;
    }
    if (when.equals(When.SOURCE_VERSION_ID)) {
      return copySource != null && copySource.contains("versionId=");
    }
    if (when.equals(When.VERSION_ID) && args.has("--delete")) {
      return args.option("--delete").contains("VersionId");
    }
    List<String> options = SETTLED_BY.get(when);
    return options == null || options.stream().anyMatch(args::has);
  }

  /** {@code bucket/key?versionId=…}, with an optional leading slash, or an access point object ARN. */
  private static String[] splitCopySource(String copySource) {
    if (copySource == null || copySource.isBlank()) {
      return new String[] {null, null};
    }
    String path = copySource.split("\\?", 2)[0];
    path = path.startsWith("/") ? path.substring(1) : path;
    int objectMarker = path.indexOf("/object/");
    if (path.startsWith("arn:") && objectMarker > 0) {
      return new String[] {path.substring(0, objectMarker), path.substring(objectMarker + "/object/".length())};
    }
    int slash = path.indexOf('/');
    return slash < 0 ? new String[] {path, null} : new String[] {path.substring(0, slash), path.substring(slash + 1)};
  }
}
