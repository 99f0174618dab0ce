package org.newsrel.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsrel.brat.BratDocument;
import org.newsrel.score.AttributionScorer;
import org.newsrel.score.DocumentPair;
import org.newsrel.score.EntityScorer;
import org.newsrel.score.ErrorKind;
import org.newsrel.score.ErrorRecord;
import org.newsrel.score.RelationScorer;
import org.newsrel.score.Span;

/**
 * report.html: one self-contained page (inline CSS and SVG, no script, no external
 * resource). Per layer a grouped bar chart of the headline F1s with their intervals and the
 * numeric table; the per-document table; the notes; every document in a collapsible
 * section with gold and each system side by side per layer, false positives and false
 * negatives outlined in red and linked to their row in the error list at the end.
 */
final class HtmlReport {

  private static final String CSS = """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#222;max-width:1600px}
      h1{font-size:22px}h2{font-size:18px;border-bottom:1px solid #ccc;padding-bottom:4px;margin-top:32px}
      h3{font-size:15px;margin:14px 0 6px}
      table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}
      th,td{border:1px solid #ddd;padding:3px 8px;vertical-align:top}th{background:#f3f3f3;text-align:left}
      td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      tr.headline td{font-weight:600}
      .muted{color:#777;font-size:12px}
      .chart .grid{stroke:#e5e5e5}.chart .axis{font-size:10px;text-anchor:end;fill:#666}
      .chart .lbl{font-size:10px;fill:#333}.chart .err{stroke:#222;stroke-width:1.5;fill:none}
      .chart .na{font-size:9px;text-anchor:middle;fill:#999}
      .legend span.sw{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}
      details{border:1px solid #ddd;border-radius:4px;margin:6px 0;padding:4px 10px}
      summary{cursor:pointer;font-weight:600}
      .cols{display:grid;gap:10px;margin:6px 0 12px}
      .col h4{margin:4px 0;font-size:13px}
      .txt{white-space:pre-wrap;font:13px/1.6 Georgia,serif;border:1px solid #eee;padding:6px;max-height:480px;overflow:auto;background:#fff}
      .m{border-radius:2px;padding:0 1px;color:inherit;text-decoration:none}
      .m.multi{text-decoration:underline}
      .fp{outline:2px solid #d00;outline-offset:0}
      .fn{outline:2px dashed #d00;outline-offset:0;background:#fff0f0!important}
      .e-PERSON{background:#ffd8a8}.e-ORGANIZATION{background:#a5d8ff}.e-LOCATION{background:#b2f2bb}
      .e-NATIONALITY{background:#d0bfff}.e-DATE{background:#ffec99}.e-NUMBER{background:#e9ecef}
      .e-TITLE{background:#fcc2d7}.e-GROUP{background:#99e9f2}
      .r-Source{background:#a5d8ff}.r-Cue{background:#ffc078}.r-Content{background:#d3f9d8}
      .trig{background:#ff8787}.arg{background:#e5dbff}
      tr:target{background:#fff3bf}
      .errs td{font-size:12px}
      """;

  private HtmlReport() {}

  static String render(EvalReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>newsrel evaluation report</title><style>").append(CSS).append("</style></head><body>\n");
    sb.append("<h1>newsrel evaluation report</h1>\n<p>");
    legendSystems(sb, r.systems());
    sb.append("</p><p class=\"muted\">Overlap threshold (character Jaccard) ").append(r.options().overlapThreshold())
        .append("; error bars: ").append(Math.round(r.options().bootstrap().level() * 100))
        .append("% percentile bootstrap over documents (").append(r.options().bootstrap().samples())
        .append(" samples, seed ").append(r.options().bootstrap().seed()).append("); n/a = undefined (0/0). ")
        .append(r.errors().size()).append(" errors listed <a href=\"#errors\">below</a>.</p>\n");
    for (String layer : r.layers()) {
      List<MetricRow> rows = r.metrics(layer);
      sb.append("<h2 id=\"layer-").append(layer).append("\">").append(MarkdownReport.title(layer)).append("</h2>\n");
      if (rows.isEmpty()) {
        sb.append("<p class=\"muted\">No annotations of this layer in gold or predictions.</p>\n");
        continue;
      }
      List<MetricRow> headline = rows.stream().filter(MetricRow::headline).toList();
      if (!headline.isEmpty()) {
        sb.append(SvgChart.render(headline, r.systems())).append('\n');
      }
      metricTable(sb, rows, r.systems());
    }
    documentTable(sb, r);
    sb.append("<h2 id=\"notes\">Notes</h2>\n");
    if (r.notes().isEmpty()) {
      sb.append("<p class=\"muted\">None.</p>\n");
    } else {
      sb.append("<ul>");
      r.notes().forEach(n -> sb.append("<li>").append(Html.escape(n)).append("</li>"));
      sb.append("</ul>\n");
    }
    Map<ErrorKey, String> anchors = anchors(r.errors());
    documents(sb, r, anchors);
    errorList(sb, r.errors());
    return sb.append("</body></html>\n").toString();
  }

