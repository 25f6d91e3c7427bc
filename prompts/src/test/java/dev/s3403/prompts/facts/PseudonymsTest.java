package dev.s3403.prompts.facts;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

/** Placeholders are stable, never split a longer name, and only known ones are restored. */
class PseudonymsTest {
  private static final String FACTS = "{\"principal\":\"arn:aws:sts::111122223333:assumed-role/app-writer/i-0abc123\","
      + "\"resource\":\"arn:aws:s3:::acme-logs-archive/2026/x.csv\",\"bucketAccount\":\"444455556666\","
      + "\"other\":\"arn:aws:s3:::acme-logs\",\"user\":\"arn:aws:iam::111122223333:user/dev/ana.silva\"}";

  @Test
  void should_hide_accounts_buckets_and_principals_and_restore_them() {
    // GIVEN facts with two accounts, two buckets (one a prefix of the other) and three principal names
    Pseudonyms p = Pseudonyms.of(FACTS, "acme-logs-archive");
    // WHEN hidden
    String hidden = p.hide(FACTS + " acme-logs and acme-logs-archive; 111122223333");
    // THEN no real name is left, the longer bucket was not split, and restoring gives the original back
    then(hidden).doesNotContain("111122223333").doesNotContain("444455556666").doesNotContain("acme-logs")
        .doesNotContain("app-writer").doesNotContain("i-0abc123").doesNotContain("ana.silva");
    then(hidden).contains("BUCKET_2 and BUCKET_1").contains("arn:aws:s3:::BUCKET_1/2026/x.csv");
    then(p.restore(hidden)).isEqualTo(FACTS + " acme-logs and acme-logs-archive; 111122223333");
  }

  @Test
  void should_give_the_same_placeholder_to_the_same_value() {
    Pseudonyms p = Pseudonyms.of(FACTS, null);
    then(p.hide("444455556666 444455556666")).isEqualTo("ACCOUNT_2 ACCOUNT_2");
  }

  @Test
  void should_refuse_to_restore_a_placeholder_it_never_gave() {
    Pseudonyms p = Pseudonyms.of(FACTS, null);
    then(p.restore("the bucket BUCKET_9 in ACCOUNT_1")).isNull();
  }
}
