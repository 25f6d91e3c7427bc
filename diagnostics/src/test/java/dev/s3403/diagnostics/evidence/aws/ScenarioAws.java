package dev.s3403.diagnostics.evidence.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario's evidence bundle served as AWS would serve it, in each service's protocol: S3 REST/XML (path-style),
 * S3 Control, IAM and STS query/XML, KMS and Organizations JSON, EC2 query/XML, CloudTrail JSON. What the bundle
 * does not hold is answered as AWS answers a collector without rights. Every answer can be delayed, to measure.
 */
final class ScenarioAws {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String S3NS = "http://s3.amazonaws.com/doc/2006-03-01/";
  private static final String IAMNS = "https://iam.amazonaws.com/doc/2010-05-08/";

  private final WireMockExtension aws;
  private final int delayMillis;

  ScenarioAws(WireMockExtension aws, int delayMillis) {
    this.aws = aws;
    this.delayMillis = delayMillis;
  }

  void serve(JsonNode bundle) {
    // The collector runs as the read-only role in the bucket owner's account, as s3-403 collect --account-role does.
    String home = "999999999999";
    for (var b : bundle.path("buckets").properties()) if (b.getValue().hasNonNull("account")) home = b.getValue().get("account").asText();
    serve(bundle, home);
  }

  void serve(JsonNode bundle, String home) {
    stub(any(anyUrl()).atPriority(100), xml(403, "<Error><Code>AccessDenied</Code><Message>Access Denied</Message>"
        + "<RequestId>R0</RequestId></Error>"));
    stub(post(urlPathEqualTo("/")).withHeader("X-Amz-Target", containing("")).atPriority(90),
        json(400, "{\"__type\":\"AccessDeniedException\",\"message\":\"not authorized\"}"));
    stub(post(urlPathEqualTo("/")).withRequestBody(containing("Action=GetCallerIdentity")),
        xml(200, "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"
            + "<Arn>arn:aws:sts::" + home + ":assumed-role/s3-403-read-only/s3-403</Arn><UserId>AROACOLLECTOR:s3-403</UserId>"
            + "<Account>" + home + "</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>S1</RequestId>"
            + "</ResponseMetadata></GetCallerIdentityResponse>"));
    StringBuilder mine = new StringBuilder("<ListAllMyBucketsResult xmlns=\"" + S3NS + "\"><Owner><ID>"
        + bundle.at("/accounts/" + home + "/canonicalId").asText("0000") + "</ID></Owner><Buckets>");
    for (var b : bundle.path("buckets").properties()) {
      if (home.equals(b.getValue().path("account").asText())) {
        mine.append("<Bucket><Name>").append(b.getKey()).append("</Name><CreationDate>2025-01-01T00:00:00.000Z</CreationDate></Bucket>");
      }
    }
    stub(get(urlPathEqualTo("/")).atPriority(5), xml(200, mine.append("</Buckets></ListAllMyBucketsResult>").toString()));
    bundle.path("buckets").properties().forEach(e -> bucket(e.getKey(), e.getValue()));
    bundle.path("principals").properties().forEach(e -> principal(e.getKey(), e.getValue()));
    bundle.path("accounts").properties().forEach(e -> account(e.getKey(), e.getValue()));
    bundle.path("kmsKeys").properties().forEach(e -> key(e.getKey(), e.getValue()));
    stub(post(urlPathEqualTo("/")).withHeader("X-Amz-Target", containing("LookupEvents")).atPriority(5),
        json(200, "{\"Events\":[]}"));
  }

  // --- S3 -------------------------------------------------------------------------------------------------------

