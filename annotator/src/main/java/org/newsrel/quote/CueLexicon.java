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
 * {@code clause}, {@code object}, {@code xcomp}), and the word lists that shape a Cue's span
 * ({@code [list NAME]} blocks: not cues themselves, so not in {@link #frames}).
 *
 * @param frames lemma to its frames
 * @param lists list name to its words
 */
public record CueLexicon(Map<String, Set<String>> frames, Map<String, Set<String>> lists) {

  /** The frames a lexicon file may name. */
  public static final Set<String> KNOWN_FRAMES = Set.of("quote", "clause", "object", "xcomp");
  /**
   * The word lists a lexicon file may hold: {@code cue-medium}, the nouns of "said in a
   * statement" that join the Cue, and {@code cue-governor}, the verbs of "went on to say" that
   * open it.
   */
  public static final Set<String> KNOWN_LISTS = Set.of("cue-medium", "cue-governor");

  public CueLexicon {
    Map<String, Set<String>> copy = new TreeMap<>();
    frames.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    frames = Map.copyOf(copy);
    Map<String, Set<String>> listCopy = new TreeMap<>();
    lists.forEach((k, v) -> listCopy.put(k, Set.copyOf(v)));
    lists = Map.copyOf(listCopy);
  }

  /** A lexicon without word lists. */
  public CueLexicon(Map<String, Set<String>> frames) {
    this(frames, Map.of());
  }

  /** The words of list {@code name}, empty when the file has no such block. */
  public Set<String> list(String name) {
    return lists.getOrDefault(name, Set.of());
  }

  /** Parses the lexicon; errors name the annotator, the file and the line. */
  public static CueLexicon parse(String annotator, String location, List<String> lines) {
    Map<String, Set<String>> frames = new TreeMap<>();
    Map<String, Set<String>> lists = new TreeMap<>();
    Set<String> current = null;
    Set<String> list = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = ResourceLines.stripComment(lines.get(i));
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("[")) {
        if (!line.endsWith("]")) {
          throw error(annotator, location, i, "unclosed frame header: " + line);
        }
        List<String> header = Arrays.asList(line.substring(1, line.length() - 1).trim().split("\\s+"));
        if (header.get(0).equals("list")) {
          if (header.size() != 2 || !KNOWN_LISTS.contains(header.get(1))) {
            throw error(annotator, location, i, "expected [list NAME] with NAME one of " + KNOWN_LISTS + ": " + line);
          }
          list = lists.computeIfAbsent(header.get(1), k -> new TreeSet<>());
          current = null;
          continue;
        }
        list = null;
        current = new TreeSet<>(header);
        for (String f : current) {
          if (!KNOWN_FRAMES.contains(f)) {
            throw error(annotator, location, i, "unknown frame '" + f + "' (known: " + KNOWN_FRAMES + ")");
          }
        }
        continue;
      }
      if (list != null) {
        list.addAll(Arrays.asList(line.toLowerCase().split("\\s+")));
        continue;
      }
      if (current == null) {
        throw error(annotator, location, i, "lemma before any [frame] header");
      }
      for (String lemma : line.split("\\s+")) {
        frames.computeIfAbsent(lemma.toLowerCase(), k -> new TreeSet<>()).addAll(current);
      }
    }
    return new CueLexicon(frames, lists);
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
