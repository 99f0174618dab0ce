package org.newsrel.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void sentenceIsBetweenFinalPunctuationOrLineBreaks() {
    String text = "Title line\nFirst one. Kim Jong Un sent troops. Last!";
    int b = text.indexOf("Kim");
    assertEquals("Kim Jong Un sent troops.", Sentences.around(text, b, b + 11));
    assertEquals("Title line", Sentences.around(text, 0, 5));
    assertEquals("Last!", Sentences.around(text, text.length() - 5, text.length() - 1));
  }

  @Test
  void abbreviationsWithoutFollowingSpaceDoNotCut() {
    String text = "He paid $2.5m to U.S.A.-based firms. Next.";
    assertEquals("He paid $2.5m to U.S.A.-based firms.", Sentences.around(text, 8, 13));
  }

  @Test
  void longSentencesAreClipped() {
    String text = "word ".repeat(200) + "TARGET " + "word ".repeat(200) + ".";
    int b = text.indexOf("TARGET");
    String s = Sentences.around(text, b, b + 6);
    assertTrue(s.length() <= Sentences.MAX + 2, s.length() + "");
    assertTrue(s.contains("TARGET") && s.startsWith("…") && s.endsWith("…"));
  }
}
