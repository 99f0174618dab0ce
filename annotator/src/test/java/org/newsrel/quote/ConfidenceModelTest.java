package org.newsrel.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsrel.NewsrelAnnotations;
import org.newsrel.core.Event;

/** The confidence model's features ({@link ConfidenceFeatures}) and the shipped model on made-up sentences. */
class ConfidenceModelTest {

  private static AttributionAnnotator annotator(String confidenceModel) {
    Properties p = new Properties();
    p.setProperty("c.confidenceModel", confidenceModel);
    return new AttributionAnnotator("c", p);
  }

  private static final AttributionAnnotator SHIPPED = annotator(AttributionAnnotator.DEFAULT_CONFIDENCE_MODEL);
  private static final AttributionAnnotator PRIORS = annotator("none");

  /** One attribution per sentence; a feature its features must hold. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', textBlock = """
      named source, reported speech # Ana Lopez said that the talks would resume in March. # source=name
      noun phrase source # The minister said that the talks would resume in March. # source=short-np
      pronoun source # He said that the talks would resume in March. # source=pronoun
      direct quote # “The talks will resume in March,” the minister said. # kind=Direct
      direct quote opens the content # “The talks will resume in March,” the minister said. # contentOpensQuote
      short content # The minister said that talks resume. # contentTokens=1-3
      the first sentence # The minister said that the talks would resume in March. # sentence=first
      the cue word # The minister announced that the talks would resume in March. # cue=announced
      """)
  void features(String name, String text, String feature) {
    Annotation doc = AttributionAnnotatorTest.annotate(text);
    List<ConfidenceFeatures.Example> examples = new AttributionTraining(SHIPPED).confidenceExamples(doc);
    assertEquals(1, examples.size(), examples.toString());
    assertTrue(examples.get(0).features().contains(feature), examples.get(0).features().toString());
  }

  @Test
  void theBoundaryModelsProbabilitiesAreFeatures() {
    Annotation doc = AttributionAnnotatorTest.annotate("The minister said that the talks would resume in March.");
    List<String> f = new AttributionTraining(SHIPPED).confidenceExamples(doc).get(0).features();
    assertTrue(f.stream().anyMatch(x -> x.matches("beginScore=[0-9]")), f.toString());
    assertTrue(f.stream().anyMatch(x -> x.matches("rule\\+cueScore=.*\\|[0-9]")), f.toString());
  }

  @Test
  void shippedModelGivesProbabilitiesNotPriors() {
    Annotation doc = AttributionAnnotatorTest.annotate("“The talks will resume in March,” the minister said. "
        + "Critics believe the plan could fail, according to a local newspaper. He added that the date was firm.");
    SHIPPED.annotate(doc);
    List<Event> events = doc.get(NewsrelAnnotations.AttributionsAnnotation.class);
    assertTrue(events.size() >= 2, events.toString());
    for (Event e : events) {
      assertTrue(e.confidence() > 0 && e.confidence() < 1, e.rule() + " " + e.confidence());
    }
    assertTrue(events.stream().mapToDouble(Event::confidence).distinct().count() > 1,
        "one confidence for all: " + events);

    Annotation again = AttributionAnnotatorTest.annotate("“The talks will resume in March,” the minister said.");
    PRIORS.annotate(again);
    double prior = again.get(NewsrelAnnotations.AttributionsAnnotation.class).get(0).confidence();
    assertTrue(List.of(0.6, 0.7, 0.9).contains(prior), "without the model a rule's fixed prior: " + prior);
  }

  @Test
  void binsAndBuckets() {
    assertEquals("none", ConfidenceFeatures.bin(Double.NaN));
    assertEquals("0", ConfidenceFeatures.bin(0.0));
    assertEquals("9", ConfidenceFeatures.bin(1.0));
    assertEquals("4", ConfidenceFeatures.bin(0.45));
    assertEquals("1-3", ConfidenceFeatures.lengthBucket(3));
    assertEquals("41+", ConfidenceFeatures.lengthBucket(41));
  }
}
