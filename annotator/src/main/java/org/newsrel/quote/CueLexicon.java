package org.newsrel.quote;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsrel.internal.ResourceLines;

/**
 * The cue lemmas of {@code cues.txt}, each with the frames it takes ({@code quote},
 * {@code clause}, {@code object}, {@code xcomp}).
 *
 * @param frames lemma to its frames
 */
public record CueLexicon(Map<String, Set<String>> frames) {

  /** The frames a lexicon file may name. */
  public static final Set<String> KNOWN_FRAMES = Set.of("quote", "clause", "object", "xcomp");

  public CueLexicon {
    Map<String, Set<String>> copy = new TreeMap<>();
    frames.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    frames = Map.copyOf(copy);
  }

  /** Parses the lexicon; errors name the annotator, the file and the line. */
  public static CueLexicon parse(String annotator, String location, List<String> lines) {
    Map<String, Set<String>> frames = new TreeMap<>();
    Set<String> current = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = ResourceLines.stripComment(lines.get(i));
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("[")) {
        if (!line.endsWith("]")) {
          throw error(annotator, location, i, "unclosed frame header: " + line);
        }
        current = new TreeSet<>(Arrays.asList(line.substring(1, line.length() - 1).trim().split("\\s+")));
        for (String f : current) {
          if (!KNOWN_FRAMES.contains(f)) {
            throw error(annotator, location, i, "unknown frame '" + f + "' (known: " + KNOWN_FRAMES + ")");
          }
        }
        continue;
      }
      if (current == null) {
        throw error(annotator, location, i, "lemma before any [frame] header");
      }
      for (String lemma : line.split("\\s+")) {
        frames.computeIfAbsent(lemma.toLowerCase(), k -> new TreeSet<>()).addAll(current);
      }
    }
    return new CueLexicon(frames);
  }

  public static CueLexicon load(String annotator, String location) {
    return parse(annotator, location, ResourceLines.read(annotator, location));
  }

  public boolean has(String lemma, String frame) {
    Set<String> f = frames.get(lemma == null ? "" : lemma.toLowerCase());
    return f != null && f.contains(frame);
  }

  /** A regular expression matching exactly the lemmas of {@code frame}. */
  public String regex(String frame) {
    String alternation = frames.entrySet().stream()
        .filter(e -> e.getValue().contains(frame))
        .map(Map.Entry::getKey)
        .collect(Collectors.joining("|"));
    return "/^(" + alternation + ")$/";
  }

  private static IllegalArgumentException error(String annotator, String location, int line, String msg) {
    return new IllegalArgumentException("Annotator " + annotator + ": " + location + " line " + (line + 1) + ": " + msg);
  }
}
