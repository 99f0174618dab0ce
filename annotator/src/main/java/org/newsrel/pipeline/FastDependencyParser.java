package org.newsrel.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@link DependencyParser#predict(CoreMap)} of CoreNLP 4.5.10 with the network's forward pass
 * done by {@link NndepScorer} (no global lock, no boxing, no per-transition allocation in the
 * scorer) and skipped where only one transition can apply ({@link #onlyApplicable}); the
 * transition loop, the feature extraction and the conversion to a
 * {@link GrammaticalStructure} are the stock parser's.
 *
 * <p>Built on a loaded stock parser by reflection, once: the classifier's weights, its
 * precomputed rows ({@code saved}) and their map ({@code preMap}), the transition system and
 * its transition list, and the parser's private {@code getFeatureArray},
 * {@code makeGrammaticalRelation} and {@code makeGrammaticalStructure} (called through method
 * handles, so features and output objects are exactly the stock ones). {@link #create}
 * then checks the scorer against the stock {@code Classifier.computeScores} on 60
 * feature vectors (precomputed and non-precomputed ids, all positions) and gives up (returns
 * {@link Unsupported}) unless every score is bit-identical, so a CoreNLP version with different internals or
 * arithmetic falls back to the stock parser instead of parsing differently.
 *
 * <p>Thread-safe: the stock parser is only read; per-thread state lives in the scorer.
 */
final class FastDependencyParser {

  private final NndepScorer scorer;
  private final ArcStandard system;
  private final String[] transitions;
  private final MethodHandle featureArray;
  private final MethodHandle makeRelation;
  private final MethodHandle makeStructure;
  private final DependencyParser parser;

  private FastDependencyParser(DependencyParser parser, NndepScorer scorer, ArcStandard system,
      String[] transitions, MethodHandle featureArray, MethodHandle makeRelation, MethodHandle makeStructure) {
    this.parser = parser;
    this.scorer = scorer;
    this.system = system;
    this.transitions = transitions;
    this.featureArray = featureArray;
    this.makeRelation = makeRelation;
    this.makeStructure = makeStructure;
  }

  /** Thrown by {@link #create} with the reason the fast path cannot be used. */
  static final class Unsupported extends Exception {
    Unsupported(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The fast parser over {@code parser}'s loaded model.
   *
   * @throws Unsupported when CoreNLP's internals are not those of 4.5.10 or the scorer does
   *     not reproduce the stock scores exactly
   */
  @SuppressWarnings("unchecked")
  static FastDependencyParser create(DependencyParser parser) throws Unsupported {
    try {
      Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
      Object sys = field(DependencyParser.class, "system").get(parser);
      Config config = (Config) field(DependencyParser.class, "config").get(parser);
      if (classifier == null || !(sys instanceof ArcStandard arcStandard)) {
        throw new Unsupported("parser not loaded or not arc-standard: " + sys, null);
      }
      List<String> trans = (List<String>) field(ParsingSystem.class, "transitions").get(sys);
      double[][] saved = (double[][]) field(Classifier.class, "saved").get(classifier);
      Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(classifier);
      boolean training = field(Classifier.class, "isTraining").getBoolean(classifier);
      if (training) {
        throw new Unsupported("classifier is in training mode", null);
      }
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle featureArray = lookup.unreflect(method("getFeatureArray", Configuration.class));
      MethodHandle makeRelation = lookup.unreflect(method("makeGrammaticalRelation", String.class));
      MethodHandle makeStructure = lookup.unreflect(method("makeGrammaticalStructure", List.class, TreeGraphNode.class));
      NndepScorer scorer = new NndepScorer(classifier.getW1(), classifier.getE(), classifier.getb1(),
          classifier.getW2(), saved, preMap, config.embeddingSize, Config.numTokens, config.numCached);
      if (scorer.numLabels() != trans.size()) {
        throw new Unsupported("network has " + scorer.numLabels() + " outputs for " + trans.size() + " transitions", null);
      }
      Method stockScores = Classifier.class.getDeclaredMethod("computeScores", int[].class);
      stockScores.setAccessible(true);
      selfCheck(scorer, classifier, stockScores, preMap, config);
      return new FastDependencyParser(parser, scorer, arcStandard, trans.toArray(new String[0]),
          featureArray, makeRelation, makeStructure);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new Unsupported(e.toString(), e);
    }
  }

  /** Compares the scorer with the stock classifier on deterministic pseudo-random features. */
  private static void selfCheck(NndepScorer scorer, Classifier classifier, Method stockScores,
      Map<Integer, Integer> preMap, Config config) throws ReflectiveOperationException, Unsupported {
    int numTokens = Config.numTokens;
    int vocabulary = classifier.getE().length;
    int[] precomputed = preMap.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    Random random = new Random(20261123L);
    NndepScorer.Work work = scorer.work();
    for (int n = 0; n < 60; n++) {
      int[] feature = new int[numTokens];
      for (int j = 0; j < numTokens; j++) {
        feature[j] = random.nextInt(vocabulary);
        if (precomputed.length > 0 && random.nextBoolean()) {
          // a precomputed id when one exists at this position
          int id = precomputed[random.nextInt(precomputed.length)];
          if (id % numTokens == j) {
            feature[j] = id / numTokens;
          }
        }
      }
      double[] expected = (double[]) stockScores.invoke(classifier, (Object) feature);
      double[] actual = scorer.scores(feature, work);
      if (expected.length != scorer.numLabels()
          || !Arrays.equals(expected, 0, expected.length, actual, 0, expected.length)) {
        throw new Unsupported("scores differ from the stock classifier on a test vector", null);
      }
    }
  }

  /** A private field of a CoreNLP class, made accessible. */
  static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  private static Method method(String name, Class<?>... params) throws NoSuchMethodException {
    Method m = DependencyParser.class.getDeclaredMethod(name, params);
    m.setAccessible(true);
    return m;
  }

  /**
   * The stock {@code DependencyParser.predict(CoreMap)}: the arc-standard loop taking, at
   * each step, the highest-scoring applicable transition (first one on ties), then the same
   * conversion to a {@link GrammaticalStructure}.
   */
  GrammaticalStructure predict(CoreMap sentence) {
    Configuration c = system.initialConfiguration(sentence);
    NndepScorer.Work work = scorer.work();
    int numTrans = transitions.length;
    while (!system.isTerminal(c)) {
      if (Thread.interrupted()) {  // as the stock loop: lets sentenceTimeout interrupt
        throw new RuntimeInterruptedException();
      }
      String forced = c.getStackSize() <= 2 ? onlyApplicable(c) : null;
      if (forced != null) {
        system.apply(c, forced);
        continue;
      }
      double[] scores = scorer.scores(features(c), work);
      double optScore = Double.NEGATIVE_INFINITY;
      String optTrans = null;
      for (int j = 0; j < numTrans; ++j) {
        if (scores[j] > optScore) {
          String tr = transitions[j];
          if (system.canApply(c, tr)) {
            optScore = scores[j];
            optTrans = tr;
          }
        }
      }
      system.apply(c, optTrans);
    }

    // The conversion of DependencyParser.predict(CoreMap), CoreNLP 4.5.10.
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<TypedDependency> dependencies = new ArrayList<>();
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    int n = c.getSentenceSize();
    for (int i = 1; i <= n; i++) {
      int head = c.getHead(i);
      String label = c.getLabel(i);
      IndexedWord thisWord = new IndexedWord(tokens.get(i - 1));
      IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(label);
      dependencies.add(new TypedDependency(relation, headWord, thisWord));
    }
    TreeGraphNode rootNode = new TreeGraphNode(root);
    try {
      return (GrammaticalStructure) makeStructure.invoke(parser, dependencies, rootNode);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  /**
   * The one transition that can apply to {@code c}, or null when none or several can. With a
   * single applicable transition the stock loop takes it whatever the scores are (its score
   * only has to beat negative infinity, and the network's scores are finite), so scoring is
   * skipped. Arc-standard forces a transition whenever the stack holds at most one word: a
   * shift while the buffer has words, then the final arc to the root; that is the first two
   * steps of every sentence and each step that finds the stack reduced to one word: 22,200 of
   * 165,584 steps (13%) on PolNeAR dev plus the gold texts, and parse CPU fell by about as
   * much (155 to 134 us/token). Only asked when the stack is that small, and decided by
   * the system's own {@code canApply}, so the check follows the transition system.
   */
  private String onlyApplicable(Configuration c) {
    String only = null;
    for (String t : transitions) {
      if (system.canApply(c, t)) {
        if (only != null) {
          return null;
        }
        only = t;
      }
    }
    return only;
  }

  private int[] features(Configuration c) {
    try {
      return (int[]) featureArray.invoke(parser, c);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private GrammaticalRelation relation(String label) {
    try {
      return (GrammaticalRelation) makeRelation.invoke(parser, label);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
