package org.newsrel.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsrel.core.LayoutSpan;

/**
 * The layout finder on made-up lines in several newswire and web styles (no models): one
 * input, the expected spans rendered as {@code [begin,end) KIND text}, " | " between spans.
 * The first line of a text is where a headline may end with a full stop, so each row that
 * is not about headlines opens with a line of body text.
 */
class LayoutFinderTest {

  private static final LayoutFinder FINDER = new LayoutFinder(LayoutRules.loadDefault());
  /** A first line of body text (no layout), 43 characters and a line break. */
  private static final String BODY = "The council met on Monday to discuss taxes.\n";

  static Stream<Arguments> lines() {
    return Stream.of(
        // datelines: wire styles
        row("BAMAKO, March 4 (Newswire) - Soldiers detained three men, the army said.",
            "[0,28) DATELINE BAMAKO, March 4 (Newswire) -"),
        row("WASHINGTON (AP) \u2014 The Senate voted on Tuesday.", "[0,17) DATELINE WASHINGTON (AP) \u2014"),
        row("LONDON, Jan 3 - Shares fell sharply in early trade.", "[0,15) DATELINE LONDON, Jan 3 -"),
        row("KANSAS CITY, Mo., Sept. 26 (UPI) \u2014 Police arrested a man.",
            "[0,34) DATELINE KANSAS CITY, Mo., Sept. 26 (UPI) \u2014"),
        row("PORT-AU-PRINCE, Haiti (Reuters) -- Gangs seized a road.",
            "[0,34) DATELINE PORT-AU-PRINCE, Haiti (Reuters) --"),
        row("Lima (AFP) \u2013 Protesters marched through the capital.", "[0,12) DATELINE Lima (AFP) \u2013"),
        row("NAIROBI \u2014 Rain flooded the market on Friday.", "[0,9) DATELINE NAIROBI \u2014"),
        row("Springfield, Oct. 2 \u2014 The mayor resigned.", "[0,21) DATELINE Springfield, Oct. 2 \u2014"),
        row("(Reuters) - Oil prices rose on Monday.", "[0,11) DATELINE (Reuters) -"),
        // not datelines: a city and a comma opening an ordinary sentence; a title-case name and a dash
        row(BODY + "Paris, the capital of France, hosted the talks."),
        row(BODY + "Cairo, which has grown fast, needs water."),
        row(BODY + "Smith - who had been mayor - said nothing."),
        // not datelines: ALL-CAPS run-in headings, one of four words, one far down the story
        row(BODY + "SENATORS WANT MORE TIME \u2014 The bill stalled again."),
        row(BODY + "OHIO VOTERS BACK SMITH, BUT CITIES BACK JONES - The poll was small."),
        row(BODY.repeat(7) + "HARD TIMES AHEAD \u2014 The plan also cuts pensions."),
        // bylines
        row(BODY + "By Jane Doe, Associated Press", "[44,73) BYLINE By Jane Doe, Associated Press"),
        row(BODY + "By JOHN SMITH", "[44,57) BYLINE By JOHN SMITH"),
        row(BODY + "By Ana de la Cruz and Jo Roe in Lima", "[44,80) BYLINE By Ana de la Cruz and Jo Roe in Lima"),
        row(BODY + "Written by Mark Lee", "[44,63) BYLINE Written by Mark Lee"),
        row(BODY + "Reporting by Tom Fry; Editing by Sue Park", "[44,85) BYLINE Reporting by Tom Fry; Editing by Sue Park"),
        // not bylines: "By" opening a sentence
        row(BODY + "By the end of the year, prices had doubled."),
        row(BODY + "By Monday, rebels held the town."),
        // photo credits
        row(BODY + "Photo: Jane Doe / Getty Images", "[44,74) CREDIT Photo: Jane Doe / Getty Images"),
        row(BODY + "Photograph by Lee Kim", "[44,65) CREDIT Photograph by Lee Kim"),
        row(BODY + "Police stand guard in the square. (AP Photo/Jane Doe)",
            "[78,97) CREDIT (AP Photo/Jane Doe)"),
        row(BODY + "Firefighters at work on Sunday. REUTERS/Ann Bell", "[76,92) CREDIT REUTERS/Ann Bell"),
        row(BODY + "Tom Ray/AFP via Getty Images", "[44,72) CREDIT Tom Ray/AFP via Getty Images"),
        // not credits: a sentence about photos; a poll named after a wire
        row(BODY + "Images of the flood spread online."),
        row(BODY + "A Reuters/Ipsos poll found support rising."),
        // boilerplate
        row(BODY + "Trending Now", "[44,56) BOILERPLATE Trending Now"),
        row(BODY + "SHARE THIS:", "[44,55) BOILERPLATE SHARE THIS:"),
        row(BODY + "Read more: Ten things to know about taxes", "[44,85) BOILERPLATE Read more: Ten things to know about taxes"),
        row(BODY + "Click here to sign up for alerts.", "[44,77) BOILERPLATE Click here to sign up for alerts."),
        row(BODY + "Follow us on Twitter", "[44,64) BOILERPLATE Follow us on Twitter"),
        row(BODY + "Copyright 2025 Daily Courier. All rights reserved.",
            "[44,94) BOILERPLATE Copyright 2025 Daily Courier. All rights reserved."),
        row(BODY + "\u00a9 2024 Gazette Media Group", "[44,70) BOILERPLATE \u00a9 2024 Gazette Media Group"),
        row(BODY + "Officials confirmed the deaths. READ MORE: Floods hit the north (PHOTOS) The army sent boats.",
            "[76,86) BOILERPLATE READ MORE:", "[87,116) HEADLINE Floods hit the north (PHOTOS)"),
        // not boilerplate: a sentence opening with a lead word
        row(BODY + "Watch officials closely, the judge warned."),
        row(BODY + "Share prices fell."),
        // headlines
        row("Rebels Seize Two Journalists Near the Border", "[0,44) HEADLINE Rebels Seize Two Journalists Near the Border"),
        row("REBELS SEIZE TWO JOURNALISTS", "[0,28) HEADLINE REBELS SEIZE TWO JOURNALISTS"),
        row("Mayor Quits After Vote.\nThe mayor quit.", "[0,23) HEADLINE Mayor Quits After Vote."),
        row(BODY + "Markets and Money", "[44,61) HEADLINE Markets and Money"),
        // not headlines: an ordinary sentence of capitalised names; a title-case line ending a sentence later on
        row("John Smith met Mary Jones in Paris on Monday."),
        row(BODY + "The Prime Minister Spoke To The Press."),
        // a dateline, a byline and a credit in one text
        row("Troops Detain Rebel Leader\nBy Ann Lee\nBAMAKO, May 2 (Newswire) - Troops detained him.\n"
            + "Photo: Ann Lee / Pool",
            "[0,26) HEADLINE Troops Detain Rebel Leader", "[27,37) BYLINE By Ann Lee",
            "[38,64) DATELINE BAMAKO, May 2 (Newswire) -", "[86,107) CREDIT Photo: Ann Lee / Pool"));
  }

