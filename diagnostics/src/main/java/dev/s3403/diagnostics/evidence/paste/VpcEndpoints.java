package dev.s3403.diagnostics.evidence.paste;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.evidence.VpcEndpointInfo;
import dev.s3403.diagnostics.policy.Arns;
import java.util.Optional;

/**
 * {@code aws ec2 describe-vpc-endpoints}: each endpoint names itself, with its policy as a JSON string. Run with
 * {@code --query "VpcEndpoints[].PolicyDocument"} it prints only the policy, so the endpoint comes from
 * {@code --vpc-endpoint-ids} or the conversation.
 */
final class VpcEndpoints {
  private VpcEndpoints() {}

  static Recognition read(Input in) {
    JsonNode json = in.json().orElse(Draft.NODES.missingNode());
    if (Policies.isBareDocument(json) || json.isArray() && json.size() == 1 && json.get(0).isTextual()) {
      return policyOnly(in, json.isArray() ? json.get(0) : json);
    }
    JsonNode endpoints = json.path("VpcEndpoints");
    if (!endpoints.isArray()) {
      return in.notRecognized("not the output of `aws ec2 describe-vpc-endpoints`: no `VpcEndpoints`");
    }
    if (endpoints.isEmpty()) return in.notRecognized("`describe-vpc-endpoints` found no endpoints: nothing to add");
    Draft draft = new Draft();
    for (JsonNode e : endpoints) {
      Optional<String> id = Fields.text(e, "VpcEndpointId");
      if (id.isEmpty()) continue;
      ObjectNode endpoint = draft.vpcEndpoint(id.get());
      Fields.text(e, "OwnerId").filter(Arns::isAccount).ifPresent(a -> endpoint.put("account", a));
      Fields.text(e, "ServiceName").ifPresent(s -> endpoint.put("service", s));
      Fields.text(e, "VpcEndpointType")
          .flatMap(t -> Fields.named(VpcEndpointInfo.Type.values(), VpcEndpointInfo.Type::wire, t))
          .ifPresent(t -> endpoint.put("type", t.wire()));
      JsonNode policy = e.get("PolicyDocument");
      if (policy == null) {
        endpoint.putNull("policy");   // Gateway Load Balancer endpoints have none: nothing is filtered
      } else if (Policies.decode(policy) instanceof Policies.Document document) {
        endpoint.set("policy", document.json());
      } else {
        draft.note("the policy of `%s` could not be read; it stays unknown".formatted(id.get()));
      }
    }
    return draft.done(in.command().display());
  }

  private static Recognition policyOnly(Input in, JsonNode printed) {
    Draft draft = new Draft();
    Optional<String> id = in.option("--vpc-endpoint-ids").filter(ids -> !ids.contains(","))
        .or(() -> Optional.ofNullable(in.ctx().vpcEndpointId()).map(c -> {
          draft.note("endpoint `%s` taken from the conversation: the output does not name it".formatted(c));
          return c;
        }));
    if (id.isEmpty()) {
      return in.notRecognized("a VPC endpoint policy, but of which endpoint? paste the command line too");
    }
    return switch (Policies.decode(printed)) {
      case Policies.NotADocument(String why) -> in.notRecognized("a VPC endpoint policy that cannot be read: " + why);
      case Policies.Document document -> {
        draft.vpcEndpoint(id.get()).set("policy", document.json());
        yield draft.done(in.command().display());
      }
    };
  }
}