  private void bucket(String name, JsonNode b) {
    String path = "/" + name;
    if (!b.path("exists").asBoolean(true)) {
      stub(get(urlPathEqualTo(path)).atPriority(5), s3Error(404, "NoSuchBucket"));
      return;
    }
    String region = b.path("region").asText("us-east-1");
    stub(s3(path, "location"), xml(200, "<LocationConstraint xmlns=\"" + S3NS + "\">" + (region.equals("us-east-1") ? "" : region)
        + "</LocationConstraint>"));
    stub(s3(path, "policy"), b.path("policy").isObject() ? json(200, b.get("policy").toString()) : s3Error(404, "NoSuchBucketPolicy"));
    stub(s3(path, "publicAccessBlock"), b.path("blockPublicAccess").isObject() ? xml(200, bpa(b.get("blockPublicAccess")))
        : s3Error(404, "NoSuchPublicAccessBlockConfiguration"));
    stub(s3(path, "ownershipControls"), b.path("objectOwnership").isTextual()
        ? xml(200, "<OwnershipControls xmlns=\"" + S3NS + "\"><Rule><ObjectOwnership>" + b.get("objectOwnership").asText()
            + "</ObjectOwnership></Rule></OwnershipControls>") : s3Error(404, "OwnershipControlsNotFoundError"));
    if (b.path("acl").isObject()) stub(s3(path, "acl"), xml(200, acl(b.get("acl"))));
    JsonNode enc = b.path("encryption");
    stub(s3(path, "encryption"), enc.isObject() ? xml(200, "<ServerSideEncryptionConfiguration xmlns=\"" + S3NS + "\"><Rule>"
        + "<ApplyServerSideEncryptionByDefault><SSEAlgorithm>" + enc.path("algorithm").asText("AES256") + "</SSEAlgorithm>"
        + (enc.hasNonNull("kmsKeyArn") ? "<KMSMasterKeyID>" + enc.get("kmsKeyArn").asText() + "</KMSMasterKeyID>" : "")
        + "</ApplyServerSideEncryptionByDefault><BucketKeyEnabled>" + enc.path("bucketKeyEnabled").asBoolean(false)
        + "</BucketKeyEnabled></Rule></ServerSideEncryptionConfiguration>") : s3Error(404, "ServerSideEncryptionConfigurationNotFoundError"));
    stub(s3(path, "requestPayment"), xml(200, "<RequestPaymentConfiguration xmlns=\"" + S3NS + "\"><Payer>"
        + (b.path("requesterPays").asBoolean(false) ? "Requester" : "BucketOwner") + "</Payer></RequestPaymentConfiguration>"));
    String versioning = b.path("versioning").asText("Disabled");
    stub(s3(path, "versioning"), xml(200, "<VersioningConfiguration xmlns=\"" + S3NS + "\">"
        + (versioning.equals("Disabled") ? "" : "<Status>" + versioning + "</Status>") + "</VersioningConfiguration>"));
    stub(s3(path, "object-lock"), s3Error(404, "ObjectLockConfigurationNotFoundError"));
    stub(s3(path, "website"), s3Error(404, "NoSuchWebsiteConfiguration"));
    b.path("objects").properties().forEach(o -> object(name, o.getKey(), o.getValue()));
  }

  private void object(String bucket, String key, JsonNode o) {
    String path = "/" + bucket + "/" + encodePath(key);
    if (!o.path("exists").asBoolean(true)) {
      stub(head(urlPathEqualTo(path)).atPriority(5), aResponse().withStatus(404));
      return;
    }
    ResponseDefinitionBuilder r = aResponse().withStatus(200).withHeader("Content-Length", "1024")
        .withHeader("Last-Modified", "Sat, 21 Nov 2026 10:00:00 GMT").withHeader("ETag", "\"abc\"")
        .withHeader("x-amz-request-id", "H1");
    JsonNode enc = o.path("encryption");
    if (enc.isObject()) {
      r.withHeader("x-amz-server-side-encryption", enc.path("algorithm").asText("AES256"));
      if (enc.hasNonNull("kmsKeyArn")) r.withHeader("x-amz-server-side-encryption-aws-kms-key-id", enc.get("kmsKeyArn").asText());
    }
    if (o.hasNonNull("storageClass") && !o.get("storageClass").asText().equals("STANDARD")) {
      r.withHeader("x-amz-storage-class", o.get("storageClass").asText());
    }
    stub(head(urlPathEqualTo(path)).atPriority(5), r);
    if (o.path("acl").isObject()) stub(s3(path, "acl"), xml(200, acl(o.get("acl"))));
  }

  private static MappingBuilder s3(String path, String subresource) {
    return get(urlPathEqualTo(path)).withQueryParam(subresource, equalTo("")).atPriority(5);
  }

  private static String bpa(JsonNode f) {
    StringBuilder x = new StringBuilder("<PublicAccessBlockConfiguration xmlns=\"" + S3NS + "\">");
    for (String flag : List.of("BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets")) {
      x.append('<').append(flag).append('>').append(f.path(flag).asBoolean(false)).append("</").append(flag).append('>');
    }
    return x.append("</PublicAccessBlockConfiguration>").toString();
  }

