package org.newsrel.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsrel.core.TextSpan;

/**
 * A stage of the attribution annotator: the Content boundary model ({@link BoundaryModel},
 * candidates and features in {@link ContentBoundaries}) moves each Content's begin and end
 * to PolNeAR's boundaries, keeping the fragments in between.
 */
final class BoundaryPass {

  private BoundaryPass() {}

  /** Moves each Content's begin and end to the boundary model's best candidates. */
  static void apply(DocumentView view, List<Draft> drafts, BoundaryModel model) {
    List<BoundaryChoice> choices = ContentBoundaries.choices(view, drafts, model.window());
    for (int i = 0; i < drafts.size(); i++) {
      BoundaryChoice c = choices.get(i);
      if (c == null || c.starts().isEmpty() || c.ends().isEmpty()) {
        continue;
      }
      BoundaryModel.Scored start = model.best(c.starts(), true);
      BoundaryModel.Scored end = model.best(c.ends(), false);
      Draft d = drafts.get(i);
      List<TextSpan> content = new ArrayList<>(d.content);
      int last = content.size() - 1;
      int begin = start.candidate().offset();
      int stop = end.candidate().offset();
      int firstEnd = last == 0 ? stop : content.get(0).end();
      int lastBegin = last == 0 ? begin : content.get(last).begin();
      if (begin >= firstEnd || lastBegin >= stop) {
        continue;
      }
      content.set(0, TextSpan.of(view.text(), begin, firstEnd));
      content.set(last, TextSpan.of(view.text(), lastBegin, stop));
      d.content.clear();
      d.content.addAll(content);
      d.beginScore = start.probability();
      d.endScore = end.probability();
    }
  }
}
