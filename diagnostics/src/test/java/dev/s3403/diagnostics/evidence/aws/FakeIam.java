package dev.s3403.diagnostics.evidence.aws;

import static dev.s3403.diagnostics.evidence.aws.IamWire.ACCOUNT;
import static dev.s3403.diagnostics.evidence.aws.IamWire.action;
import static dev.s3403.diagnostics.evidence.aws.IamWire.iam;
import static dev.s3403.diagnostics.evidence.aws.IamWire.param;
import static dev.s3403.diagnostics.evidence.aws.IamWire.sts;
import static dev.s3403.diagnostics.evidence.aws.IamWire.urlEncoded;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Map;
import java.util.stream.Collectors;

/** The IAM entities of one test, stubbed call by call: roles, users, groups and their policies. */
final class FakeIam {
  static final String CREATED = "2025-01-10T00:00:00Z";
  static final String DOCUMENT = """
      {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::acme-reports/*"}]}""";

  private final WireMockExtension wm;

  FakeIam(WireMockExtension wm) {
    this.wm = wm;
  }

  /**
   * @param path the role's path, {@code /} or {@code /service/}
   * @param boundary the permissions boundary's policy ARN, or null
   */
  FakeIam role(String path, String name, String id, String boundary, Map<String, String> tags) {
    String arn = "arn:aws:iam::%s:role%s%s".formatted(ACCOUNT, path, name);
    wm.stubFor(action("GetRole").withRequestBody(containing(param("RoleName", name))).willReturn(iam("GetRole", """
        <Role><Path>%s</Path><Arn>%s</Arn><RoleName>%s</RoleName><AssumeRolePolicyDocument>%s</AssumeRolePolicyDocument>\
        <CreateDate>%s</CreateDate><RoleId>%s</RoleId><MaxSessionDuration>3600</MaxSessionDuration>%s%s<RoleLastUsed/></Role>"""
        .formatted(path, arn, name, urlEncoded("{\"Version\":\"2012-10-17\",\"Statement\":[]}"), CREATED, id,
            boundary(boundary), tags(tags)))));
    return this;
  }

  FakeIam user(String path, String name, String id, Map<String, String> tags) {
    String arn = "arn:aws:iam::%s:user%s%s".formatted(ACCOUNT, path, name);
    wm.stubFor(action("GetUser").withRequestBody(containing(param("UserName", name))).willReturn(iam("GetUser", """
        <User><Path>%s</Path><UserName>%s</UserName><UserId>%s</UserId><Arn>%s</Arn><CreateDate>%s</CreateDate>%s</User>"""
        .formatted(path, name, id, arn, CREATED, tags(tags)))));
    return this;
  }

  /**
   * @param kind Role, User or Group
   * @param documents each inline policy's name and JSON document, in the order IAM lists them
   */
  FakeIam inline(String kind, String owner, Map<String, String> documents) {
    String ownerParam = kind + "Name";
    String names = documents.keySet().stream().map(n -> "<member>" + n + "</member>").collect(Collectors.joining());
    wm.stubFor(action("List" + kind + "Policies").withRequestBody(containing(param(ownerParam, owner)))
        .willReturn(iam("List" + kind + "Policies",
            "<PolicyNames>" + names + "</PolicyNames><IsTruncated>false</IsTruncated>")));
    documents.forEach((name, document) -> wm.stubFor(action("Get" + kind + "Policy")
        .withRequestBody(containing(param(ownerParam, owner))).withRequestBody(containing(param("PolicyName", name)))
        .willReturn(iam("Get" + kind + "Policy", "<%1$s>%2$s</%1$s><PolicyName>%3$s</PolicyName><PolicyDocument>%4$s</PolicyDocument>"
            .formatted(ownerParam, owner, name, urlEncoded(document))))));
    return this;
  }

