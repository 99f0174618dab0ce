package org.newsrel.pipeline;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory.Mode;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.newsrel.internal.AnnotatorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's {@code depparse} annotator (neural arc-standard dependency parser) with a faster,
 * lock-free scoring path and the same parses.
 *
 * <p>Profiling newsrel showed the parser at ~60% of the pipeline's CPU time, about half of it
 * in the classifier's bookkeeping rather than its arithmetic: a {@code synchronized} LRU cache
 * shared by all threads (one node and one {@code float[hiddenSize]} allocated per miss) and a
 * boxed {@code HashMap<Integer,Integer>} probed 48 times per transition. This annotator is the
 * stock {@link DependencyParseAnnotator} (it extends it: same model loading, threads, timeout,
 * requirements), except that each sentence is parsed by {@link FastDependencyParser}: the same
 * transition loop and feature extraction, with the forward pass done by {@link NndepScorer}
 * (primitive precomputed-id table, lock-free shared slice cache, per-thread buffers, output
 * layer with all labels' sums interleaved). Every score is computed with the same
 * floating-point operations in the same order as the stock classifier, so the chosen
 * transitions, and the graphs, are identical; at construction the scorer is checked against
 * the stock classifier on test vectors.
 *
 * <p><b>Fallback:</b> the fast path reads private members of CoreNLP 4.5.10 by reflection
 * ({@code DependencyParseAnnotator.parser/extraDependencies}, {@code DependencyParser.classifier/
 * system/config/getFeatureArray/makeGrammaticalRelation/makeGrammaticalStructure},
 * {@code Classifier.saved/preMap/isTraining/computeScores}, {@code ParsingSystem.transitions}).
 * If any is missing or the self-check fails, one warning is logged and every sentence goes to
 * the stock parser ({@link #fastPathOn()} is then false).
 *
 * <p>Properties under {@code NAME.} (unknown ones are rejected):
 * <ul>
 *   <li>{@code fast} (default {@code true}): use the fast path; {@code false} gives exactly the
 *       stock annotator.</li>
 *   <li>{@code graphs} (default {@code basic,collapsed,ccprocessed,enhanced,enhancedPlusPlus},
 *       all that {@code depparse} writes): a comma-separated list of the dependency graphs to
 *       build from each parse. The conversions cost more than half as much as the parse
 *       itself (per token, warm, one thread: basic ~5 us, collapsed ~24, CC-processed ~24,
 *       enhanced ~21, enhanced++ ~28, against ~155 for the parse), so a pipeline that reads
 *       only some graphs should list only those; newsrel's own pipeline asks for
 *       {@code basic,enhancedPlusPlus}, the two its annotators read. The graphs left out are
 *       not set on the sentence and are missing from {@link #requirementsSatisfied()}, so
 *       CoreNLP refuses, at construction, a later annotator that requires one. With the fast
 *       path off (stock parser) all five are written whatever this says. One visible
 *       difference: CoreNLP numbers the copy nodes that enhanced conversions add (a verb
 *       copied for a conjoined clause, {@code charged'}) across all graphs built from the same
 *       parse, so with fewer graphs built a copy node may carry a lower copy number; the
 *       nodes, edges and relations are the same (newsrel's brat output on the gold texts and
 *       PolNeAR dev is byte-identical either way).</li>
 * </ul>
 * Every {@code depparse.*} property of the stock annotator applies, read under the
 * {@code depparse.} prefix as StanfordCoreNLP does for {@code depparse} (so swapping
 * {@code depparse} for this annotator in {@code annotators} keeps the configuration):
 * {@code depparse.model}, {@code depparse.nthreads} (or top-level {@code nthreads}),
 * {@code depparse.sentenceTimeout}, {@code depparse.extradependencies}, and the parser's
 * {@code depparse.*} settings such as {@code depparse.numPreComputed} and
 * {@code depparse.numCached} (the fast path's shared slice cache has {@code numCached}
 * entries; 0 turns caching off, with the stock uncached arithmetic).
 *
 * <p>Writes what {@code depparse} writes on each sentence, less the graphs {@code graphs}
 * leaves out: {@code BasicDependenciesAnnotation}, {@code CollapsedDependenciesAnnotation},
 * {@code CollapsedCCProcessedDependenciesAnnotation}, {@code EnhancedDependenciesAnnotation},
 * {@code EnhancedPlusPlusDependenciesAnnotation}; each graph is built exactly as
 * {@code depparse} builds it.
 * Thread-safe (the pipeline may annotate documents from several threads).
 *
 * <p>Measured (PolNeAR dev + gold texts, 89 documents, 82.8k tokens, warm, CPU time of one
 * thread): stock 545-614 us/token with its five graphs; this annotator ~134 us/token for the
 * parse (was 311-321 with the first version of the scorer, before the blocked sums and the
 * skipped forced steps) plus, per graph, basic ~4, collapsed ~22, CC-processed ~22,
 * enhanced ~20, enhanced++ ~26; the parses of all 3,415 sentences equal stock's, and all
 * five graphs of every sentence too. Code that looks the parser up by name
 * ({@code StanfordCoreNLP.getExistingAnnotator}) must ask for this annotator's own name; the
 * relation layer's headline re-parse takes it from the {@code annotators} list.
 */
public final class FastDependencyParseAnnotator extends DependencyParseAnnotator {

  private static final Logger log = LoggerFactory.getLogger(FastDependencyParseAnnotator.class);

  /** The prefix of the stock annotator's properties. */
  public static final String STOCK_PREFIX = "depparse.";

  /**
   * The graphs {@code depparse} writes: property name, conversion mode, and sentence key, in
   * the order the stock annotator builds them.
   */
  public enum Graph {
    COLLAPSED("collapsed", Mode.COLLAPSED, SemanticGraphCoreAnnotations.CollapsedDependenciesAnnotation.class),
    BASIC("basic", Mode.BASIC, SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class),
    CCPROCESSED("ccprocessed", Mode.CCPROCESSED,
        SemanticGraphCoreAnnotations.CollapsedCCProcessedDependenciesAnnotation.class),
    ENHANCED("enhanced", Mode.ENHANCED, SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class),
    ENHANCED_PLUS_PLUS("enhancedPlusPlus", Mode.ENHANCED_PLUS_PLUS,
        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);

    private final String propertyName;
    private final Mode mode;
    private final Class<? extends CoreAnnotation<SemanticGraph>> key;

    Graph(String propertyName, Mode mode, Class<? extends CoreAnnotation<SemanticGraph>> key) {
      this.propertyName = propertyName;
      this.mode = mode;
      this.key = key;
    }

    /** The name used in the {@code graphs} property. */
    public String propertyName() {
      return propertyName;
    }

    /** The sentence annotation key the graph is written under. */
    public Class<? extends CoreAnnotation<SemanticGraph>> key() {
      return key;
    }
  }

  /** Null when the fast path is off (by property or fallback). */
  private final FastDependencyParser fast;
  private final GrammaticalStructure.Extras extraDependencies;
  /** The graphs built from each parse on the fast path. */
  private final Set<Graph> graphs;

  /**
   * The properties this annotator reads, under its {@code name + "."} prefix (see the class
   * comment for each one's meaning and default); any other key under the prefix is rejected.
   */
  public static final java.util.Set<String> PROPERTIES = java.util.Set.of(
      "fast", "graphs");

  public FastDependencyParseAnnotator(String name, Properties props) {
    super(stockProperties(props));
    AnnotatorProperties p = new AnnotatorProperties(name, props, PROPERTIES);
    boolean wanted = p.getBoolean("fast", true);
    this.graphs = parseGraphs(name, p.get("graphs", null));
    p.rejectUnknown();
    FastDependencyParser parser = null;
    GrammaticalStructure.Extras extras = null;
    if (wanted) {
      try {
        DependencyParser stock =
            (DependencyParser) FastDependencyParser.field(DependencyParseAnnotator.class, "parser").get(this);
        extras = (GrammaticalStructure.Extras) FastDependencyParser.field(DependencyParseAnnotator.class,
            "extraDependencies").get(this);
        parser = FastDependencyParser.create(stock);
      } catch (FastDependencyParser.Unsupported | ReflectiveOperationException | RuntimeException e) {
        log.warn("Annotator {}: fast dependency scoring unavailable with this CoreNLP ({}); "
            + "using the stock parser", name, e.getMessage());
        parser = null;
      }
    }
    this.fast = parser;
    this.extraDependencies = extras;
  }

  /** The {@code depparse.*} properties, unprefixed, as {@code AnnotatorImplementations.dependencies} passes them. */
  private static Properties stockProperties(Properties props) {
    Properties relevant = PropertiesUtils.extractPrefixedProperties(props, STOCK_PREFIX);
    if (!relevant.containsKey("nthreads") && props.containsKey("nthreads")) {
      relevant.setProperty("nthreads", props.getProperty("nthreads"));
    }
    return relevant;
  }

  /**
   * The graphs named by a {@code graphs} property value (null: all five).
   *
   * @throws IllegalArgumentException naming the annotator, the bad entry and the known names
   */
  static Set<Graph> parseGraphs(String name, String value) {
    if (value == null) {
      return Collections.unmodifiableSet(EnumSet.allOf(Graph.class));
    }
    Set<Graph> chosen = EnumSet.noneOf(Graph.class);
    Set<String> known = new LinkedHashSet<>();
    for (Graph g : Graph.values()) {
      known.add(g.propertyName());
    }
    for (String part : value.split(",", -1)) {
      String want = part.trim();
      Graph found = null;
      for (Graph g : Graph.values()) {
        if (g.propertyName().toLowerCase(Locale.ROOT).equals(want.toLowerCase(Locale.ROOT))) {
          found = g;
        }
      }
      if (found == null) {
        throw new IllegalArgumentException("Annotator " + name + ": property " + name + ".graphs: unknown graph '"
            + want + "' in '" + value + "' (known: " + String.join(", ", known) + ")");
      }
      chosen.add(found);
    }
    return Collections.unmodifiableSet(chosen);
  }

  /** The graphs this annotator builds from each parse (all five when the fast path is off). */
  public Set<Graph> graphs() {
    return fast == null ? Collections.unmodifiableSet(EnumSet.allOf(Graph.class)) : graphs;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    Set<Class<? extends CoreAnnotation>> keys = new LinkedHashSet<>();
    for (Graph g : graphs()) {
      keys.add(g.key());
    }
    return Collections.unmodifiableSet(keys);
  }

  /** Whether sentences are parsed by the fast path (false when switched off or fallen back). */
  public boolean fastPathOn() {
    return fast != null;
  }

  @Override
  protected void doOneSentence(Annotation annotation, CoreMap sentence) {
    if (fast == null) {
      super.doOneSentence(annotation, sentence);
      return;
    }
    GrammaticalStructure gs = fast.predict(sentence);
    // The graphs of DependencyParseAnnotator.doOneSentence, CoreNLP 4.5.10, those asked for.
    for (Graph g : graphs) {
      sentence.set(g.key, SemanticGraphFactory.makeFromTree(gs, g.mode, extraDependencies, null));
    }
  }
}
