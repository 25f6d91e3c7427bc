package dev.s3403.diagnostics.evidence.aws;

import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.ListAttachedGroupPoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListAttachedRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListAttachedUserPoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListGroupPoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListRolePoliciesResponse;
import software.amazon.awssdk.services.iam.model.ListUserPoliciesResponse;

/** A role, user or group that has inline and attached policies: the same three IAM calls under three names each. */
sealed interface PolicyOwner {
  String name();

  /** The inline policies' names: {@code iam:List<Kind>Policies}. */
  Page<String> inline(IamClient iam, String marker);

  /** An inline policy's document, URL-encoded as IAM sends it: {@code iam:Get<Kind>Policy}. */
  String inlineDocument(IamClient iam, String policyName);

  /** The attached managed policies: {@code iam:ListAttached<Kind>Policies}. */
  Page<AttachedPolicy> attached(IamClient iam, String marker);

  /** "Role", "User" or "Group", as the IAM action names spell it. */
  String kind();

  default String listInlineAction() {
    return "iam:List" + kind() + "Policies";
  }

  default String getInlineAction() {
    return "iam:Get" + kind() + "Policy";
  }

  default String listAttachedAction() {
    return "iam:ListAttached" + kind() + "Policies";
  }

  /** An IAM role. */
  record Role(String name) implements PolicyOwner {
    @Override
    public String kind() {
      return "Role";
    }

    @Override
    public Page<String> inline(IamClient iam, String marker) {
      ListRolePoliciesResponse r = iam.listRolePolicies(b -> b.roleName(name).marker(marker));
      return Page.of(r.policyNames(), r.isTruncated(), r.marker());
    }

    @Override
    public String inlineDocument(IamClient iam, String policyName) {
      return iam.getRolePolicy(b -> b.roleName(name).policyName(policyName)).policyDocument();
    }

    @Override
    public Page<AttachedPolicy> attached(IamClient iam, String marker) {
      ListAttachedRolePoliciesResponse r = iam.listAttachedRolePolicies(b -> b.roleName(name).marker(marker));
      return Page.of(r.attachedPolicies(), r.isTruncated(), r.marker());
    }
  }

  /** An IAM user. */
  record User(String name) implements PolicyOwner {
    @Override
    public String kind() {
      return "User";
    }

    @Override
    public Page<String> inline(IamClient iam, String marker) {
      ListUserPoliciesResponse r = iam.listUserPolicies(b -> b.userName(name).marker(marker));
      return Page.of(r.policyNames(), r.isTruncated(), r.marker());
    }

    @Override
    public String inlineDocument(IamClient iam, String policyName) {
      return iam.getUserPolicy(b -> b.userName(name).policyName(policyName)).policyDocument();
    }

    @Override
    public Page<AttachedPolicy> attached(IamClient iam, String marker) {
      ListAttachedUserPoliciesResponse r = iam.listAttachedUserPolicies(b -> b.userName(name).marker(marker));
      return Page.of(r.attachedPolicies(), r.isTruncated(), r.marker());
    }
  }

  /** An IAM group a user belongs to. */
  record Group(String name) implements PolicyOwner {
    @Override
    public String kind() {
      return "Group";
    }

    @Override
    public Page<String> inline(IamClient iam, String marker) {
      ListGroupPoliciesResponse r = iam.listGroupPolicies(b -> b.groupName(name).marker(marker));
      return Page.of(r.policyNames(), r.isTruncated(), r.marker());
    }

    @Override
    public String inlineDocument(IamClient iam, String policyName) {
      return iam.getGroupPolicy(b -> b.groupName(name).policyName(policyName)).policyDocument();
    }

    @Override
    public Page<AttachedPolicy> attached(IamClient iam, String marker) {
      ListAttachedGroupPoliciesResponse r = iam.listAttachedGroupPolicies(b -> b.groupName(name).marker(marker));
      return Page.of(r.attachedPolicies(), r.isTruncated(), r.marker());
    }
  }
}
