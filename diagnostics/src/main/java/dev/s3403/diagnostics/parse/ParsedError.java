package dev.s3403.diagnostics.parse;

import dev.s3403.diagnostics.actions.RequiredAction;
import java.util.List;

/**
 * What a pasted text says about one AWS error, field by field (docs/parse-fields.md). A field the text does
 * not show is {@code null}: nothing here is guessed, except {@code requiredActions}, which comes from the
 * operation-to-action map.
 */
public record ParsedError(
    boolean isAccessDenied,
    String service,
    String tool,
    String operation,
    String errorCode,
    Integer httpStatus,
    String message,
    String bucket,
    String key,
    String prefix,
    String accessPointArn,
    String principalArn,
    String action,
    String resourceArn,
    String denyType,
    String policyType,
    String transitivePolicyType,
    String policyArn,
    String authorizationId,
    String requestId,
    String hostId,
    String region,
    List<RequiredAction> requiredActions,
    List<String> warnings) {

  public ParsedError {
    requiredActions = List.copyOf(requiredActions);
    warnings = List.copyOf(warnings);
  }
}
