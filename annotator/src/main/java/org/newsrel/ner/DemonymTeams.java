package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.ORGANIZATION;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Locale;
import java.util.Set;

/**
 * Rule 5b: a singular nationality word used on its own as the subject of a verb ("Foo-ish
 * beat Bar 2-1", "Foo-ish won") names a team or side, not a nationality: ORGANIZATION,
 * as sports clubs are. Not after an article ("the Foo-ish said" is a person) or a
 * capitalised word (a surname: "Ann Foo-ish said"), not before a noun or an
 * {@code [auxiliary-verb]}, not a plural demonym ("Foo-ians said" are people), not in a headline.
 */
final class DemonymTeams implements LabelRule {

  private final EntityLexicon lexicon;
  private final Set<String> auxiliaries;

  DemonymTeams(EntityLexicon lexicon) {
    this.lexicon = lexicon;
    this.auxiliaries = lexicon.keys("auxiliary-verb");
  }

  @Override
  public void apply(DocumentLabels d) {
    for (int i = 0; i + 1 < d.size(); i++) {
      CoreLabel t = d.token(i);
      String w = t.word();
      if (!TokenShapes.isCapitalised(t) || !lexicon.contains("nationality", w) || d.titleCase(i)
          || d.is(i, ORGANIZATION) || !d.sameSentence(i + 1, i) || isPluralDemonym(w)) {
        continue;
      }
      if (i > 0 && d.sameSentence(i - 1, i) && modifiedBefore(d.token(i - 1))) {
        continue;
      }
      if (verbAfter(d.token(i + 1))) {
        d.set(i, i + 1, ORGANIZATION, 0.6, "rule:demonym-team");
      }
    }
  }

  /** An article, a capitalised word, a nationality word or "north"/"south" before the word. */
  private boolean modifiedBefore(CoreLabel prev) {
    String w = prev.word();
    return TokenShapes.isArticle(prev) || TokenShapes.isCapitalised(prev) || lexicon.contains("nationality", w)
        || w.equalsIgnoreCase("north") || w.equalsIgnoreCase("south");
  }

  /** A lowercase finite verb, past or third person, other than an auxiliary. */
  private boolean verbAfter(CoreLabel next) {
    String tag = next.tag() == null ? "" : next.tag();
    String word = next.word().toLowerCase(Locale.ROOT);
    return (tag.equals("VBD") || tag.equals("VBZ")) && Character.isLowerCase(next.word().charAt(0))
        && !auxiliaries.contains(word);
  }

  private boolean isPluralDemonym(String w) {
    return w.endsWith("s") && lexicon.contains("nationality", w.substring(0, w.length() - 1));
  }
}
