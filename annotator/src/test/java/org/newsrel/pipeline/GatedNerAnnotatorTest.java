package org.newsrel.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gated NER gives the stock {@code ner} tags, with and without time expressions, in
 * the default window mode. Two NER-only pipelines (tokenize to NER) with newsrel's NER
 * settings, built once.
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

  /** Tags plus normalized values and SUTime's timex (type, value, id) per token. */
  private static String fullTags(StanfordCoreNLP pipeline, String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
    return tokens.stream().map(t -> {
      Timex x = t.get(TimeAnnotations.TimexAnnotation.class);
      return t.word() + "/" + t.ner() + "/" + t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)
          + (x == null ? "" : "/" + x.timexType() + ":" + x.value() + ":" + x.tid());
    }).collect(Collectors.joining(" "));
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

  /**
   * Window mode: SUTime sees only the tokens near a trigger, yet tags, normalized values
   * and timex ids equal stock for expressions at sentence starts and ends, far from each
   * other, with modifiers left of the trigger ("less than", "nearly"), ranges and money.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "In a speech on Tuesday that lasted ninety minutes, the governor of Veltra promised new roads to every village.",
      "Tuesday was the day the council of Brennholm finally voted on the long-delayed budget.",
      "The council of Brennholm finally voted on the long-delayed budget on Tuesday.",
      "Spending on the northern roads rose every year from 2010 to 2015, according to the treasury of Ostland.",
      "The mayor, who took office three years ago after a long and bitter campaign against the incumbent, resigned.",
      "Music from the 1990s filled the hall where the delegates of the Marovian party had gathered for the vote.",
      "The ministry paid $5 million to a contractor that later disappeared with the money, the auditors found.",
      "Unemployment in the northern provinces of Calder fell to 5 percent last quarter, the statistics office said.",
      "It was the third time in a decade that the ruling coalition in Telmar had collapsed over a budget dispute.",
      "Less than a quarter of the donors to the Veltra campaign gave more than $200 each, records show.",
      "The vote, held late on the night of March 3, 2031, surprised the diplomats who had gathered in the capital.",
      "Nearly half of the seventy-five delegates walked out of the hall at about 3 p.m. on Friday in protest.",
      "For the first time since the war ended, the border crossing at Kessel stayed open overnight.",
      "Twenty soldiers were wounded in the attack on the outpost near the river, which the general said had been "
          + "planned for months by the rebels who control the hills above the town of Ardel.",
      "The senator said in the early morning hours that the final month of the campaign would decide everything.",
      "Prices rose 12% in 2030, 7.5% in 2031 and by about a fifth since then, while wages fell for two decades.",
      // the modifier sits four tokens left of the anchor word: a margin of 3 loses it
      "A ruling on the dam at Kessel is unlikely before the end of the year, the court clerk said.",
      "The envoy of Norvania expects an answer by the middle of the week from the council.",
  })
  void windowedTagsEqualStockTags(String text) {
    assertEquals(fullTags(Pipelines.STOCK, text), fullTags(Pipelines.GATED, text));
  }

  @Test
  void gateIsActiveInTheDefaultSetUp() {
    tags(Pipelines.GATED, "A warm-up sentence.");
    GatedNerAnnotator ner = (GatedNerAnnotator) StanfordCoreNLP.getExistingAnnotator("newsrel_ner");
    assertTrue(ner.gating(), "the CRF could not be shared, SUTime runs on every sentence");
    assertEquals(GatedNerAnnotator.DEFAULT_WINDOW, ner.windowMargin());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"sentence, 0", "SENTENCE, 0", "0, 0", "3, 3", "' 12 ', 12"})
  void parsesWindow(String value, int expected) {
    assertEquals(expected, GatedNerAnnotator.parseWindow("newsrel_ner", value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "two", "", "3.5"})
  void rejectsBadWindow(String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GatedNerAnnotator.parseWindow("newsrel_ner", value));
    assertTrue(e.getMessage().contains("newsrel_ner.window"), e.getMessage());
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
