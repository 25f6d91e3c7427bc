package dev.s3403.diagnostics.check;

/** Who can fix a cause: the side whose configuration must change. */
public enum Owner {
  /** The person or program making the request: credentials, headers, the URL, the client. */
  CALLER("caller"),
  /** The administrator of the account the principal belongs to. */
  PRINCIPAL_ACCOUNT("principal's account"),
  /** The administrator of the account that owns the bucket (or access point). */
  BUCKET_OWNER("bucket owner"),
  /** The administrator of the account that owns the KMS key. */
  KEY_OWNER("key owner"),
  /** The administrator of the AWS Organizations management or delegated-admin account. */
  ORGANIZATION("organization administrator"),
  /** Whoever configures the integrating service: CloudFront, Object Lambda, a log-delivering service. */
  SERVICE_CONFIGURATION("AWS service configuration");

  private final String title;

  Owner(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