  /** @param arns the attached managed policies, in the order IAM lists them */
  FakeIam attached(String kind, String owner, String... arns) {
    StringBuilder members = new StringBuilder();
    for (String arn : arns) {
      members.append("<member><PolicyName>%s</PolicyName><PolicyArn>%s</PolicyArn></member>"
          .formatted(arn.substring(arn.lastIndexOf('/') + 1), arn));
    }
    wm.stubFor(action("ListAttached" + kind + "Policies").withRequestBody(containing(param(kind + "Name", owner)))
        .willReturn(iam("ListAttached" + kind + "Policies",
            "<AttachedPolicies>" + members + "</AttachedPolicies><IsTruncated>false</IsTruncated>")));
    return this;
  }

  /** GetPolicy (default version, last update) and GetPolicyVersion of that default version. */
  FakeIam managed(String arn, String version, String updated, String document) {
    String name = arn.substring(arn.lastIndexOf('/') + 1);
    wm.stubFor(action("GetPolicy").withRequestBody(containing(param("PolicyArn", arn))).willReturn(iam("GetPolicy", """
        <Policy><PolicyName>%s</PolicyName><DefaultVersionId>%s</DefaultVersionId><PolicyId>ANPAEXAMPLE%s</PolicyId>\
        <Path>/</Path><Arn>%s</Arn><AttachmentCount>1</AttachmentCount><PermissionsBoundaryUsageCount>0</PermissionsBoundaryUsageCount>\
        <IsAttachable>true</IsAttachable><CreateDate>%s</CreateDate><UpdateDate>%s</UpdateDate></Policy>"""
        .formatted(name, version, name.toUpperCase(), arn, CREATED, updated))));
    wm.stubFor(action("GetPolicyVersion").withRequestBody(containing(param("PolicyArn", arn)))
        .withRequestBody(containing(param("VersionId", version))).willReturn(iam("GetPolicyVersion", """
        <PolicyVersion><Document>%s</Document><VersionId>%s</VersionId><IsDefaultVersion>true</IsDefaultVersion>\
        <CreateDate>%s</CreateDate></PolicyVersion>""".formatted(urlEncoded(document), version, updated))));
    return this;
  }

  FakeIam groupsForUser(String user, String... groups) {
    StringBuilder members = new StringBuilder();
    for (String g : groups) {
      members.append("<member><Path>/</Path><GroupName>%1$s</GroupName><GroupId>AGPAEXAMPLE%2$s</GroupId>"
          .formatted(g, g.toUpperCase()) + "<Arn>arn:aws:iam::%s:group/%s</Arn><CreateDate>%s</CreateDate></member>"
          .formatted(ACCOUNT, g, CREATED));
    }
    wm.stubFor(action("ListGroupsForUser").withRequestBody(containing(param("UserName", user)))
        .willReturn(iam("ListGroupsForUser", "<Groups>" + members + "</Groups><IsTruncated>false</IsTruncated>")));
    return this;
  }

  /** The collector's own identity, in the given account. */
  FakeIam caller(String account) {
    wm.stubFor(action("GetCallerIdentity").willReturn(sts("GetCallerIdentity", """
        <Arn>arn:aws:sts::%1$s:assumed-role/collector/s3-403</Arn><UserId>AROACOLLECTOREXAMPLE:s3-403</UserId>\
        <Account>%1$s</Account>""".formatted(account))));
    return this;
  }

  private static String boundary(String arn) {
    return arn == null ? "" : "<PermissionsBoundary><PermissionsBoundaryType>Policy</PermissionsBoundaryType>"
        + "<PermissionsBoundaryArn>" + arn + "</PermissionsBoundaryArn></PermissionsBoundary>";
  }

  private static String tags(Map<String, String> tags) {
    if (tags.isEmpty()) return "";
    return tags.entrySet().stream().map(t -> "<member><Key>%s</Key><Value>%s</Value></member>".formatted(t.getKey(), t.getValue()))
        .collect(Collectors.joining("", "<Tags>", "</Tags>"));
  }
}
