package org.newsrel.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Content boundary candidates ({@link ContentBoundaries}) and the shipped boundary model on
 * made-up sentences. Candidates are rendered as the word each boundary touches (a start: the
 * text from the boundary to the next space, so a start on the last word shows its period; an
 * end: from the last space to the boundary), the
 * rules' own boundary marked with {@code *}, in the order they are generated (the rules'
 * boundary, then outwards, then inwards).
 */
class BoundaryModelTest {

  private static final AttributionAnnotator RULES = annotator("none");
  private static final AttributionAnnotator SHIPPED = annotator(AttributionAnnotator.DEFAULT_BOUNDARY_MODEL);

  private static AttributionAnnotator annotator(String boundaryModel) {
    Properties p = new Properties();
    p.setProperty("b.cueClassifier", "none");
    p.setProperty("b.boundaryModel", boundaryModel);
    p.setProperty("b.nestingModel", "none");
    return new AttributionAnnotator("b", p);
  }

  private static String render(String text, BoundaryChoice c) {
    String starts = c.starts().stream()
        .map(x -> text.substring(x.offset()).split("\\s", 2)[0] + (x.original() ? "*" : ""))
        .collect(Collectors.joining(" "));
    String ends = c.ends().stream()
        .map(x -> {
          String before = text.substring(0, x.offset());
          return before.substring(before.lastIndexOf(' ') + 1) + (x.original() ? "*" : "");
        })
        .collect(Collectors.joining(" "));
    return "starts: " + starts + " | ends: " + ends;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', textBlock = """
      content after the cue stops at the cue # The agency said that two soldiers had been captured. # starts: that* two soldiers had been captured. | ends: captured* captured. been had soldiers two that
      content before the cue stops at the source # The plant will close next year, the company said. # starts: The* plant will close next year, | ends: year* year, next close will plant The
      window of two tokens # The agency said that two soldiers had been captured. # starts: that* two soldiers | ends: captured* captured. been had
      """)
  void candidates(String name, String text, String expected) {
    int window = name.startsWith("window") ? 2 : 8;
    Annotation doc = AttributionAnnotatorTest.annotate(text);
    List<BoundaryChoice> choices = new AttributionTraining(RULES).boundaryChoices(doc, window);
    assertEquals(1, choices.size(), choices.toString());
    assertEquals(expected, render(text, choices.get(0)));
  }

  @Test
  void candidatesNeverEnterAnotherAttribution() {
    String text = "The mayor said the bridge was safe, and the engineers said it was not.";
    Annotation doc = AttributionAnnotatorTest.annotate(text);
    List<BoundaryChoice> choices = new AttributionTraining(RULES).boundaryChoices(doc, 8);
    assertEquals(2, choices.size(), choices.toString());
    int secondCue = text.indexOf("the engineers");
    for (BoundaryChoice.Candidate c : choices.get(0).ends()) {
      assertTrue(c.offset() <= secondCue, "end candidate " + c.offset() + " enters the second attribution");
    }
    int firstCueEnd = text.indexOf("said") + 4;
    for (BoundaryChoice.Candidate c : choices.get(1).starts()) {
      assertTrue(c.offset() > firstCueEnd, "start candidate " + c.offset() + " enters the first attribution");
    }
  }

  @Test
  void shippedModelLoadsAndScoresProbabilities() {
    BoundaryModel m = BoundaryModel.load(AttributionAnnotator.DEFAULT_BOUNDARY_MODEL);
    assertEquals(40, m.window()); // train-attribution's default window
    assertFalse(m.summary().isBlank());
    Annotation doc = AttributionAnnotatorTest.annotate("The agency said that two soldiers had been captured.");
    BoundaryChoice c = new AttributionTraining(RULES).boundaryChoices(doc, m.window()).get(0);
    for (BoundaryChoice.Candidate x : c.starts()) {
      double p = m.scoreStart(x);
      assertTrue(p >= 0 && p <= 1, "probability " + p);
    }
    // PolNeAR keeps the complementizer and drops the sentence's final period
    assertEquals("that", "The agency said that two soldiers had been captured."
        .substring(m.best(c.starts(), true).candidate().offset()).split(" ")[0]);
    assertEquals("captured", "The agency said that two soldiers had been captured."
        .substring(0, m.best(c.ends(), false).candidate().offset()).replaceAll(".* ", ""));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', quoteCharacter = '\'', textBlock = """
      that-clause kept whole # The ministry said that the talks would resume in March. # Indirect Source=The ministry | Cue=said | Content=that the talks would resume in March
      direct quote keeps its marks # “We will rebuild the bridge,” the mayor said. # Direct Source=the mayor | Cue=said | Content=“We will rebuild the bridge,”
      fronted content without its comma # The plant will close next year, the company said. # Indirect Source=the company | Cue=said | Content=The plant will close next year
      """)
  void shippedModelOnMadeUpNews(String name, String text, String expected) {
    Annotation doc = AttributionAnnotatorTest.annotate(text);
    SHIPPED.annotate(doc);
    assertEquals(expected, AttributionAnnotatorTest.render(doc));
  }
}
