package org.newsrel.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsrel.internal.ResourceLines;
import org.newsrel.internal.SectionedFile;

/**
 * The word lists of the news-layout stage, parsed once from a sectioned rule file
 * ({@code org/newsrel/layout/layout-rules.txt} by default): {@code [section]} headers, one
 * entry per line, {@code #} comments. Every list is immutable; entries are kept as written
 * (the finder compares case-insensitively except for {@code boilerplate-inline}), longest
 * first, so that "Follow us on" is tried before "Follow us".
 */
public final class LayoutRules {

  /** Classpath location of the default rule file. */
  public static final String DEFAULT_RESOURCE = "org/newsrel/layout/layout-rules.txt";

  static final List<String> SECTIONS = List.of("agency", "month", "weekday", "byline-lead", "byline-connector",
      "credit-lead", "credit-source", "boilerplate-line", "boilerplate-lead", "boilerplate-inline",
      "boilerplate-anywhere", "function-word");

  private final Map<String, List<String>> sections;
  private final Map<String, Set<String>> lowercased;

  private LayoutRules(Map<String, List<String>> sections) {
    this.sections = sections;
    Map<String, Set<String>> lower = new LinkedHashMap<>();
    sections.forEach((k, v) -> lower.put(k,
        Set.copyOf(v.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList())));
    this.lowercased = Map.copyOf(lower);
  }

  /** Loads from a file when {@code location} is an existing file, else from the classpath. */
  public static LayoutRules load(String annotatorName, String location) {
    return parse(annotatorName, location, ResourceLines.read(annotatorName, location));
  }

  /** The default rules from the classpath. */
  public static LayoutRules loadDefault() {
    return load("newsrel_layout", DEFAULT_RESOURCE);
  }

  /** Parses the rule file's lines; errors name the annotator, {@code location} and the line number. */
  static LayoutRules parse(String annotatorName, String location, List<String> lines) {
    Map<String, List<String>> raw = new LinkedHashMap<>();
    SECTIONS.forEach(s -> raw.put(s, new ArrayList<>()));
    for (SectionedFile.Entry entry : SectionedFile.entries(annotatorName, location, lines, SECTIONS)) {
      raw.get(entry.section()).add(entry.text().strip().replaceAll("\\s+", " "));
    }
    for (String s : List.of("month", "boilerplate-line", "function-word")) {
      if (raw.get(s).isEmpty()) {
        throw new IllegalArgumentException("Annotator " + annotatorName + ": " + location + ": section [" + s
            + "] is missing or empty");
      }
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    raw.forEach((k, v) -> frozen.put(k, v.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .distinct().toList()));
    return new LayoutRules(Map.copyOf(frozen));
  }

  /** The entries of a section, longest first. */
  public List<String> entries(String section) {
    List<String> e = sections.get(section);
    if (e == null) {
      throw new IllegalArgumentException("no section [" + section + "] (known: " + SECTIONS + ")");
    }
    return e;
  }

  /** Whether {@code word} is an entry of {@code section}, ignoring case. */
  public boolean contains(String section, String word) {
    entries(section);
    return lowercased.get(section).contains(word.toLowerCase(Locale.ROOT));
  }
}
