package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.DATE;
import static org.newsrel.core.EntityTypes.LOCATION;
import static org.newsrel.core.EntityTypes.NUMBER;
import static org.newsrel.core.EntityTypes.O;
import static org.newsrel.core.EntityTypes.ORGANIZATION;
import static org.newsrel.core.EntityTypes.PERSON;
import static org.newsrel.ner.DocumentLabels.CRF_NAME_TYPES;
import static org.newsrel.ner.DocumentLabels.MISC;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule 4: acronyms. "Foo Bar Agency (FBA)" gives FBA the expansion's type and links
 * them; an all-capitals word spelling the initials of an organisation in the document is
 * that organisation; a short all-capitals word that stock NER calls PERSON, LOCATION or
 * MISC is an ORGANIZATION unless the lexicon knows it as a place, a nationality or no name
 * ({@code [not-a-name]}), or it stands in an ALL-CAPS line or a dateline.
 */
final class Acronyms implements LabelRule {

  private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVXLC]+");
  private static final Set<String> BARE_TYPES = Set.of(PERSON, LOCATION, MISC);
  private static final Set<String> DATELINE_FOLLOWERS = Set.of(",", "(", "-LRB-", "-", "--", "\u2013", "\u2014");

  private final EntityLexicon lexicon;

  Acronyms(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public void apply(DocumentLabels d) {
    Map<String, String> typeOf = defined(d);
    Map<String, String> initialsToName = new HashMap<>();
    for (int[] r : d.runs()) {
      if (d.is(r[0], ORGANIZATION) && r[1] - r[0] >= 2) {
        String name = d.text(r[0], r[1]);
        initialsToName.putIfAbsent(DocumentIdentity.initials(name), name);
      }
    }
    for (int i = 0; i < d.size(); i++) {
      String w = d.word(i);
      if (!TokenShapes.isAcronym(w)) {
        continue;
      }
      if (typeOf.containsKey(w)) {
        d.set(i, i + 1, typeOf.get(w), 0.85, "rule:acronym-defined");
      } else if (initialsToName.containsKey(w)) {
        d.set(i, i + 1, ORGANIZATION, 0.85, "rule:acronym-initials");
        d.putAcronymIfAbsent(w, initialsToName.get(w));
      } else if (lexicon.contains("not-a-name", w) && CRF_NAME_TYPES.contains(d.label(i))) {
        // a time zone inside a DATE ("1:36 PM CET") stays in it
        d.set(i, i + 1, O, 1, "rule:not-a-name");
      } else if (bare(d, i, w)) {
        // in an ALL-CAPS headline or a dateline every word is in capitals: there "ROME" is
        // a word like any other and the CRF's reading stands
        d.set(i, i + 1, ORGANIZATION, 0.7, "rule:acronym-bare");
      }
    }
  }

  /** Acronyms defined in parentheses after their expansion, to the type they take; links them in {@code d}. */
  private static Map<String, String> defined(DocumentLabels d) {
    Map<String, String> typeOf = new HashMap<>();
    for (int i = 1; i + 1 < d.size(); i++) {
      String w = d.word(i);
      if (TokenShapes.isAcronym(w) && TokenShapes.isOpenParen(d.token(i - 1))
          && TokenShapes.isCloseParen(d.token(i + 1)) && i >= 2) {
        String type = expansion(d, i, w);
        if (type != null) {
          typeOf.put(w, type);
        }
      }
    }
    return typeOf;
  }

  /** The type acronym {@code w} at {@code i} takes from the words before its parenthesis, or null for none. */
  private static String expansion(DocumentLabels d, int i, String w) {
    int end = i - 1;
    String type = d.label(end - 1);
    int[] run;
    if (!type.equals(O) && !type.equals(DATE) && !type.equals(NUMBER) && (run = d.runAt(end - 1)) != null) {
      boolean plausible = type.equals(ORGANIZATION) || type.equals(MISC) || d.word(run[0]).charAt(0) == w.charAt(0);
      if (!plausible) {
        return ORGANIZATION;
      }
      type = type.equals(MISC) ? ORGANIZATION : type;
      d.set(run[0], run[1], type, d.confidence(run[0]), d.rule(run[0]));
      d.putAcronym(w, d.text(run[0], run[1]));
      return type;
    }
    int start = end;
    while (start > 0 && d.sameSentence(start - 1, i) && TokenShapes.isCapitalised(d.token(start - 1))) {
      start--;
    }
    if (start == end) {
      return null;
    }
    d.set(start, end, ORGANIZATION, 0.8, "rule:acronym-expansion");
    d.putAcronym(w, d.text(start, end));
    return ORGANIZATION;
  }

  private boolean bare(DocumentLabels d, int i, String w) {
    if (w.length() > 4 || !BARE_TYPES.contains(d.label(i)) || ROMAN_NUMERAL.matcher(w).matches()) {
      return false;
    }
    int[] run = d.runAt(i);
    return run != null && run[1] - run[0] == 1
        && !lexicon.contains("location-alias", w) && !lexicon.contains("nationality", w)
        && !TokenShapes.onAllCapsLine(d.docText(), d.token(i)) && !datelinePlace(d, i);
  }

  /** Whether token {@code i} opens its line and a comma, parenthesis, dash or date follows: a dateline's place. */
  private static boolean datelinePlace(DocumentLabels d, int i) {
    CoreLabel t = d.token(i);
    if (!TokenShapes.lineBefore(d.docText(), t).isBlank() || i + 1 >= d.size()) {
      return false;
    }
    return DATELINE_FOLLOWERS.contains(d.word(i + 1)) || d.is(i + 1, DATE);
  }
}
