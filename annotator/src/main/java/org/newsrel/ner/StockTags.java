package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.DATE;
import static org.newsrel.core.EntityTypes.NUMBER;
import static org.newsrel.core.EntityTypes.O;

import edu.stanford.nlp.ling.CoreLabel;

/** Rule 1: CoreNLP's CRF / SUTime / numeric tags, mapped to the scheme's types; every later rule starts here. */
final class StockTags implements LabelRule {

  @Override
  public void apply(DocumentLabels d) {
    String prev = null;
    for (int i = 0; i < d.size(); i++) {
      CoreLabel t = d.token(i);
      String ner = t.ner() == null ? O : t.ner();
      boolean startsRun = prev == null || !ner.equals(prev) || i > 0 && !d.sameSentence(i, i - 1);
      d.tag(i, type(t, ner), 0.8, "corenlp:" + ner, startsRun);
      prev = ner;
    }
  }

  private static String type(CoreLabel t, String ner) {
    return switch (ner) {
      case "PERSON", "ORGANIZATION", "LOCATION", "MISC" -> ner;
      case "DATE", "TIME" -> DATE;
      case "NUMBER", "PERCENT" -> NUMBER;
      default -> "CD".equals(t.tag()) ? NUMBER : O;
    };
  }
}
