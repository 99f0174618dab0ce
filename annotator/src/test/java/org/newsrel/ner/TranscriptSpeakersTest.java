package org.newsrel.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link TranscriptSpeakers}: the ALL-CAPS labels of a transcript's turns are people; a
 * one-off label, a role or a title is not ({@code ¶} starts a new line).
 */
class TranscriptSpeakersTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // two speakers taking turns, one line opened by a quote mark
      "\"/``/O HARTLEY/NNP/O ~:/:/O Hello/UH/O ~./././O ¶ MORROW/NNP/O ~:/:/O Hi/UH/O ~./././O ¶ HARTLEY/NNP/O ~:/:/O Well/UH/O ~./././O ¶ MORROW/NNP/O ~:/:/O Yes/UH/O ~./././O"
          + " | PERSON HARTLEY; PERSON MORROW; PERSON HARTLEY; PERSON MORROW",
      // a role label is not a person, the speaker still is
      "QUESTION/NN/O ~:/:/O Why/WRB/O ~?/./O ¶ OKAFOR/NNP/O ~:/:/O Because/IN/O ~./././O ¶ QUESTION/NN/O ~:/:/O When/WRB/O ~?/./O ¶ OKAFOR/NNP/O ~:/:/O Soon/RB/O ~./././O"
          + " | PERSON OKAFOR; PERSON OKAFOR",
      // one speaker alone is no transcript
      "HARTLEY/NNP/O ~:/:/O Hello/UH/O ~./././O ¶ HARTLEY/NNP/O ~:/:/O Well/UH/O ~./././O | ''",
      // one-off labels of a press release are not speakers
      "CONTACT/NN/O ~:/:/O Jane/NNP/PERSON Roe/NNP/PERSON ¶ SOURCE/NN/O ~:/:/O Acme/NNP/ORGANIZATION | PERSON Jane Roe; ORGANIZATION Acme",
      // a label after words on its line is not a turn: each speaker opens one line only
      "He/PRP/O said/VBD/O HARTLEY/NNP/O ~:/:/O no/DT/O ¶ She/PRP/O said/VBD/O MORROW/NNP/O ~:/:/O yes/UH/O ¶ HARTLEY/NNP/O ~:/:/O x/NN/O ¶ MORROW/NNP/O ~:/:/O y/NN/O"
          + " | ''",
      // a title taking turns is not a name
      "PRESIDENT/NNP/O ~:/:/O Thanks/NNS/O ¶ OKAFOR/NNP/O ~:/:/O Sure/UH/O ¶ PRESIDENT/NNP/O ~:/:/O Next/JJ/O ¶ OKAFOR/NNP/O ~:/:/O Fine/JJ/O"
          + " | PERSON OKAFOR; PERSON OKAFOR",
  })
  void turnsOfATranscriptAreItsSpeakers(String row, String expected) {
    assertEquals(expected, RuleRows.apply(row, new TranscriptSpeakers(RuleRows.LEXICON)));
  }
}
