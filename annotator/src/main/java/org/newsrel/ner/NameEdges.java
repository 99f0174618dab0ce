package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.O;
import static org.newsrel.ner.DocumentLabels.NAME_TYPES;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule 2c: a PERSON, ORGANIZATION or LOCATION run from the CRF starts and ends with a
 * word of the name (guidelines 1.1.1): a leading article, possessive ending or stray
 * punctuation ("The Daily Bugle", "Foo's Bar Agency") and a trailing function word
 * ({@code [small-word]}) or quotation mark ("Institute for Baz at") leave the run; a single
 * capital before a hyphen ("(D-Foo.)", a party letter) is no name.
 */
final class NameEdges implements LabelRule {

  private static final Pattern CAPITAL = Pattern.compile("[A-Z]");

  private final Set<String> smallWords;

  NameEdges(EntityLexicon lexicon) {
    this.smallWords = lexicon.keys("small-word");
  }

  @Override
  public void apply(DocumentLabels d) {
    for (int[] r : d.runs()) {
      String type = d.label(r[0]);
      if (!NAME_TYPES.contains(type)) {
        continue;
      }
      if (partyLetter(d, r)) {
        // a party letter in "(D-Foo.)" or an initial before a hyphen is not a name of its own
        d.set(r[0], r[1], O, 1, "rule:name-edge");
        continue;
      }
      trim(d, r, type);
    }
  }

  private static boolean partyLetter(DocumentLabels d, int[] r) {
    return r[1] - r[0] == 1 && CAPITAL.matcher(d.word(r[0])).matches() && r[1] < d.size()
        && d.word(r[1]).equals("-") && d.token(r[1]).beginPosition() == d.token(r[0]).endPosition();
  }

  private void trim(DocumentLabels d, int[] r, String type) {
    int from = r[0];
    int to = r[1];
    while (from < to && (TokenShapes.isArticle(d.token(from)) || TokenShapes.isPossessive(d.token(from))
        || TokenShapes.isEdgePunct(d.token(from)))) {
      from++;
    }
    while (to > from && (TokenShapes.isEdgePunct(d.token(to - 1)) || isLowercaseFunctionWord(d.token(to - 1)))) {
      to--;
    }
    if (from == r[0] && to == r[1]) {
      return;
    }
    double conf = d.confidence(r[0]);
    String rule = d.rule(r[0]);
    d.set(r[0], r[1], O, 1, "rule:name-edge");
    if (from < to) {
      d.set(from, to, type, conf, rule);
    }
  }

  private boolean isLowercaseFunctionWord(CoreLabel t) {
    String w = t.word();
    return smallWords.contains(w) && Character.isLowerCase(w.charAt(0));
  }
}
