package org.newsrel.pipeline;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsrel.core.ResourceLines;

/**
 * Decides whether a sentence may hold a time or number expression: it does when a token
 * contains a digit, is tagged {@code CD}, or is a trigger word (compared lower-cased, a
 * final "." ignored). Used by {@link GatedNerAnnotator} to run SUTime only where it can
 * find something.
 *
 * @param triggers lower-cased trigger words
 */
public record TemporalGate(Set<String> triggers) {

  public TemporalGate {
    triggers = Set.copyOf(triggers);
  }

  /** Reads a trigger list (a file path, else a classpath resource): see {@link #parse}. */
  public static TemporalGate load(String annotator, String path) {
    return parse(String.join("\n", ResourceLines.read(annotator, path)));
  }

  /** Parses the text of a trigger list. */
  public static TemporalGate parse(String text) {
    Set<String> words = new HashSet<>();
    for (String line : text.split("\\R")) {
      String content = line.startsWith("#") ? "" : line.replaceAll("\\s#.*$", "");
      for (String w : content.trim().split("\\s+")) {
        if (!w.isEmpty()) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    return new TemporalGate(words);
  }

  /** True when SUTime could find a time or number expression in these tokens. */
  public boolean mayHoldTimeOrNumber(List<CoreLabel> tokens) {
    for (CoreLabel t : tokens) {
      String w = t.word();
      if (w == null) {
        continue;
      }
      if ("CD".equals(t.tag()) || w.chars().anyMatch(Character::isDigit)) {
        return true;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (lower.length() > 1 && lower.endsWith(".")) {
        lower = lower.substring(0, lower.length() - 1);
      }
      if (triggers.contains(lower)) {
        return true;
      }
    }
    return false;
  }
}
