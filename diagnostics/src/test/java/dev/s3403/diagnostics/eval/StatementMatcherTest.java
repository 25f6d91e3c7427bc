package dev.s3403.diagnostics.eval;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.policy.Policy;
import dev.s3403.diagnostics.policy.PolicyKind;
import dev.s3403.diagnostics.policy.Statement;
import dev.s3403.diagnostics.policy.json.PolicyJsonReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementMatcherTest {

  private static final Caller SESSION = new Caller("arn:aws:sts::111122223333:assumed-role/reader/laptop",
      "111122223333", "arn:aws:iam::111122223333:role/reader", null);
  private static final Caller USER = new Caller("arn:aws:iam::111122223333:user/alice", "111122223333", null, null);

  /** Statements that name a principal are read as a bucket policy, the others as an identity policy. */
  private static Statement statement(String version, String json) {
    var kind = json.contains("Principal") ? PolicyKind.RESOURCE : PolicyKind.IDENTITY;
    var read = PolicyJsonReader.read("test policy", kind,
        "{\"Version\":\"%s\",\"Statement\":[%s]}".formatted(version, json));
    then(read.problems()).isEmpty();
    return read.policy().statements().getFirst();
  }

  private static Policy policy(String json) {
    return PolicyJsonReader.read("test policy", PolicyKind.IDENTITY, json).policy();
  }

  @ParameterizedTest(name = "action pattern {0} against {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      s3:GetObject   | s3:GetObject    | true
      S3:getobject   | s3:GetObject    | true
      s3:Get*        | s3:GetObject    | true
      s3:*           | s3:PutObject    | true
      *              | kms:Decrypt     | true
      s3:Get?bject   | s3:GetObject    | true
      s3:List*       | s3:GetObject    | false
      s3:GetObject   | s3:GetObjectAcl | false
      """)
  void actionMatchesCaseInsensitivelyWithWildcards(String pattern, String action, boolean applies) {
    // GIVEN an Allow statement with one action pattern and every resource
    var s = statement("2012-10-17", "{\"Effect\":\"Allow\",\"Action\":\"%s\",\"Resource\":\"*\"}".formatted(pattern));

    // WHEN it is matched against the action
    var match = StatementMatcher.match(s, USER, action, "arn:aws:s3:::b/k", RequestContext.empty(), true);

    // THEN it applies exactly when the pattern covers the action
    then(match instanceof StatementMatch.Applies).isEqualTo(applies);
  }

  @ParameterizedTest(name = "resource pattern {0} against {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      arn:aws:s3:::reports/*     | arn:aws:s3:::reports/2024/q1.csv | true
      arn:aws:s3:::reports/*     | arn:aws:s3:::reports            | false
      arn:aws:s3:::Reports/*     | arn:aws:s3:::reports/a          | false
      arn:aws:s3:::reports/?.csv | arn:aws:s3:::reports/a.csv       | true
      arn:aws:s3:::*             | arn:aws:s3:::any                 | true
      """)
  void resourceMatchesCaseSensitivelyWithWildcards(String pattern, String resource, boolean applies) {
    // GIVEN an Allow statement with one resource pattern
    var s = statement("2012-10-17", "{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"%s\"}".formatted(pattern));

    // WHEN it is matched against the resource
    var match = StatementMatcher.match(s, USER, "s3:GetObject", resource, RequestContext.empty(), true);

    // THEN it applies exactly when the pattern covers the resource, case included
    then(match instanceof StatementMatch.Applies).isEqualTo(applies);
  }

  @Test
  void notActionAppliesToEveryOtherActionAndSaysWhichWasExcluded() {
    // GIVEN a Deny on everything except s3:GetObject (the NotAction trap: it does not allow anything)
    var s = statement("2012-10-17", "{\"Effect\":\"Deny\",\"NotAction\":\"s3:GetObject\",\"Resource\":\"*\"}");

    // WHEN it is matched against the excluded action and another one
    var excluded = StatementMatcher.match(s, USER, "s3:GetObject", "arn:aws:s3:::b/k", RequestContext.empty(), true);
    var other = StatementMatcher.match(s, USER, "s3:PutObject", "arn:aws:s3:::b/k", RequestContext.empty(), true);

    // THEN the other action is covered and the excluded one is reported on the action element
    then(other).isInstanceOf(StatementMatch.Applies.class);
    then(excluded).isInstanceOf(StatementMatch.ActionMismatch.class);
    then(((StatementMatch.ActionMismatch) excluded).why())
        .isEqualTo("action `s3:GetObject` is excluded by NotAction `s3:GetObject`");
  }

  @Test
  void resourceVariableExpandsOnlyInVersion2012() {
    // GIVEN the same home-folder statement in a 2012-10-17 and a 2008-10-17 document
    String json = "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::home/${aws:username}/*\"}";
    var ctx = RequestContext.of(Map.of("aws:username", "alice"));
    var modern = statement("2012-10-17", json);
    var legacy = statement("2008-10-17", json);

    // WHEN each is matched against alice's object, expanding variables only where the version allows
    var modernMatch = StatementMatcher.match(modern, USER, "s3:GetObject", "arn:aws:s3:::home/alice/a", ctx, true);
    var legacyMatch = StatementMatcher.match(legacy, USER, "s3:GetObject", "arn:aws:s3:::home/alice/a", ctx, false);

    // THEN only the 2012-10-17 statement covers it; the 2008 one reads `${aws:username}` as text
    then(modernMatch).isInstanceOf(StatementMatch.Applies.class);
    then(legacyMatch).isInstanceOf(StatementMatch.ResourceMismatch.class);
  }

  @Test
  void unresolvableResourceVariableMatchesNothing() {
    // GIVEN a resource with a variable the request does not carry
    var s = statement("2012-10-17",
        "{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::home/${aws:username}/*\"}");

    // WHEN a role session (which has no aws:username) asks
    var match = StatementMatcher.match(s, SESSION, "s3:GetObject", "arn:aws:s3:::home/x/a", RequestContext.empty(), true);

    // THEN the resource does not match
    then(match).isInstanceOf(StatementMatch.ResourceMismatch.class);
  }

  @ParameterizedTest(name = "principal {0}: session {1}, user {2}")
  @CsvSource(delimiter = '|', textBlock = """
      "*"                                                        | true  | true
      {"AWS":"*"}                                                | true  | true
      {"AWS":"111122223333"}                                     | true  | true
      {"AWS":"arn:aws:iam::111122223333:root"}                   | true  | true
      {"AWS":"arn:aws:iam::111122223333:role/reader"}            | true  | false
      {"AWS":"arn:aws:sts::111122223333:assumed-role/reader/laptop"} | true | false
      {"AWS":"arn:aws:sts::111122223333:assumed-role/reader/other"}  | false | false
      {"AWS":"arn:aws:iam::111122223333:user/alice"}             | false | true
      {"AWS":"444455556666"}                                     | false | false
      {"Service":"cloudfront.amazonaws.com"}                     | false | false
      """)
  void principalNamesAccountsRolesSessionsAndUsers(String principal, boolean session, boolean user) {
    // GIVEN a bucket-policy statement naming one principal
    var s = statement("2012-10-17",
        "{\"Effect\":\"Allow\",\"Principal\":%s,\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}".formatted(principal));

    // WHEN a role session and an IAM user of the same account ask
    var forSession = StatementMatcher.match(s, SESSION, "s3:GetObject", "arn:aws:s3:::b/k", RequestContext.empty(), true);
    var forUser = StatementMatcher.match(s, USER, "s3:GetObject", "arn:aws:s3:::b/k", RequestContext.empty(), true);

    // THEN a role ARN names its sessions, a session ARN only itself, an account every principal in it
    then(forSession instanceof StatementMatch.Applies).isEqualTo(session);
    then(forUser instanceof StatementMatch.Applies).isEqualTo(user);
  }

  @Test
  void anonymousIsNamedOnlyByEveryone() {
    // GIVEN statements naming everyone and naming an account
    var everyone = statement("2012-10-17", "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}");
    var account = statement("2012-10-17",
        "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}");

    // WHEN an anonymous caller asks
    var viaEveryone = StatementMatcher.match(everyone, Caller.anonymous(), "s3:GetObject", "arn:aws:s3:::b/k", RequestContext.empty(), true);
    var viaAccount = StatementMatcher.match(account, Caller.anonymous(), "s3:GetObject", "arn:aws:s3:::b/k", RequestContext.empty(), true);

    // THEN only "*" names it, and the mismatch says who was not named
    then(viaEveryone).isInstanceOf(StatementMatch.Applies.class);
    then(viaAccount).isInstanceOf(StatementMatch.PrincipalMismatch.class);
    then(((StatementMatch.PrincipalMismatch) viaAccount).why()).isEqualTo("principal `anonymous` is not named");
  }

  @Test
  void serviceIsNamedByItsServicePrincipal() {
    // GIVEN a statement naming CloudFront as a service principal
    var s = statement("2012-10-17",
        "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"cloudfront.amazonaws.com\"},\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}");

    // WHEN CloudFront and another service ask
    var cloudfront = StatementMatcher.match(s, Caller.service("cloudfront.amazonaws.com"), "s3:GetObject", "arn:aws:s3:::b/k", RequestContext.empty(), true);
    var logging = StatementMatcher.match(s, Caller.service("logging.s3.amazonaws.com"), "s3:GetObject", "arn:aws:s3:::b/k", RequestContext.empty(), true);

    // THEN only CloudFront is named
    then(cloudfront).isInstanceOf(StatementMatch.Applies.class);
    then(logging).isInstanceOf(StatementMatch.PrincipalMismatch.class);
  }

  @Test
  void notPrincipalAppliesToEveryoneElse() {
    // GIVEN a Deny with NotPrincipal naming the user
    var s = statement("2012-10-17",
        "{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::111122223333:user/alice\"},\"Action\":\"s3:*\",\"Resource\":\"*\"}");

    // WHEN the user and a role session ask
    var alice = StatementMatcher.match(s, USER, "s3:GetObject", "arn:aws:s3:::b/k", RequestContext.empty(), true);
    var session = StatementMatcher.match(s, SESSION, "s3:GetObject", "arn:aws:s3:::b/k", RequestContext.empty(), true);

    // THEN the deny skips alice and applies to the session
    then(alice).isInstanceOf(StatementMatch.PrincipalMismatch.class);
    then(((StatementMatch.PrincipalMismatch) alice).why())
        .isEqualTo("principal `arn:aws:iam::111122223333:user/alice` is excluded by NotPrincipal");
    then(session).isInstanceOf(StatementMatch.Applies.class);
  }

  @Test
  void notPrincipalDenyAppliesToANamedPrincipalThatHasAPermissionsBoundary() {
    // GIVEN a Deny with NotPrincipal naming the user
    var s = statement("2012-10-17",
        "{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::111122223333:user/alice\"},\"Action\":\"s3:*\",\"Resource\":\"*\"}");

    // WHEN alice asks with a permissions boundary attached
    var bounded = StatementMatcher.match(s, USER.withPermissionsBoundary(true), "s3:GetObject", "arn:aws:s3:::b/k",
        RequestContext.empty(), true);

    // THEN the deny applies to her although NotPrincipal names her, as the NotPrincipal page documents
    then(bounded).isInstanceOf(StatementMatch.Applies.class);
  }

  @Test
  void failedConditionIsReportedWithItsKeyAndValue() {
    // GIVEN a Deny unless the request came over TLS
    var s = statement("2012-10-17",
        "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\","
            + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}");

    // WHEN a TLS request and a plain HTTP request are matched
    var tls = StatementMatcher.match(s, USER, "s3:GetObject", "arn:aws:s3:::b/k",
        RequestContext.of(Map.of("aws:SecureTransport", "true")), true);
    var http = StatementMatcher.match(s, USER, "s3:GetObject", "arn:aws:s3:::b/k",
        RequestContext.of(Map.of("aws:SecureTransport", "false")), true);

    // THEN the deny applies to HTTP only, and for TLS the mismatch names the key
    then(http).isInstanceOf(StatementMatch.Applies.class);
    then(tls).isInstanceOf(StatementMatch.ConditionMismatch.class);
    then(((StatementMatch.ConditionMismatch) tls).key()).isEqualTo("aws:SecureTransport");
  }

  @Test
  void identityStatementWithoutPrincipalIsNotCheckedForOne() {
    // GIVEN an identity policy (no Principal element)
    var s = policy("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:ListBucket\","
        + "\"Resource\":\"arn:aws:s3:::reports\"}}").statements().getFirst();

    // WHEN anyone asks for the bucket listing
    var match = StatementMatcher.match(s, SESSION, "s3:ListBucket", "arn:aws:s3:::reports", RequestContext.empty(), true);

    // THEN it applies
    then(match).isInstanceOf(StatementMatch.Applies.class);
  }
}
