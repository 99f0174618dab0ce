package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.LOCATION;
import static org.newsrel.core.EntityTypes.O;
import static org.newsrel.core.EntityTypes.PERSON;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Locale;

/**
 * Rule 9: "in Foo" / "near Foo" with Foo a lone untagged proper noun (or a lone PERSON word
 * that is no word of a longer person's name) is a place; not a title, calendar word,
 * acronym or nationality, not in a headline, not before another proper noun.
 */
final class PrepositionalPlaces implements LabelRule {

  private final EntityLexicon lexicon;

  PrepositionalPlaces(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void apply(DocumentLabels d) {
    for (int i = 1; i + 1 < d.size(); i++) {
      CoreLabel t = d.token(i);
      String prev = d.word(i - 1).toLowerCase(Locale.ROOT);
      boolean lonePerson = d.is(i, PERSON) && !d.is(i - 1, PERSON) && !d.is(i + 1, PERSON) && !personWord(d, t);
      if (d.titleCase(i) || !(d.is(i, O) || lonePerson) || !"NNP".equals(t.tag()) || !TokenShapes.isCapitalised(t)
          || !(prev.equals("in") || prev.equals("near")) || d.isNationality(t)
          || d.token(i + 1).tag().startsWith("NNP") || lexicon.contains("title", t.word())
          || lexicon.contains("calendar", t.word()) || TokenShapes.isAcronym(t.word())) {
        continue;
      }
      d.set(i, i + 1, LOCATION, 0.6, "rule:prepositional-place");
    }
  }

  /** Whether {@code t}'s word is a word of a PERSON name of two or more words. */
  private static boolean personWord(DocumentLabels d, CoreLabel t) {
    String key = NameKey.wordKey(t.word());
    for (int[] r : d.runs()) {
      if (d.is(r[0], PERSON) && r[1] - r[0] >= 2) {
        for (int k = r[0]; k < r[1]; k++) {
          if (NameKey.wordKey(d.word(k)).equals(key)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