  private static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  @ParameterizedTest
  @MethodSource("lines")
  void findsTheLayout(String text, List<String> expected) {
    assertEquals(String.join(" | ", expected),
        FINDER.find(text).stream().map(LayoutSpan::toString).collect(Collectors.joining(" | ")));
  }

  @Test
  void spansAreSortedAndNeverOverlap() {
    String text = "HEADLINE ONE\nBy Al Roe\nCAIRO (AP) \u2014 Police said so. (AP Photo/Al Roe)\nTrending Now\n";
    List<LayoutSpan> spans = FINDER.find(text);
    for (int i = 1; i < spans.size(); i++) {
      assertTrue(spans.get(i - 1).end() <= spans.get(i).begin(), spans.toString());
    }
    assertEquals(5, spans.size(), spans.toString());
  }

  @Test
  void emptyAndBlankTextsHaveNoLayout() {
    assertEquals(List.of(), FINDER.find(""));
    assertEquals(List.of(), FINDER.find(" \n\n\t\n"));
  }

  @Test
  void unknownSectionIsAnErrorNamingFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LayoutRules.parse("newsrel_layout", "my-rules.txt", List.of("# rules", "[month]", "May", "[months]")));
    assertEquals("Annotator newsrel_layout: my-rules.txt line 4: unknown section [months], known: " + LayoutRules.SECTIONS,
        e.getMessage());
  }

  @Test
  void entryBeforeAnySectionIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LayoutRules.parse("newsrel_layout", "my-rules.txt", List.of("Reuters")));
    assertTrue(e.getMessage().contains("my-rules.txt line 1: entry before any [section]"), e.getMessage());
  }

  @Test
  void missingRuleFileIsAnErrorNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LayoutRules.load("newsrel_layout", "no/such/layout-rules.txt"));
    assertTrue(e.getMessage().contains("no/such/layout-rules.txt"), e.getMessage());
  }
}
