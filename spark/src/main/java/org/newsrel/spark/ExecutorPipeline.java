package org.newsrel.spark;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.newsrel.brat.AnnotateOutput;
import org.newsrel.cli.PropOverrides;
import org.newsrel.core.DocumentLayers;
import org.newsrel.json.TokenIndex;
import org.newsrel.pipeline.NewsrelPipeline;

/**
 * The newsrel pipeline of this JVM (one per executor, or the driver in local mode), built
 * on the first document a task hands it and shared by every later task and thread of the
 * JVM: no per-row or per-partition model load. {@code StanfordCoreNLP.annotate} is
 * thread-safe for the newsrel pipeline (the CLI shares one instance across its threads),
 * so the tasks of one executor annotate concurrently on the one instance.
 *
 * <p>{@link #annotate} never throws: a document that cannot be annotated (no text, NUL
 * characters, longer than the limit, an exception or an {@link OutOfMemoryError} /
 * {@link StackOverflowError} in the pipeline, layers that cannot be written as brat)
 * gives the {@link DocumentRows#ERROR} column with the reason.
 */
public final class ExecutorPipeline {

  /** Default longest text annotated, in characters: a 1 MB text takes minutes (BadInputTest). */
  public static final int DEFAULT_MAX_CHARS = 2_000_000;

  /** Pipelines with overrides, by their sorted overrides; no overrides is {@link NewsrelPipeline#shared()}. */
  private static final Map<String, Object> WITH_OVERRIDES = new ConcurrentHashMap<>(); // a pipeline, or why it failed

  /** Seconds the first {@link #get} without overrides took in this JVM (building the shared pipeline, or finding it built); NaN before. */
  private static volatile double buildSeconds = Double.NaN;

  private ExecutorPipeline() {}

  /** Seconds this JVM's first use of the default pipeline took (its build), NaN when not used yet. */
  public static double buildSeconds() {
    return buildSeconds;
  }

  /**
   * Pipeline property overrides ({@code KEY=VALUE} each) checked as {@code annotate --prop}
   * checks them ({@link PropOverrides#check}: known keys only, with a suggestion for a typo;
   * no {@code customAnnotatorClass.*}; no {@code annotators} list dropping a newsrel layer),
   * on the driver, before any model loads; {@code option} names them in messages.
   *
   * @throws IllegalArgumentException naming every refused value
   */
  static Map<String, String> checkedOverrides(String option, List<String> keyValues) {
    Map<String, String> m = new TreeMap<>();
    PropOverrides.check(option, keyValues).forEach((k, v) -> m.put((String) k, (String) v));
    return m;
  }

  /** This JVM's pipeline for {@code overrides} (pipeline properties on top of newsrel's defaults). */
  public static StanfordCoreNLP get(Map<String, String> overrides) {
    if (overrides.isEmpty()) {
      if (!Double.isNaN(buildSeconds)) {
        return NewsrelPipeline.shared();
      }
      synchronized (ExecutorPipeline.class) {
        long t0 = System.nanoTime();
        StanfordCoreNLP p = NewsrelPipeline.shared();
        if (Double.isNaN(buildSeconds)) {
          buildSeconds = (System.nanoTime() - t0) / 1e9;
        }
        return p;
      }
    }
    Map<String, String> sorted = new TreeMap<>(overrides);
    Object built = WITH_OVERRIDES.computeIfAbsent(sorted.toString(), k -> {
      Properties p = new Properties();
      p.putAll(sorted);
      try {
        return NewsrelPipeline.create(p);
      } catch (RuntimeException e) {
        return new IllegalArgumentException("cannot build the pipeline with " + sorted + ": " + rootMessage(e), e);
      }
    });
    if (built instanceof IllegalArgumentException e) {
      throw e; // kept: a pipeline that cannot be built is not rebuilt for every document
    }
    return (StanfordCoreNLP) built;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }

  /**
   * The layer column values ({@link DocumentRows#LAYER_FIELDS}) of one document named
   * {@code name}; an error row, never an exception, when it cannot be annotated (the reason
   * starts with {@code shown}, the document's file or id).
   */
  static Object[] annotate(String name, String shown, String text, Map<String, String> overrides, int maxChars) {
    if (text == null) {
      return DocumentRows.error(shown + ": no text (null)");
    }
    if (text.length() > maxChars) {
      return DocumentRows.error(shown + ": text of " + text.length() + " characters is longer than maxChars="
          + maxChars + "; not annotated");
    }
    int nul = text.indexOf('\u0000');
    if (nul >= 0) {
      return DocumentRows.error(shown + ": binary content: NUL character at offset " + nul + "; not a text file");
    }
    try {
      Annotation doc = new Annotation(text);
      get(overrides).annotate(doc);
      DocumentLayers layers = NewsrelPipeline.layers(name, text, doc);
      TokenIndex tokens = TokenIndex.of(doc);
      try {
        AnnotateOutput.format(layers, tokens); // the CLI fails such a document in its first pass: so does the job
      } catch (RuntimeException e) {
        return DocumentRows.error(shown + ": cannot write output: " + e.getClass().getSimpleName() + ": "
            + e.getMessage());
      }
      return DocumentRows.values(layers, tokens);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return DocumentRows.error(shown + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