  private static String acl(JsonNode acl) {
    StringBuilder x = new StringBuilder("<AccessControlPolicy xmlns=\"" + S3NS + "\"><Owner><ID>" + acl.path("owner").asText()
        + "</ID></Owner><AccessControlList>");
    for (JsonNode g : acl.path("grants")) {
      JsonNode grantee = g.path("grantee");
      String type = grantee.path("type").asText("CanonicalUser");
      x.append("<Grant><Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"").append(type).append("\">");
      if (grantee.hasNonNull("id")) x.append("<ID>").append(grantee.get("id").asText()).append("</ID>");
      if (grantee.hasNonNull("uri")) x.append("<URI>").append(grantee.get("uri").asText()).append("</URI>");
      x.append("</Grantee><Permission>").append(g.path("permission").asText()).append("</Permission></Grant>");
    }
    return x.append("</AccessControlList></AccessControlPolicy>").toString();
  }

  // --- IAM ------------------------------------------------------------------------------------------------------

  private void principal(String arn, JsonNode p) {
    boolean role = p.path("type").asText("role").equals("role");
    String name = arn.substring(arn.lastIndexOf('/') + 1);
    String kind = role ? "Role" : "User";
    String account = p.path("account").asText();
    StringBuilder entity = new StringBuilder("<Path>/</Path><" + kind + "Name>" + name + "</" + kind + "Name><" + kind + "Id>"
        + p.path("id").asText("AROAEXAMPLE" + Math.abs(name.hashCode())) + "</" + kind + "Id><Arn>" + arn + "</Arn>"
        + "<CreateDate>2025-01-10T00:00:00Z</CreateDate>");
    JsonNode boundary = p.path("permissionsBoundary");
    if (boundary.isObject()) {
      String barn = boundary.path("arn").asText("arn:aws:iam::" + account + ":policy/" + boundary.path("name").asText("Boundary"));
      entity.append("<PermissionsBoundary><PermissionsBoundaryType>Policy</PermissionsBoundaryType><PermissionsBoundaryArn>")
          .append(barn).append("</PermissionsBoundaryArn></PermissionsBoundary>");
      managed(barn, boundary.path("document"));
    }
    if (p.path("tags").isObject() && !p.path("tags").isEmpty()) {
      entity.append("<Tags>");
      p.get("tags").properties().forEach(t -> entity.append("<member><Key>").append(t.getKey()).append("</Key><Value>")
          .append(t.getValue().asText()).append("</Value></member>"));
      entity.append("</Tags>");
    }
    stub(iam("Get" + kind, kind + "Name=" + name), iamXml("Get" + kind, "<" + kind + ">" + entity + "</" + kind + ">"));
    List<String> inline = new ArrayList<>();
    List<String[]> attached = new ArrayList<>();
    for (JsonNode pol : p.path("identityPolicies")) {
      if (pol.hasNonNull("arn")) {
        attached.add(new String[] {pol.path("name").asText(), pol.get("arn").asText()});
        managed(pol.get("arn").asText(), pol.path("document"));
      } else {
        inline.add(pol.path("name").asText());
        stub(iam("Get" + kind + "Policy", "PolicyName=" + pol.path("name").asText()), iamXml("Get" + kind + "Policy",
            "<" + kind + "Name>" + name + "</" + kind + "Name><PolicyName>" + pol.path("name").asText() + "</PolicyName><PolicyDocument>"
                + URLEncoder.encode(pol.path("document").toString(), StandardCharsets.UTF_8) + "</PolicyDocument>"));
      }
    }
    stub(iam("List" + kind + "Policies", kind + "Name=" + name), iamXml("List" + kind + "Policies", "<PolicyNames>"
        + String.join("", inline.stream().map(n -> "<member>" + n + "</member>").toList()) + "</PolicyNames><IsTruncated>false</IsTruncated>"));
    stub(iam("ListAttached" + kind + "Policies", kind + "Name=" + name), iamXml("ListAttached" + kind + "Policies",
        "<AttachedPolicies>" + String.join("", attached.stream().map(a -> "<member><PolicyName>" + a[0] + "</PolicyName><PolicyArn>"
            + a[1] + "</PolicyArn></member>").toList()) + "</AttachedPolicies><IsTruncated>false</IsTruncated>"));
    if (!role) stub(iam("ListGroupsForUser", "UserName=" + name), iamXml("ListGroupsForUser", "<Groups/><IsTruncated>false</IsTruncated>"));
  }

