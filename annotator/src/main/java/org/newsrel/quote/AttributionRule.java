package org.newsrel.quote;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsrel.internal.ResourceLines;

/**
 * One Semgrex rule of {@code patterns.txt}: a dependency pattern with named nodes
 * {@code cue}, {@code content}, and optionally {@code source} and {@code cue2}, and the
 * options declared for it in the file ({@code option NAME} lines).
 *
 * @param name the rule's name (recorded on each event it makes)
 * @param pattern the compiled Semgrex pattern
 * @param dropInsideOther option {@code drop-inside-other}: an attribution of this rule whose
 *     trigger lies in another attribution's Cue or Content is dropped (it belongs to that one:
 *     a hearsay adverb in "reportedly said")
 */
public record AttributionRule(String name, SemgrexPattern pattern, boolean dropInsideOther) {

  private static final Pattern FRAME_MACRO = Pattern.compile("%([a-z]+)");
  /** The option of {@link #dropInsideOther}. */
  public static final String DROP_INSIDE_OTHER = "drop-inside-other";

  public AttributionRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pattern, "pattern");
  }

  /** A rule without options. */
  public AttributionRule(String name, SemgrexPattern pattern) {
    this(name, pattern, false);
  }

  /** Parses a rule file, expanding {@code %frame} to the lexicon's lemma regex. */
  public static List<AttributionRule> parse(
      String annotator, String location, List<String> lines, CueLexicon lexicon) {
    List<AttributionRule> rules = new ArrayList<>();
    String name = null;
    StringBuilder pattern = null;
    int patternLine = -1;
    boolean dropInsideOther = false;
    for (int i = 0; i <= lines.size(); i++) {
      String raw = i < lines.size() ? lines.get(i) : "rule <end>";
      String line = ResourceLines.stripComment(raw);
      boolean continuation = !line.isEmpty() && Character.isWhitespace(raw.charAt(0)) && pattern != null;
      if (continuation) {
        pattern.append(' ').append(line);
        continue;
      }
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("rule ") || line.startsWith("pattern ")) {
        if (line.startsWith("rule ") && name != null) {
          if (pattern == null) {
            throw error(annotator, location, i, "rule '" + name + "' has no pattern");
          }
          rules.add(compile(annotator, location, patternLine, name, pattern.toString(), lexicon, dropInsideOther));
          pattern = null;
          dropInsideOther = false;
        }
        if (line.startsWith("rule ")) {
          name = line.substring(5).trim();
        } else {
          if (name == null) {
            throw error(annotator, location, i, "pattern before any rule line");
          }
          pattern = new StringBuilder(line.substring(8).trim());
          patternLine = i;
        }
        continue;
      }
      if (line.startsWith("option ")) {
        if (name == null) {
          throw error(annotator, location, i, "option before any rule line");
        }
        String option = line.substring(7).trim();
        if (!option.equals(DROP_INSIDE_OTHER)) {
          throw error(annotator, location, i, "unknown option '" + option + "' (known: " + DROP_INSIDE_OTHER + ")");
        }
        dropInsideOther = true;
        continue;
      }
      throw error(annotator, location, i, "expected 'rule NAME', 'option NAME' or 'pattern SEMGREX': " + line);
    }
    return List.copyOf(rules);
  }

  public static List<AttributionRule> load(String annotator, String location, CueLexicon lexicon) {
    return parse(annotator, location, ResourceLines.read(annotator, location), lexicon);
  }

  private static AttributionRule compile(
      String annotator, String location, int line, String name, String source, CueLexicon lexicon,
      boolean dropInsideOther) {
    Matcher m = FRAME_MACRO.matcher(source);
    StringBuilder expanded = new StringBuilder();
    while (m.find()) {
      String frame = m.group(1);
      if (!CueLexicon.KNOWN_FRAMES.contains(frame)) {
        throw error(annotator, location, line, "unknown frame macro %" + frame);
      }
      m.appendReplacement(expanded, Matcher.quoteReplacement(lexicon.regex(frame)));
    }
    m.appendTail(expanded);
    if (!source.contains("=cue") || !source.contains("=content")) {
      throw error(annotator, location, line, "rule '" + name + "' must name nodes =cue and =content");
    }
    try {
      return new AttributionRule(name, SemgrexPattern.compile(expanded.toString()), dropInsideOther);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Annotator " + annotator + ": " + location + " line " + (line + 1)
          + ": rule '" + name + "' does not compile: " + e.getMessage(), e);
    }
  }

  private static IllegalArgumentException error(String annotator, String location, int line, String msg) {
    return new IllegalArgumentException("Annotator " + annotator + ": " + location + " line " + (line + 1) + ": " + msg);
  }
}
