package org.newsrel.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsrel.score.Interval;

/**
 * An inline SVG horizontal grouped bar chart, sized to be read at a glance: one group per
 * metric (its name on the left), one 16 px bar per system in the system colours, values in
 * [0, 1] written at the end of each bar with 3 decimals, the confidence interval as an
 * error bar. An empty value is written "n/a", a metric on something the system does not
 * produce "not produced", both in grey with no bar.
 */
final class SvgChart {

  static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#edc948",
      "#9c755f"};

  private static final int LABEL = 210;
  private static final int PLOT = 500;
  private static final int VALUE = 180;
  private static final int BAR = 16;
  private static final int GAP = 14;
  private static final int TOP = 42;

  private SvgChart() {}

  static String colour(int system) {
    return COLOURS[system % COLOURS.length];
  }

  /**
   * A chart of these rows, one bar per system of {@code shown} (a system that does not
   * produce the layer at all is left out by the caller; colours follow the position in
   * {@code systems}, so they match the legend).
   */
  static String render(String title, List<MetricRow> rows, List<String> systems, List<String> shown) {
    int groupHeight = Math.max(1, shown.size()) * BAR + GAP;
    int width = LABEL + PLOT + VALUE;
    int height = TOP + rows.size() * groupHeight + 8;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg class=\"chart\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
        .append(Html.escape(title)).append("\">");
    sb.append("<text x=\"0\" y=\"16\" class=\"ttl\">").append(Html.escape(title)).append("</text>");
    for (int k = 0; k <= 4; k++) {
      double v = k / 4.0;
      int x = x(v);
      sb.append("<line x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"").append(TOP - 4)
          .append("\" y2=\"").append(height - 6).append("\" class=\"grid\"/>");
      sb.append("<text x=\"").append(x).append("\" y=\"").append(TOP - 8).append("\" class=\"axis\">")
          .append(String.format(Locale.ROOT, "%.2f", v)).append("</text>");
    }
    for (int g = 0; g < rows.size(); g++) {
      MetricRow row = rows.get(g);
      int y0 = TOP + g * groupHeight;
      sb.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y0 + shown.size() * BAR / 2 + 5)
          .append("\" class=\"lbl\">").append(Html.escape(shorten(row.metric()))).append("<title>")
          .append(Html.escape(row.metric())).append("</title></text>");
      for (int k = 0; k < shown.size(); k++) {
        int s = systems.indexOf(shown.get(k));
        Cell c = row.cell(shown.get(k));
        int y = y0 + k * BAR;
        String tip = systems.get(s) + " — " + row.metric() + ": " + c.render(3)
            + (c.detail().isEmpty() || !c.produced() ? "" : " (" + c.detail() + ")");
        if (c.value().isEmpty()) {
          sb.append("<text x=\"").append(x(0) + 4).append("\" y=\"").append(y + BAR - 4).append("\" class=\"na\">")
              .append(Html.escape(c.renderValue(3))).append(" · ").append(Html.escape(systems.get(s)))
              .append("<title>").append(Html.escape(tip)).append("</title></text>");
          continue;
        }
        double v = c.value().getAsDouble();
        sb.append("<rect x=\"").append(x(0)).append("\" y=\"").append(y + 1).append("\" width=\"")
            .append(Math.max(1, x(v) - x(0))).append("\" height=\"").append(BAR - 2).append("\" fill=\"")
            .append(colour(s)).append("\"><title>").append(Html.escape(tip)).append("</title></rect>");
        Optional<Interval> ci = c.ci();
        int end = x(v);
        if (ci.isPresent()) {
          int lo = x(ci.get().low());
          int hi = x(ci.get().high());
          int cy = y + BAR / 2;
          sb.append("<path class=\"err\" d=\"M").append(lo).append(' ').append(cy).append('H').append(hi)
              .append("M").append(lo).append(' ').append(cy - 4).append('v').append(8)
              .append("M").append(hi).append(' ').append(cy - 4).append('v').append(8).append("\"/>");
          end = Math.max(end, hi);
        }
        sb.append("<text x=\"").append(end + 5).append("\" y=\"").append(y + BAR - 3).append("\" class=\"val\">")
            .append(Html.escape(c.render(3))).append("</text>");
      }
    }
    return sb.append("</svg>").toString();
  }

  private static int x(double v) {
    double clamped = Math.max(0, Math.min(1, v));
    return LABEL + (int) Math.round(PLOT * clamped);
  }

  private static String shorten(String s) {
    String t = s.endsWith(" F1") ? s.substring(0, s.length() - 3) : s;
    return t.length() > 34 ? t.substring(0, 33) + "…" : t;
  }
}