  private void managed(String arn, JsonNode document) {
    String name = arn.substring(arn.lastIndexOf('/') + 1);
    String encoded = URLEncoder.encode(arn, StandardCharsets.UTF_8);
    stub(iam("GetPolicy", "PolicyArn=" + encoded), iamXml("GetPolicy", "<Policy><PolicyName>" + name + "</PolicyName><Arn>" + arn
        + "</Arn><DefaultVersionId>v1</DefaultVersionId><UpdateDate>2026-01-01T00:00:00Z</UpdateDate><AttachmentCount>1</AttachmentCount>"
        + "</Policy>"));
    stub(iam("GetPolicyVersion", "PolicyArn=" + encoded), iamXml("GetPolicyVersion", "<PolicyVersion><Document>"
        + URLEncoder.encode(document.toString(), StandardCharsets.UTF_8) + "</Document><VersionId>v1</VersionId>"
        + "<IsDefaultVersion>true</IsDefaultVersion></PolicyVersion>"));
  }

  private static MappingBuilder iam(String action, String parameter) {
    return post(urlPathEqualTo("/")).withRequestBody(containing("Action=" + action + "&"))
        .withRequestBody(containing(parameter)).atPriority(5);
  }

  private static ResponseDefinitionBuilder iamXml(String action, String result) {
    return aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody("<" + action + "Response xmlns=\"" + IAMNS
        + "\"><" + action + "Result>" + result + "</" + action + "Result><ResponseMetadata><RequestId>I1</RequestId>"
        + "</ResponseMetadata></" + action + "Response>");
  }

  // --- account, Organizations -------------------------------------------------------------------------------------

  private void account(String id, JsonNode a) {
    stub(get(urlPathEqualTo("/v20180820/configuration/publicAccessBlock")).withHeader("x-amz-account-id", equalTo(id)).atPriority(5),
        a.path("blockPublicAccess").isObject() ? xml(200, bpa(a.get("blockPublicAccess")))
            : s3Error(404, "NoSuchPublicAccessBlockConfiguration"));
    JsonNode org = a.path("organization");
    if (org.isNull()) {
      stub(orgCall("DescribeOrganization"), json(400, "{\"__type\":\"AWSOrganizationsNotInUseException\",\"Message\":\"not in use\"}"));
      return;
    }
    if (!org.isObject()) return;
    stub(orgCall("DescribeOrganization"), json(200, "{\"Organization\":{\"Id\":\"" + org.path("id").asText() + "\",\"Arn\":"
        + "\"arn:aws:organizations::111111111111:organization/" + org.path("id").asText() + "\",\"FeatureSet\":\"ALL\","
        + "\"MasterAccountId\":\"111111111111\"}}"));
    List<String> levels = new ArrayList<>();
    org.path("scps").forEach(l -> levels.add(l.path("target").asText()));
    if (!levels.isEmpty()) {
      stub(orgCall("ListRoots"), json(200, "{\"Roots\":[{\"Id\":\"" + levels.getFirst() + "\",\"Name\":\"Root\",\"Arn\":"
          + "\"arn:aws:organizations::111111111111:root/" + org.path("id").asText() + "/" + levels.getFirst() + "\"}]}"));
    }
    for (int i = levels.size() - 1; i > 0; i--) {
      String child = levels.get(i);
      String parent = levels.get(i - 1);
      String type = parent.startsWith("r-") ? "ROOT" : "ORGANIZATIONAL_UNIT";
      stub(orgCall("ListParents").withRequestBody(containing("\"ChildId\":\"" + child + "\"")),
          json(200, "{\"Parents\":[{\"Id\":\"" + parent + "\",\"Type\":\"" + type + "\"}]}"));
    }
    policies(levels, org.path("scps"), "SERVICE_CONTROL_POLICY");
    policies(levels, org.path("rcps"), "RESOURCE_CONTROL_POLICY");
  }

