package org.newsrel.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsrel.core.TextSpan;

class QuoteFinderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      curly pair                     | He said “we will win” today.            | “we will win”
      straight pair                  | He said "we will win" today.            | "we will win"
      two quotes around a cue        | “A,” she said, “B.”                     | “A,” ;; “B.”
      doubled apostrophes            | He said ''no deal'' again.              | ''no deal''
      apostrophe is not a quote      | The army's plan didn't work.            |
      unclosed quote ends at line    | “First paragraph.\\n“Second one.”       | “First paragraph. ;; “Second one.”
      straight quote after bracket   | (“yes”) and ("no")                      | “yes” ;; "no"
      """)
  void findsQuotedSpans(String name, String input, String expected) {
    String text = input.replace("\\n", "\n");
    List<String> found = QuoteFinder.find(text).stream().map(TextSpan::text).toList();
    List<String> want = expected == null ? List.of() : List.of(expected.split(" ;; "));
    assertEquals(want, found);
  }
}
