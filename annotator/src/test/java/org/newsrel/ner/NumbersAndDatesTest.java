package org.newsrel.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Numbers} and {@link Dates}: NUMBER is the numeral only, DATE names the calendar. */
class NumbersAndDatesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "about/RB/NUMBER 300/CD/NUMBER soldiers/NNS/O | NUMBER 300",
      "thousands/NNS/O fled/VBD/O | NUMBER thousands",
      "hundreds/NNS/O of/IN/O soldiers/NNS/O | NUMBER hundreds",
      "10/CD/PERCENT ~%/NN/PERCENT | NUMBER 10%",
      "some/DT/NUMBER people/NNS/O | ''",
      "two/CD/O soldiers/NNS/O | NUMBER two",
  })
  void numbersAreTheNumeralOnly(String row, String expected) {
    assertEquals(expected, RuleRows.apply(row, new Numbers(RuleRows.LEXICON)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "in/IN/DATE March/NNP/DATE 2024/CD/DATE ~./././O | DATE March 2024",
      "recently/RB/DATE | ''",
      "in/IN/O 1995/CD/NUMBER | DATE 1995",
      "the/DT/O late/JJ/O 1990s/NNS/O | DATE late 1990s",
      "in/IN/O mid-November/NN/O | DATE mid-November",
      "Monday/NNP/DATE and/CC/DATE Tuesday/NNP/DATE | DATE Monday; DATE Tuesday",
      "three/CD/NUMBER days/NNS/DATE ago/RB/DATE | NUMBER three; DATE days ago",
  })
  void datesNameTheCalendar(String row, String expected) {
    assertEquals(expected, RuleRows.apply(row, new Dates(RuleRows.LEXICON)));
  }
}
