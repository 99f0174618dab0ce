package org.newsrel.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.newsrel.identity.IdentityAnnotator;
import org.newsrel.internal.ResourceLines;
import org.newsrel.layout.NewsLayoutAnnotator;
import org.newsrel.ner.EntityAnnotator;
import org.newsrel.quote.AttributionAnnotator;
import org.newsrel.relation.RelationAnnotator;

/**
 * The one registry of the property keys a caller may override in the newsrel pipeline
 * ({@link NewsrelPipeline#create}, the command line's {@code --prop}): each newsrel
 * annotator's keys as it declares them ({@code PROPERTIES}, next to the code that reads
 * them), under the name the default properties give it, plus the CoreNLP keys the stock
 * annotators of the default list read ({@code corenlp-properties.txt} beside this class).
 *
 * <p>{@link #check} refuses, with a message naming the key, whatever else: a key no one
 * reads (CoreNLP ignores those silently, so a typo would run with the default), a
 * {@code customAnnotatorClass.*} (it would replace a newsrel annotator), and an
 * {@code annotators} list that leaves out a newsrel layer's annotator (the run would
 * write empty layers as if nothing had been found) or names an annotator whose keys are
 * not known here.
 */
public final class PipelineProperties {

  /** The CoreNLP keys, one per line. */
  public static final String CORENLP_KEYS = "org/newsrel/pipeline/corenlp-properties.txt";

  /** Each newsrel layer, by the default name of the annotator that produces it. */
  public static final Map<String, String> LAYERS = layers();

  /** Stock annotators that may stand in the {@code annotators} list (their keys are in {@link #CORENLP_KEYS}). */
  static final Set<String> STOCK_ANNOTATORS = Set.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse");

  private static final Map<String, Set<String>> DECLARED = Map.of(
      GatedNerAnnotator.class.getName(), GatedNerAnnotator.PROPERTIES,
      NewsLayoutAnnotator.class.getName(), NewsLayoutAnnotator.PROPERTIES,
      FastDependencyParseAnnotator.class.getName(), FastDependencyParseAnnotator.PROPERTIES,
      EntityAnnotator.class.getName(), EntityAnnotator.PROPERTIES,
      AttributionAnnotator.class.getName(), AttributionAnnotator.PROPERTIES,
      RelationAnnotator.class.getName(), RelationAnnotator.PROPERTIES,
      IdentityAnnotator.class.getName(), IdentityAnnotator.PROPERTIES);

  private static final Set<String> KNOWN = known();

  private PipelineProperties() {}

  private static Map<String, String> layers() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("newsrel_layout", "news layout");
    m.put("newsrel_entities", "entities");
    m.put("newsrel_attribution", "attributions");
    m.put("newsrel_relations", "capture and kill events");
    m.put("newsrel_identity", "canonical ids of event arguments");
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Every key that may be overridden, sorted. */
  public static Set<String> known() {
    Set<String> keys = new TreeSet<>();
    for (String line : ResourceLines.classpath("newsrel pipeline", CORENLP_KEYS, "missing resource " + CORENLP_KEYS)) {
      String key = ResourceLines.stripComment(line);
      if (!key.isEmpty()) {
        keys.add(key);
      }
    }
    Properties defaults = NewsrelPipeline.defaultProperties();
    for (String key : defaults.stringPropertyNames()) {
      if (key.startsWith("customAnnotatorClass.")) {
        String name = key.substring("customAnnotatorClass.".length());
        Set<String> declared = DECLARED.get(defaults.getProperty(key).trim());
        if (declared == null) {
          throw new IllegalStateException(NewsrelPipeline.DEFAULT_PROPERTIES + ": " + key
              + " names a class whose properties PipelineProperties does not know");
        }
        declared.forEach(k -> keys.add(name + "." + k));
      }
    }
    return java.util.Collections.unmodifiableSet(keys);
  }

  /**
   * Checks overrides of the default pipeline properties: returns one message per refused
   * key (empty when all are fine), each naming the key and why, with the nearest known key
   * when it looks like a typo.
   */
  public static List<String> check(Properties overrides) {
    List<String> problems = new ArrayList<>();
    for (String key : new TreeSet<>(overrides.stringPropertyNames())) {
      String value = overrides.getProperty(key);
      if (key.startsWith("customAnnotatorClass.")) {
        problems.add(key + ": the newsrel pipeline's annotator classes cannot be replaced or added");
      } else if (key.equals("annotators")) {
        problems.addAll(checkAnnotators(value));
      } else if (!KNOWN.contains(key)) {
        String near = nearest(key);
        problems.add(key + ": unknown property" + (near == null ? "" : " (did you mean " + near + "?)")
            + "; the known ones are each newsrel annotator's (see its Javadoc) and the CoreNLP keys in "
            + CORENLP_KEYS);
      }
    }
    return problems;
  }

  private static List<String> checkAnnotators(String value) {
    List<String> names = Arrays.stream(value.trim().split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    Set<String> newsrel = NewsrelPipeline.defaultProperties().stringPropertyNames().stream()
        .filter(k -> k.startsWith("customAnnotatorClass.")).map(k -> k.substring("customAnnotatorClass.".length()))
        .collect(java.util.stream.Collectors.toSet());
    List<String> problems = new ArrayList<>();
    for (String n : names) {
      if (!newsrel.contains(n) && !STOCK_ANNOTATORS.contains(n)) {
        problems.add("annotators: '" + n + "' is not an annotator the newsrel pipeline can run (newsrel's: "
            + new TreeSet<>(newsrel) + "; stock: " + new TreeSet<>(STOCK_ANNOTATORS) + ")");
      }
    }
    List<String> dropped = new ArrayList<>();
    LAYERS.forEach((annotator, layer) -> {
      if (!names.contains(annotator)) {
        dropped.add(annotator + " (" + layer + ")");
      }
    });
    if (!dropped.isEmpty()) {
      problems.add("annotators=" + value.trim() + " leaves out " + String.join(", ", dropped)
          + ": those layers would not be produced and every document would be written with them empty; "
          + "keep them in the list (plain ner and depparse may replace newsrel_ner and newsrel_depparse)");
    }
    return problems;
  }

  /** The known key nearest to {@code key} by edit distance, if it is close (at most 3 edits), else null. */
  static String nearest(String key) {
    String best = null;
    int bestDistance = 4;
    for (String k : KNOWN) {
      int d = distance(key.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT), bestDistance);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance, or {@code limit} as soon as it is certain to be at least that. */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin >= limit) {
        return limit;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
