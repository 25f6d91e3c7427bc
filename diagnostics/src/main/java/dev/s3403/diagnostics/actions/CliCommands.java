package dev.s3403.diagnostics.actions;

import dev.s3403.diagnostics.actions.ActionResolver.Target;
import java.util.List;
import java.util.Optional;

/** The AWS CLI's high-level {@code aws s3} commands and the API calls they make (taxonomy §3.4). */
final class CliCommands {

  private static final List<String> MULTIPART_UPLOAD =
      List.of("CreateMultipartUpload", "UploadPart", "CompleteMultipartUpload", "AbortMultipartUpload");

  private CliCommands() {
  }

  static Optional<CliCommand> parse(String commandLine) {
    return CliArguments.find(commandLine)
        .flatMap(args -> args.service().equals("s3") ? highLevel(args) : S3ApiCommands.resolve(args));
  }

  private static Optional<CliCommand> highLevel(CliArguments args) {
    var b = new CommandBuilder("aws s3 " + args.subcommand(), TransferOptions.of(args));
    Optional<S3Uri> first = args.positionals().stream().findFirst().flatMap(CliCommands::uri);
    return switch (args.subcommand()) {
      case "ls" -> Optional.of(first.map(uri -> b.call("ListObjectsV2", bucketOf(uri)))
          .orElseGet(() -> b.call("ListBuckets", Target.NONE)).build());
      case "cp", "mv", "sync" -> transfer(b, args);
      case "rm" -> first.map(uri -> remove(b, uri, args.has("--recursive")).build());
      case "mb" -> first.map(uri -> b.call("CreateBucket", bucketOf(uri)).build());
      case "rb" -> first.map(uri -> removeBucket(b, uri, args.has("--force")).build());
      case "presign" -> first.map(uri -> b.needs(When.PRESIGNED_URL_USED, "GetObject", objectOf(uri),
          Target.NONE).build());
      case "website" -> first.map(uri -> b.call("PutBucketWebsite", bucketOf(uri)).build());
      default -> Optional.empty();
    };
  }

  private static Optional<CliCommand> transfer(CommandBuilder b, CliArguments args) {
    if (args.positionals().size() < 2) {
      return Optional.empty();
    }
    String from = args.positionals().get(0);
    String to = args.positionals().get(1);
    var how = new How(args.subcommand().equals("sync"), args.subcommand().equals("sync") || args.has("--recursive"),
        args.subcommand().equals("mv"), args.has("--delete"));
    Optional<S3Uri> source = S3Uri.parse(from);
    Optional<S3Uri> destination = S3Uri.parse(to);
    if (source.isPresent() && destination.isPresent()) {
      return Optional.of(copy(b, source.get(), destination.get(), how).build());
    }
    if (source.isPresent()) {
      return Optional.of(download(b, source.get(), how).build());
    }
    return destination.map(uri -> upload(b, from, uri, how).build());
  }

  private static CommandBuilder upload(CommandBuilder b, String localPath, S3Uri to, How how) {
    if (how.sync()) {
      b.call("ListObjectsV2", bucketOf(to));
    }
    var target = new Target(to.bucket(), how.recursive() ? null : to.keyFor(S3Uri.fileName(localPath)));
    b.call("PutObject", target);
    // Files at or above the multipart threshold (8 MB by default) go up in parts instead.
    MULTIPART_UPLOAD.forEach(operation -> b.callWhen(When.MULTIPART, operation, target));
    return deleteExtra(b, to, how);
  }

  private static CommandBuilder download(CommandBuilder b, S3Uri from, How how) {
    var source = new Target(from.bucket(), how.recursive() || from.isPrefix() ? null : from.key());
    if (how.recursive()) {
      b.call("ListObjectsV2", bucketOf(from));
    } else {
      b.call("HeadObject", source);
    }
    b.call("GetObject", source);
    return how.move() ? b.call("DeleteObject", source) : b;
  }

  private static CommandBuilder copy(CommandBuilder b, S3Uri from, S3Uri to, How how) {
    var source = new Target(from.bucket(), how.recursive() || from.isPrefix() ? null : from.key());
    var target = new Target(to.bucket(), how.recursive() ? null : to.keyFor(S3Uri.fileName(from.key())));
    if (how.recursive()) {
      b.call("ListObjectsV2", bucketOf(from));
    }
    if (how.sync()) {
      b.call("ListObjectsV2", bucketOf(to));
    }
    if (!how.recursive()) {
      b.call("HeadObject", source);
    }
    b.call("CopyObject", target, source);
    b.callWhen(When.MULTIPART, "CreateMultipartUpload", target);
    b.callWhen(When.MULTIPART, "UploadPartCopy", target, source);
    b.callWhen(When.MULTIPART, "CompleteMultipartUpload", target);
    b.callWhen(When.MULTIPART, "AbortMultipartUpload", target);
    if (how.move()) {
      b.callWhen(When.SOURCE, "DeleteObject", source);
    }
    return deleteExtra(b, to, how);
  }

  /** {@code sync --delete} removes destination objects that the source does not have. */
  private static CommandBuilder deleteExtra(CommandBuilder b, S3Uri to, How how) {
    return how.sync() && how.delete() ? b.callWhen(When.SYNC_DELETE, "DeleteObject", bucketOf(to)) : b;
  }

  private static CommandBuilder remove(CommandBuilder b, S3Uri uri, boolean recursive) {
    if (!recursive) {
      return b.call("DeleteObject", objectOf(uri));
    }
    return b.call("ListObjectsV2", bucketOf(uri)).call("DeleteObjects", bucketOf(uri));
  }

  private static CommandBuilder removeBucket(CommandBuilder b, S3Uri uri, boolean force) {
    if (force) {
      b.call("ListObjectsV2", bucketOf(uri)).call("DeleteObjects", bucketOf(uri));
    }
    return b.call("DeleteBucket", bucketOf(uri));
  }

  /** {@code ls} also takes a bare {@code bucket/prefix}; the others need {@code s3://}. */
  private static Optional<S3Uri> uri(String argument) {
    return S3Uri.parse(argument.contains("://") ? argument : "s3://" + argument);
  }

  private static Target bucketOf(S3Uri uri) {
    return new Target(uri.bucket(), null);
  }

  private static Target objectOf(S3Uri uri) {
    return new Target(uri.bucket(), uri.isPrefix() ? null : uri.key());
  }

  /** How a cp, mv or sync runs. */
  private record How(boolean sync, boolean recursive, boolean move, boolean delete) {
  }
}
