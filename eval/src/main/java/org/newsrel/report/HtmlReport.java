package org.newsrel.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsrel.score.Confusion;
import org.newsrel.score.EntityScorer;
import org.newsrel.score.ErrorRecord;
import org.newsrel.score.Production;
import org.newsrel.score.Ratio;

/**
 * report.html: one self-contained page (inline CSS, SVG and a small dependency-free
 * script, no external resource). Numbers with 3 decimals.
 * <ul>
 *   <li>The systems: what each produces (what it does not is "not produced" everywhere,
 *       never 0), how many prediction files were missing.</li>
 *   <li>Per layer the headline F1s (table and chart), per-type and per-role charts, and the
 *       full metric table folded away.</li>
 *   <li>Confusion tables of entity type, Kind and Modality per system.</li>
 *   <li>The per-document table, documents named by their title (first line).</li>
 *   <li>Every document, opened on demand and then drawn by the script from the embedded
 *       data ({@link HtmlData}): gold beside one system picked (or all systems) in one
 *       scroll, per layer; each argument tagged with its event id and role, hovering links
 *       an event's trigger and roles, clicking shows id, label, canonical id, Kind /
 *       Modality, rule and confidence; clicking an entity with a canonical id highlights its
 *       identity cluster in every open document and lists its mentions in all documents.</li>
 *   <li>The error list, filtered by system, layer, error part and kind, sortable, 50 rows
 *       a page.</li>
 * </ul>
 * The script is {@code report.js} and the style {@code report.css} beside this class.
 */
final class HtmlReport {

  private static final int DECIMALS = 3;
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  private HtmlReport() {}

  static String render(EvalReport r) {
    StringBuilder sb = new StringBuilder(1 << 16);
    sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>newsrel evaluation report</title><style>").append(CSS).append("</style></head><body>\n");
    sb.append("<nav class=\"top\"><b>newsrel report</b> <a href=\"#systems\">Systems</a> <a href=\"#layers\">Scores</a> "
        + "<a href=\"#confusion\">Confusion</a> <a href=\"#per-document\">Per document</a> "
        + "<a href=\"#documents\">Documents</a> <a href=\"#errors\">Errors</a> <a href=\"#notes\">Notes</a></nav>\n");
    sb.append("<main><h1>newsrel evaluation report</h1>\n");
    sb.append("<p class=\"muted\">Overlap threshold (character Jaccard) ").append(r.options().overlapThreshold())
        .append("; intervals: ").append(Math.round(r.options().bootstrap().level() * 100))
        .append("% percentile bootstrap over documents (").append(r.options().bootstrap().samples())
        .append(" samples, seed ").append(r.options().bootstrap().seed()).append("). <b>n/a</b>: undefined (0/0). ")
        .append("<b>not produced</b>: the system's output has no annotation of that layer, type or role in any "
            + "file, so it is not scored there and its misses are not listed as errors.</p>\n");
    systems(sb, r);
    sb.append("<section id=\"layers\">");
    for (String layer : r.layers()) {
      layer(sb, r, layer);
    }
    sb.append("</section>\n");
    confusion(sb, r);
    documentTable(sb, r);
    sb.append(CalibrationReport.html(r));
    documents(sb, r);
    errors(sb, r);
    notes(sb, r);
    sb.append("</main>\n<aside id=\"info\" class=\"panel\" hidden><button class=\"close\" title=\"close\">×</button>"
        + "<div class=\"body\"></div></aside>\n");
    sb.append("<script type=\"application/json\" id=\"newsrel-data\">").append(HtmlData.render(r)).append("</script>\n");
    sb.append("<script>").append(SCRIPT).append("</script>\n");
    return sb.append("</body></html>\n").toString();
  }

  private static void systems(StringBuilder sb, EvalReport r) {
    Map<String, Integer> errors = new TreeMap<>();
    for (ErrorRecord e : r.errors()) {
      errors.merge(e.system(), 1, Integer::sum);
    }
    sb.append("<h2 id=\"systems\">Systems</h2>\n<table class=\"systems\"><tr><th>system</th><th>produces</th>")
        .append("<th>not produced</th><th>prediction files</th><th>errors listed</th></tr>\n");
    for (int i = 0; i < r.summaries().size(); i++) {
      SystemSummary s = r.summaries().get(i);
      int missing = s.missing().size();
      sb.append("<tr><td><span class=\"sw\" style=\"background:").append(SvgChart.colour(i)).append("\"></span>")
          .append(Html.escape(s.system())).append("</td><td>").append(String.join(", ", s.production().layers()))
          .append("</td><td class=\"np\">").append(String.join(", ", s.production().missingLayers()))
          .append("</td><td class=\"num").append(missing > 0 ? " warn" : "").append("\" title=\"")
          .append(Html.escape(String.join(", ", s.missing()))).append("\">")
          .append(s.documents() - missing).append(" of ").append(s.documents()).append(" (").append(missing)
          .append(" missing)</td><td class=\"num\">").append(errors.getOrDefault(s.system(), 0)).append("</td></tr>\n");
    }
    sb.append("</table>\n");
  }

