package dev.s3403.diagnostics.evidence.aws;

import static dev.s3403.diagnostics.evidence.aws.S3Fake.NS;

import java.util.LinkedHashMap;
import java.util.Map;

/** What S3 answers for one well-configured bucket in eu-west-1, keyed by the subresource asked for. */
final class S3Bodies {
  static final String OWNER = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be";
  static final String KEY_ARN = "arn:aws:kms:eu-west-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  static final String POLICY = """
      {"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*",\
      "Action":"s3:*","Resource":["arn:aws:s3:::acme-reports","arn:aws:s3:::acme-reports/*"],\
      "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}""";

  private S3Bodies() {}

  static Map<String, String> bucket() {
    var answers = new LinkedHashMap<String, String>();
    answers.put("location", "<LocationConstraint xmlns=\"" + NS + "\">eu-west-1</LocationConstraint>");
    answers.put("policy", POLICY);
    answers.put("publicAccessBlock", "<PublicAccessBlockConfiguration xmlns=\"" + NS + "\"><BlockPublicAcls>true"
        + "</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy>"
        + "<RestrictPublicBuckets>false</RestrictPublicBuckets></PublicAccessBlockConfiguration>");
    answers.put("ownershipControls", "<OwnershipControls xmlns=\"" + NS + "\"><Rule><ObjectOwnership>"
        + "BucketOwnerPreferred</ObjectOwnership></Rule></OwnershipControls>");
    answers.put("acl", acl());
    answers.put("encryption", "<ServerSideEncryptionConfiguration xmlns=\"" + NS + "\"><Rule>"
        + "<ApplyServerSideEncryptionByDefault><SSEAlgorithm>aws:kms</SSEAlgorithm><KMSMasterKeyID>" + KEY_ARN
        + "</KMSMasterKeyID></ApplyServerSideEncryptionByDefault><BucketKeyEnabled>true</BucketKeyEnabled>"
        + "<BlockedEncryptionTypes><EncryptionType>SSE-C</EncryptionType></BlockedEncryptionTypes></Rule>"
        + "</ServerSideEncryptionConfiguration>");
    answers.put("requestPayment", "<RequestPaymentConfiguration xmlns=\"" + NS + "\"><Payer>BucketOwner</Payer>"
        + "</RequestPaymentConfiguration>");
    answers.put("versioning", "<VersioningConfiguration xmlns=\"" + NS + "\"><Status>Enabled</Status>"
        + "</VersioningConfiguration>");
    answers.put("object-lock", "<ObjectLockConfiguration xmlns=\"" + NS + "\"><ObjectLockEnabled>Enabled"
        + "</ObjectLockEnabled><Rule><DefaultRetention><Mode>GOVERNANCE</Mode><Days>30</Days></DefaultRetention>"
        + "</Rule></ObjectLockConfiguration>");
    answers.put("website", "<WebsiteConfiguration xmlns=\"" + NS + "\"><IndexDocument><Suffix>index.html</Suffix>"
        + "</IndexDocument><ErrorDocument><Key>error.html</Key></ErrorDocument></WebsiteConfiguration>");
    return answers;
  }

  /** The owner's full control and the log delivery group's write, as GetBucketAcl and GetObjectAcl return them. */
  static String acl() {
    String xsi = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";
    return "<AccessControlPolicy xmlns=\"" + NS + "\"><Owner><ID>" + OWNER + "</ID></Owner><AccessControlList>"
        + "<Grant><Grantee " + xsi + " xsi:type=\"CanonicalUser\"><ID>" + OWNER + "</ID></Grantee>"
        + "<Permission>FULL_CONTROL</Permission></Grant>"
        + "<Grant><Grantee " + xsi + " xsi:type=\"Group\"><URI>http://acs.amazonaws.com/groups/s3/LogDelivery</URI>"
        + "</Grantee><Permission>WRITE</Permission></Grant></AccessControlList></AccessControlPolicy>";
  }
}
