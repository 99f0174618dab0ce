package org.newsrel.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SUTime gate on made-up token sequences; no models needed. */
class TemporalGateTest {

  private static final TemporalGate DEFAULT = TemporalGate.load("test", GatedNerAnnotator.DEFAULT_TRIGGERS);

  /** "word/TAG word/TAG ..." to tokens. */
  private static List<CoreLabel> tokens(String tagged) {
    List<CoreLabel> out = new ArrayList<>();
    for (String wt : tagged.split(" ")) {
      int slash = wt.lastIndexOf('/');
      CoreLabel t = new CoreLabel();
      t.setWord(wt.substring(0, slash));
      t.setTag(wt.substring(slash + 1));
      out.add(t);
    }
    return out;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // a digit anywhere
      "The/DT vote/NN is/VBZ set/VBN for/IN 2031/CD ./.           | true",
      "Route/NN A7/NN was/VBD closed/VBN ./.                      | true",
      // a CD tag without a digit
      "Umpteen/CD people/NNS came/VBD ./.                         | true",
      // months, weekdays, abbreviations with a final period
      "She/PRP arrived/VBD in/IN October/NNP ./.                  | true",
      "The/DT meeting/NN is/VBZ on/IN Thurs./NNP ./.              | true",
      // deictic words, units, parts of the day, number words, ordinals, money
      "He/PRP left/VBD yesterday/NN ./.                           | true",
      "They/PRP waited/VBD for/IN hours/NNS ./.                   | true",
      "The/DT raid/NN came/VBD at/IN dawn/NN ./.                  | true",
      "Two/CD guards/NNS were/VBD hurt/VBN ./.                    | true",
      "It/PRP was/VBD the/DT first/JJ attempt/NN ./.              | true",
      "Prices/NNS rose/VBD by/IN half/NN a/DT percent/NN ./.      | true",
      "He/PRP was/VBD in/IN office/NN at/IN the/DT time/NN ./.    | true",
      // nothing temporal or numeric: SUTime is skipped
      "The/DT minister/NN denied/VBD the/DT report/NN ./.         | false",
      "Rebels/NNS seized/VBD the/DT convoy/NN near/IN Tarvik/NNP ./.| false",
      "She/PRP said/VBD that/IN talks/NNS would/MD continue/VB ./.| false",
  })
  void decidesFromDigitsTagsAndTriggerWords(String tagged, boolean expected) {
    assertEquals(expected, DEFAULT.mayHoldTimeOrNumber(tokens(tagged)));
  }

  /** Tokens "w0 w1 ..." where a word with a digit is the only kind of trigger. */
  private static List<CoreLabel> words(String text) {
    List<CoreLabel> out = new ArrayList<>();
    for (String w : text.split(" ")) {
      CoreLabel t = new CoreLabel();
      t.setWord(w);
      t.setTag("NN");
      out.add(t);
    }
    return out;
  }

  @ParameterizedTest(name = "{0} k={1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      // one trigger in the middle, cut at neither end
      "a b c d 5 e f g h     | 2 | [2,7)",
      // cut at the sentence start and end
      "5 a b c d e f g 6     | 3 | [0,4) [5,9)",
      // overlapping and touching windows merge; a gap of one token does not
      "a 1 b c 2 d e f g h 3 | 1 | [0,6) [9,11)",
      "a 1 b c 2 d e f g h 3 | 2 | [0,7) [8,11)",
      "a 1 b c 2 d e f g h 3 | 3 | [0,11)",
      // margin 0: the trigger tokens alone, adjacent ones merged
      "a 1 2 b 3             | 0 | [1,3) [4,5)",
      // no trigger, no window
      "a b c                 | 4 | ''",
  })
  void windowsAroundTriggers(String text, int margin, String expected) {
    List<TemporalGate.Window> windows = DEFAULT.windows(words(text), margin);
    assertEquals(expected, windows.stream().map(Object::toString).collect(java.util.stream.Collectors.joining(" ")));
  }

  @Test
  void negativeMarginIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> DEFAULT.windows(words("a 1"), -1));
  }

  @Test
  void parsesCommentsAndCase() {
    TemporalGate g = TemporalGate.parse("# comment line\nFoo bar   # trailing comment\n\n  Baz\n");
    assertEquals(java.util.Set.of("foo", "bar", "baz"), g.triggers());
    assertTrue(g.mayHoldTimeOrNumber(tokens("A/DT FOO./NN")));
  }

  @Test
  void missingListNamesAnnotatorAndPath() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TemporalGate.load("my_ner", "no/such/list.txt"));
    assertTrue(e.getMessage().contains("my_ner") && e.getMessage().contains("no/such/list.txt"), e.getMessage());
  }
}
