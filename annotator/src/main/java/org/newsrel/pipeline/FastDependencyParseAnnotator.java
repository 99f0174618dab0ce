package org.newsrel.pipeline;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.semgraph.SemanticGraphFactory.Mode;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.Properties;
import org.newsrel.core.AnnotatorProperties;
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
 * <p>Writes what {@code depparse} writes on each sentence: {@code BasicDependenciesAnnotation},
 * {@code CollapsedDependenciesAnnotation}, {@code CollapsedCCProcessedDependenciesAnnotation},
 * {@code EnhancedDependenciesAnnotation}, {@code EnhancedPlusPlusDependenciesAnnotation}.
 * Thread-safe (the pipeline may annotate documents from several threads).
 *
 * <p>Measured (PolNeAR dev + gold texts, 89 documents, 3,565 sentences, 82.8k tokens, warm,
 * CPU time of one thread on a shared machine): stock 545-614 us/token, this 311-321 us/token;
 * all five graphs of every sentence equal. Code that looks the parser up by name
 * ({@code StanfordCoreNLP.getExistingAnnotator}) must ask for this annotator's own name; the
 * relation layer's headline re-parse takes it from the {@code annotators} list.
 */
public final class FastDependencyParseAnnotator extends DependencyParseAnnotator {

  private static final Logger log = LoggerFactory.getLogger(FastDependencyParseAnnotator.class);

  /** The prefix of the stock annotator's properties. */
  public static final String STOCK_PREFIX = "depparse.";

  /** Null when the fast path is off (by property or fallback). */
  private final FastDependencyParser fast;
  private final GrammaticalStructure.Extras extraDependencies;

  public FastDependencyParseAnnotator(String name, Properties props) {
    super(stockProperties(props));
    AnnotatorProperties p = new AnnotatorProperties(name, props);
    boolean wanted = p.getBoolean("fast", true);
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
    // The graphs of DependencyParseAnnotator.doOneSentence, CoreNLP 4.5.10.
    SemanticGraph deps = SemanticGraphFactory.makeFromTree(gs, Mode.COLLAPSED, extraDependencies, null);
    SemanticGraph uncollapsedDeps = SemanticGraphFactory.makeFromTree(gs, Mode.BASIC, extraDependencies, null);
    SemanticGraph ccDeps = SemanticGraphFactory.makeFromTree(gs, Mode.CCPROCESSED, extraDependencies, null);
    SemanticGraph enhancedDeps = SemanticGraphFactory.makeFromTree(gs, Mode.ENHANCED, extraDependencies, null);
    SemanticGraph enhancedPlusPlusDeps =
        SemanticGraphFactory.makeFromTree(gs, Mode.ENHANCED_PLUS_PLUS, extraDependencies, null);
    sentence.set(SemanticGraphCoreAnnotations.CollapsedDependenciesAnnotation.class, deps);
    sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, uncollapsedDeps);
    sentence.set(SemanticGraphCoreAnnotations.CollapsedCCProcessedDependenciesAnnotation.class, ccDeps);
    sentence.set(SemanticGraphCoreAnnotations.EnhancedDependenciesAnnotation.class, enhancedDeps);
    sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, enhancedPlusPlusDeps);
  }
}