  private static void layer(StringBuilder sb, EvalReport r, String layer) {
    List<MetricRow> rows = r.metrics(layer);
    sb.append("<h2 id=\"layer-").append(layer).append("\">").append(MarkdownReport.title(layer)).append("</h2>\n");
    if (rows.isEmpty()) {
      sb.append("<p class=\"np\">").append(r.gold().produces(layer) ? "No annotations of this layer in gold or "
          + "predictions." : "Not scored: the gold has no annotation of this layer in any file.").append("</p>\n");
      return;
    }
    List<MetricRow> headline = rows.stream().filter(MetricRow::headline).toList();
    if (!headline.isEmpty()) {
      metricTable(sb, headline, r.systems(), "headline");
    }
    List<String> shown = r.summaries().stream().filter(s -> s.production().produces(layer))
        .map(SystemSummary::system).toList();
    sb.append("<div class=\"charts\">");
    if (shown.isEmpty()) {
      sb.append("<p class=\"np\">No system produces ").append(layer).append(".</p>");
    } else if (!headline.isEmpty()) {
      sb.append(SvgChart.render("Headline F1 with " + Math.round(r.options().bootstrap().level() * 100)
          + "% intervals", headline, r.systems(), shown));
    }
    List<MetricRow> detail = switch (layer) {
      case Production.ENTITIES -> rows.stream().filter(m -> m.metric().endsWith(" strict F1")
          && EntityScorer.LABELS.contains(m.metric().substring(0, m.metric().length() - " strict F1".length())))
          .toList();
      case Production.ATTRIBUTIONS -> rows.stream()
          .filter(m -> m.metric().matches("(Source|Cue|Content) (exact|overlap) F1")).toList();
      case Production.RELATIONS -> rows.stream().filter(m -> m.metric().endsWith(" head F1")).toList();
      default -> List.of();
    };
    if (!detail.isEmpty() && !shown.isEmpty()) {
      String title = switch (layer) {
        case Production.ENTITIES -> "Per type: strict F1";
        case Production.ATTRIBUTIONS -> "Per role: exact and overlap F1";
        default -> "Per role: head-match F1";
      };
      sb.append(SvgChart.render(title, detail, r.systems(), shown));
    }
    sb.append("</div>\n<details class=\"all\"><summary>All ").append(rows.size()).append(" metrics of ")
        .append(layer).append(" (hover a value for its counts)</summary>");
    metricTable(sb, rows, r.systems(), "");
    sb.append("</details>\n");
  }

