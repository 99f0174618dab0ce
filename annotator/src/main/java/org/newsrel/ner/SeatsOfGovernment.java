package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.ORGANIZATION;

import java.util.Locale;
import java.util.Set;

/**
 * Rule 2b: the name of a seat of government ({@code [seat-of-government]}: "Kremlin",
 * "White House") stands for the government: ORGANIZATION, unless it follows a place
 * preposition ({@code [place-preposition]}: "at the Kremlin", "in the White House"), where
 * it is the building.
 */
final class SeatsOfGovernment implements LabelRule {

  private final EntityLexicon lexicon;
  private final int maxWords;
  private final Set<String> placePrepositions;

  SeatsOfGovernment(EntityLexicon lexicon) {
    this.lexicon = lexicon;
    this.maxWords = lexicon.maxWords("seat-of-government");
    this.placePrepositions = lexicon.keys("place-preposition");
  }

  @Override
  public void apply(DocumentLabels d) {
    for (int i = 0; i < d.size(); i++) {
      if (!TokenShapes.isCapitalised(d.token(i))) {
        continue;
      }
      for (int len = Math.min(maxWords, d.size() - i); len >= 1; len--) {
        if (!d.sameSentence(i + len - 1, i)
            || !lexicon.contains("seat-of-government", TokenShapes.phrase(d.tokens(), i, i + len))) {
          continue;
        }
        if (!afterPlacePreposition(d, i)) {
          d.set(i, i + len, ORGANIZATION, 0.85, "rule:seat-of-government");
        }
        i += len - 1;
        break;
      }
    }
  }

  private boolean afterPlacePreposition(DocumentLabels d, int i) {
    int p = i - 1;
    if (p >= 0 && d.word(p).equalsIgnoreCase("the")) {
      p--;
    }
    return p >= 0 && placePrepositions.contains(d.word(p).toLowerCase(Locale.ROOT));
  }
}
