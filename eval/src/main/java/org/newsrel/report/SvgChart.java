package org.newsrel.report;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.newsrel.score.Interval;

/**
 * An inline SVG grouped bar chart: one group per metric, one bar per system, values in
 * [0, 1], the confidence interval as an error bar. Empty values are drawn as "n/a".
 */
final class SvgChart {

  static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#edc948",
      "#9c755f"};

  private static final int BAR = 18;
  private static final int GAP = 26;
  private static final int PLOT_HEIGHT = 160;
  private static final int LEFT = 40;
  private static final int TOP = 10;
  private static final int LABEL_HEIGHT = 70;

  private SvgChart() {}

  static String colour(int system) {
    return COLOURS[system % COLOURS.length];
  }

  static String render(List<MetricRow> rows, List<String> systems) {
    int groupWidth = Math.max(1, systems.size()) * BAR + GAP;
    int width = LEFT + rows.size() * groupWidth + 90; // room for the last rotated label
    int height = TOP + PLOT_HEIGHT + LABEL_HEIGHT;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg class=\"chart\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\">");
    for (int k = 0; k <= 4; k++) {
      double v = k / 4.0;
      int y = y(v);
      sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(width - 5).append("\" y1=\"").append(y)
          .append("\" y2=\"").append(y).append("\" class=\"grid\"/>");
      sb.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(y + 4).append("\" class=\"axis\">")
          .append(String.format(java.util.Locale.ROOT, "%.2f", v)).append("</text>");
    }
    for (int g = 0; g < rows.size(); g++) {
      MetricRow row = rows.get(g);
      int x0 = LEFT + g * groupWidth + GAP / 2;
      for (int s = 0; s < systems.size(); s++) {
        Cell c = row.cell(systems.get(s));
        int x = x0 + s * BAR;
        OptionalDouble v = c.value();
        String tip = systems.get(s) + " — " + row.metric() + ": " + c.render();
        if (v.isEmpty()) {
          sb.append("<text x=\"").append(x + BAR / 2).append("\" y=\"").append(y(0) - 3)
              .append("\" class=\"na\"><title>").append(Html.escape(tip)).append("</title>n/a</text>");
          continue;
        }
        int top = y(v.getAsDouble());
        sb.append("<rect x=\"").append(x + 1).append("\" y=\"").append(top).append("\" width=\"").append(BAR - 2)
            .append("\" height=\"").append(Math.max(0, y(0) - top)).append("\" fill=\"").append(colour(s))
            .append("\"><title>").append(Html.escape(tip)).append("</title></rect>");
        Optional<Interval> ci = c.ci();
        if (ci.isPresent()) {
          int lo = y(ci.get().low());
          int hi = y(ci.get().high());
          int cx = x + BAR / 2;
          sb.append("<path class=\"err\" d=\"M").append(cx).append(' ').append(lo).append('V').append(hi)
              .append("M").append(cx - 4).append(' ').append(lo).append('h').append(8)
              .append("M").append(cx - 4).append(' ').append(hi).append('h').append(8).append("\"/>");
        }
      }
      int cx = x0 + systems.size() * BAR / 2;
      int ly = y(0) + 12;
      sb.append("<text class=\"lbl\" transform=\"translate(").append(cx).append(' ').append(ly)
          .append(") rotate(30)\">").append(Html.escape(shorten(row.metric()))).append("</text>");
    }
    return sb.append("</svg>").toString();
  }

  private static int y(double v) {
    double clamped = Math.max(0, Math.min(1, v));
    return TOP + (int) Math.round(PLOT_HEIGHT * (1 - clamped));
  }

  private static String shorten(String s) {
    String t = s.endsWith(" F1") ? s.substring(0, s.length() - 3) : s;
    return t.length() > 28 ? t.substring(0, 27) + "…" : t;
  }
}
