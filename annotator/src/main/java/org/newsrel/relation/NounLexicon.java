package org.newsrel.relation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsrel.internal.ResourceLines;

/**
 * Semantic classes of nouns that argument rules check: whether a noun denotes people
 * (animacy), a place or a time. Built from newsrel's own lexicon ({@code nouns.txt},
 * blocks {@code [animate]}, {@code [inanimate]}, {@code [place]}, {@code [time]}; its
 * animacy blocks win) and CoreNLP's dcoref animacy unigram lists in the models jar (a
 * word in only one of them is decided by it; a word in both or neither is unknown).
 */
public final class NounLexicon {

  /** The animacy of one word. */
  public enum Animacy { ANIMATE, INANIMATE, UNKNOWN }

  /** CoreNLP's animacy unigram lists (models jar). */
  public static final String CORENLP_ANIMATE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
  public static final String CORENLP_INANIMATE = "edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt";

  private static final List<String> BLOCKS = List.of("animate", "inanimate", "place", "time");

  private final Map<String, Set<String>> blocks;
  private final Set<String> corenlpAnimate;
  private final Set<String> corenlpInanimate;

  private NounLexicon(Map<String, Set<String>> blocks, Set<String> corenlpAnimate, Set<String> corenlpInanimate) {
    Map<String, Set<String>> copy = new HashMap<>();
    blocks.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    this.blocks = Map.copyOf(copy);
    this.corenlpAnimate = Set.copyOf(corenlpAnimate);
    this.corenlpInanimate = Set.copyOf(corenlpInanimate);
  }

  /**
   * Loads the lexicons.
   *
   * @param annotatorName for error messages
   * @param spec classpath resource or file path of newsrel's noun lexicon
   * @param useCoreNlpLists whether to read CoreNLP's animacy lists as well
   */
  public static NounLexicon load(String annotatorName, String spec, boolean useCoreNlpLists) {
    Map<String, Set<String>> blocks = new HashMap<>();
    BLOCKS.forEach(b -> blocks.put(b, new HashSet<>()));
    List<String> lines = readLines(annotatorName, spec, false);
    Set<String> current = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replaceAll("#.*", "").trim();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current = blocks.get(line.substring(1, line.length() - 1));
        if (current == null) {
          throw new IllegalArgumentException("Annotator " + annotatorName + ": " + spec + " line " + (i + 1)
              + ": unknown block " + line + " (expected one of " + BLOCKS + ")");
        }
      } else if (current == null) {
        throw new IllegalArgumentException("Annotator " + annotatorName + ": " + spec + " line " + (i + 1)
            + ": a word before any block header such as [animate]");
      } else {
        for (String w : line.split("\\s+")) {
          current.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    Set<String> animate = new HashSet<>();
    Set<String> inanimate = new HashSet<>();
    if (useCoreNlpLists) {
      readLines(annotatorName, CORENLP_ANIMATE, true).forEach(w -> animate.add(w.trim().toLowerCase(Locale.ROOT)));
      readLines(annotatorName, CORENLP_INANIMATE, true).forEach(w -> inanimate.add(w.trim().toLowerCase(Locale.ROOT)));
    }
    return new NounLexicon(blocks, animate, inanimate);
  }

  /** The animacy of a noun given its word and lemma (newsrel's blocks first). */
  public Animacy animacy(String word, String lemma) {
    if (in("animate", word, lemma)) {
      return Animacy.ANIMATE;
    }
    if (in("inanimate", word, lemma)) {
      return Animacy.INANIMATE;
    }
    String w = word.toLowerCase(Locale.ROOT);
    String l = lemma == null ? w : lemma.toLowerCase(Locale.ROOT);
    boolean a = corenlpAnimate.contains(w) || corenlpAnimate.contains(l);
    boolean i = corenlpInanimate.contains(w) || corenlpInanimate.contains(l);
    if (a != i) {
      return a ? Animacy.ANIMATE : Animacy.INANIMATE;
    }
    return Animacy.UNKNOWN;
  }

  /** Whether the noun names a kind of place (region, village, ...). */
  public boolean isPlaceNoun(String word, String lemma) {
    return in("place", word, lemma);
  }

  /** Whether the noun names a stretch of time (week, morning, ...). */
  public boolean isTimeNoun(String word, String lemma) {
    return in("time", word, lemma);
  }

  private boolean in(String block, String word, String lemma) {
    Set<String> set = blocks.get(block);
    return set.contains(word.toLowerCase(Locale.ROOT))
        || (lemma != null && set.contains(lemma.toLowerCase(Locale.ROOT)));
  }

  private static List<String> readLines(String annotatorName, String spec, boolean classpathOnly) {
    return classpathOnly
        ? ResourceLines.classpath(annotatorName, spec, "no noun lexicon " + spec)
        : ResourceLines.read(annotatorName, spec);
  }
}
