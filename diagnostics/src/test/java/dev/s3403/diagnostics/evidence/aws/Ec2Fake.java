package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static dev.s3403.diagnostics.evidence.aws.AwsWire.ec2Call;
import static dev.s3403.diagnostics.evidence.aws.AwsWire.xmlAnswer;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * EC2 as WireMock plays it (query protocol: {@code Action=DescribeVpcEndpoints&VpcEndpointId.1=…} in the form body,
 * XML back): a Gateway endpoint for S3 with a policy, and an Interface endpoint with none.
 */
final class Ec2Fake {
  static final String GATEWAY = "vpce-0a1b2c3d4e5f60718";
  static final String INTERFACE = "vpce-1a2b3c4d";
  static final String GATEWAY_POLICY = """
      {"Version":"2008-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject",\
      "Resource":"arn:aws:s3:::acme-reports/*"}]}""";

  private Ec2Fake() {}

  /** DescribeVpcEndpoints asked about one endpoint. */
  static MappingBuilder describe(String id) {
    return ec2Call("DescribeVpcEndpoints").withRequestBody(containing("VpcEndpointId.1=" + id));
  }

  static void endpoints(WireMockExtension wm) {
    wm.stubFor(describe(GATEWAY).willReturn(xmlAnswer(answer("""
        <item><vpcEndpointId>%s</vpcEndpointId><vpcEndpointType>Gateway</vpcEndpointType>
          <vpcId>vpc-0123456789abcdef0</vpcId><serviceName>com.amazonaws.us-east-1.s3</serviceName>
          <state>available</state><policyDocument>%s</policyDocument><ownerId>111122223333</ownerId></item>"""
        .formatted(GATEWAY, GATEWAY_POLICY.replace("\"", "&quot;"))))));
    wm.stubFor(describe(INTERFACE).willReturn(xmlAnswer(answer("""
        <item><vpcEndpointId>%s</vpcEndpointId><vpcEndpointType>Interface</vpcEndpointType>
          <vpcId>vpc-0123456789abcdef0</vpcId><serviceName>com.amazonaws.vpce.us-east-1.vpce-svc-0abc</serviceName>
          <state>available</state><ownerId>555566667777</ownerId></item>""".formatted(INTERFACE)))));
  }

  /** What the collector writes for {@link #endpoints}. */
  static String written() {
    return """
        {"%s":{"account":"111122223333","service":"com.amazonaws.us-east-1.s3","type":"Gateway","policy":%s},
         "%s":{"account":"555566667777","service":"com.amazonaws.vpce.us-east-1.vpce-svc-0abc","type":"Interface",
               "policy":null}}""".formatted(GATEWAY, GATEWAY_POLICY, INTERFACE);
  }

  private static String answer(String items) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <DescribeVpcEndpointsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
          <requestId>8f2c6c1e-ec2-request</requestId>
          <vpcEndpointSet>%s</vpcEndpointSet>
        </DescribeVpcEndpointsResponse>""".formatted(items);
  }
}
