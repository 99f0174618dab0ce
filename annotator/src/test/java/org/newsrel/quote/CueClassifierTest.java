package org.newsrel.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.Annotation;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsrel.NewsrelAnnotations;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;
import org.newsrel.pipeline.NewsrelPipeline;

/**
 * The shipped cue classifier: the model file itself, and what it adds to the rules in the
 * default pipeline ({@link NewsrelPipeline#shared()}), on made-up sentences. Rendering as
 * in {@link AttributionAnnotatorTest}, with the rule that made each event.
 */
class CueClassifierTest {

  @Test
  void shippedModelIsSmallAndSane() throws Exception {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(AttributionAnnotator.DEFAULT_CUE_MODEL)) {
      assertTrue(in != null, "model on the classpath");
      assertTrue(in.readAllBytes().length < 5_000_000, "model under 5 MB");
    }
    CueModel m = CueModel.load(AttributionAnnotator.DEFAULT_CUE_MODEL);
    assertTrue(m.dropBelow() >= 0 && m.dropBelow() < m.addAbove() && m.addAbove() <= 1,
        "thresholds " + m.dropBelow() + " / " + m.addAbove());
    assertTrue(m.classifier().labels().contains(CueModel.POSITIVE));
    // a plain saying verb with a subject and a that-clause is a cue; a determiner-like noun is not
    double said = m.score(List.of("L=say", "P=VBD", "LP=say|VB", "C=nsubj", "C=ccomp", "MARK=ccomp|that",
        "FRAME=clause", "FRAME=quote", "RULE=clause-complement", "RULE|VB", "CANADD"));
    double storm = m.score(List.of("L=storm", "P=NN", "LP=storm|NN", "REL=nsubj", "NOTLEX", "NORULE",
        "NORULE|NN", "NOCONTENT"));
    assertTrue(said > 0.9, "said: " + said);
    assertTrue(storm < 0.1, "storm: " + storm);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', textBlock = """
      object cue the rules miss # The senator noted the rise in crime. # cue-classifier Source=The senator | Cue=noted | Content=the rise in crime
      rule cue kept # The union leader signaled that a strike was possible. # clause-complement Source=The union leader | Cue=signaled | Content=that a strike was possible
      no cue at all # The storm damaged the roof of the school. #
      """)
  void combinedWithRules(String name, String text, String expected) {
    Annotation doc = new Annotation(text);
    NewsrelPipeline.shared().annotate(doc);
    List<Event> events = doc.get(NewsrelAnnotations.AttributionsAnnotation.class);
    String got = events.stream().map(CueClassifierTest::render).collect(Collectors.joining(" ;; "));
    assertEquals(expected == null ? "" : expected, got);
  }

  private static String render(Event e) {
    StringBuilder sb = new StringBuilder(e.rule());
    String sep = " ";
    for (String role : List.of("Source", "Cue", "Content")) {
      var arg = e.argument(role);
      if (arg.isPresent()) {
        sb.append(sep).append(role).append('=')
            .append(arg.get().fragments().stream().map(TextSpan::text).collect(Collectors.joining(" + ")));
        sep = " | ";
      }
    }
    return sb.toString();
  }
}
