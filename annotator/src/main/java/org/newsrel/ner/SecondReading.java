package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.DATE;
import static org.newsrel.core.EntityTypes.NUMBER;
import static org.newsrel.core.EntityTypes.O;
import static org.newsrel.core.EntityTypes.ORGANIZATION;
import static org.newsrel.core.EntityTypes.PERSON;
import static org.newsrel.ner.DocumentLabels.CRF_NAME_TYPES;
import static org.newsrel.ner.DocumentLabels.NAME_TYPES;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule 1b: the second CRF's PERSON / ORGANIZATION / LOCATION wins over the first CRF's
 * name types (CoreNLP's own order: its 3-class model before the CoNLL one); where it
 * sees no name, the first CRF's LOCATION and MISC stand (its PERSON and ORGANIZATION
 * go), and SUTime's DATE and the NUMBER tags are never overridden. A name the second CRF alone
 * sees is taken only if it spans two or more tokens or is not a lone PERSON: a single
 * capitalised word that only one model calls a person is mostly a common word
 * (a menu word such as "Home" or "More"). Does nothing without a second reading.
 */
final class SecondReading implements LabelRule {

  private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,}");

  private final EntityLexicon lexicon;
  private final Set<String> nameLinkers;

  SecondReading(EntityLexicon lexicon) {
    this.lexicon = lexicon;
    this.nameLinkers = lexicon.keys("name-linker");
  }

  @Override
  public void apply(DocumentLabels d) {
    if (!d.hasSecondReading()) {
      return;
    }
    List<int[]> firstRuns = new ArrayList<>();
    for (int[] r : d.runs()) {
      if (CRF_NAME_TYPES.contains(d.label(r[0]))) {
        firstRuns.add(r);
      }
    }
    String[] first = d.labels();
    boolean[] confirmed = new boolean[first.length];
    int i = 0;
    while (i < d.size()) {
      String a = d.secondLabel(i) == null ? O : d.secondLabel(i);
      if (!NAME_TYPES.contains(a)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < d.size() && a.equals(d.secondLabel(j)) && d.sameSentence(j, i)) {
        j++;
      }
      if (takes(first, i, j, a)) {
        confirm(d, firstRuns, first, confirmed, i, j, a);
      }
      i = j;
    }
    dropUnseen(d, firstRuns, first, confirmed);
  }

  /** Whether the second CRF's run {@code i} to {@code j} of type {@code a} is taken. */
  private static boolean takes(String[] first, int i, int j, String a) {
    boolean firstSawName = false;
    boolean free = true;
    for (int k = i; k < j; k++) {
      firstSawName |= CRF_NAME_TYPES.contains(first[k]);
      free &= !first[k].equals(DATE) && !first[k].equals(NUMBER);
    }
    boolean weak = !firstSawName && j - i == 1 && a.equals(PERSON);
    return free && !weak;
  }

  private void confirm(DocumentLabels d, List<int[]> firstRuns, String[] first, boolean[] confirmed, int i, int j,
      String a) {
    // a run of the same type from the first CRF that reaches further lends its extra
    // name words ("Foo Bar Baz" against "Foo Bar"), not a title, courtesy title or
    // possessive ("Justice Foo Bar", "Mr. Bar", "Bar's"), nor a headline word ("Foo Bar
    // Says"); the words of a first-CRF run left outside lose their label ("Senate
    // Minority" against ORGANIZATION "Senate", "Mr." of "Mr. Bar")
    int from = i;
    int to = j;
    for (int[] r : firstRuns) {
      if (r[0] < j && i < r[1] && first[r[0]].equals(a)) {
        while (from > r[0] && (extendsName(d, from - 1) || from - 2 >= r[0] && linker(d, from - 1)
            && extendsName(d, from - 2))) {
          from--;
        }
        while (to < r[1] && (extendsName(d, to) || to + 1 < r[1] && linker(d, to) && extendsName(d, to + 1))) {
          to++;
        }
      }
    }
    for (int[] r : firstRuns) {
      if (r[0] < to && from < r[1]) {
        for (int k = r[0]; k < r[1]; k++) {
          if ((k < from || k >= to) && !confirmed[k]) {
            d.set(k, k + 1, O, 1, "corenlp-3class:O");
          }
        }
      }
    }
    d.set(from, to, a, 0.8, from == i && to == j ? "corenlp-3class:" + a : "corenlp:" + a);
    for (int k = from; k < to; k++) {
      confirmed[k] = true;
    }
  }

  /**
   * A PERSON or ORGANIZATION of the first CRF that the second does not see at all is
   * dropped, as CoreNLP's own combination of the two drops it (measured on US news:
   * wrong more often than right: laws, shows, programmes, "the World"); a LOCATION stays,
   * and so does a transcript's speaker label ("FOO: ...").
   */
  private static void dropUnseen(DocumentLabels d, List<int[]> firstRuns, String[] first, boolean[] confirmed) {
    for (int[] r : firstRuns) {
      String type = first[r[0]];
      boolean seen = false;
      for (int k = r[0]; k < r[1]; k++) {
        seen |= confirmed[k] || d.secondLabel(k) != null && !d.secondLabel(k).equals(O);
      }
      if (!seen && (type.equals(PERSON) || type.equals(ORGANIZATION)) && !speakerLabel(d, r)) {
        d.set(r[0], r[1], O, 1, "corenlp-3class:O");
      }
    }
  }

  /** A linker inside a name ("Bank of Foo"); not "and", which joins two names as often. */
  private boolean linker(DocumentLabels d, int k) {
    String w = d.word(k);
    return nameLinkers.contains(w) && !w.equals("and");
  }

  /** A transcript's speaker label: one ALL-CAPS word opening its line, a colon right after ("FOO: Thank you."). */
  private static boolean speakerLabel(DocumentLabels d, int[] r) {
    if (r[1] - r[0] != 1 || r[1] >= d.size() || !d.word(r[1]).equals(":")) {
      return false;
    }
    CoreLabel t = d.token(r[0]);
    String before = TokenShapes.lineBefore(d.docText(), t);
    return CAPITALS.matcher(t.word()).matches() && before.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  private boolean extendsName(DocumentLabels d, int k) {
    CoreLabel t = d.token(k);
    String w = t.word();
    return TokenShapes.isCapitalised(t) && !d.titleCase(k) && !w.endsWith(".") && !TokenShapes.isPossessive(t)
        && !lexicon.contains("title", w) && w.codePoints().allMatch(c -> Character.isLetter(c) || c == '-');
  }
}
