package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.NUMBER;
import static org.newsrel.core.EntityTypes.O;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Locale;
import java.util.Set;

/**
 * Rule 12: NUMBER spans are the numeral only (no approximator, no unit); a plural that
 * counts on its own ({@code [count-noun]}: "thousands") is a NUMBER.
 */
final class Numbers implements LabelRule {

  private final Set<String> countNouns;

  Numbers(EntityLexicon lexicon) {
    this.countNouns = lexicon.keys("count-noun");
  }

  @Override
  public void apply(DocumentLabels d) {
    for (int i = 0; i < d.size(); i++) {
      if (d.is(i, O) && countNouns.contains(d.word(i).toLowerCase(Locale.ROOT))) {
        d.set(i, i + 1, NUMBER, 0.7, "rule:count-noun");
      }
    }
    for (int[] r : d.runs()) {
      if (!d.is(r[0], NUMBER)) {
        continue;
      }
      int from = r[0];
      int to = r[1];
      while (from < to && !isNumeral(d.token(from))) {
        from++;
      }
      while (to > from && !isNumeral(d.token(to - 1))) {
        to--;
      }
      String rule = d.rule(r[0]);
      d.set(r[0], r[1], O, 1, "rule:number-trim");
      if (from < to) {
        d.set(from, to, NUMBER, 0.8, rule);
      }
    }
  }

  private boolean isNumeral(CoreLabel t) {
    return "CD".equals(t.tag()) || TokenShapes.isDigits(t.word()) || t.word().equals("%")
        || countNouns.contains(t.word().toLowerCase(Locale.ROOT));
  }
}
