package org.newsrel.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gated NER gives the stock {@code ner} tags, with and without time expressions. Two
 * NER-only pipelines (tokenize to NER) with newsrel's NER settings, built once.
 */
class GatedNerAnnotatorTest {

  private static final class Pipelines {
    static final StanfordCoreNLP STOCK = create("tokenize,ssplit,pos,lemma,ner");
    static final StanfordCoreNLP GATED = create("tokenize,ssplit,pos,lemma,newsrel_ner");

    private static StanfordCoreNLP create(String annotators) {
      Properties p = new Properties();
      p.setProperty("annotators", annotators);
      return NewsrelPipeline.create(p);
    }
  }

  private static String tags(StanfordCoreNLP pipeline, String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    return tokens.stream().map(t -> t.word() + "/" + t.ner()).collect(Collectors.joining(" "));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // sentences SUTime must see
      "Colonel Ana Ferreira said on Tuesday that 40 soldiers had been detained since March 2031.",
      "The talks ended at midnight, three hours after they began, the agency said.",
      "At the time, the ministry spent about $4 million, or 12 percent of its budget, on patrols.",
      "Officials said the second convoy left the capital of Norvania last spring.",
      // sentences without any time or number expression (SUTime skipped)
      "Rebel commanders in Lumeria denied that their fighters had seized the border post.",
      "The Foreign Ministry of Estavia summoned the ambassador, officials said.",
      "\"We will not negotiate,\" Dmitri Varga told reporters in Kestrel City.",
  })
  void gatedTagsEqualStockTags(String text) {
    assertEquals(tags(Pipelines.STOCK, text), tags(Pipelines.GATED, text));
  }

  @Test
  void gateIsActiveInTheDefaultSetUp() {
    tags(Pipelines.GATED, "A warm-up sentence.");
    GatedNerAnnotator ner = (GatedNerAnnotator) StanfordCoreNLP.getExistingAnnotator("newsrel_ner");
    assertTrue(ner.gating(), "the CRF could not be shared, SUTime runs on every sentence");
  }

  @Test
  void sentenceWithoutTriggerStillGetsCrfTypes() {
    String t = tags(Pipelines.GATED, "Rebel commanders in Lumeria met Dmitri Varga.");
    assertTrue(t.contains("Lumeria/LOCATION") && t.contains("Varga/PERSON"), t);
  }

  @Test
  void unknownPropertyIsRejected() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,newsrel_ner");
    p.setProperty("newsrel_ner.gaet", "false");
    Exception e = assertThrows(RuntimeException.class, () -> NewsrelPipeline.create(p));
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    assertTrue(root.getMessage().contains("newsrel_ner.gaet"), root.getMessage());
  }
}
