package dev.s3403.diagnostics.evidence;

import java.util.List;
import java.util.Map;

/**
 * A KMS grant: another way than the key policy to be allowed to use a key.
 *
 * @param grantee the grantee principal's ARN
 * @param operations KMS operation names ({@code Decrypt})
 */
public record KmsGrant(Fact<String> grantee, Fact<List<String>> operations, Fact<Constraints> constraints) {

  public KmsGrant {
    operations = Immutable.list(operations);
  }

  /** The encryption context a grant requires, as the KMS API names the two kinds. */
  public record Constraints(Fact<Map<String, String>> encryptionContextSubset,
      Fact<Map<String, String>> encryptionContextEquals) {

    public Constraints {
      encryptionContextSubset = Immutable.map(encryptionContextSubset);
      encryptionContextEquals = Immutable.map(encryptionContextEquals);
    }
  }
}
