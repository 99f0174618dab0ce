package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.LOCATION;
import static org.newsrel.core.EntityTypes.ORGANIZATION;
import static org.newsrel.core.EntityTypes.PERSON;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Locale;

/**
 * Rule 7: an unknown capitalised name before a generic lowercase place head ({@code
 * [location-head]}: "Foo region", "Foo border region") is a LOCATION with its head, taking
 * in a LOCATION run right before it.
 */
final class LocationHeads implements LabelRule {

  private final EntityLexicon lexicon;
  private final int maxHead;

  LocationHeads(EntityLexicon lexicon) {
    this.lexicon = lexicon;
    this.maxHead = lexicon.maxWords("location-head");
  }

  @Override
  public void apply(DocumentLabels d) {
    for (int i = 0; i + 1 < d.size(); i++) {
      CoreLabel t = d.token(i);
      if (!TokenShapes.isCapitalised(t) || !t.tag().startsWith("NNP") || d.is(i, PERSON) || d.is(i, ORGANIZATION)
          || d.isNationality(t)) {
        continue;
      }
      for (int len = Math.min(maxHead, d.size() - i - 1); len >= 1; len--) {
        int end = i + 1 + len;
        if (!d.sameSentence(end - 1, i)) {
          continue;
        }
        String head = d.text(i + 1, end);
        if (head.equals(head.toLowerCase(Locale.ROOT)) && lexicon.contains("location-head", head)) {
          int start = i;
          while (start > 0 && d.is(start - 1, LOCATION) && !d.runStart(start) && d.sameSentence(start - 1, i)) {
            start--;
          }
          d.set(start, end, LOCATION, 0.8, "rule:location-head");
          break;
        }
      }
    }
  }
}
