package org.newsrel.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.newsrel.brat.Fragment;

class HeadFinderTest {

  private static Span whole(String text) {
    return new Span("d", "Captive", List.of(new Fragment(0, text.length())), text);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "two North Korean soldiers who were captured|soldiers",
      "the Kursk region of western Russia|region",
      "Kim Jong Un|Un",
      "in the Kursk region|region",
      "Lee Seong-kweun, a lawmaker|Seong-kweun",
      "the soldiers (both injured)|soldiers",
      "Ukraine’s security service|service",
      "troops near Kursk|troops",
      "300|300",
      "2,700 troops|troops",
      "10,000–12,000 troops|10,000",
  })
  void headIsLastTokenBeforeFirstStop(String phrase, String head) {
    assertEquals(head, HeadFinder.headText(phrase, whole(phrase)).orElse("-"));
  }

  @Test
  void noTokenNoHead() {
    assertEquals("-", HeadFinder.headText("“ ,", whole("“ ,")).orElse("-"));
  }

  @Test
  void predictionMatchesWhenItContainsTheGoldHead() {
    String text = "two North Korean soldiers who were captured";
    Span gold = whole(text);
    Span soldiers = new Span("d", "Captive", List.of(new Fragment(17, 25)), "soldiers");
    Span korean = new Span("d", "Captive", List.of(new Fragment(4, 16)), "North Korean");
    Span partOfHead = new Span("d", "Captive", List.of(new Fragment(17, 22)), "soldi");
    assertTrue(HeadFinder.headMatch(text, gold, soldiers));
    assertFalse(HeadFinder.headMatch(text, gold, korean));
    assertFalse(HeadFinder.headMatch(text, gold, partOfHead));
  }
}
