package org.newsrel.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a sectioned word list (the entity lexicon, the layout rules): {@code [section]}
 * headers, one entry per line, blank lines and {@code #} comment lines skipped. Errors name
 * the annotator, the file and the line.
 */
public final class SectionedFile {

  /** One entry: its section, its line number (from 1) and the line as written (not stripped). */
  public record Entry(String section, int line, String text) {}

  private SectionedFile() {}

  /**
   * The entries of {@code lines}, in order; a section not in {@code sections} or an entry
   * before the first section is an error.
   */
  public static List<Entry> entries(String annotator, String location, List<String> lines, List<String> sections) {
    List<Entry> out = new ArrayList<>();
    String section = null;
    int lineNo = 0;
    for (String line : lines) {
      lineNo++;
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      if (stripped.startsWith("[") && stripped.endsWith("]")) {
        section = stripped.substring(1, stripped.length() - 1);
        if (!sections.contains(section)) {
          throw new IllegalArgumentException(error(annotator, location, lineNo, "unknown section [" + section
              + "], known: " + sections));
        }
        continue;
      }
      if (section == null) {
        throw new IllegalArgumentException(error(annotator, location, lineNo, "entry before any [section]"));
      }
      out.add(new Entry(section, lineNo, line));
    }
    return out;
  }

  /** "Annotator NAME: LOCATION line N: WHAT". */
  public static String error(String annotator, String location, int line, String what) {
    return "Annotator " + annotator + ": " + location + " line " + line + ": " + what;
  }
}
