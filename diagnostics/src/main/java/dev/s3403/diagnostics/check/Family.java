package dev.s3403.diagnostics.check;

/** The families of root causes in {@code knowledge/s3-403-taxonomy.md} §4, by their letter. */
public enum Family {
  A("who is calling"),
  B("identity side"),
  C("Organizations and data perimeter"),
  D("resource-based policies"),
  E("Block Public Access and anonymous access"),
  F("Object Ownership and ACLs"),
  G("encryption and AWS KMS"),
  H("network path"),
  I("object and bucket state"),
  J("authentication and signing"),
  K("integrations and special buckets");

  private final String title;

  Family(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
