package dev.s3403.diagnostics.evidence.paste;

import static org.assertj.core.api.BDDAssertions.then;

import dev.s3403.diagnostics.evidence.Bundle;
import dev.s3403.diagnostics.evidence.Evidence;
import dev.s3403.diagnostics.evidence.EvidenceReader;
import dev.s3403.diagnostics.evidence.EvidenceWriter;
import dev.s3403.diagnostics.evidence.paste.Recognition.NotRecognized;
import dev.s3403.diagnostics.evidence.paste.Recognition.Recognized;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * No paste makes the recognizer throw: every sample, mutated thousands of times by a seeded stream of chat-like
 * damage (cut, doubled, spliced, sprinkled with JSON and shell characters), under an empty and a full conversation,
 * gives a result; every reason is one line; every recognized bundle writes and reads back without errors and merges.
 */
class PastedOutputsRobustnessTest {
  private static final int ROUNDS = Integer.getInteger("robustness.rounds", 60);
  private static final List<String> SPLICES = List.of("{", "}", "[", "]", "\"", "\\", ":", ",", "\n", "`", "```", "&quot;",
      "&lt;", "\u201c", "\u201d", "\u0000", "\t", "$ ", "aws ", "--bucket ", "--key ", "null", "true", "1e999", "%7B",
      "An error occurred (", ") when calling the ", " operation: ", "|", "+---+", "arn:aws:iam::111122223333:role/x",
      "111122223333", "{\"Statement\":[]}", "\uD83D\uDE00", "\\u0000", "[]", "{}", "\"Policy\":", "\r\n");

  @Test
  void should_never_throw_and_always_answer_in_one_line_or_with_a_readable_bundle() {
    // GIVEN every sample paste, a seeded stream of mutations, and two conversations
    Random random = new Random(Long.getLong("robustness.seed", 403L));
    List<String> samples = Pastes.allSamples().stream().map(Pastes::sample).toList();
    List<Context> contexts = List.of(Context.none(), fullContext(samples));
    int recognized = 0;
    int total = 0;

    for (int round = 0; round < ROUNDS; round++) {
      for (String sample : samples) {
        String paste = mutate(sample, samples, random);
        for (Context ctx : contexts) {
          // WHEN it is recognized
          Recognition result = PastedOutputs.recognize(paste, ctx);
          total++;

          // THEN there is a usable answer
          switch (result) {
            case NotRecognized(String why) -> then(why).as(paste).isNotBlank().doesNotContain("\n")
                .doesNotContain("internal error");
            case Recognized r -> {
              recognized++;
              then(r.notes()).as(paste).allSatisfy(n -> then(n).doesNotContain("\n"));
              then(EvidenceReader.read(EvidenceWriter.write(r.evidence()).toString()).errors()).as(paste).isEmpty();
              then(Evidence.merge(ctx.known(), r.evidence()).bundle()).isNotNull();
            }
          }
        }
      }
    }
    then(recognized).as("some mutations still read").isGreaterThan(total / 20);
  }

  @Test
  void should_never_throw_on_random_garbage() {
    // GIVEN seeded random strings of splices and characters
    Random random = new Random(Long.getLong("robustness.seed", 403L) + 1);
    for (int i = 0; i < ROUNDS * 20; i++) {
      StringBuilder garbage = new StringBuilder();
      for (int n = random.nextInt(40); n > 0; n--) {
        garbage.append(random.nextBoolean() ? SPLICES.get(random.nextInt(SPLICES.size())) : (char) random.nextInt(0x3000));
      }

      // WHEN it is recognized
      Recognition result = PastedOutputs.recognize(garbage.toString(), Context.none().withBucket("b").withKey("k"));

      // THEN it is an answer, never an internal error
      if (result instanceof NotRecognized(String why)) then(why).doesNotContain("internal error").doesNotContain("\n");
    }
  }

  /** A conversation that knows everything the samples need, and what the samples themselves say. */
  private static Context fullContext(List<String> samples) {
    Bundle known = Bundle.empty();
    Context ctx = Context.none().withBucket(Pastes.BUCKET).withKey(Pastes.KEY).withPrincipal(Pastes.SESSION)
        .withKmsKey(Pastes.KEY_ARN).withAccount("111122223333").withVpcEndpoint("vpce-0a1b2c3d4e5f60789")
        .withAsked("aws s3api get-object-acl --bucket acme-reports --key 2024/q1.csv",
            "aws s3control get-public-access-block --account-id 444455556666");
    for (String sample : samples) {
      if (PastedOutputs.recognize(sample, ctx.withKnown(known)) instanceof Recognized r) {
        known = Evidence.merge(known, r.evidence()).bundle();
      }
    }
    return ctx.withKnown(known);
  }

  private static String mutate(String sample, List<String> samples, Random random) {
    StringBuilder s = new StringBuilder(sample);
    for (int m = random.nextInt(4); m >= 0; m--) {
      int at = s.isEmpty() ? 0 : random.nextInt(s.length());
      int end = Math.min(s.length(), at + random.nextInt(40));
      switch (random.nextInt(6)) {
        case 0 -> s.setLength(at);                                               // half pasted
        case 1 -> s.delete(at, end);                                             // a piece lost
        case 2 -> s.insert(at, SPLICES.get(random.nextInt(SPLICES.size())));     // a character too many
        case 3 -> s.insert(at, s.substring(at, end));                            // a piece doubled
        case 4 -> s.setCharAt(Math.min(at, Math.max(0, s.length() - 1)), (char) random.nextInt(0x250));
        default -> {                                                             // two pastes spliced
          String other = samples.get(random.nextInt(samples.size()));
          s.insert(at, other.substring(random.nextInt(other.length())));
        }
      }
      if (s.isEmpty()) break;
    }
    return s.toString();
  }

}
