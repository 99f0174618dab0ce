package org.newsrel.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.newsrel.brat.Fragment;
import org.newsrel.score.Span;

/**
 * Renders a document's text as HTML with spans highlighted. Spans may nest or overlap, so
 * the text is cut at every span boundary; each piece takes the style (and link) of the
 * innermost span covering it, and a tooltip listing every span that covers it. Pieces
 * covered by more than one span are underlined.
 */
final class Highlighter {

  /**
   * A highlighted span.
   *
   * @param cssClass classes for the piece
   * @param title tooltip text
   * @param anchor id of the error row to link to, if any
   */
  record Mark(Span span, String cssClass, String title, Optional<String> anchor) {}

  private Highlighter() {}

  static String render(String text, List<Mark> marks) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(text.length());
    for (Mark m : marks) {
      for (Fragment f : m.span().fragments()) {
        cuts.add(Math.min(f.begin(), text.length()));
        cuts.add(Math.min(f.end(), text.length()));
      }
    }
    StringBuilder sb = new StringBuilder();
    Integer from = cuts.first();
    for (Integer to : cuts.tailSet(from, false)) {
      String piece = Html.escape(text.substring(from, to));
      List<Mark> covering = new ArrayList<>();
      for (Mark m : marks) {
        if (m.span().covers(from, to)) {
          covering.add(m);
        }
      }
      if (covering.isEmpty() || from.equals(to)) {
        sb.append(piece);
      } else {
        Mark inner = covering.get(0);
        for (Mark m : covering) {
          if (m.span().length() < inner.span().length()) {
            inner = m;
          }
        }
        StringBuilder title = new StringBuilder();
        for (Mark m : covering) {
          title.append(title.length() == 0 ? "" : "\n").append(m.title());
        }
        String cls = "m " + inner.cssClass() + (covering.size() > 1 ? " multi" : "");
        String attrs = " class=\"" + Html.escape(cls) + "\" title=\"" + Html.escape(title.toString()) + "\"";
        if (inner.anchor().isPresent()) {
          sb.append("<a href=\"#").append(Html.escape(inner.anchor().get())).append('"').append(attrs).append('>')
              .append(piece).append("</a>");
        } else {
          sb.append("<span").append(attrs).append('>').append(piece).append("</span>");
        }
      }
      from = to;
    }
    return sb.toString();
  }
}
