package org.newsrel.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsrel.score.Calibration;
import org.newsrel.score.Ratio;

/**
 * The attribution-confidence section of the reports, for each system whose attributions carry
 * confidences (brat notes {@code confidence=...}): the reliability table (confidence in tenths
 * against the observed end-to-end precision), the expected calibration error, and the
 * precision/recall curve over the confidence threshold, as Markdown, as HTML (tables and an
 * inline SVG chart of both curves) and as JSON.
 */
final class CalibrationReport {

  private static final int SIZE = 300;
  private static final int PAD = 40;

  private CalibrationReport() {}

  /** The systems with a calibration, in report order. */
  static Map<String, Calibration> of(EvalReport r) {
    Map<String, Calibration> out = new LinkedHashMap<>();
    for (String s : r.systems()) {
      SystemScores scores = r.scores().get(s);
      Optional<Calibration> c = scores == null ? Optional.empty() : scores.attributions().calibration();
      c.ifPresent(x -> out.put(s, x));
    }
    return out;
  }

  static String markdown(EvalReport r) {
    Map<String, Calibration> all = of(r);
    if (all.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("## Attribution confidence\n\n");
    sb.append(INTRO).append("\n\n");
    all.forEach((system, c) -> {
      sb.append("### `").append(MarkdownReport.escape(system)).append("`: reliability (expected calibration error ")
          .append(f(c.expectedCalibrationError())).append(")\n\n");
      sb.append("| confidence | attributions | right | mean confidence | precision |\n|---|---:|---:|---:|---:|\n");
      for (Calibration.Bin b : c.bins()) {
        sb.append("| ").append(range(b)).append(" | ").append(b.count()).append(" | ").append(b.right()).append(" | ")
            .append(b.count() == 0 ? "" : f(b.meanConfidence())).append(" | ")
            .append(Ratio.format(b.precision())).append(" |\n");
      }
      sb.append("\n### `").append(MarkdownReport.escape(system)).append("`: precision / recall over the "
          + "confidence threshold (").append(c.gold()).append(" gold attributions)\n\n");
      sb.append("| keep confidence >= | kept | precision | recall | F1 |\n|---|---:|---:|---:|---:|\n");
      for (Calibration.Point p : c.curve()) {
        sb.append("| ").append(String.format(Locale.ROOT, "%.1f", p.threshold())).append(" | ")
            .append(p.prf().tp() + p.prf().fp()).append(" | ").append(Ratio.format(p.prf().precision()))
            .append(" | ").append(Ratio.format(p.prf().recall())).append(" | ").append(Ratio.format(p.prf().f1()))
            .append(" |\n");
      }
      sb.append('\n');
    });
    return sb.toString();
  }

  static final String INTRO = "Each attribution's confidence against whether it is right end to end (its Content "
      + "aligned to a gold attribution's and its speaker right, as in the end-to-end F1). A calibrated system's "
      + "precision in each bin is close to the bin's mean confidence. Systems whose attributions carry no "
      + "confidence, or one constant, are not listed.";

  static String html(EvalReport r) {
    Map<String, Calibration> all = of(r);
    if (all.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("<h2 id=\"confidence\">Attribution confidence</h2>\n<p class=\"muted\">")
        .append(Html.escape(INTRO)).append("</p>\n");
    for (Map.Entry<String, Calibration> e : all.entrySet()) {
      Calibration c = e.getValue();
      int systemIndex = r.systems().indexOf(e.getKey());
      sb.append("<h3>").append(Html.escape(e.getKey())).append(": expected calibration error ")
          .append(f(c.expectedCalibrationError())).append("</h3>\n<div style=\"display:flex;gap:24px;"
              + "flex-wrap:wrap;align-items:flex-start\">");
      sb.append(reliabilityChart(c, systemIndex)).append(curveChart(c, systemIndex));
      sb.append("<table><tr><th>confidence</th><th>attributions</th><th>precision</th><th>keep &ge;</th>"
          + "<th>precision</th><th>recall</th><th>F1</th></tr>");
      for (int i = 0; i < c.bins().size(); i++) {
        Calibration.Bin b = c.bins().get(i);
        Calibration.Point p = c.curve().get(i);
        sb.append("<tr><td>").append(range(b)).append("</td><td class=\"num\">").append(b.count())
            .append("</td><td class=\"num\">").append(Ratio.format(b.precision())).append("</td><td class=\"num\">")
            .append(String.format(Locale.ROOT, "%.1f", p.threshold())).append("</td><td class=\"num\">")
            .append(Ratio.format(p.prf().precision())).append("</td><td class=\"num\">")
            .append(Ratio.format(p.prf().recall())).append("</td><td class=\"num\">")
            .append(Ratio.format(p.prf().f1())).append("</td></tr>");
      }
      sb.append("</table></div>\n");
    }
    return sb.toString();
  }

  /** Observed precision per bin against mean confidence, with the diagonal. */
  private static String reliabilityChart(Calibration c, int system) {
    StringBuilder sb = svgOpen("reliability: observed precision against confidence", "confidence", "precision");
    sb.append(line(0, 0, 1, 1, "#bbb", "4 3"));
    List<double[]> pts = new ArrayList<>();
    for (Calibration.Bin b : c.bins()) {
      if (b.count() > 0) {
        pts.add(new double[] {b.meanConfidence(), b.precision().getAsDouble(), b.count()});
      }
    }
    sb.append(polyline(pts, SvgChart.colour(system)));
    for (double[] p : pts) {
      double radius = 2.5 + Math.min(6, Math.sqrt(p[2]) / 4);
      sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"><title>%s: %d "
          + "attributions, precision %s</title></circle>", x(p[0]), y(p[1]), radius, SvgChart.colour(system),
          f(p[0]), (int) p[2], f(p[1])));
    }
    return sb.append("</svg>").toString();
  }

