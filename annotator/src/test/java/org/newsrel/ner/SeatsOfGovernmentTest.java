package org.newsrel.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link SeatsOfGovernment}: "the Kremlin said" is the government, "at the Kremlin" the building. */
class SeatsOfGovernmentTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "the/DT/O Kremlin/NNP/LOCATION said/VBD/O | ORGANIZATION Kremlin",
      "talks/NNS/O at/IN/O the/DT/O Kremlin/NNP/LOCATION | LOCATION Kremlin",
      "a/DT/O White/NNP/ORGANIZATION House/NNP/ORGANIZATION spokesperson/NN/O | ORGANIZATION White House",
      "in/IN/O the/DT/O White/NNP/LOCATION House/NNP/LOCATION | LOCATION White House",
      "a/DT/O white/JJ/O house/NN/O | ''",
  })
  void seatStandsForTheGovernmentUnlessAPlace(String row, String expected) {
    assertEquals(expected, RuleRows.apply(row, new SeatsOfGovernment(RuleRows.LEXICON)));
  }
}
