package org.newsrel.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence is a title-case headline, which several rules treat apart: at least 3
 * words and 80% of the words other than {@code [small-word]}s capitalised, and either every
 * one of them capitalised or no full stop, question or exclamation mark at the end. A
 * sentence dense with names ("Foo beat Bar 2-1 at Baz on Saturday.") has a lowercase verb
 * and a full stop; a headline capitalises every content word or ends bare.
 */
final class HeadlineCase {

  private static final Set<String> SENTENCE_ENDS = Set.of(".", "?", "!");

  private final Set<String> smallWords;

  HeadlineCase(EntityLexicon lexicon) {
    this.smallWords = lexicon.keys("small-word");
  }

  boolean isTitleCase(List<CoreLabel> tokens) {
    int words = 0;
    int caps = 0;
    for (CoreLabel t : tokens) {
      String w = t.word();
      if (!w.chars().allMatch(Character::isLetter) || smallWords.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      words++;
      if (Character.isUpperCase(w.charAt(0))) {
        caps++;
      }
    }
    if (words < 3 || caps < 0.8 * words) {
      return false;
    }
    return caps == words || !endsLikeASentence(tokens);
  }

  private static boolean endsLikeASentence(List<CoreLabel> tokens) {
    for (int k = tokens.size() - 1; k >= 0; k--) {
      String w = tokens.get(k).word();
      if (SENTENCE_ENDS.contains(w)) {
        return true;
      }
      if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
        return false;
      }
    }
    return false;
  }
}
