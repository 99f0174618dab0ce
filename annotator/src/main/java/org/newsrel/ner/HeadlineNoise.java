package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.O;
import static org.newsrel.core.EntityTypes.ORGANIZATION;

import java.util.HashSet;
import java.util.Set;

/**
 * Rule 5: title-case headlines ("Captured Soldiers Express Desire To ...") make the CRF
 * see organisations everywhere: there an ORGANIZATION must also be one outside headlines,
 * or be an acronym or a web address. A section label on a line of its own ("News",
 * "Politics": an {@code [org-head]} word) is no organisation either.
 */
final class HeadlineNoise implements LabelRule {

  private final EntityLexicon lexicon;

  HeadlineNoise(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void apply(DocumentLabels d) {
    for (int[] r : d.runs()) {
      if (d.is(r[0], ORGANIZATION) && r[1] - r[0] == 1 && lexicon.contains("org-head", d.word(r[0]))
          && TokenShapes.aloneOnLine(d.docText(), d.token(r[0]))) {
        d.set(r[0], r[1], O, 1, "rule:section-label");
      }
    }
    Set<String> bodyOrgs = new HashSet<>();
    for (int[] r : d.runs()) {
      if (d.is(r[0], ORGANIZATION) && !d.titleCase(r[0])) {
        bodyOrgs.add(NameKey.key(d.text(r[0], r[1])));
      }
    }
    for (int[] r : d.runs()) {
      if (!d.titleCase(r[0]) || !d.is(r[0], ORGANIZATION)) {
        continue;
      }
      String name = d.text(r[0], r[1]);
      if (!bodyOrgs.contains(NameKey.key(name)) && !(r[1] - r[0] == 1 && TokenShapes.isAcronym(name))
          && !name.contains(".")) {
        d.set(r[0], r[1], O, 1, "rule:headline");
      }
    }
  }
}
