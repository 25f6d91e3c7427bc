package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static dev.s3403.diagnostics.evidence.aws.AwsWire.jsonAnswer;
import static dev.s3403.diagnostics.evidence.aws.AwsWire.jsonCall;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** KMS as WireMock plays it (JSON 1.1, {@code X-Amz-Target: TrentService.<Operation>}): one customer managed key. */
final class KmsFake {
  static final String KEY_ARN = "arn:aws:kms:us-east-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  static final String KEY_POLICY = """
      {"Version":"2012-10-17","Statement":[{"Sid":"Enable IAM policies","Effect":"Allow",\
      "Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":"kms:*","Resource":"*"}]}""";

  private KmsFake() {}

  /** A call about one key, named by its ARN, id or alias as the request's {@code KeyId}. */
  static MappingBuilder call(String operation, String keyId) {
    return jsonCall("TrentService." + operation).withRequestBody(matchingJsonPath("$.KeyId", equalTo(keyId)));
  }

  /** The four answers about {@link #KEY_ARN}: enabled, its key policy, two grants, one alias. */
  static void key(WireMockExtension wm) {
    key(wm, KEY_ARN);
  }

  /** The same answers about another key ARN. */
  static void key(WireMockExtension wm, String arn) {
    wm.stubFor(call("DescribeKey", arn).willReturn(jsonAnswer(describeKey().replace(KEY_ARN, arn))));
    wm.stubFor(call("GetKeyPolicy", arn).withRequestBody(matchingJsonPath("$.PolicyName", equalTo("default")))
        .willReturn(jsonAnswer("{\"Policy\":%s,\"PolicyName\":\"default\"}".formatted(quoted(KEY_POLICY)))));
    wm.stubFor(call("ListGrants", arn).willReturn(jsonAnswer("""
        {"Grants":[
          {"KeyId":"%1$s","GrantId":"g-1","GranteePrincipal":"arn:aws:iam::111122223333:role/app",
           "IssuingAccount":"arn:aws:iam::444455556666:root","Operations":["Decrypt","GenerateDataKey"],
           "Constraints":{"EncryptionContextSubset":{"aws:s3:arn":"arn:aws:s3:::acme-reports"}}},
          {"KeyId":"%1$s","GrantId":"g-2","GranteePrincipal":"arn:aws:iam::444455556666:role/backup",
           "IssuingAccount":"arn:aws:iam::444455556666:root","Operations":["Decrypt"]}],
         "Truncated":false}""".formatted(arn))));
    wm.stubFor(call("ListAliases", arn).willReturn(jsonAnswer("""
        {"Aliases":[{"AliasName":"alias/reports","AliasArn":"arn:aws:kms:us-east-1:444455556666:alias/reports",
          "TargetKeyId":"1234abcd-12ab-34cd-56ef-1234567890ab"}],"Truncated":false}""")));
  }

  static String describeKey() {
    return """
        {"KeyMetadata":{"AWSAccountId":"444455556666","KeyId":"1234abcd-12ab-34cd-56ef-1234567890ab",
          "Arn":"%s","CreationDate":1.7632512E9,"Enabled":true,"KeyUsage":"ENCRYPT_DECRYPT",
          "KeyState":"Enabled","Origin":"AWS_KMS","KeyManager":"CUSTOMER","KeySpec":"SYMMETRIC_DEFAULT"}}"""
        .formatted(KEY_ARN);
  }

  /** What the collector writes for {@link #key}. */
  static String written() {
    return """
        {"%s":{"account":"444455556666","manager":"CUSTOMER","state":"Enabled","policy":%s,
          "grants":[
            {"grantee":"arn:aws:iam::111122223333:role/app","operations":["Decrypt","GenerateDataKey"],
             "constraints":{"encryptionContextSubset":{"aws:s3:arn":"arn:aws:s3:::acme-reports"},
                            "encryptionContextEquals":null}},
            {"grantee":"arn:aws:iam::444455556666:role/backup","operations":["Decrypt"],"constraints":null}],
          "aliases":["alias/reports"]}}""".formatted(KEY_ARN, KEY_POLICY);
  }

  private static String quoted(String json) {
    return "\"" + json.replace("\"", "\\\"") + "\"";
  }
}
