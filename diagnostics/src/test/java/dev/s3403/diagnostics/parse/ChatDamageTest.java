package dev.s3403.diagnostics.parse;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

/**
 * One test per kind of damage a paste takes on its way through a terminal or a chat client: the damaged
 * paste must read exactly as the clean one, and say what was repaired.
 */
class ChatDamageTest {
  private static final String CLEAN = "An error occurred (AccessDenied) when calling the GetObject operation: User: "
      + "arn:aws:sts::123456789012:assumed-role/data-reader/etl-job-7 is not authorized to perform: s3:GetObject on "
      + "resource: \"arn:aws:s3:::acme-reports/2026/q3/summary.csv\" with an explicit deny in a service control policy: "
      + "arn:aws:organizations::999988887777:policy/o-abc123/service_control_policy/p-deny01";

  private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code>"
      + "<Message>Access Denied</Message><RequestId>4442587FB7D0A2F9</RequestId><HostId>aGVsbG8gd29ybGQ=</HostId></Error>";

  private final ErrorParser parser = new ErrorParser();

  @Test
  void should_read_xml_as_clean_when_slack_escaped_angle_brackets_and_ampersands() {
    // GIVEN
    String escaped = "GET https://acme-reports.s3.amazonaws.com/a.csv?x=1&amp;y=2\n"
        + XML.replace("<", "&lt;").replace(">", "&gt;");
    // WHEN
    ParsedError p = parser.parse(escaped);
    // THEN
    then(p.errorCode()).isEqualTo("AccessDenied");
    then(p.requestId()).isEqualTo("4442587FB7D0A2F9");
    then(p.hostId()).isEqualTo("aGVsbG8gd29ybGQ=");
    then(p.bucket()).isEqualTo("acme-reports");
    then(p.key()).isEqualTo("a.csv");
    then(p.warnings()).anyMatch(w -> w.startsWith("slack-escaping:"));
  }

  @Test
  void should_take_the_url_not_the_label_when_slack_wrapped_a_link() {
    // GIVEN
    String linked = "<https://acme-reports.s3.eu-west-1.amazonaws.com/2026/q3/summary.csv|acme-reports.s3.eu-west-1"
        + ".amazonaws.com/2026/q3/…> gives\n" + XML;
    // WHEN
    ParsedError p = parser.parse(linked);
    // THEN
    then(p.bucket()).isEqualTo("acme-reports");
    then(p.key()).isEqualTo("2026/q3/summary.csv");
    then(p.region()).isEqualTo("eu-west-1");
    then(p.warnings()).anyMatch(w -> w.startsWith("slack-link:"));
  }

  @Test
  void should_read_as_clean_when_the_paste_is_fenced_and_backticked() {
    // GIVEN
    String fenced = "```bash\n$ aws s3 cp s3://acme-reports/2026/q3/summary.csv .\n" + CLEAN + "\n```";
    // WHEN
    ParsedError p = parser.parse(fenced);
    // THEN
    thenSameAsClean(p);
    then(p.warnings()).anyMatch(w -> w.startsWith("code-fence:"));
  }

  @Test
  void should_read_as_clean_when_quotes_became_typographic() {
    // GIVEN
    String smart = CLEAN.replace("\"arn:aws:s3:::acme-reports/2026/q3/summary.csv\"",
        "“arn:aws:s3:::acme-reports/2026/q3/summary.csv”");
    // WHEN
    ParsedError p = parser.parse(smart);
    // THEN
    thenSameAsClean(p);
    then(p.warnings()).anyMatch(w -> w.startsWith("smart-quotes:"));
  }

  @Test
  void should_read_as_clean_when_a_terminal_hard_wrapped_the_line_at_80_columns() {
    // GIVEN
    StringBuilder wrapped = new StringBuilder();
    for (int i = 0; i < CLEAN.length(); i += 80) wrapped.append(CLEAN, i, Math.min(CLEAN.length(), i + 80)).append('\n');
    // WHEN
    ParsedError p = parser.parse(wrapped.toString());
    // THEN
    thenSameAsClean(p);
    then(p.message()).isEqualTo(CLEAN.substring(CLEAN.indexOf("User:")));
    then(p.warnings()).anyMatch(w -> w.startsWith("line-wrap:"));
  }

  @Test
  void should_join_the_arn_when_a_line_break_fell_inside_the_quoted_resource() {
    // GIVEN
    String broken = CLEAN.replace("acme-reports/2026/q3/sum", "acme-reports/2026/q3/sum\n");
    // WHEN
    ParsedError p = parser.parse(broken);
    // THEN
    thenSameAsClean(p);
    then(p.warnings()).anyMatch(w -> w.startsWith("line-wrap:"));
  }

