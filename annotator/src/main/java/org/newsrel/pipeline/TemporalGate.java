package org.newsrel.pipeline;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsrel.internal.ResourceLines;

/**
 * Decides whether a sentence may hold a time or number expression: it does when a token
 * contains a digit, is tagged {@code CD}, or is a trigger word (compared lower-cased, a
 * final "." ignored). Used by {@link GatedNerAnnotator} to run SUTime only where it can
 * find something: on whole sentences ({@link #mayHoldTimeOrNumber}) or on token windows
 * around the trigger tokens ({@link #windows}).
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
      if (isTrigger(t)) {
        return true;
      }
    }
    return false;
  }

  /** True when the token has a digit, is tagged {@code CD}, or is a trigger word. */
  public boolean isTrigger(CoreLabel token) {
    String w = token.word();
    if (w == null) {
      return false;
    }
    if ("CD".equals(token.tag()) || w.chars().anyMatch(Character::isDigit)) {
      return true;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (lower.length() > 1 && lower.endsWith(".")) {
      lower = lower.substring(0, lower.length() - 1);
    }
    return triggers.contains(lower);
  }

  /**
   * The token windows SUTime must see: each trigger token with {@code margin} tokens on
   * each side, cut at the ends of the token list, overlapping or touching windows merged.
   * In token order; empty when no token is a trigger.
   */
  public List<Window> windows(List<CoreLabel> tokens, int margin) {
    if (margin < 0) {
      throw new IllegalArgumentException("negative window margin " + margin);
    }
    List<Window> out = new ArrayList<>();
    int begin = -1;
    int end = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (!isTrigger(tokens.get(i))) {
        continue;
      }
      int b = Math.max(0, i - margin);
      int e = Math.min(tokens.size(), i + margin + 1);
      if (begin >= 0 && b <= end) {
        end = Math.max(end, e);
      } else {
        if (begin >= 0) {
          out.add(new Window(begin, end));
        }
        begin = b;
        end = e;
      }
    }
    if (begin >= 0) {
      out.add(new Window(begin, end));
    }
    return out;
  }

  /**
   * A run of tokens, {@code [begin, end)} as indexes into the sentence's token list.
   *
   * @param begin first token
   * @param end one past the last token
   */
  public record Window(int begin, int end) {

    public Window {
      if (begin < 0 || end <= begin) {
        throw new IllegalArgumentException("bad window [" + begin + "," + end + ")");
      }
    }

    @Override
    public String toString() {
      return "[" + begin + "," + end + ")";
    }
  }
}
