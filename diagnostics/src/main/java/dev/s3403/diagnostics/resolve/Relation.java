package dev.s3403.diagnostics.resolve;

/**
 * How the caller's account stands to the bucket's. It decides which rules apply and how much the error text can
 * say: AWS gives no enhanced message across organizations.
 */
public enum Relation {
  SAME_ACCOUNT, SAME_ORGANIZATION, CROSS_ORGANIZATION,
  /** Both accounts are known but whether they share an organization is not. */
  CROSS_ACCOUNT,
  /** One of the accounts is not known. */
  UNKNOWN
}