  @Test
  void should_read_as_clean_when_words_were_wrapped_at_spaces() {
    // GIVEN
    String wrapped = CLEAN.replace(" when calling the", "\nwhen calling the").replace(" is not authorized", "\nis not authorized")
        .replace(" with an explicit", "\nwith an explicit");
    // WHEN
    ParsedError p = parser.parse(wrapped);
    // THEN
    thenSameAsClean(p);
    then(p.message()).isEqualTo(CLEAN.substring(CLEAN.indexOf("User:")));
  }

  @Test
  void should_read_as_clean_when_invisible_characters_were_pasted_along() {
    // GIVEN
    String invisible = "\uFEFF" + CLEAN.replace(" on resource", "\u00A0on resource").replace("acme-", "acme\u200B-");
    // WHEN
    ParsedError p = parser.parse(invisible);
    // THEN
    thenSameAsClean(p);
    then(p.warnings()).anyMatch(w -> w.startsWith("invisible-characters:"));
  }

  @Test
  void should_keep_what_was_read_and_drop_the_cut_value_when_the_paste_was_cut_inside_the_action() {
    // GIVEN
    String cut = CLEAN.substring(0, CLEAN.indexOf("s3:GetObject on") + "s3:GetOb".length());
    // WHEN
    ParsedError p = parser.parse(cut);
    // THEN
    then(p.isAccessDenied()).isTrue();
    then(p.operation()).isEqualTo("GetObject");
    then(p.principalArn()).isEqualTo("arn:aws:sts::123456789012:assumed-role/data-reader/etl-job-7");
    then(p.action()).isNull();
    then(p.warnings()).anyMatch(w -> w.startsWith("truncated:"));
  }

  @Test
  void should_report_the_s3_denial_and_warn_of_the_others_when_a_paste_holds_several_errors() {
    // GIVEN
    String several = "An error occurred (AccessDeniedException) when calling the Decrypt operation: User: "
        + "arn:aws:iam::123456789012:user/ops is not authorized to perform: kms:Decrypt on resource: "
        + "arn:aws:kms:us-east-1:123456789012:key/1234abcd because no identity-based policy allows the kms:Decrypt action\n"
        + "then I tried again:\n" + CLEAN;
    // WHEN
    ParsedError p = parser.parse(several);
    // THEN
    thenSameAsClean(p);
    then(p.warnings()).anyMatch(w -> w.startsWith("other-errors:") && w.contains("kms:Decrypt"));
  }

  @Test
  void should_give_no_other_errors_warning_when_the_same_error_is_printed_twice() {
    // GIVEN
    String repeated = "botocore.exceptions.ClientError: " + CLEAN + "\n\nDuring handling of the above exception, another "
        + "exception occurred:\n\n" + CLEAN;
    // WHEN
    ParsedError p = parser.parse(repeated);
    // THEN
    thenSameAsClean(p);
    then(p.warnings()).noneMatch(w -> w.startsWith("other-errors:"));
  }

  @Test
  void should_find_the_error_when_prose_in_other_languages_surrounds_it() {
    // GIVEN
    String prose = "Hallo zusammen, seit heute Morgen bekomme ich diesen Fehler:\n\n" + CLEAN
        + "\n\n这个角色有 s3:* 权限，为什么还是被拒绝？ ¿Alguna idea?";
    // WHEN
    ParsedError p = parser.parse(prose);
    // THEN
    thenSameAsClean(p);
  }

  @Test
  void should_read_the_tail_and_warn_when_the_paste_is_over_one_mebibyte() {
    // GIVEN
    String huge = "DEBUG noise line\n".repeat(200_000) + CLEAN;
    // WHEN
    ParsedError p = parser.parse(huge);
    // THEN
    thenSameAsClean(p);
    then(p.warnings()).anyMatch(w -> w.startsWith("oversize:"));
  }

  private static void thenSameAsClean(ParsedError p) {
    then(p.isAccessDenied()).isTrue();
    then(p.operation()).isEqualTo("GetObject");
    then(p.errorCode()).isEqualTo("AccessDenied");
    then(p.principalArn()).isEqualTo("arn:aws:sts::123456789012:assumed-role/data-reader/etl-job-7");
    then(p.action()).isEqualTo("s3:GetObject");
    then(p.resourceArn()).isEqualTo("arn:aws:s3:::acme-reports/2026/q3/summary.csv");
    then(p.bucket()).isEqualTo("acme-reports");
    then(p.key()).isEqualTo("2026/q3/summary.csv");
    then(p.denyType()).isEqualTo("explicit");
    then(p.policyType()).isEqualTo("service control policy");
    then(p.policyArn()).isEqualTo("arn:aws:organizations::999988887777:policy/o-abc123/service_control_policy/p-deny01");
  }
}
