package org.newsrel.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast dependency parser writes exactly the stock {@code depparse} graphs. Two parse-only
 * pipelines (tokenize to the parser) with newsrel's settings, built once.
 */
class FastDependencyParseAnnotatorTest {

  private static final String ALL_GRAPHS = "basic,collapsed,ccprocessed,enhanced,enhancedPlusPlus";

  private static final class Pipelines {
    static final StanfordCoreNLP STOCK = create("tokenize,ssplit,pos,lemma,depparse", null);
    /** All five graphs, as depparse writes them. */
    static final StanfordCoreNLP FAST = create("tokenize,ssplit,pos,lemma,newsrel_depparse", ALL_GRAPHS);
    /** newsrel's own setting: the two graphs its annotators read. */
    static final StanfordCoreNLP FAST_NEWSREL = create("tokenize,ssplit,pos,lemma,newsrel_depparse", null);

    private static StanfordCoreNLP create(String annotators, String graphs) {
      Properties p = new Properties();
      p.setProperty("annotators", annotators);
      if (graphs != null) {
        p.setProperty("newsrel_depparse.graphs", graphs);
      }
      return NewsrelPipeline.create(p);
    }
  }

  /** Every sentence's graphs' edges as "gov/reln/dep" strings ("none" for a graph not set). */
  private static String graphs(StanfordCoreNLP pipeline, String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    StringBuilder sb = new StringBuilder();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (FastDependencyParseAnnotator.Graph g : FastDependencyParseAnnotator.Graph.values()) {
        sb.append(g.propertyName()).append(": ").append(edges(s.get(g.key()))).append('\n');
      }
    }
    return sb.toString();
  }

  private static String edges(SemanticGraph g) {
    if (g == null) {
      return "none";
    }
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
    String stock = graphs(Pipelines.STOCK, text);
    assertEquals(stock, graphs(Pipelines.FAST, text));
    // newsrel's setting: basic and enhanced++ as stock builds them, the other three not set
    StringBuilder expected = new StringBuilder();
    for (String line : stock.split("\n")) {
      boolean kept = line.startsWith("basic: ") || line.startsWith("enhancedPlusPlus: ");
      expected.append(kept ? line : line.substring(0, line.indexOf(": ") + 2) + "none").append('\n');
    }
    assertEquals(expected.toString(), graphs(Pipelines.FAST_NEWSREL, text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // property value | graphs built, in build order
      "basic,enhancedPlusPlus | [BASIC, ENHANCED_PLUS_PLUS]",
      "enhancedPlusPlus, basic | [BASIC, ENHANCED_PLUS_PLUS]",
      "ENHANCED,CCProcessed | [CCPROCESSED, ENHANCED]",
      "collapsed | [COLLAPSED]",
      "basic,basic | [BASIC]",
  })
  void graphsPropertyNamesTheGraphs(String value, String expected) {
    assertEquals(expected, FastDependencyParseAnnotator.parseGraphs("newsrel_depparse", value).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"basic,enhanced++", "basic,", "", "deps", "basic;enhanced"})
  void badGraphsPropertyIsRefusedWithTheKnownNames(String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FastDependencyParseAnnotator.parseGraphs("newsrel_depparse", value));
    assertTrue(e.getMessage().contains("newsrel_depparse.graphs")
        && e.getMessage().contains("known: collapsed, basic, ccprocessed, enhanced, enhancedPlusPlus"), e.getMessage());
  }

  /** The pipeline's own parser annotator (the global pool may hold several by that name). */
  private static FastDependencyParseAnnotator parserOf(StanfordCoreNLP pipeline) throws ReflectiveOperationException {
    Field f = AnnotationPipeline.class.getDeclaredField("annotators");
    f.setAccessible(true);
    List<?> annotators = (List<?>) f.get(pipeline);
    return annotators.stream().filter(FastDependencyParseAnnotator.class::isInstance)
        .map(FastDependencyParseAnnotator.class::cast).findFirst().orElseThrow();
  }

  @Test
  void requirementsSatisfiedListOnlyTheGraphsBuilt() throws ReflectiveOperationException {
    FastDependencyParseAnnotator fast = parserOf(Pipelines.FAST_NEWSREL);
    assertEquals(Set.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class),
        fast.requirementsSatisfied());
    assertEquals("basic,enhancedPlusPlus",
        NewsrelPipeline.defaultProperties().getProperty("newsrel_depparse.graphs"));
  }

  @Test
  void fastPathIsOnInOurBuild() throws ReflectiveOperationException {
    for (StanfordCoreNLP pipeline : List.of(Pipelines.FAST, Pipelines.FAST_NEWSREL)) {
      assertTrue(parserOf(pipeline).fastPathOn(),
          "fast scoring fell back to the stock parser (see the warning in the log)");
    }
  }

  @Test
  void registeredInThePipelineProperties() {
    assertEquals(FastDependencyParseAnnotator.class.getName(),
        NewsrelPipeline.defaultProperties().getProperty("customAnnotatorClass.newsrel_depparse"));
  }
}
