package dev.s3403.diagnostics.evidence.paste;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.evidence.BucketInfo;
import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.Evidence;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import dev.s3403.diagnostics.evidence.EvidenceWriter;
import dev.s3403.diagnostics.evidence.KmsKeyInfo;
import dev.s3403.diagnostics.evidence.ObjectInfo;
import dev.s3403.diagnostics.evidence.PrincipalInfo;
import dev.s3403.diagnostics.evidence.paste.Recognition.NotRecognized;
import dev.s3403.diagnostics.evidence.paste.Recognition.Recognized;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Sample pastes from {@code pasted-outputs/} and the steps every test takes with them. */
final class Pastes {
  static final String BUCKET = "acme-reports";
  static final String KEY = "2024/q1.csv";
  static final String KEY_ARN = "arn:aws:kms:us-east-1:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  static final String ROLE = "arn:aws:iam::111122223333:role/app";
  static final String SESSION = "arn:aws:sts::111122223333:assumed-role/app/i-0abc123def4567890";

  private Pastes() {}

  static String sample(String name) {
    try (InputStream in = Pastes.class.getResourceAsStream("/pasted-outputs/" + name)) {
      if (in == null) throw new IllegalArgumentException("no sample " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> allSamples() {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/pasted-outputs"))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Recognized recognized(String paste, Context ctx) {
    Recognition result = PastedOutputs.recognize(paste, ctx);
    then(result).as("%s", result).isInstanceOf(Recognized.class);
    return (Recognized) result;
  }

  static String why(String paste, Context ctx) {
    Recognition result = PastedOutputs.recognize(paste, ctx);
    then(result).as("%s", result).isInstanceOf(NotRecognized.class);
    return ((NotRecognized) result).why();
  }

  /** The recognized evidence merged into an empty bundle, as the conversation would merge it; nothing disagrees. */
  static Bundle merged(Recognized recognized) {
    var merged = Evidence.merge(Bundle.empty(), recognized.evidence());
    then(merged.notes()).isEmpty();
    then(EvidenceReader.read(EvidenceWriter.write(merged.bundle()).toString()).errors())
        .as("the merged bundle writes and reads back").isEmpty();
    return merged.bundle();
  }

  static BucketInfo bucket(Bundle bundle, String name) {
    return bundle.buckets().asOptional().orElseThrow().get(name);
  }

  static ObjectInfo object(Bundle bundle, String bucket, String key) {
    return bucket(bundle, bucket).objects().asOptional().orElseThrow().get(key);
  }

  static PrincipalInfo principal(Bundle bundle, String arn) {
    return bundle.principals().asOptional().orElseThrow().get(arn);
  }

  static KmsKeyInfo kmsKey(Bundle bundle, String arn) {
    return bundle.kmsKeys().asOptional().orElseThrow().get(arn);
  }

  /** The bundle as JSON, for members best compared whole (policy documents). */
  static String json(Bundle bundle, String pointer) {
    return EvidenceWriter.write(bundle).at(pointer).toString();
  }
}
