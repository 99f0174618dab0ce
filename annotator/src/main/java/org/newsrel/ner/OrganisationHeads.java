package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.DATE;
import static org.newsrel.core.EntityTypes.NUMBER;
import static org.newsrel.core.EntityTypes.ORGANIZATION;
import static org.newsrel.core.EntityTypes.PERSON;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Locale;
import java.util.Set;

/**
 * Rule 3: a capitalised phrase ending in an organisation head word ({@code [org-head]}: "Foo
 * Bar Agency", "Baz Corps", "Ministry of Qux"), its words joined by {@code [name-linker]}s,
 * is one ORGANIZATION (not in title-case headlines).
 */
final class OrganisationHeads implements LabelRule {

  private final Set<String> heads;
  private final Set<String> nameLinkers;

  OrganisationHeads(EntityLexicon lexicon) {
    this.heads = lexicon.keys("org-head");
    this.nameLinkers = lexicon.keys("name-linker");
  }

  @Override
  public void apply(DocumentLabels d) {
    for (int[] b : d.sentenceBounds()) {
      if (d.titleCase(b[0])) {
        continue;
      }
      int i = b[0];
      while (i < b[1]) {
        if (!TokenShapes.isCapitalised(d.token(i)) || d.is(i, DATE) || d.is(i, NUMBER)) {
          i++;
          continue;
        }
        i = Math.max(name(d, i, b[1]), i + 1);
      }
    }
  }

  /** Labels the organisation starting at {@code i}, if any; returns the end of the capitalised phrase. */
  private int name(DocumentLabels d, int i, int sentenceEnd) {
    int j = i;
    int lastHead = -1;
    while (j < sentenceEnd) {
      CoreLabel t = d.token(j);
      if (TokenShapes.isCapitalised(t)) {
        if (heads.contains(t.word().toLowerCase(Locale.ROOT))) {
          lastHead = j;
        }
        j++;
      } else if (nameLinkers.contains(t.word().toLowerCase(Locale.ROOT)) && j + 1 < sentenceEnd
          && TokenShapes.isCapitalised(d.token(j + 1))) {
        if (t.word().equals("and") && lastHead == j - 1) {
          break; // "Foo Oil and Bar Airlines": two names, each with its head
        }
        j++;
      } else {
        break;
      }
    }
    // "Ministry of Qux", "Bank of Foo": an organisation head followed by "of" and more
    // capitalised words keeps them ("of" and "and" only: "for" and "at" often start a
    // second name)
    if (lastHead > i && lastHead + 2 < j && d.word(lastHead + 1).equals("of")) {
      lastHead = j - 1;
    }
    if (lastHead > i) {
      int start = i;
      while (start < lastHead && ("DT".equals(d.token(start).tag()) || d.is(start, PERSON))) {
        start++;
      }
      if (start < lastHead) {
        d.set(start, lastHead + 1, ORGANIZATION, 0.85, "rule:org-head");
      }
    }
    return j;
  }
}
