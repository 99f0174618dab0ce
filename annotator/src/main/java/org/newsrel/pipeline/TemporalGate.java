package org.newsrel.pipeline;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

  /** Reads a trigger list: words separated by white space, '#' to the end of a line is a comment. */
  public static TemporalGate load(String annotator, String path) {
    try (InputStream in = open(path)) {
      if (in == null) {
        throw new IllegalArgumentException("Annotator " + annotator + ": trigger list not found: " + path);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Annotator " + annotator + ": cannot read trigger list " + path, e);
    }
  }

  /** Parses the text of a trigger list. */
  public static TemporalGate parse(String text) {
    Set<String> words = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
      for (String line; (line = r.readLine()) != null; ) {
        String content = line.startsWith("#") ? "" : line.replaceAll("\\s#.*$", "");
        for (String w : content.trim().split("\\s+")) {
          if (!w.isEmpty()) {
            words.add(w.toLowerCase(Locale.ROOT));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

  private static InputStream open(String path) throws IOException {
    Path file = Path.of(path);
    if (Files.isRegularFile(file)) {
      return Files.newInputStream(file);
    }
    return TemporalGate.class.getClassLoader().getResourceAsStream(path);
  }
}
