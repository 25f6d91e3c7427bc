package dev.s3403.prompts.plain;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reading check itself: it must catch what a reviewer would circle, and leave names in backticks alone. */
class ReadingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a doubled word              | Ask the the bucket owner.                        | doubled word
      a lower-case sentence start | The bucket denies it. an administrator can fix it. | lower case
      an empty sentence           | The bucket denies it. . An administrator can fix it. | empty sentence
      a trailing space            | 'The bucket denies it. '                         | trailing space
      a disagreeing verb          | The identity-based policies does not allow it.  | singular verb
      """)
  void should_find_the_slip_when_a_text_has_one(String situation, String text, String problem) {
    then(Reading.problems(text)).as(situation).anySatisfy(p -> then(p).contains(problem));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      an ARN with its colons      | It allows `arn:aws:s3:::b/k`. An administrator can fix it.
      a quoted message            | The message says "Request has expired". You can fix this yourself.
      """)
  void should_find_nothing_when_the_text_reads_well(String situation, String text) {
    then(Reading.problems(text)).as(situation).isEmpty();
  }
}
