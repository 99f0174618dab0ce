package org.newsrel.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link HeadlineCase}: which sentences are title-case headlines. */
class HeadlineCaseTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Captured Soldiers Express Desire To Return Home | true",
      "Talks Break Down in Foo | true",
      "Foo beat Bar 2-1 at Baz on Saturday . | false",
      "Foo Bar Wins Again . | true",
      "Foo Bar | false",
      "the talks ended without a deal | false",
  })
  void titleCaseHeadlines(String sentence, boolean expected) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String w : sentence.split(" ")) {
      CoreLabel t = new CoreLabel();
      t.setWord(w);
      tokens.add(t);
    }
    assertEquals(expected, new HeadlineCase(RuleRows.LEXICON).isTitleCase(tokens));
  }
}
