package dev.s3403.diagnostics.policy;

/** Where a policy is attached: it decides which elements a statement must and must not have. */
public enum PolicyKind {
  IDENTITY, PERMISSIONS_BOUNDARY, SESSION, SERVICE_CONTROL, RESOURCE, RESOURCE_CONTROL, VPC_ENDPOINT, KEY;

  /** Resource-side policies name who they apply to; principal-side policies never do. */
  public boolean hasPrincipal() {
    return switch (this) {
      case RESOURCE, RESOURCE_CONTROL, VPC_ENDPOINT, KEY -> true;
      case IDENTITY, PERMISSIONS_BOUNDARY, SESSION, SERVICE_CONTROL -> false;
    };
  }
}
