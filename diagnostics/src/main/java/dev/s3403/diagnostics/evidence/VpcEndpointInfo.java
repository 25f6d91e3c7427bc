package dev.s3403.diagnostics.evidence;

/**
 * A VPC endpoint the request went through.
 *
 * @param service the endpoint's service name ({@code com.amazonaws.us-east-1.s3})
 * @param policy missing means the default policy, which allows everything
 */
public record VpcEndpointInfo(Fact<String> account, Fact<String> service, Fact<Type> type,
    Fact<PolicyDocument> policy) {

  /**
   * The kinds of VPC endpoint, as EC2's {@code VpcEndpointType} names them: the spec lists the first three; the others
   * are here so that a collector's answer is never turned away.
   */
  public enum Type implements WireName {
    GATEWAY("Gateway"), INTERFACE("Interface"), GATEWAY_LOAD_BALANCER("GatewayLoadBalancer"), RESOURCE("Resource"),
    SERVICE_NETWORK("ServiceNetwork");

    private final String wire;

    Type(String wire) {
      this.wire = wire;
    }

    @Override
    public String wire() {
      return wire;
    }
  }
}