  /** Precision against recall as the confidence threshold rises from 0.0 to 0.9. */
  private static String curveChart(Calibration c, int system) {
    StringBuilder sb = svgOpen("precision against recall over the confidence threshold", "recall", "precision");
    List<double[]> pts = new ArrayList<>();
    for (Calibration.Point p : c.curve()) {
      if (p.prf().precision().isPresent() && p.prf().recall().isPresent()) {
        pts.add(new double[] {p.prf().recall().getAsDouble(), p.prf().precision().getAsDouble(), p.threshold()});
      }
    }
    sb.append(polyline(pts, SvgChart.colour(system)));
    for (double[] p : pts) {
      sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>keep "
          + "confidence >= %.1f: precision %s, recall %s</title></circle>", x(p[0]), y(p[1]), SvgChart.colour(system),
          p[2], f(p[1]), f(p[0])));
    }
    return sb.append("</svg>").toString();
  }

  private static StringBuilder svgOpen(String title, String xLabel, String yLabel) {
    int w = SIZE + 2 * PAD;
    StringBuilder sb = new StringBuilder();
    sb.append("<svg class=\"chart\" width=\"").append(w).append("\" height=\"").append(w).append("\" viewBox=\"0 0 ")
        .append(w).append(' ').append(w).append("\" role=\"img\"><title>").append(Html.escape(title)).append("</title>");
    for (int k = 0; k <= 4; k++) {
      double v = k / 4.0;
      sb.append(line(0, v, 1, v, "#e5e5e5", null)).append(line(v, 0, v, 1, "#e5e5e5", null));
      sb.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%.1f\">%.2f</text>", PAD - 4,
          y(v) + 3, v));
      sb.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%d\" style=\"text-anchor:middle\">"
          + "%.2f</text>", x(v), PAD + SIZE + 14, v));
    }
    sb.append(String.format(Locale.ROOT, "<text class=\"lbl\" x=\"%d\" y=\"%d\" style=\"text-anchor:middle\">%s"
        + "</text>", PAD + SIZE / 2, PAD + SIZE + 32, xLabel));
    sb.append(String.format(Locale.ROOT, "<text class=\"lbl\" x=\"12\" y=\"%d\" transform=\"rotate(-90 12 %d)\" "
        + "style=\"text-anchor:middle\">%s</text>", PAD + SIZE / 2, PAD + SIZE / 2, yLabel));
    return sb;
  }

  private static String polyline(List<double[]> pts, String colour) {
    StringBuilder sb = new StringBuilder("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour)
        .append("\" points=\"");
    for (double[] p : pts) {
      sb.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(p[0]), y(p[1])));
    }
    return sb.append("\"/>").toString();
  }

  private static String line(double x1, double y1, double x2, double y2, String colour, String dash) {
    return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>",
        x(x1), y(y1), x(x2), y(y2), colour, dash == null ? "" : " stroke-dasharray=\"" + dash + "\"");
  }

  private static double x(double v) {
    return PAD + v * SIZE;
  }

  private static double y(double v) {
    return PAD + (1 - v) * SIZE;
  }

  /** report.json's {@code attribution_confidence}: system → bins, ece, curve. */
  static Map<String, Object> json(EvalReport r) {
    Map<String, Object> out = new LinkedHashMap<>();
    of(r).forEach((system, c) -> {
      Map<String, Object> m = new LinkedHashMap<>();
      List<Object> bins = new ArrayList<>();
      for (Calibration.Bin b : c.bins()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("from", b.from());
        x.put("to", b.to());
        x.put("count", b.count());
        x.put("right", b.right());
        x.put("mean_confidence", b.count() == 0 ? null : b.meanConfidence());
        x.put("precision", b.precision().isPresent() ? b.precision().getAsDouble() : null);
        bins.add(x);
      }
      List<Object> curve = new ArrayList<>();
      for (Calibration.Point p : c.curve()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("threshold", p.threshold());
        x.put("tp", p.prf().tp());
        x.put("fp", p.prf().fp());
        x.put("fn", p.prf().fn());
        curve.add(x);
      }
      m.put("bins", bins);
      m.put("expected_calibration_error", c.expectedCalibrationError());
      m.put("curve", curve);
      m.put("gold", c.gold());
      out.put(system, m);
    });
    return out;
  }

  private static String range(Calibration.Bin b) {
    return String.format(Locale.ROOT, "%.1f-%.1f", b.from(), b.to());
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