  private static void metricTable(StringBuilder sb, List<MetricRow> rows, List<String> systems, String cls) {
    sb.append("<table class=\"metrics ").append(cls).append("\"><tr><th>metric</th>");
    systems.forEach(s -> sb.append("<th>").append(Html.escape(s)).append("</th>"));
    sb.append("</tr>\n");
    for (MetricRow row : rows) {
      sb.append(row.headline() ? "<tr class=\"headline\">" : "<tr>").append("<td>").append(Html.escape(row.metric()))
          .append("</td>");
      for (String s : systems) {
        cell(sb, row.cell(s));
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n");
  }

  private static void cell(StringBuilder sb, Cell c) {
    sb.append("<td class=\"num").append(c.produced() ? "" : " np").append("\" title=\"").append(Html.escape(c.detail()))
        .append("\">").append(Html.escape(c.render(DECIMALS))).append("</td>");
  }

  private static void confusion(StringBuilder sb, EvalReport r) {
    sb.append("<h2 id=\"confusion\">Confusion: entity type, Kind, Modality</h2>\n<p class=\"muted\">Gold label in "
        + "rows, predicted label in columns, over matched pairs only: entity spans with identical fragments, "
        + "attributions aligned by Content overlap, relation events paired by trigger overlap. (none): attribute "
        + "absent.</p>\n");
    for (SystemSummary s : r.summaries()) {
      sb.append("<h3>").append(Html.escape(s.system())).append("</h3><div class=\"confusions\">");
      confusionTable(sb, "entity type", s.entityTypes(), s.production().produces(Production.ENTITIES));
      confusionTable(sb, "attribution Kind", s.kinds(), s.production().produces(Production.ATTRIBUTIONS));
      confusionTable(sb, "relation Modality", s.modalities(), s.production().produces(Production.RELATIONS));
      sb.append("</div>\n");
    }
  }

  private static void confusionTable(StringBuilder sb, String title, Confusion c, boolean produced) {
    sb.append("<div class=\"confusion\"><h4>").append(title);
    if (!produced) {
      sb.append("</h4><p class=\"np\">not produced</p></div>");
      return;
    }
    if (c.total() == 0) {
      sb.append("</h4><p class=\"muted\">no matched pairs</p></div>");
      return;
    }
    sb.append(" <span class=\"muted\">agreement ").append(Ratio.format(c.agreement(), DECIMALS)).append(" of ")
        .append(c.total()).append("</span></h4><table class=\"cm\"><tr><th>gold \\ predicted</th>");
    List<String> labels = c.labels();
    labels.forEach(l -> sb.append("<th>").append(Html.escape(l)).append("</th>"));
    sb.append("</tr>");
    for (String g : labels) {
      int rowTotal = labels.stream().mapToInt(p -> c.count(g, p)).sum();
      sb.append("<tr><th>").append(Html.escape(g)).append("</th>");
      for (String p : labels) {
        int n = c.count(g, p);
        double share = rowTotal == 0 ? 0 : (double) n / rowTotal;
        String hue = g.equals(p) ? "120" : "0";
        sb.append("<td class=\"num\"");
        if (n > 0) {
          sb.append(" style=\"background:hsl(").append(hue).append(",60%,").append(95 - Math.round(share * 40))
              .append("%)\"");
        }
        sb.append(" title=\"gold ").append(Html.escape(g)).append(", predicted ").append(Html.escape(p))
            .append(": ").append(n).append("\">").append(n == 0 ? "" : String.valueOf(n)).append("</td>");
      }
      sb.append("</tr>");
    }
    sb.append("</table></div>");
  }

  private static void documentTable(StringBuilder sb, EvalReport r) {
    sb.append("<h2 id=\"per-document\">Per document</h2>\n<details class=\"all\"><summary>")
        .append(r.documents().size()).append(" documents: ").append(String.join(", ", DocumentRow.METRICS))
        .append(" per system</summary><table class=\"metrics\"><tr><th>document</th>");
    for (String s : r.systems()) {
      for (String m : DocumentRow.METRICS) {
        sb.append("<th>").append(Html.escape(s)).append("<br><span class=\"muted\">").append(Html.escape(m))
            .append("</span></th>");
      }
    }
    sb.append("</tr>\n");
    Map<String, String> titles = titles(r);
    for (DocumentRow d : r.documents()) {
      sb.append("<tr><td><a href=\"#doc-").append(Html.slug(d.document())).append("\" class=\"doclink\" data-doc=\"")
          .append(Html.escape(d.document())).append("\">").append(Html.escape(titles.getOrDefault(d.document(), "")))
          .append("</a> <span class=\"muted\">").append(Html.escape(d.document())).append("</span></td>");
      for (String s : r.systems()) {
        for (Cell c : d.cells().get(s)) {
          cell(sb, c);
        }
      }
      sb.append("</tr>\n");
    }
    sb.append("</table></details>\n");
  }

  private static Map<String, String> titles(EvalReport r) {
    Map<String, String> out = new TreeMap<>();
    if (!r.systems().isEmpty()) {
      r.scores().get(r.systems().get(0)).documents()
          .forEach(p -> out.put(p.name(), HtmlData.title(p.gold().text())));
    }
    return out;
  }

  private static void documents(StringBuilder sb, EvalReport r) {
    sb.append("<h2 id=\"documents\">Documents</h2>\n<div class=\"toolbar\" id=\"doc-tools\">")
        .append("<label>compare gold with <select id=\"doc-system\"><option value=\"*\">all systems</option>");
    for (int i = 0; i < r.systems().size(); i++) {
      sb.append("<option value=\"").append(Html.escape(r.systems().get(i))).append('"').append(i == 0 ? " selected" : "")
          .append('>').append(Html.escape(r.systems().get(i))).append("</option>");
    }
    sb.append("</select></label> <label>layer <select id=\"doc-layer\"><option value=\"entities\">entities</option>")
        .append("<option value=\"attributions\">attributions</option><option value=\"relations\">relations</option>")
        .append("</select></label> <button id=\"doc-close\" type=\"button\">close all</button>")
        .append(" <span id=\"cluster-status\" class=\"muted\">Click an entity to see its identity cluster.</span>")
        .append("</div>\n<p class=\"legend muted\">");
    for (String l : EntityScorer.LABELS) {
      sb.append("<span class=\"m e-").append(l).append("\">").append(l).append("</span> ");
    }
    sb.append("· <span class=\"m r-Source\">Source</span> <span class=\"m r-Cue\">Cue</span> "
        + "<span class=\"m r-Content\">Content</span> · <span class=\"m trig\">trigger</span> <span class=\"m arg\">"
        + "argument</span> · <span class=\"m fp\">false positive</span> <span class=\"m fn\">false negative "
        + "(missed gold span)</span> · <sup class=\"tag\">E3 Source</sup> event and role; hover to link an event's "
        + "spans, click for details.</p>\n<div id=\"doclist\">");
    // In the order of HtmlData's docs: data-index is the position there.
    List<org.newsrel.score.DocumentPair> pairs = r.systems().isEmpty() ? List.of()
        : r.scores().get(r.systems().get(0)).documents();
    for (int i = 0; i < pairs.size(); i++) {
      String name = pairs.get(i).name();
      sb.append("<details class=\"doc\" id=\"doc-").append(Html.slug(name)).append("\" data-index=\"").append(i)
          .append("\"><summary><span class=\"title\">").append(Html.escape(HtmlData.title(pairs.get(i).gold().text())))
          .append("</span> <span class=\"muted\">").append(Html.escape(name)).append("</span> <span class=\"badges\">")
          .append("</span></summary><div class=\"docbody\"></div></details>\n");
    }
    sb.append("</div>\n");
  }

  private static void errors(StringBuilder sb, EvalReport r) {
    sb.append("<h2 id=\"errors\">Errors</h2>\n<div class=\"toolbar\" id=\"err-tools\">")
        .append("<label>system <select id=\"err-system\"><option value=\"\">all</option>");
    r.systems().forEach(s -> sb.append("<option value=\"").append(Html.escape(s)).append("\">").append(Html.escape(s))
        .append("</option>"));
    sb.append("</select></label> <label>layer <select id=\"err-layer\"><option value=\"\">all</option>");
    for (String l : List.of(Production.ENTITIES, Production.ATTRIBUTIONS, Production.RELATIONS)) {
      sb.append("<option value=\"").append(l).append("\">").append(l).append("</option>");
    }
    sb.append("</select></label> <label>part <select id=\"err-part\"><option value=\"\">all</option>");
    r.errors().stream().map(ErrorRecord::layer).distinct().sorted().forEach(l ->
        sb.append("<option value=\"").append(Html.escape(l)).append("\">").append(Html.escape(l)).append("</option>"));
    sb.append("</select></label> <label>type <select id=\"err-kind\"><option value=\"\">all</option>")
        .append("<option value=\"FP\">false positive (FP)</option><option value=\"FN\">false negative (FN)</option>")
        .append("</select></label> <label>text <input id=\"err-text\" type=\"search\" size=\"14\"></label> ")
        .append("<span id=\"err-count\" class=\"muted\"></span></div>\n")
        .append("<table class=\"errs\" id=\"err-table\"><thead><tr>")
        .append("<th data-sort=\"system\">system</th><th data-sort=\"layer\">layer</th>")
        .append("<th data-sort=\"doc\">document</th><th data-sort=\"begin\">offsets</th>")
        .append("<th data-sort=\"label\">label</th><th data-sort=\"kind\">type</th>")
        .append("<th data-sort=\"text\">text</th><th>sentence</th></tr></thead><tbody></tbody></table>")
        .append("<div class=\"pager\"><button id=\"err-prev\" type=\"button\">‹ previous</button> ")
        .append("<span id=\"err-page\"></span> <button id=\"err-next\" type=\"button\">next ›</button></div>\n")
        .append("<noscript><p>The error list needs JavaScript; every error is also in errors.tsv.</p></noscript>\n");
  }

  private static void notes(StringBuilder sb, EvalReport r) {
    sb.append("<h2 id=\"notes\">Notes</h2>\n");
    if (r.notes().isEmpty()) {
      sb.append("<p class=\"muted\">None.</p>\n");
      return;
    }
    List<String> important = r.notes().stream().filter(n -> !n.contains("warning:")).toList();
    List<String> warnings = r.notes().stream().filter(n -> n.contains("warning:")).toList();
    sb.append("<ul>");
    important.forEach(n -> sb.append("<li>").append(Html.escape(n)).append("</li>"));
    sb.append("</ul>\n");
    if (!warnings.isEmpty()) {
      sb.append("<details class=\"all\"><summary>").append(warnings.size()).append(" warnings</summary><ul>");
      warnings.forEach(n -> sb.append("<li>").append(Html.escape(n)).append("</li>"));
      sb.append("</ul></details>\n");
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/newsrel/report/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
