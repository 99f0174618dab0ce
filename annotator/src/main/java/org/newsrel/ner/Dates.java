package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.DATE;
import static org.newsrel.core.EntityTypes.NUMBER;
import static org.newsrel.core.EntityTypes.O;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule 11: DATE spans lose leading prepositions/articles ({@code [left-exclude]}) and
 * trailing punctuation, and must name the calendar (a {@code [calendar]} word, "ago", a
 * year); vague time is dropped. A four-digit year tagged NUMBER is a DATE; a capitalised
 * calendar word right before a DATE joins it. First, calendar words SUTime leaves untagged
 * ("mid-November" as one token; decades such as "the late 1990s", with a
 * {@code [date-qualifier]}); DATE runs joined by a dash are one DATE (a dateline "Jan. 5 -
 * 2024 1:36 PM"); "A and B" are two DATEs.
 */
final class Dates implements LabelRule {

  /** A year from 1500 to 2099, or a range of years ("1990-95"). */
  private static final Pattern YEAR = Pattern.compile("(1[5-9]|20)\\d\\d([-\u2013]\\d{2,4})?");
  /** A word with such a year in it ("1990s", "mid-2024"). */
  private static final Pattern HAS_YEAR = Pattern.compile(".*\\b(1[5-9]|20)\\d\\d.*");
  private static final Pattern DECADE = Pattern.compile("\\d{3}0s|'\\d0s");
  private static final Set<String> DASHES = Set.of("-", "\u2013", "--");

  private final EntityLexicon lexicon;
  private final Set<String> qualifiers;

  Dates(EntityLexicon lexicon) {
    this.lexicon = lexicon;
    this.qualifiers = lexicon.keys("date-qualifier");
  }

  @Override
  public void apply(DocumentLabels d) {
    untaggedDates(d);
    joinDashes(d);
    for (int[] r : d.runs()) {
      int k = r[0] - 1;
      if (d.is(r[0], DATE) && k >= 0 && d.sameSentence(k, r[0])
          && TokenShapes.isCapitalised(d.token(k)) && lexicon.contains("calendar", d.word(k))) {
        d.set(k, r[1], DATE, 0.8, d.rule(r[0]));
      }
    }
    for (int[] r : d.runs()) {
      String type = d.label(r[0]);
      if (type.equals(NUMBER) && YEAR.matcher(d.text(r[0], r[1])).matches()) {
        d.set(r[0], r[1], DATE, 0.8, "rule:year");
      } else if (type.equals(DATE)) {
        trim(d, r);
      }
    }
  }

  private void trim(DocumentLabels d, int[] r) {
    int from = r[0];
    int to = r[1];
    while (from < to && (lexicon.contains("left-exclude", d.word(from)) || TokenShapes.isPunct(d.token(from)))) {
      from++;
    }
    while (to > from && TokenShapes.isPunct(d.token(to - 1))) {
      to--;
    }
    boolean calendar = false;
    for (int i = from; i < to; i++) {
      String w = d.word(i).toLowerCase(Locale.ROOT);
      calendar |= lexicon.contains("calendar", w) || HAS_YEAR.matcher(w).matches();
      for (String part : w.split("-")) {
        calendar |= lexicon.contains("calendar", part);
      }
    }
    String rule = d.rule(r[0]);
    d.set(r[0], r[1], O, 1, "rule:date-trim");
    if (calendar && from < to) {
      d.set(from, to, DATE, 0.8, rule);
    }
  }

  /** "mid-November" (one token) and decades ("the late 1990s") that SUTime leaves untagged. */
  private void untaggedDates(DocumentLabels d) {
    for (int i = 0; i < d.size(); i++) {
      if (!d.is(i, O)) {
        continue;
      }
      String w = d.word(i);
      if (qualifiedMonth(d, i, w)) {
        d.set(i, i + 1, DATE, 0.7, "rule:calendar-word");
      } else if (DECADE.matcher(w).matches()) {
        int from = i;
        if (i > 0 && qualifiers.contains(d.word(i - 1).toLowerCase(Locale.ROOT))) {
          from = i - 1;
        }
        d.set(from, i + 1, DATE, 0.7, "rule:decade");
      }
    }
  }

  /** "mid-November": a lowercase qualifier, a hyphen and a capitalised calendar word of more than three letters. */
  private boolean qualifiedMonth(DocumentLabels d, int i, String w) {
    String[] parts = w.split("-", -1);
    String last = parts[parts.length - 1];
    return parts.length == 2 && !last.isEmpty() && qualifiers.contains(parts[0].toLowerCase(Locale.ROOT))
        && last.length() > 3 && !TokenShapes.isCapitalised(d.token(i)) && Character.isUpperCase(last.charAt(0))
        && lexicon.contains("calendar", last);
  }

  /** DATE runs joined by a dash are one DATE; "A and B" (or "A or B") are two. */
  private static void joinDashes(DocumentLabels d) {
    for (int i = 1; i + 1 < d.size(); i++) {
      String w = d.word(i);
      if (d.is(i - 1, DATE) && d.is(i + 1, DATE) && d.sameSentence(i - 1, i + 1) && DASHES.contains(w)) {
        int end = i + 1;
        while (end < d.size() && d.is(end, DATE) && (end == i + 1 || !d.runStart(end))) {
          end++;
        }
        int start = i - 1;
        while (start > 0 && d.is(start - 1, DATE) && !d.runStart(start)) {
          start--;
        }
        d.set(start, end, DATE, d.confidence(start), d.rule(start));
      }
      if (d.is(i, DATE) && (w.equals("and") || w.equals("or"))) {
        d.set(i, i + 1, O, 1, "rule:date-coordination");
        d.startRun(i + 1);
      }
    }
  }
}
