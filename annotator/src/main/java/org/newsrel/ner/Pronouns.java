package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.DATE;
import static org.newsrel.core.EntityTypes.NUMBER;
import static org.newsrel.core.EntityTypes.O;

import edu.stanford.nlp.ling.CoreLabel;

/** Rule 2: pronouns ({@code [pronoun]}, PRP, WP tags) are never entity mentions (stock NER tags some PERSON). */
final class Pronouns implements LabelRule {

  private final EntityLexicon lexicon;

  Pronouns(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void apply(DocumentLabels d) {
    for (int i = 0; i < d.size(); i++) {
      CoreLabel t = d.token(i);
      String tag = t.tag() == null ? "" : t.tag();
      if (tag.startsWith("PRP") || tag.startsWith("WP") || lexicon.contains("pronoun", t.word())) {
        if (!d.is(i, O) && !d.is(i, NUMBER) && !d.is(i, DATE)) {
          d.set(i, i + 1, O, 1, "pronoun");
        }
      }
    }
  }
}
