package dev.s3403.diagnostics.evidence.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.s3403.diagnostics.evidence.aws.Calls.Answer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.VpcEndpoint;

/**
 * The VPC endpoints involved: the one the request came through ({@code aws:SourceVpce} in the request context) and
 * every one the bucket policies name, each with its owner, service, type and endpoint policy ({@code /vpcEndpoints}).
 * One call per endpoint, all at once, so that an id EC2 does not know spoils no other.
 */
public final class VpcEndpointCollector implements Collector {
  static final String DESCRIBE_VPC_ENDPOINTS = "ec2:DescribeVpcEndpoints";
  private static final String NOT_FOUND = "InvalidVpcEndpointId.NotFound";
  private static final String ELSEWHERE =
      NOT_FOUND + " on " + DESCRIBE_VPC_ENDPOINTS + ": not in the collector's account and region";
  // A whole id: not a prefix before a wildcard (`vpce-1a2b*`), not part of a longer word.
  private static final Pattern ENDPOINT_ID = Pattern.compile("(?<![\\w-])vpce-[0-9a-f]+(?![\\w*?-])");

  @Override
  public Set<String> after() {
    return Set.of("bucket");
  }

  @Override
  public String name() {
    return "vpc-endpoints";
  }

  @Override
  public Set<String> actions() {
    return Set.of(DESCRIBE_VPC_ENDPOINTS);
  }

  @Override
  public String area(Target target) {
    return "/vpcEndpoints";
  }

  @Override
  public void collect(AwsContext aws, Target target, Draft draft) throws InterruptedException {
    Set<String> ids = endpointsIn(draft);
    if (ids.isEmpty()) return;
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> running = new ArrayList<>();
      for (String id : ids) running.add(pool.submit(() -> endpoint(aws.ec2(), draft, id)));
      for (Future<?> f : running) Futures.join(f);
    }
  }

  private static void endpoint(Ec2Client ec2, Draft draft, String id) {
    String at = "/vpcEndpoints/" + Draft.segment(id);
    var answer = Calls.attempt(draft, DESCRIBE_VPC_ENDPOINTS, Set.of(NOT_FOUND),
        () -> ec2.describeVpcEndpoints(r -> r.vpcEndpointIds(id)).vpcEndpoints());
    switch (answer) {
      case Answer.Failed<List<VpcEndpoint>>(String reason) -> draft.unavailable(at, reason);
      // CAUTION: EC2 sees one account and region; an endpoint of another is "not found" too. So no null here (the
      // reader refuses a null endpoint anyway): the entry says what EC2 said.
      case Answer.Missing<List<VpcEndpoint>> none -> draft.unavailable(at, ELSEWHERE);
      case Answer.Value<List<VpcEndpoint>>(List<VpcEndpoint> found) -> {
        if (found.isEmpty()) draft.unavailable(at, ELSEWHERE);
        else write(draft, at, found.getFirst());
      }
    }
  }

  private static void write(Draft draft, String at, VpcEndpoint endpoint) {
    ObjectNode out = Draft.json().createObjectNode().put("account", endpoint.ownerId())
        .put("service", endpoint.serviceName()).put("type", endpoint.vpcEndpointTypeAsString());
    ObjectNode policy = JsonText.object(endpoint.policyDocument());
    if (endpoint.policyDocument() != null && policy == null) {
      draft.unavailable(at + "/policy", "the policy document " + DESCRIBE_VPC_ENDPOINTS + " gave is not a JSON object");
    } else {
      out.set("policy", policy); // null: no document, which is the default policy that allows everything
    }
    draft.put(at, out);
  }

  /** The endpoint ids in the request context and in the string values of every bucket policy in the draft. */
  static Set<String> endpointsIn(Draft draft) {
    Set<String> ids = new LinkedHashSet<>();
    JsonNode source = draft.get("/request/context/aws:SourceVpce");
    if (source != null) addIds(ids, source);
    JsonNode buckets = draft.get("/buckets");
    if (buckets != null) buckets.forEach(bucket -> addIds(ids, bucket.path("policy")));
    return ids;
  }

  private static void addIds(Set<String> ids, JsonNode node) {
    if (node.isTextual()) {
      Matcher m = ENDPOINT_ID.matcher(node.textValue());
      while (m.find()) ids.add(m.group());
    }
    node.forEach(child -> addIds(ids, child));
  }
}
