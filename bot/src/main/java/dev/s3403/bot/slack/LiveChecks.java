package dev.s3403.bot.slack;

import dev.s3403.bot.server.ChannelSettings;
import dev.s3403.bot.server.ServeConfig;
import dev.s3403.diagnostics.diagnosis.Diagnosis;
import dev.s3403.diagnostics.evidence.aws.Collection;
import dev.s3403.diagnostics.evidence.aws.Live;
import dev.s3403.diagnostics.evidence.aws.Target;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live checks from Slack: allowed only where {@code S3403_CONFIG} maps the channel to the account of the request's
 * principal or bucket; each one writes an audit line. With no mapping, nothing here calls AWS.
 */
final class LiveChecks {
  private static final Logger AUDIT = LoggerFactory.getLogger("dev.s3403.audit");

  private final ServeConfig config;

  LiveChecks(ServeConfig config) {
    this.config = config;
  }

  /** The account this channel may inspect for this diagnosis, or null: the principal's first, then the bucket's. */
  String allowedAccount(String channel, Diagnosis d) {
    List<String> mapped = config.channels().channel(channel).accounts();
    if (mapped.isEmpty() || d.request() == null) return null;
    List<String> candidates = new ArrayList<>();
    candidates.add(d.request().principalAccount());
    candidates.add(d.request().bucketAccount());
    for (String account : candidates) {
      if (account != null && mapped.contains(account)) return account;
    }
    return null;
  }

  /** Collects from the account for the diagnosis's request, and writes the audit line. */
  Collection.Result run(String user, String channel, String account, Diagnosis d) throws Live.CannotCollect, InterruptedException {
    ChannelSettings.AccountAccess access = config.channels().accounts().get(account);
    Live.Settings settings = new Live.Settings(config.aws().region(), config.aws().endpointUrl(),
        access == null ? null : access.roleArn(), access == null ? null : access.externalId(), Live.DEFAULT_CALL_TIMEOUT, Live.DEFAULT_DEADLINE);
    String bucket = d.request().bucket() != null ? d.request().bucket() : d.parsed().bucket();
    String key = d.request().key() != null ? d.request().key() : d.parsed().key();
    Target target = new Target(bucket, key, d.request().principal(), d.request().operation());
    Collection.Result result = null;
    try {
      result = Live.collect(settings, target, line -> { });
      return result;
    } finally {
      // One line per live check, whatever its outcome: who, where, which account, which calls.
      AUDIT.info("live check: user={} channel={} account={} role={} bucket={} calls={}", user, channel, account,
          access == null ? "own credentials" : access.roleArn(), bucket,
          result == null ? "[]" : result.actions());
    }
  }
}