  private static void legendSystems(StringBuilder sb, List<String> systems) {
    sb.append("<span class=\"legend\">Systems:");
    for (int i = 0; i < systems.size(); i++) {
      sb.append("<span class=\"sw\" style=\"background:").append(SvgChart.colour(i)).append("\"></span>")
          .append(Html.escape(systems.get(i)));
    }
    sb.append("</span>");
  }

  private static void metricTable(StringBuilder sb, List<MetricRow> rows, List<String> systems) {
    sb.append("<table><tr><th>metric</th>");
    systems.forEach(s -> sb.append("<th>").append(Html.escape(s)).append("</th>"));
    sb.append("</tr>\n");
    for (MetricRow row : rows) {
      sb.append(row.headline() ? "<tr class=\"headline\">" : "<tr>").append("<td>").append(Html.escape(row.metric()))
          .append("</td>");
      for (String s : systems) {
        Cell c = row.cell(s);
        sb.append("<td class=\"num\" title=\"").append(Html.escape(c.detail())).append("\">")
            .append(Html.escape(c.render())).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n");
  }

  private static void documentTable(StringBuilder sb, EvalReport r) {
    sb.append("<h2 id=\"per-document\">Per document</h2>\n<table><tr><th>document</th>");
    for (String s : r.systems()) {
      for (String m : DocumentRow.METRICS) {
        sb.append("<th>").append(Html.escape(s)).append("<br><span class=\"muted\">").append(Html.escape(m))
            .append("</span></th>");
      }
    }
    sb.append("</tr>\n");
    for (DocumentRow d : r.documents()) {
      sb.append("<tr><td><a href=\"#doc-").append(Html.slug(d.document())).append("\">")
          .append(Html.escape(d.document())).append("</a></td>");
      for (String s : r.systems()) {
        for (Cell c : d.cells().get(s)) {
          sb.append("<td class=\"num\" title=\"").append(Html.escape(c.detail())).append("\">")
              .append(Html.escape(c.render())).append("</td>");
        }
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n");
  }

  /** Identifies an error for linking a highlighted span to its row. */
  private record ErrorKey(String system, String layer, String document, String offsets, String label, ErrorKind kind) {}

  private static Map<ErrorKey, String> anchors(List<ErrorRecord> errors) {
    Map<ErrorKey, String> out = new HashMap<>();
    for (int i = 0; i < errors.size(); i++) {
      ErrorRecord e = errors.get(i);
      out.putIfAbsent(new ErrorKey(e.system(), e.layer(), e.document(), e.offsets(), e.label(), e.kind()), "err-" + i);
    }
    return out;
  }

  /** A span with the layer name its errors are listed under. */
  private record Layered(String layer, Span span, String cssClass) {}

  private static void documents(StringBuilder sb, EvalReport r, Map<ErrorKey, String> anchors) {
    sb.append("<h2 id=\"documents\">Documents</h2>\n<p class=\"legend muted\">Entities:");
    for (String l : EntityScorer.LABELS) {
      sb.append(" <span class=\"m e-").append(l).append("\">").append(l).append("</span>");
    }
    sb.append(" · Attributions: <span class=\"m r-Source\">Source</span> <span class=\"m r-Cue\">Cue</span> "
        + "<span class=\"m r-Content\">Content</span> · Relations: <span class=\"m trig\">trigger</span> "
        + "<span class=\"m arg\">argument</span> · <span class=\"m fp\">false positive</span> "
        + "<span class=\"m fn\">false negative</span> (click to jump to the error)</p>\n");
    if (r.systems().isEmpty()) {
      return;
    }
    List<DocumentPair> first = r.scores().get(r.systems().get(0)).documents();
    Map<String, Map<String, Integer>> errorCount = new HashMap<>();
    for (ErrorRecord e : r.errors()) {
      errorCount.computeIfAbsent(e.document(), k -> new LinkedHashMap<>()).merge(e.system(), 1, Integer::sum);
    }
    for (int i = 0; i < first.size(); i++) {
      BratDocument gold = first.get(i).gold();
      sb.append("<details id=\"doc-").append(Html.slug(gold.name())).append("\"><summary>")
          .append(Html.escape(gold.name())).append(" <span class=\"muted\">");
      for (String s : r.systems()) {
        sb.append(Html.escape(s)).append(": ").append(errorCount.getOrDefault(gold.name(), Map.of()).getOrDefault(s, 0))
            .append(" errors; ");
      }
      sb.append("</span></summary>\n");
      for (String layer : List.of("entities", "attributions", "relations")) {
        List<Layered> goldSpans = spans(layer, gold);
        List<List<Layered>> predicted = new ArrayList<>();
        boolean any = !goldSpans.isEmpty();
        for (String s : r.systems()) {
          List<Layered> p = spans(layer, r.scores().get(s).documents().get(i).predicted());
          any |= !p.isEmpty();
          predicted.add(p);
        }
        if (!any) {
          continue;
        }
        sb.append("<h3>").append(MarkdownReport.title(layer)).append("</h3><div class=\"cols\" style=\"")
            .append("grid-template-columns:repeat(").append(r.systems().size() + 1).append(",minmax(0,1fr))\">");
        column(sb, "gold", gold.text(), marks(goldSpans, null, gold.name(), anchors, List.of()));
        for (int k = 0; k < r.systems().size(); k++) {
          String s = r.systems().get(k);
          List<Highlighter.Mark> fns = missed(r.errors(), s, gold.name(), layer, goldSpans, anchors);
          column(sb, s, gold.text(), marks(predicted.get(k), s, gold.name(), anchors, fns));
        }
        sb.append("</div>\n");
      }
      sb.append("</details>\n");
    }
  }

  private static void column(StringBuilder sb, String title, String text, List<Highlighter.Mark> marks) {
    sb.append("<div class=\"col\"><h4>").append(Html.escape(title)).append("</h4><div class=\"txt\">")
        .append(Highlighter.render(text, marks)).append("</div></div>");
  }

  private static List<Highlighter.Mark> marks(List<Layered> spans, String system, String document,
      Map<ErrorKey, String> anchors, List<Highlighter.Mark> extra) {
    List<Highlighter.Mark> out = new ArrayList<>();
    for (Layered l : spans) {
      Optional<String> anchor = system == null ? Optional.empty() : Optional.ofNullable(anchors.get(
          new ErrorKey(system, l.layer(), document, l.span().offsets(), l.span().label(), ErrorKind.FP)));
      String cls = l.cssClass() + (anchor.isPresent() ? " fp" : "");
      String title = l.layer() + ": " + l.span().label() + (anchor.isPresent() ? " (false positive)" : "");
      out.add(new Highlighter.Mark(l.span(), cls, title, anchor));
    }
    out.addAll(extra);
    return out;
  }

  /** Gold spans this system missed, to show (dashed) in its column. */
  private static List<Highlighter.Mark> missed(List<ErrorRecord> errors, String system, String document, String layer,
      List<Layered> goldSpans, Map<ErrorKey, String> anchors) {
    List<Highlighter.Mark> out = new ArrayList<>();
    for (Layered l : goldSpans) {
      String anchor = anchors.get(new ErrorKey(system, l.layer(), document, l.span().offsets(), l.span().label(),
          ErrorKind.FN));
      if (anchor != null) {
        out.add(new Highlighter.Mark(l.span(), l.cssClass() + " fn", l.layer() + ": " + l.span().label()
            + " (false negative)", Optional.of(anchor)));
      }
    }
    return out;
  }

  private static List<Layered> spans(String layer, BratDocument d) {
    List<Layered> out = new ArrayList<>();
    switch (layer) {
      case "entities" -> EntityScorer.entities(d).forEach(s ->
          out.add(new Layered(EntityScorer.LAYER, s, "e-" + s.label())));
      case "attributions" -> {
        for (String role : AttributionScorer.ROLES) {
          AttributionScorer.roleSpans(d, role).forEach(s ->
              out.add(new Layered("attribution " + role, s, "r-" + role)));
        }
      }
      case "relations" -> {
        for (RelationScorer.Event e : RelationScorer.events(d)) {
          out.add(new Layered(e.type() + " trigger", e.trigger(), "trig"));
          e.roles().forEach((role, fillers) -> fillers.forEach(s ->
              out.add(new Layered(e.type() + " " + role, s, "arg"))));
        }
      }
      default -> throw new IllegalArgumentException(layer);
    }
    return out;
  }

  private static void errorList(StringBuilder sb, List<ErrorRecord> errors) {
    sb.append("<h2 id=\"errors\">Errors</h2>\n");
    if (errors.isEmpty()) {
      sb.append("<p class=\"muted\">None.</p>\n");
      return;
    }
    sb.append("<table class=\"errs\"><tr><th>#</th><th>system</th><th>layer</th><th>document</th><th>offsets</th>")
        .append("<th>label</th><th>kind</th><th>text</th><th>sentence</th></tr>\n");
    for (int i = 0; i < errors.size(); i++) {
      ErrorRecord e = errors.get(i);
      sb.append("<tr id=\"err-").append(i).append("\"><td>").append(i).append("</td><td>")
          .append(Html.escape(e.system())).append("</td><td>").append(Html.escape(e.layer()))
          .append("</td><td><a href=\"#doc-").append(Html.slug(e.document())).append("\">")
          .append(Html.escape(e.document())).append("</a></td><td>").append(Html.escape(e.offsets()))
          .append("</td><td>").append(Html.escape(e.label())).append("</td><td>").append(e.kind())
          .append("</td><td>").append(Html.escape(e.text())).append("</td><td>").append(Html.escape(e.sentence()))
          .append("</td></tr>\n");
    }
    sb.append("</table>\n");
  }
}
