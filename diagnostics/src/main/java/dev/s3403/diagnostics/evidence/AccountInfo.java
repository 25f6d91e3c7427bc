package dev.s3403.diagnostics.evidence;

/**
 * An AWS account.
 *
 * @param organization missing means the account is in no organization
 * @param blockPublicAccess the account-level settings; missing means none are set
 */
public record AccountInfo(Fact<String> canonicalId, Fact<Organization> organization,
    Fact<BlockPublicAccess> blockPublicAccess) {}
