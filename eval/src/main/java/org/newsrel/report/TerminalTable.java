package org.newsrel.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One plain-text comparison table for the terminal: a row per metric, grouped by layer, a
 * column per system; values with four decimals, {@code n/a} when empty, {@code not produced}
 * where the system's output has nothing of what the row scores, the bootstrap interval as
 * {@code [lo, hi]} after headline F1s.
 */
public final class TerminalTable {

  private TerminalTable() {}

  public static String render(EvalReport report) {
    List<String[]> lines = new ArrayList<>();
    String[] header = new String[report.systems().size() + 2];
    header[0] = "layer";
    header[1] = "metric";
    for (int i = 0; i < report.systems().size(); i++) {
      header[i + 2] = report.systems().get(i);
    }
    lines.add(header);
    String lastLayer = "";
    for (MetricRow row : report.metrics()) {
      String[] l = new String[header.length];
      l[0] = row.layer().equals(lastLayer) ? "" : row.layer();
      lastLayer = row.layer();
      l[1] = row.metric();
      for (int i = 0; i < report.systems().size(); i++) {
        l[i + 2] = row.cell(report.systems().get(i)).render();
      }
      lines.add(l);
    }
    int[] width = new int[header.length];
    for (String[] l : lines) {
      for (int i = 0; i < l.length; i++) {
        width[i] = Math.max(width[i], l[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < lines.size(); k++) {
      String[] l = lines.get(k);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < l.length; i++) {
        if (i > 0) {
          line.append("  ");
        }
        line.append(i < 2 ? padRight(l[i], width[i]) : padLeft(l[i], width[i]));
      }
      sb.append(line.toString().stripTrailing()).append('\n');
      if (k == 0) {
        int total = 0;
        for (int w : width) {
          total += w;
        }
        sb.append("-".repeat(total + 2 * (width.length - 1))).append('\n');
      }
    }
    return sb.toString();
  }

  private static String padRight(String s, int w) {
    return s + " ".repeat(w - s.length());
  }

  private static String padLeft(String s, int w) {
    return " ".repeat(w - s.length()) + s;
  }
}
