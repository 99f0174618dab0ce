package org.newsrel.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link NameEdges}: a name run starts and ends with a word of the name. */
class NameEdgesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "The/DT/ORGANIZATION Daily/NNP/ORGANIZATION Bugle/NNP/ORGANIZATION reported/VBD/O | ORGANIZATION Daily Bugle",
      "Institute/NNP/ORGANIZATION for/IN/ORGANIZATION Baz/NNP/ORGANIZATION at/IN/ORGANIZATION noon/NN/O"
          + " | ORGANIZATION Institute for Baz",
      "\"/``/PERSON ~Ann/NNP/PERSON Bell/NNP/PERSON ~\"/``/PERSON said/VBD/O | PERSON Ann Bell",
      "Foo/NNP/ORGANIZATION &/CC/ORGANIZATION Bar/NNP/ORGANIZATION | ORGANIZATION Foo & Bar",
      "Senator/NNP/O Bell/NNP/PERSON (/-LRB-/O D/NNP/ORGANIZATION ~-/HYPH/O ~Foo/NNP/LOCATION ~./././O ~)/-RRB-/O"
          + " | PERSON Bell; LOCATION Foo",
      "The/DT/O talks/NNS/O ended/VBD/O | ''",
  })
  void trimsToTheWordsOfTheName(String row, String expected) {
    assertEquals(expected, RuleRows.apply(row, new NameEdges(RuleRows.LEXICON)));
  }
}
