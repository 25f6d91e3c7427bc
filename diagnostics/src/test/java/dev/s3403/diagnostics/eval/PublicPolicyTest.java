package dev.s3403.diagnostics.eval;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.policy.PolicyKind;
import dev.s3403.diagnostics.policy.json.PolicyJsonReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** S3's "meaning of public" for bucket policies, statement by statement (S3 User Guide, Block Public Access). */
class PublicPolicyTest {

  @ParameterizedTest(name = "{0} -> public={2}")
  @CsvSource(delimiter = '|', textBlock = """
      Principal * without condition            | "Principal":"*"                                                                                    | true
      AWS * without condition                  | "Principal":{"AWS":"*"}                                                                            | true
      a fixed role                             | "Principal":{"AWS":"arn:aws:iam::444455556666:role/etl"}                                           | false
      a fixed account id                       | "Principal":{"AWS":"444455556666"}                                                                 | false
      a fixed service principal                | "Principal":{"Service":"cloudfront.amazonaws.com"}                                                 | false
      * beside a fixed role                    | "Principal":{"AWS":["arn:aws:iam::444455556666:role/etl","*"]}                                    | true
      NotPrincipal in an Allow                 | "NotPrincipal":{"AWS":"arn:aws:iam::444455556666:root"}                                            | true
      * limited to one VPC endpoint            | "Principal":"*","Condition":{"StringEquals":{"aws:SourceVpce":"vpce-0a1b"}}                        | false
      * limited to the organization            | "Principal":"*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-a1b2c3"}}                     | false
      * limited to a CIDR                      | "Principal":"*","Condition":{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}                        | false
      * limited to every IPv4 address          | "Principal":"*","Condition":{"IpAddress":{"aws:SourceIp":"0.0.0.0/0"}}                             | true
      * limited to a /8                       | "Principal":"*","Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}                            | false
      * limited to a /7                       | "Principal":"*","Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/7"}}                            | true
      * limited to an IPv6 /32                | "Principal":"*","Condition":{"IpAddress":{"aws:SourceIp":"2001:db8::/32"}}                         | false
      * limited to an IPv6 /31                | "Principal":"*","Condition":{"IpAddress":{"aws:SourceIp":"2001:db8::/31"}}                         | true
      * limited to a wildcard source ARN       | "Principal":"*","Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:cloudfront::111122223333:*"}}     | true
      * with a fixed source ARN                | "Principal":"*","Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:cloudfront::111122223333:distribution/E1"}} | false
      * excluding the organization             | "Principal":"*","Condition":{"StringNotEquals":{"aws:PrincipalOrgID":"o-a1b2c3"}}                  | true
      * limited only if the key exists         | "Principal":"*","Condition":{"StringEqualsIfExists":{"aws:SourceVpce":"vpce-0a1b"}}                | true
      * limited by a policy variable           | "Principal":"*","Condition":{"StringEquals":{"aws:SourceAccount":"${aws:PrincipalAccount}"}}      | true
      * limited by a key S3 does not name      | "Principal":"*","Condition":{"Bool":{"aws:SecureTransport":"true"}}                                | true
      """)
  void should_call_an_allow_public_unless_it_grants_only_fixed_values(String situation, String principalAndCondition,
      boolean expectedPublic) {
    // GIVEN a bucket policy with one Allow statement
    String json = """
        {"Version":"2012-10-17","Statement":[{"Sid":"S","Effect":"Allow",%s,"Action":"s3:GetObject","Resource":"arn:aws:s3:::acme/*"}]}
        """.formatted(principalAndCondition);
    var policy = PolicyJsonReader.read("bucket policy", PolicyKind.RESOURCE, json).policy();

    // WHEN S3's public test runs
    var publicStatement = PublicPolicy.firstPublicStatement(policy);

    // THEN it is public exactly when the grant is not limited to fixed values
    then(publicStatement != null).as(situation).isEqualTo(expectedPublic);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a Deny to everyone | Deny
      """)
  void should_not_call_a_policy_public_for_its_deny_statements(String situation, String effect) {
    // GIVEN a policy whose only statement to everyone is a Deny
    String json = """
        {"Version":"2012-10-17","Statement":[{"Effect":"%s","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::acme/*"}]}
        """.formatted(effect);
    var policy = PolicyJsonReader.read("bucket policy", PolicyKind.RESOURCE, json).policy();

    // WHEN / THEN it is not public
    then(PublicPolicy.firstPublicStatement(policy)).as(situation).isNull();
  }
}
