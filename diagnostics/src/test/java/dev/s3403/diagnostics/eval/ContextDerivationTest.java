package dev.s3403.diagnostics.eval;

import static org.assertj.core.api.BDDAssertions.entry;
import static org.assertj.core.api.BDDAssertions.then;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ContextDerivationTest {

  @Test
  void roleSessionGetsItsRoleArnAndAccountButNoUsername() {
    // GIVEN a role session reading another account's bucket
    var session = new Caller("arn:aws:sts::111122223333:assumed-role/reader/laptop", "111122223333",
        "arn:aws:iam::111122223333:role/reader", null);

    // WHEN the always-set keys are derived
    var derived = ContextDerivation.derive(session, "444455556666", RequestContext.empty());

    // THEN the principal keys name the role, and no aws:username is invented for a session
    then(derived.added()).containsOnly(
        entry("aws:PrincipalArn", "arn:aws:iam::111122223333:role/reader"),
        entry("aws:PrincipalAccount", "111122223333"),
        entry("aws:PrincipalType", "AssumedRole"),
        entry("aws:PrincipalIsAWSService", "false"),
        entry("aws:ResourceAccount", "444455556666"));
    then(derived.context().get("aws:username")).isNull();
  }

  @Test
  void userGetsItsNameWithoutPathAndAGivenKeyIsKept() {
    // GIVEN an IAM user with a path, and a case that already sets aws:PrincipalAccount
    var user = new Caller("arn:aws:iam::111122223333:user/staff/alice", "111122223333", null, null);
    var given = RequestContext.of(Map.of("aws:PrincipalAccount", "999999999999"));

    // WHEN the always-set keys are derived
    var derived = ContextDerivation.derive(user, null, given);

    // THEN the user name is the last path segment and the given key is not overwritten or reported as added
    then(derived.context().get("aws:username")).containsExactly("alice");
    then(derived.context().get("aws:principalaccount")).containsExactly("999999999999");
    then(derived.added()).doesNotContainKey("aws:PrincipalAccount").containsEntry("aws:PrincipalType", "User");
  }

  @Test
  void anonymousAndServiceCallersGetOnlyTheirOwnKeys() {
    // GIVEN an anonymous caller and CloudFront
    // WHEN the keys are derived for each
    var anonymous = ContextDerivation.derive(Caller.anonymous(), "111122223333", RequestContext.empty());
    var service = ContextDerivation.derive(Caller.service("cloudfront.amazonaws.com"), null, RequestContext.empty());

    // THEN neither gets a principal ARN or account, and the unsigned request gets no aws:PrincipalIsAWSService
    then(anonymous.added()).containsEntry("aws:PrincipalType", "Anonymous").doesNotContainKey("aws:PrincipalArn")
        .doesNotContainKey("aws:PrincipalIsAWSService");
    then(service.added()).containsOnly(entry("aws:PrincipalIsAWSService", "true"),
        entry("aws:PrincipalServiceName", "cloudfront.amazonaws.com"));
  }
}
