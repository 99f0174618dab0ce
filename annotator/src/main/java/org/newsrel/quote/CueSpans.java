package org.newsrel.quote;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.newsrel.core.TextSpan;

/**
 * PolNeAR's edges of a Cue span, applied to every attribution once its Content is final
 * (GUIDELINES 3.2, Cue, item 6):
 * <ul>
 *   <li>a colon right after the cue, with no space between, belongs to it ({@code reads:},
 *       {@code added:}; PolNeAR train: 442 Cues end with such a colon, 24 leave it out);</li>
 *   <li>the infinitive marker {@code to} right before a cue verb in the base form belongs to
 *       it ({@code to frame}, {@code to defend}; PolNeAR train: 213 Cues begin with it, 75 leave
 *       it out).</li>
 * </ul>
 * Neither is taken when the token lies in this or another attribution's Source, Cue or
 * Content (PolNeAR lets no token belong to two attributions).
 */
final class CueSpans {

  private CueSpans() {}

  static void applyConventions(DocumentView view, List<Draft> drafts) {
    for (Draft d : drafts) {
      if (d.cue == null) {
        continue;
      }
      List<Integer> inside = view.tokensIn(d.cue);
      if (inside.isEmpty()) {
        continue;
      }
      int first = inside.get(0);
      int last = inside.get(inside.size() - 1);
      int begin = d.cue.begin();
      int end = d.cue.end();
      if (last + 1 < view.tokenCount()) {
        CoreLabel next = view.token(last + 1);
        if (next.word().equals(":") && next.beginPosition() == end && free(view, next, drafts)) {
          end = next.endPosition();
        }
      }
      CoreLabel head = view.token(first);
      if (first > 0 && "VB".equals(head.tag())) {
        CoreLabel prev = view.token(first - 1);
        if (prev.word().equalsIgnoreCase("to") && "TO".equals(prev.tag())
            && view.sentenceOf(first - 1) == view.sentenceOf(first) && free(view, prev, drafts)) {
          begin = prev.beginPosition();
        }
      }
      if (begin != d.cue.begin() || end != d.cue.end()) {
        TextSpan wider = TextSpan.of(view.text(), begin, end);
        if (d.trigger != null && d.trigger.equals(d.cue)) {
          d.trigger = wider;
        }
        d.cue = wider;
      }
    }
  }

  /** No attribution's Source, Cue or Content holds the token. */
  private static boolean free(DocumentView view, CoreLabel tok, List<Draft> drafts) {
    TextSpan t = TextSpan.of(view.text(), tok.beginPosition(), tok.endPosition());
    for (Draft d : drafts) {
      if (touches(d.cue, t) || touches(d.source, t) || d.contentOverlaps(t)) {
        return false;
      }
    }
    return true;
  }

  private static boolean touches(TextSpan a, TextSpan b) {
    return a != null && a.overlaps(b);
  }
}
