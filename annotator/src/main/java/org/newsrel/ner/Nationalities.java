package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.O;
import static org.newsrel.core.EntityTypes.ORGANIZATION;
import static org.newsrel.core.EntityTypes.PERSON;
import static org.newsrel.ner.DocumentLabels.MISC;

import edu.stanford.nlp.ling.CoreLabel;
import org.newsrel.core.TextSpan;

/**
 * Rule 6: NATIONALITY from the lexicon (longest match, capitalised; also the parts of a
 * hyphenated word such as "Foo-style", "inter-Foo"). Not inside an ORGANIZATION or a
 * MISC name such as a war ("Foo War"), nor after the first word of a person's name (a
 * surname such as "Ann Cuban"). The words leave the named layer, and so does every MISC
 * left: the scheme has no such type.
 */
final class Nationalities implements LabelRule {

  private final EntityLexicon lexicon;
  private final int maxWords;

  Nationalities(EntityLexicon lexicon) {
    this.lexicon = lexicon;
    this.maxWords = lexicon.maxWords("nationality");
  }

  @Override
  public void apply(DocumentLabels d) {
    boolean[] blocked = miscNames(d);
    int i = 0;
    while (i < d.size()) {
      int matched = blocked[i] ? 0 : longestMatch(d, i);
      if (matched > 0) {
        d.addNationality(TextSpan.of(d.docText(), d.token(i).beginPosition(), d.token(i + matched - 1).endPosition()));
        d.set(i, i + matched, O, 1, "rule:nationality");
        i += matched;
        continue;
      }
      if (!blocked[i] && !d.is(i, ORGANIZATION) && d.word(i).contains("-")) {
        hyphenParts(d, d.token(i));
      }
      i++;
    }
    for (int k = 0; k < d.size(); k++) {
      if (d.is(k, MISC)) {
        d.set(k, k + 1, O, 1, "rule:misc");
      }
    }
  }

  /** The tokens of MISC names (outside headlines) that are more than nationality words: "Foo War". */
  private boolean[] miscNames(DocumentLabels d) {
    boolean[] blocked = new boolean[d.size()];
    for (int[] r : d.runs()) {
      if (d.is(r[0], MISC) && !d.titleCase(r[0])) {
        boolean allDemonyms = true;
        for (int i = r[0]; i < r[1]; i++) {
          String w = d.word(i);
          allDemonyms &= !TokenShapes.isCapitalised(d.token(i)) || lexicon.contains("nationality", w)
              || w.equalsIgnoreCase("north") || w.equalsIgnoreCase("south") || w.contains("-");
        }
        if (!allDemonyms) {
          for (int i = r[0]; i < r[1]; i++) {
            blocked[i] = true;
          }
        }
      }
    }
    return blocked;
  }

  /** Length in tokens of the longest nationality starting at {@code i}, 0 for none. */
  private int longestMatch(DocumentLabels d, int i) {
    boolean surname = d.is(i, PERSON) && i > 0 && d.is(i - 1, PERSON) && !d.runStart(i);
    if (d.is(i, ORGANIZATION) || surname || !TokenShapes.isCapitalised(d.token(i))) {
      return 0;
    }
    for (int len = Math.min(maxWords, d.size() - i); len >= 1; len--) {
      if (!d.sameSentence(i + len - 1, i) || d.is(i + len - 1, ORGANIZATION)) {
        continue;
      }
      if (lexicon.contains("nationality", d.text(i, i + len).replace('\u00a0', ' '))) {
        return len;
      }
    }
    return 0;
  }

  /** The capitalised nationality parts of a hyphenated word ("Foo-style", "inter-Foo"). */
  private void hyphenParts(DocumentLabels d, CoreLabel t) {
    int offset = 0;
    for (String part : t.word().split("-", -1)) {
      if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) && lexicon.contains("nationality", part)
          && t.originalText().equals(t.word())) {
        int b = t.beginPosition() + offset;
        d.addNationality(TextSpan.of(d.docText(), b, b + part.length()));
      }
      offset += part.length() + 1;
    }
  }
}
