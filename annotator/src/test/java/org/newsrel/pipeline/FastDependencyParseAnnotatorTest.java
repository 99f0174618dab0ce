package org.newsrel.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast dependency parser writes exactly the stock {@code depparse} graphs. Two parse-only
 * pipelines (tokenize to the parser) with newsrel's settings, built once.
 */
class FastDependencyParseAnnotatorTest {

  private static final class Pipelines {
    static final StanfordCoreNLP STOCK = create("tokenize,ssplit,pos,lemma,depparse");
    static final StanfordCoreNLP FAST = create("tokenize,ssplit,pos,lemma,newsrel_depparse");

    private static StanfordCoreNLP create(String annotators) {
      Properties p = new Properties();
      p.setProperty("annotators", annotators);
      return NewsrelPipeline.create(p);
    }
  }

  /** Every sentence's basic and enhanced++ edges as "gov/reln/dep" strings. */
  private static String graphs(StanfordCoreNLP pipeline, String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    StringBuilder sb = new StringBuilder();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      sb.append("basic: ").append(edges(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)))
          .append("\nenhanced++: ")
          .append(edges(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)))
          .append("\nenhanced: ")
          .append(edges(s.get(SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class)))
          .append('\n');
    }
    return sb.toString();
  }

  private static String edges(SemanticGraph g) {
    return g.edgeListSorted().stream()
        .map(e -> e.getGovernor().index() + "/" + e.getRelation() + "/" + e.getDependent().index())
        .collect(Collectors.joining(" "))
        + " root=" + g.getRoots().stream().map(r -> Integer.toString(r.index())).collect(Collectors.joining(","));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The ministry said on Friday that the convoy had been stopped near the northern border.",
      "\"We will not negotiate with anyone who holds our citizens,\" the foreign minister told reporters.",
      "Rebels Seize Two Aid Workers Near Border Town",
      "According to the agency, the suspects were detained by police and later released on bail.",
      "Neither the senator nor her aides, who declined to comment, attended the hearing in Kestrel City.",
      "The company, which employs 4,000 people, reported a loss of $12.5 million in the third quarter.",
      "Asked whether the talks would resume, he shrugged and walked away without answering.",
      "Voters in the state, many of them farmers and retirees, appear increasingly frustrated with both parties.",
      "The bill passed 52-48.\nCritics called it a giveaway; supporters said it was overdue and would help families.",
      "Officials did not say how many soldiers were killed, wounded or captured in the ambush, or who carried it out.",
      "Yes.",
  })
  void fastGraphsEqualStockGraphs(String text) {
    assertEquals(graphs(Pipelines.STOCK, text), graphs(Pipelines.FAST, text));
  }

  @Test
  void fastPathIsOnInOurBuild() {
    graphs(Pipelines.FAST, "A warm-up sentence.");
    Annotator annotator = StanfordCoreNLP.getExistingAnnotator("newsrel_depparse");
    FastDependencyParseAnnotator fast = assertInstanceOf(FastDependencyParseAnnotator.class, annotator);
    assertTrue(fast.fastPathOn(), "fast scoring fell back to the stock parser (see the warning in the log)");
  }

  @Test
  void registeredInThePipelineProperties() {
    assertEquals(FastDependencyParseAnnotator.class.getName(),
        NewsrelPipeline.defaultProperties().getProperty("customAnnotatorClass.newsrel_depparse"));
  }
}