  /** Every level answers ListPoliciesForTarget; a level the bundle lists no policies for answers with none. */
  private void policies(List<String> targets, JsonNode levels, String filter) {
    for (String target : targets) {
      JsonNode level = null;
      for (JsonNode l : levels) if (l.path("target").asText().equals(target)) level = l;
      ArrayNode summaries = JSON.createArrayNode();
      int n = 0;
      if (level != null) {
        for (JsonNode p : level.path("policies")) {
          String id = "p-" + filter.substring(0, 3).toLowerCase() + Math.abs((target + p.path("name").asText()).hashCode());
          n++;
          summaries.addObject().put("Id", id).put("Name", p.path("name").asText()).put("Arn", "arn:aws:organizations::111111111111:policy/"
              + id).put("Type", filter).put("AwsManaged", p.path("name").asText().equals("FullAWSAccess"));
          ObjectNode described = JSON.createObjectNode();
          described.putObject("Policy").put("Content", p.path("document").toString()).putObject("PolicySummary")
              .put("Id", id).put("Name", p.path("name").asText()).put("Type", filter);
          stub(orgCall("DescribePolicy").withRequestBody(containing("\"PolicyId\":\"" + id + "\"")), json(200, described.toString()));
        }
      }
      stub(orgCall("ListPoliciesForTarget").withRequestBody(containing("\"TargetId\":\"" + target + "\""))
          .withRequestBody(containing(filter)), json(200, JSON.createObjectNode().set("Policies", summaries).toString()));
    }
  }

  private static MappingBuilder orgCall(String action) {
    return post(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSOrganizationsV20161128." + action)).atPriority(5);
  }

  // --- KMS ------------------------------------------------------------------------------------------------------

  private void key(String arn, JsonNode k) {
    String keyId = arn.substring(arn.lastIndexOf('/') + 1);
    ObjectNode meta = JSON.createObjectNode();
    meta.putObject("KeyMetadata").put("KeyId", keyId).put("Arn", arn).put("AWSAccountId", k.path("account").asText())
        .put("KeyManager", k.path("manager").asText("CUSTOMER")).put("KeyState", k.path("state").asText("Enabled"))
        .put("Enabled", k.path("state").asText("Enabled").equals("Enabled")).put("KeyUsage", "ENCRYPT_DECRYPT")
        .put("KeySpec", "SYMMETRIC_DEFAULT").put("Origin", "AWS_KMS").put("CreationDate", 1.7E9);
    stub(kms("DescribeKey"), json(200, meta.toString()));
    stub(kms("GetKeyPolicy"), k.path("policy").isObject()
        ? json(200, JSON.createObjectNode().put("Policy", k.get("policy").toString()).put("PolicyName", "default").toString())
        : json(400, "{\"__type\":\"AccessDeniedException\",\"message\":\"no\"}"));
    ArrayNode grants = JSON.createArrayNode();
    for (JsonNode g : k.path("grants")) {
      ObjectNode grant = grants.addObject().put("KeyId", arn).put("GrantId", "g" + grants.size()).put("GranteePrincipal",
          g.path("grantee").asText());
      ArrayNode ops = grant.putArray("Operations");
      g.path("operations").forEach(ops::add);
      JsonNode c = g.path("constraints");
      if (c.isObject()) {
        ObjectNode cons = grant.putObject("Constraints");
        if (c.has("encryptionContextSubset")) cons.set("EncryptionContextSubset", c.get("encryptionContextSubset"));
        if (c.has("encryptionContextEquals")) cons.set("EncryptionContextEquals", c.get("encryptionContextEquals"));
      }
    }
    stub(kms("ListGrants"), json(200, JSON.createObjectNode().put("Truncated", false).set("Grants", grants).toString()));
    ArrayNode aliases = JSON.createArrayNode();
    k.path("aliases").forEach(a -> aliases.addObject().put("AliasName", a.asText()).put("TargetKeyId", keyId));
    stub(kms("ListAliases"), json(200, JSON.createObjectNode().put("Truncated", false).set("Aliases", aliases).toString()));
  }

  private static MappingBuilder kms(String action) {
    return post(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo("TrentService." + action)).atPriority(5);
  }

  // --- plumbing -------------------------------------------------------------------------------------------------

  private void stub(MappingBuilder m, ResponseDefinitionBuilder r) {
    if (delayMillis > 0) r.withFixedDelay(delayMillis);
    aws.stubFor(m.willReturn(r));
  }

  private static ResponseDefinitionBuilder xml(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/xml").withHeader("x-amz-request-id", "R1").withBody(body);
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
  }

  private static ResponseDefinitionBuilder s3Error(int status, String code) {
    return xml(status, "<Error><Code>" + code + "</Code><Message>" + code + "</Message><RequestId>R2</RequestId><HostId>H</HostId></Error>");
  }

  private static String encodePath(String key) {
    StringBuilder out = new StringBuilder();
    for (String part : key.split("/", -1)) {
      if (!out.isEmpty()) out.append('/');
      out.append(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return out.toString();
  }

}
