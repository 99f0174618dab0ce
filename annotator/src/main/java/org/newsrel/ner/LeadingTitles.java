package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.LOCATION;
import static org.newsrel.core.EntityTypes.O;
import static org.newsrel.core.EntityTypes.ORGANIZATION;
import static org.newsrel.core.EntityTypes.PERSON;

import java.util.Locale;
import java.util.Set;
import org.newsrel.core.TextSpan;

/**
 * Rule 10: a title word ({@code [title]}) at the start of a PERSON or ORGANIZATION run leaves
 * the name ("General Foo Bar" gives TITLE General + PERSON Foo Bar); an ORGANIZATION that is
 * a title followed by a {@code [name-linker]} ("Coordinator for Foo Affairs") is a TITLE,
 * the words before it a place if they are a {@code [location-alias]}.
 */
final class LeadingTitles implements LabelRule {

  private final EntityLexicon lexicon;
  private final int maxTitleWords;
  private final Set<String> nameLinkers;

  LeadingTitles(EntityLexicon lexicon) {
    this.lexicon = lexicon;
    this.maxTitleWords = lexicon.maxWords("title");
    this.nameLinkers = lexicon.keys("name-linker");
  }

  @Override
  public void apply(DocumentLabels d) {
    for (int[] r : d.runs()) {
      String type = d.label(r[0]);
      if (type.equals(ORGANIZATION)) {
        titleOfOrganisation(d, r);
      } else if (type.equals(PERSON)) {
        titleBeforePerson(d, r);
      }
    }
  }

  private void titleOfOrganisation(DocumentLabels d, int[] r) {
    for (int k = r[0]; k < r[1]; k++) {
      int len = titleLength(d, k, r[1]);
      int after = k + len;
      if (len > 0 && after < r[1] && nameLinkers.contains(d.word(after).toLowerCase(Locale.ROOT))) {
        d.addSplitTitle(TextSpan.of(d.docText(), d.token(k).beginPosition(), d.token(r[1] - 1).endPosition()));
        d.set(k, r[1], O, 1, "rule:title");
        if (k > r[0]) {
          String prefix = d.text(r[0], k);
          d.set(r[0], k, lexicon.contains("location-alias", prefix) ? LOCATION : O, 0.8, "rule:title-prefix");
        }
        return;
      }
    }
  }

  private void titleBeforePerson(DocumentLabels d, int[] r) {
    int len = titleLength(d, r[0], r[1]);
    int after = r[0] + len;
    if (len > 0 && after < r[1]) {
      d.addSplitTitle(TextSpan.of(d.docText(), d.token(r[0]).beginPosition(), d.token(after - 1).endPosition()));
      d.set(r[0], after, O, 1, "rule:title");
      d.startRun(after);
    }
  }

  /** Words of the longest title starting at {@code from}, ending by {@code to}; 0 for none. */
  private int titleLength(DocumentLabels d, int from, int to) {
    for (int len = Math.min(maxTitleWords, to - from); len >= 1; len--) {
      if (lexicon.contains("title", d.text(from, from + len))) {
        return len;
      }
    }
    return 0;
  }
}
