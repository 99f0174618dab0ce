package org.newsrel.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsrel.NewsrelAnnotations;
import org.newsrel.core.Argument;
import org.newsrel.core.DocumentLayers;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;
import org.newsrel.json.LayersJson;
import org.newsrel.json.TokenIndex;
import org.newsrel.pipeline.NewsrelPipeline;

/**
 * The news layout in the shared newsrel pipeline, on a made-up wire story with a headline,
 * a byline, a dateline, a photo credit and boilerplate: the layout is on the
 * {@code Annotation} and in the JSON, the dateline is a sentence of its own, and no
 * attribution or relation argument comes from a dateline, byline, credit or boilerplate.
 */
class NewsLayoutPipelineTest {

  static final String TEXT = "Soldiers Detain Twelve Rebels Near Border\n"
      + "By Ana Ruiz, Newswire\n"
      + "BAMAKO, March 4 (Newswire) - Malian soldiers captured twelve rebels near the border, the army said.\n"
      + "Photo: Ana Ruiz / Getty Images\n"
      + "\"The fighters surrendered without a shot,\" Colonel Amadou Diallo told reporters.\n"
      + "Trending Now\n"
      + "Follow us on Twitter\n";

  private static Annotation doc;

  @BeforeAll
  static void annotate() {
    doc = new Annotation(TEXT);
    NewsrelPipeline.shared().annotate(doc);
  }

  @Test
  void layoutIsOnTheAnnotation() {
    List<String> kinds = doc.get(NewsrelAnnotations.LayoutAnnotation.class).stream()
        .map(l -> l.kind() + " " + l.span().text()).toList();
    assertEquals(List.of("HEADLINE Soldiers Detain Twelve Rebels Near Border", "BYLINE By Ana Ruiz, Newswire",
        "DATELINE BAMAKO, March 4 (Newswire) -", "CREDIT Photo: Ana Ruiz / Getty Images",
        "BOILERPLATE Trending Now", "BOILERPLATE Follow us on Twitter"), kinds);
  }

  @Test
  void datelineIsASentenceOfItsOwn() {
    List<String> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class).stream()
        .map(s -> s.get(CoreAnnotations.TextAnnotation.class)).toList();
    assertTrue(sentences.contains("BAMAKO, March 4 (Newswire) -"), sentences.toString());
    assertTrue(sentences.contains("Malian soldiers captured twelve rebels near the border, the army said."),
        sentences.toString());
    for (int i = 0; i < sentences.size(); i++) {
      CoreMap s = doc.get(CoreAnnotations.SentencesAnnotation.class).get(i);
      assertEquals(i, s.get(CoreAnnotations.SentenceIndexAnnotation.class));
      assertEquals(1, s.get(CoreAnnotations.TokensAnnotation.class).get(0).index());
    }
  }

  @Test
  void attributionContentStartsAfterTheDateline() {
    List<Event> attributions = doc.get(NewsrelAnnotations.AttributionsAnnotation.class);
    List<String> contents = attributions.stream().map(e -> e.argument("Content").orElseThrow().fragments().get(0).text())
        .toList();
    assertTrue(contents.contains("Malian soldiers captured twelve rebels near the border"), contents.toString());
    assertNothingFromLayout(attributions);
  }

  @Test
  void captureArgumentsComeFromTheSentenceNotTheDateline() {
    // the headline's "Detain" is a capture of its own (headlines are article text); this is the sentence's
    List<Event> captures = doc.get(NewsrelAnnotations.RelationEventsAnnotation.class).stream()
        .filter(e -> e.type().equals("Capture") && e.trigger().begin() > TEXT.indexOf("BAMAKO")).toList();
    assertEquals(1, captures.size(), captures.toString());
    Event c = captures.get(0);
    assertEquals("Malian soldiers", c.argument("Captor").orElseThrow().fragments().get(0).text());
    assertEquals("twelve rebels", c.argument("Captive").orElseThrow().fragments().get(0).text());
    assertNothingFromLayout(doc.get(NewsrelAnnotations.RelationEventsAnnotation.class));
  }

  @Test
  void entitiesKeepTheDatelinePlaceButNothingInBoilerplate() {
    List<String> entities = doc.get(NewsrelAnnotations.EntityMentionsAnnotation.class).stream()
        .map(m -> m.type() + " " + m.span().text()).toList();
    assertTrue(entities.contains("LOCATION BAMAKO"), entities.toString());
    int boilerplate = TEXT.indexOf("Trending Now");
    assertTrue(doc.get(NewsrelAnnotations.EntityMentionsAnnotation.class).stream()
        .allMatch(m -> m.span().begin() < boilerplate), entities.toString());
  }

  @Test
  void jsonHoldsTheLayout() {
    DocumentLayers layers = NewsrelPipeline.layers("story", TEXT, doc);
    String json = LayersJson.write(layers, TokenIndex.of(doc));
    int dateline = TEXT.indexOf("BAMAKO");
    assertTrue(json.contains("\"layout\""), json);
    String layout = json.substring(json.indexOf("\"layout\""));
    assertTrue(java.util.regex.Pattern.compile("\"begin\": " + dateline + ",\\s*\"end\": " + (dateline + 28)
        + ",\\s*\"kind\": \"DATELINE\",\\s*\"text\": \"BAMAKO, March 4 \\(Newswire\\) -\"").matcher(layout).find(),
        layout);
  }

  @Test
  void unknownPropertyIsRejected() {
    Properties p = new Properties();
    p.setProperty("newsrel_layout.splitSentence", "false");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new NewsLayoutAnnotator("newsrel_layout", p));
    assertTrue(e.getMessage().contains("Unknown properties for annotator newsrel_layout: [newsrel_layout.splitSentence]"),
        e.getMessage());
  }

  private static void assertNothingFromLayout(List<Event> events) {
    Layout layout = Layout.of(doc);
    for (Event e : events) {
      assertFalse(layout.blocks(e.trigger()), e.toString());
      for (Argument a : e.arguments()) {
        for (TextSpan f : a.fragments()) {
          assertFalse(layout.blocks(f), a.role() + " " + f + " in " + e.rule());
        }
      }
    }
    assertFalse(events.isEmpty());
  }
}
