package org.newsrel.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Nested attribution pairs ({@link NestingFeatures}) and the shipped nesting model on made-up sentences. */
class NestingModelTest {

  private static AttributionAnnotator annotator(String nestingModel) {
    Properties p = new Properties();
    p.setProperty("n.cueClassifier", "none");
    p.setProperty("n.boundaryModel", "none");
    p.setProperty("n.nestingModel", nestingModel);
    return new AttributionAnnotator("n", p);
  }

  private static final AttributionAnnotator RULES = annotator("none");
  private static final AttributionAnnotator SHIPPED = annotator(AttributionAnnotator.DEFAULT_NESTING_MODEL);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', textBlock = """
      relative clause report # The mayor said that the bridge, which engineers described as unsafe, would close. # said # described # IREL=acl:relcl
      report inside a fronted content # Officials warned residents to leave the coast before the storm, a spokesman said. # said # warned # GOV=outerCue|ccomp
      """)
  void pairs(String name, String text, String outerCue, String innerCue, String feature) {
    Annotation doc = AttributionAnnotatorTest.annotate(text);
    List<NestedPair> pairs = new AttributionTraining(RULES).nestedPairs(doc);
    assertEquals(1, pairs.size(), pairs.toString());
    NestedPair p = pairs.get(0);
    assertEquals(outerCue, p.outerCue().text());
    assertEquals(innerCue, p.innerCue().text());
    assertTrue(p.features().contains(feature), p.features().toString());
  }

  @Test
  void noPairWithoutNesting() {
    Annotation doc = AttributionAnnotatorTest.annotate("The mayor said the bridge was safe. The engineers disagreed.");
    assertEquals(List.of(), new AttributionTraining(RULES).nestedPairs(doc));
  }

  @Test
  void shippedModelLoads() {
    NestingModel m = NestingModel.load(AttributionAnnotator.DEFAULT_NESTING_MODEL);
    assertTrue(m.splitFrom() > 0 && m.splitFrom() <= 1.01, "threshold " + m.splitFrom());
    double p = m.score(List.of("IREL=conj", "GOV=outerCue|conj", "IL=say", "SAMESRC"));
    assertTrue(p >= 0 && p <= 1, "probability " + p);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', textBlock = """
      no cut leaves an outer Content empty # Officials warned residents to leave the coast before the storm, a spokesman said. # Indirect Source=a spokesman | Cue=said | Content=Officials warned residents to leave the coast before the storm
      """)
  void shippedModelOnMadeUpNews(String name, String text, String expected) {
    Annotation doc = AttributionAnnotatorTest.annotate(text);
    SHIPPED.annotate(doc);
    assertEquals(expected, AttributionAnnotatorTest.render(doc));
  }

  /**
   * The cut itself, with every pair split ({@code nestingSplitFrom=0}): the outer Content ends
   * before the clause the inner cue heads, without the comma that joined them.
   */
  @Test
  void forcedSplitEndsTheOuterContentBeforeTheInnerClause() {
    Properties p = new Properties();
    p.setProperty("f.cueClassifier", "none");
    p.setProperty("f.boundaryModel", "none");
    p.setProperty("f.nestingSplitFrom", "0");
    Annotation doc = AttributionAnnotatorTest.annotate(
        "The mayor said that the bridge, which engineers described as unsafe, would close.");
    new AttributionAnnotator("f", p).annotate(doc);
    String rendered = AttributionAnnotatorTest.render(doc);
    assertTrue(rendered.startsWith("Indirect Source=The mayor | Cue=said | Content=that the bridge ;; "), rendered);
    assertTrue(rendered.contains("Cue=described"), rendered);
  }
}
