package org.newsrel.quote;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.newsrel.core.LayoutSpan;
import org.newsrel.core.TextSpan;
import org.newsrel.layout.Layout;

/**
 * Keeps the attribution layer out of the news layout's datelines, bylines, photo credits and
 * boilerplate ({@link Layout}): an attribution whose cue lies in one is dropped; a Source in
 * one is dropped (the attribution has no source); a Content fragment loses the parts inside
 * one, so that no Content starts inside a dateline, and an attribution left without Content
 * is dropped.
 */
final class LayoutGuard {

  private LayoutGuard() {}

  static void apply(String text, Layout layout, List<Draft> drafts) {
    if (layout == Layout.NONE) {
      return;
    }
    for (Iterator<Draft> it = drafts.iterator(); it.hasNext();) {
      Draft d = it.next();
      if (layout.blocks(d.trigger) || d.cue != null && layout.blocks(d.cue)) {
        it.remove();
        continue;
      }
      List<TextSpan> kept = new ArrayList<>();
      for (TextSpan f : d.content) {
        kept.addAll(outside(text, layout, f));
      }
      if (kept.isEmpty()) {
        it.remove();
        continue;
      }
      if (!kept.equals(d.content)) {
        d.content.clear();
        d.content.addAll(kept);
      }
      if (d.source != null && layout.blocks(d.source)) {
        d.source = null;
        d.sourceParts = null;
      }
    }
  }

  /** The parts of {@code f} outside every blocking span, trimmed of white space; empty when none is left. */
  static List<TextSpan> outside(String text, Layout layout, TextSpan f) {
    if (!layout.blocks(f)) {
      return List.of(f);
    }
    List<TextSpan> parts = new ArrayList<>();
    int from = f.begin();
    while (from < f.end()) {
      LayoutSpan at = layout.blockingAt(from);
      if (at != null) {
        from = at.end();
        continue;
      }
      int to = from;
      while (to < f.end() && layout.blockingAt(to) == null) {
        to++;
      }
      int b = from;
      int e = to;
      while (b < e && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
      while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (b < e) {
        parts.add(TextSpan.of(text, b, e));
      }
      from = to;
    }
    return parts;
  }
}
