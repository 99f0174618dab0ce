package org.newsrel.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsrel.score.ErrorRecord;
import org.newsrel.score.Confusion;
import org.newsrel.score.Production;
import org.newsrel.score.Ratio;

/** report.md: a table per layer with the systems side by side, the per-document table, error counts, notes. */
final class MarkdownReport {

  private MarkdownReport() {}

  static String render(EvalReport r) {
    StringBuilder sb = new StringBuilder("# newsrel evaluation report\n\n");
    sb.append("Systems: ").append(String.join(", ", r.systems().stream().map(s -> "`" + s + "`").toList()))
        .append(". Overlap threshold (character Jaccard): ").append(r.options().overlapThreshold())
        .append(". Intervals: ").append(Math.round(r.options().bootstrap().level() * 100))
        .append("% percentile bootstrap over documents, ").append(r.options().bootstrap().samples())
        .append(" samples, seed ").append(r.options().bootstrap().seed()).append(". `n/a`: undefined (0/0); `")
        .append(Production.NOT_PRODUCED).append("`: the system's output has no annotation of that layer, type or role.\n\n");
    sb.append("| system | layers produced | not produced | prediction files missing |\n|---|---|---|---:|\n");
    for (SystemSummary s : r.summaries()) {
      sb.append("| ").append(escape(s.system())).append(" | ").append(String.join(", ", s.production().layers()))
          .append(" | ").append(String.join(", ", s.production().missingLayers())).append(" | ")
          .append(s.missing().size()).append(" of ").append(s.documents()).append(" |\n");
    }
    sb.append('\n');
    for (String layer : r.layers()) {
      List<MetricRow> rows = r.metrics(layer);
      sb.append("## ").append(title(layer)).append("\n\n");
      if (rows.isEmpty()) {
        sb.append(r.gold().produces(layer) ? "No annotations of this layer in gold or predictions.\n\n"
            : "Not scored: the gold has no annotation of this layer in any file.\n\n");
        continue;
      }
      header(sb, "metric", r.systems());
      for (MetricRow row : rows) {
        sb.append("| ").append(escape(row.metric()));
        for (String s : r.systems()) {
          Cell c = row.cell(s);
          sb.append(" | ").append(escape(c.render()));
        }
        sb.append(" |\n");
      }
      sb.append('\n');
    }
    sb.append(CalibrationReport.markdown(r));
    sb.append("## Per document\n\n");
    sb.append("| document");
    for (String s : r.systems()) {
      for (String m : DocumentRow.METRICS) {
        sb.append(" | ").append(escape(s + ": " + m));
      }
    }
    sb.append(" |\n|---");
    sb.append("|---:".repeat(r.systems().size() * DocumentRow.METRICS.size())).append("|\n");
    for (DocumentRow d : r.documents()) {
      sb.append("| ").append(escape(d.document()));
      for (String s : r.systems()) {
        for (Cell c : d.cells().get(s)) {
          sb.append(" | ").append(c.renderValue(Ratio.DECIMALS));
        }
      }
      sb.append(" |\n");
    }
    confusions(sb, r);
    sb.append("\n## Errors\n\nFalse positives and false negatives per system and layer; every one is listed in "
        + "`errors.tsv` and `report.html`.\n\n");
    Map<String, Map<String, int[]>> counts = new TreeMap<>();
    for (ErrorRecord e : r.errors()) {
      counts.computeIfAbsent(e.system(), k -> new TreeMap<>()).computeIfAbsent(e.layer(), k -> new int[2])
          [e.kind().ordinal()]++;
    }
    sb.append("| system | layer | FP | FN |\n|---|---|---:|---:|\n");
    counts.forEach((sys, byLayer) -> byLayer.forEach((layer, n) -> sb.append("| ").append(escape(sys)).append(" | ")
        .append(escape(layer)).append(" | ").append(n[0]).append(" | ").append(n[1]).append(" |\n")));
    sb.append("\n## Notes\n\n");
    if (r.notes().isEmpty()) {
      sb.append("None.\n");
    }
    r.notes().forEach(n -> sb.append("- ").append(escape(n)).append('\n'));
    return sb.toString();
  }

  /** One table per system and attribute that has matched pairs: gold rows, predicted columns. */
  private static void confusions(StringBuilder sb, EvalReport r) {
    sb.append("\n## Confusion (gold rows, predicted columns, matched pairs only)\n\n");
    boolean any = false;
    for (SystemSummary s : r.summaries()) {
      any |= confusion(sb, s.system() + ": entity type", s.entityTypes(), s.production().produces(Production.ENTITIES));
      any |= confusion(sb, s.system() + ": attribution Kind", s.kinds(), s.production().produces(Production.ATTRIBUTIONS));
      any |= confusion(sb, s.system() + ": relation Modality", s.modalities(),
          s.production().produces(Production.RELATIONS));
    }
    if (!any) {
      sb.append("No matched pairs.\n");
    }
  }

  private static boolean confusion(StringBuilder sb, String title, Confusion c, boolean produced) {
    if (!produced || c.total() == 0) {
      return false;
    }
    List<String> labels = c.labels();
    sb.append("**").append(escape(title)).append("** (agreement ").append(Ratio.format(c.agreement()))
        .append(")\n\n");
    header(sb, "gold \\ predicted", labels);
    for (String g : labels) {
      sb.append("| ").append(escape(g));
      labels.forEach(p -> sb.append(" | ").append(c.count(g, p)));
      sb.append(" |\n");
    }
    sb.append('\n');
    return true;
  }

  static String title(String layer) {
    return Character.toUpperCase(layer.charAt(0)) + layer.substring(1);
  }

  private static void header(StringBuilder sb, String first, List<String> systems) {
    sb.append("| ").append(first);
    systems.forEach(s -> sb.append(" | ").append(escape(s)));
    sb.append(" |\n|---").append("|---:".repeat(systems.size())).append("|\n");
  }

  /** Table cells: pipes escaped, line breaks flattened. */
  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replaceAll("[\\r\\n]+", " ");
  }
}
