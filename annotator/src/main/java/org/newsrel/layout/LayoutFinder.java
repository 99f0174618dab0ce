package org.newsrel.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsrel.core.LayoutSpan.Kind;
import org.newsrel.core.LayoutSpan;

/**
 * Finds the layout of a news text from its characters alone (no tokens, no models): one
 * pass over its lines. A whole line is boilerplate (an entry of {@code boilerplate-line},
 * a line opening with a {@code boilerplate-lead}, a short line holding a
 * {@code boilerplate-anywhere} phrase), a photo credit, a byline, or a headline (title case
 * or ALL CAPS); a line may open with a dateline, and the text of a line may hold a
 * parenthesised or trailing photo credit and an upper-case teaser ("READ MORE: Other Story
 * (PHOTOS)": the label is boilerplate, the teased headline a headline).
 * The word lists are {@link LayoutRules}; this class holds the mechanism.
 *
 * <p>Stateless after construction (patterns are compiled once), so one instance serves
 * several threads.
 */
public final class LayoutFinder {

  /** The longest byline (words after its lead) and the longest title-case headline. */
  private static final int MAX_BYLINE_WORDS = 14;
  private static final int MAX_HEADLINE_WORDS = 25;
  private static final int MAX_CREDIT_LINE_WORDS = 12;
  private static final int MAX_ANYWHERE_LINE_WORDS = 30;
  /**
   * A dateline signed by neither an agency nor a date ("NAIROBI -") opens one of the first
   * lines of a story (after a headline, a standfirst, a section label) and names a place of
   * at most three words, maybe qualified after a comma ("NEWPORT NEWS, Va. -"): further down,
   * or longer, an ALL-CAPS run-in heading ("MORE TROUBLE AHEAD — ...") looks the same.
   */
  private static final int MAX_BARE_DATELINE_LINE = 6;
  private static final int MAX_BARE_DATELINE_WORDS = 3;
  private static final String NAME_WORD = "[A-Z][\\p{L}\\p{M}'\u2019.&-]*";

  private final LayoutRules rules;
  private final Pattern dateline;
  private final Pattern agencyOnlyDateline;
  private final Pattern trailingSourceFirst;
  private final Pattern trailingSourceLast;
  private final Pattern inlineTeaser;
  private final Pattern endsWithSource;
  private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()\n]{1,100})\\)");
  private static final Pattern CAPS_PARENTHESIS = Pattern.compile("\\([^()a-z]*[A-Z][^()a-z]*\\)");
  private static final Pattern FULL_STOP = Pattern.compile("[.!?](?=\\s)");

  public LayoutFinder(LayoutRules rules) {
    this.rules = rules;
    String word = "(?:" + NAME_WORD + ")";
    String connector = "(?:(?:de|da|del|do|dos|du|la|le|al|el|es|of|upon|on)[ ])";
    String place = word + "(?:[ ]" + connector + "?" + word + "){0,3}";
    String month = "(?i:" + alternation("month") + ")";
    String weekday = "(?i:" + alternation("weekday") + ")";
    String date = ",?[ ](?:" + month + "\\.?[ ]\\d{1,2}(?:st|nd|rd|th)?(?:,?[ ]\\d{4})?"
        + "|\\d{1,2}[ ]" + month + "\\.?(?:[ ]\\d{4})?|" + weekday + "\\.?)";
    String agency = "[ ]?\\((" + word + "(?:[ ]" + word + "){0,3})\\)";
    String dash = "(?:[ ]*[\u2014\u2013\u2015]|[ ]+--?|--?(?=[ ]))";
    this.dateline = Pattern.compile("(" + place + "(?:,[ ]" + place + "){0,2})(" + date + ")?(?:" + agency + ")?("
        + dash + ")");
    this.agencyOnlyDateline = Pattern.compile("\\((" + word + "(?:[ ]" + word + "){0,3})\\)(" + dash + ")(?=[ ]*\\S)");
    String source = "(?i:" + alternation("credit-source") + ")";
    // "... REUTERS/Jane Doe" and "... Jane Doe/AFP" closing a line (a caption's credit)
    this.trailingSourceFirst = Pattern.compile("(?<![\\p{L}/])(" + source + ")[ ]?/[ ]?" + NAME_WORD
        + "(?:[ ]" + NAME_WORD + "){0,3}\\.?$");
    this.trailingSourceLast = Pattern.compile("(?<![\\p{L}])" + NAME_WORD + "(?:[ ]" + NAME_WORD + "){0,3}[ ]?/[ ]?"
        + source + "\\.?$");
    this.inlineTeaser = Pattern.compile("(?<=[.!?\"\u201d][ ]{1,3})(?:" + alternation("boilerplate-inline") + "):");
    this.endsWithSource = Pattern.compile("(?s).*\\S\\s*/\\s*" + source + "\\.?");
  }

  private String alternation(String section) {
    return rules.entries(section).stream().map(Pattern::quote).collect(Collectors.joining("|"));
  }

  /** The layout of {@code text}, sorted by offset; spans never overlap. */
  public List<LayoutSpan> find(String text) {
    List<LayoutSpan> out = new ArrayList<>();
    int lineNo = 0;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      int b = lineStart;
      int e = lineEnd;
      while (b < e && space(text.charAt(b))) {
        b++;
      }
      while (e > b && space(text.charAt(e - 1))) {
        e--;
      }
      if (b < e) {
        line(text, b, e, lineNo++, out);
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    out.sort(null);
    return List.copyOf(out);
  }

  /** Classifies the non-empty line {@code [b, e)} (trimmed), the {@code lineNo}-th non-empty line (from 0). */
  private void line(String text, int b, int e, int lineNo, List<LayoutSpan> out) {
    String line = text.substring(b, e);
    Kind whole = wholeLine(line, lineNo);
    if (whole != null) {
      out.add(LayoutSpan.of(text, b, e, whole));
      return;
    }
    int body = b;
    int datelineEnd = datelineEnd(line, lineNo);
    if (datelineEnd > 0) {
      out.add(LayoutSpan.of(text, b, b + datelineEnd, Kind.DATELINE));
      body = b + datelineEnd;
    }
    inline(text, body, e, out);
  }

  /** The kind of a line that is one layout element as a whole, or null. */
  Kind wholeLine(String line, int lineNo) {
    if (boilerplateLine(line)) {
      return Kind.BOILERPLATE;
    }
    if (creditLine(line)) {
      return Kind.CREDIT;
    }
    if (byline(line)) {
      return Kind.BYLINE;
    }
    int dateline = datelineEnd(line, lineNo);
    if (dateline > 0) {
      // an ALL-CAPS line with words after its dash is a headline ("UKRAINE - REBELS TAKE TOWN")
      return allCaps(line) && !line.substring(dateline).isBlank() ? Kind.HEADLINE : null;
    }
    if (allCaps(line) || titleCase(line, lineNo == 0)) {
      return Kind.HEADLINE;
    }
    return null;
  }

  // ---- boilerplate ----

  private boolean boilerplateLine(String line) {
    String bare = line.replaceAll("[\\s:.\u2026>\u00bb|]+$", "").replaceAll("\\s+", " ");
    if (!bare.isEmpty() && rules.contains("boilerplate-line", bare)) {
      return true;
    }
    for (String lead : rules.entries("boilerplate-lead")) {
      if (startsWithIgnoreCase(line, lead) && leadEnds(line, lead)) {
        return true;
      }
    }
    if (words(line).size() <= MAX_ANYWHERE_LINE_WORDS) {
      String lower = line.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      for (String phrase : rules.entries("boilerplate-anywhere")) {
        if (lower.contains(phrase.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a boilerplate lead ends where it should: a lead of several words (or one
   * that is not a word: "©") before any non-letter; a single word ("Watch", "Copyright")
   * only before a colon, a digit, "©" or the end of the line, so that an article sentence
   * opening with the word is not furniture.
   */
  private static boolean leadEnds(String line, String lead) {
    int i = lead.length();
    if (i == line.length()) {
      return true;
    }
    if (Character.isLetter(line.charAt(i))) {
      return false;
    }
    boolean oneWord = !lead.contains(" ") && Character.isLetter(lead.charAt(0));
    if (!oneWord) {
      return true;
    }
    while (i < line.length() && space(line.charAt(i))) {
      i++;
    }
    if (i == line.length()) {
      return true;
    }
    char c = line.charAt(i);
    return c == ':' || Character.isDigit(c) || c == '\u00a9';
  }

  // ---- credits ----

  /** Whether {@code s} opens with a credit word and a colon, a slash or "by": "Photo: X", "Photograph by X". */
  private boolean creditLead(String s) {
    for (String lead : rules.entries("credit-lead")) {
      if (startsWithIgnoreCase(s, lead) && s.length() > lead.length()) {
        String rest = s.substring(lead.length());
        if (rest.matches("(?s)\\s*[:/].*") || rest.matches("(?is)\\s+by\\s.*")) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean creditLine(String line) {
    if (creditLead(line)) {
      return true;
    }
    if (words(line).size() > MAX_CREDIT_LINE_WORDS || line.matches("(?s).*[.!?]\\s+\\S.*")) {
      return false;
    }
    return endsWithSource.matcher(line).matches() || trailingSourceFirst.matcher(line).lookingAt();
  }

  /** Whether the content of a parenthesis is a photo credit: "Photo: X", "AP Photo/X", "X/AFP via Getty Images". */
  private boolean creditParenthesis(String inside) {
    String c = inside.strip();
    if (creditLead(c)) {
      return true;
    }
    for (String source : rules.entries("credit-source")) {
      if (startsWithIgnoreCase(c, source) && c.length() > source.length()) {
        String rest = c.substring(source.length());
        if (rest.matches("\\s*/\\s*\\S.*") || rest.matches("\\s+(?:Photo|Images?)\\b.*")) {
          return true;
        }
      }
    }
    return endsWithSource.matcher(c).matches();
  }

  // ---- bylines ----

  private boolean byline(String line) {
    if (!Character.isUpperCase(line.charAt(0))) {
      return false;
    }
    for (String lead : rules.entries("byline-lead")) {
      if (!startsWithIgnoreCase(line, lead) || line.length() <= lead.length()) {
        continue;
      }
      String rest = line.substring(lead.length());
      if (!rest.matches("(?s)\\s*:?\\s+\\S.*|:\\S.*")) {
        continue;
      }
      return names(rest.replaceFirst("^\\s*:?", ""));
    }
    return false;
  }

  /** Whether the words after a byline's lead are names, connectors and separators only. */
  private boolean names(String rest) {
    String trimmed = rest.strip();
    if (trimmed.matches("(?s).*[!?]") || trimmed.endsWith(".") && !trimmed.matches("(?s).*(?:^|\\s)\\S{1,3}\\.")) {
      return false;
    }
    List<String> words = words(trimmed);
    if (words.isEmpty() || words.size() > MAX_BYLINE_WORDS) {
      return false;
    }
    String firstWord = words.get(0);
    if (!Character.isUpperCase(firstWord.charAt(0)) || rules.contains("month", firstWord)
        || rules.contains("weekday", firstWord)) {
      return false;
    }
    for (String w : words) {
      char c = w.charAt(0);
      boolean ok = Character.isUpperCase(c) || Character.isDigit(c) || c == '@' || c == '&'
          || rules.contains("byline-connector", w);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  // ---- datelines ----

  /** The length of the dateline opening {@code line} (through its dash), or 0 when it opens with none. */
  int datelineEnd(String line, int lineNo) {
    Matcher m = dateline.matcher(line);
    if (m.lookingAt()) {
      String places = m.group(1);
      String firstPlace = places.split(",")[0];
      boolean capsPlace = !firstPlace.chars().anyMatch(Character::isLowerCase)
          && firstPlace.chars().filter(Character::isLetter).count() >= 2;
      String agency = m.group(3);
      boolean knownAgency = agency != null && rules.contains("agency", agency);
      boolean hasDate = m.group(2) != null;
      boolean barePlace = capsPlace && !rules.contains("function-word", firstPlace) && lineNo < MAX_BARE_DATELINE_LINE
          && java.util.Arrays.stream(places.split(",")).allMatch(p -> p.strip().split(" ").length <= MAX_BARE_DATELINE_WORDS);
      if (knownAgency || hasDate || barePlace) {
        return m.end(4);
      }
    }
    Matcher a = agencyOnlyDateline.matcher(line);
    if (a.lookingAt() && rules.contains("agency", a.group(1))) {
      return a.end(2);
    }
    return 0;
  }

  // ---- headlines ----

  /** No lowercase letter, at least two capitals (a sub-heading "MARKETS", a headline "REBELS SEIZE TOWN"). */
  static boolean allCaps(String line) {
    return line.chars().noneMatch(Character::isLowerCase) && line.chars().filter(Character::isUpperCase).count() >= 2;
  }

  /**
   * Every word capitalised except the function words (and words that start with a digit),
   * the first word capitalised, at least two capitalised words, at most 25 words; only the
   * document's first line may end with a full stop (corpora add one to the headline).
   */
  boolean titleCase(String line, boolean first) {
    if (!first && line.matches("(?s).*[.;,]")) {
      return false;
    }
    List<String> words = words(line);
    if (words.size() > MAX_HEADLINE_WORDS) {
      return false;
    }
    int capitalised = 0;
    boolean firstWord = true;
    for (String w : words) {
      char c = w.charAt(0);
      if (Character.isUpperCase(c)) {
        capitalised++;
      } else if (Character.isDigit(c) || !Character.isLetter(c) || !firstWord && rules.contains("function-word", w)) {
        // numbers, symbols and lowercase function words do not decide
      } else {
        return false;
      }
      firstWord = false;
    }
    return capitalised >= 2;
  }

  // ---- inside a line ----

  /** Parenthesised and trailing photo credits and upper-case teasers in {@code [b, e)}. */
  private void inline(String text, int b, int e, List<LayoutSpan> out) {
    String body = text.substring(b, e);
    int from = out.size();
    Matcher teaser = inlineTeaser.matcher(body);
    int teaserEnd = -1;
    while (teaser.find()) {
      if (teaser.start() < teaserEnd) {
        continue;
      }
      // the label is furniture; the headline it teases is a headline (of another story, still text)
      teaserEnd = teaserEnd(body, teaser.end());
      out.add(LayoutSpan.of(text, b + teaser.start(), b + teaser.end(), Kind.BOILERPLATE));
      int headline = teaser.end();
      while (headline < teaserEnd && space(body.charAt(headline))) {
        headline++;
      }
      if (headline < teaserEnd) {
        out.add(LayoutSpan.of(text, b + headline, b + teaserEnd, Kind.HEADLINE));
      }
    }
    Matcher paren = PARENTHESIS.matcher(body);
    while (paren.find()) {
      if (creditParenthesis(paren.group(1)) && !overlapsAny(out, from, b + paren.start(), b + paren.end())) {
        out.add(LayoutSpan.of(text, b + paren.start(), b + paren.end(), Kind.CREDIT));
      }
    }
    for (Pattern p : List.of(trailingSourceFirst, trailingSourceLast)) {
      Matcher t = p.matcher(body);
      if (t.find()) {
        int s = b + t.start();
        int end = body.endsWith(".") && t.end() == body.length() ? e - 1 : e;
        if (!overlapsAny(out, from, s, end)) {
          out.add(LayoutSpan.of(text, s, end, Kind.CREDIT));
        }
        break;
      }
    }
  }

  /**
   * Where a teaser that starts its text at {@code from} ends: after a parenthesis in capitals
   * ("(PHOTO, VIDEO)"), at its first full stop, or at the end of the line.
   */
  private static int teaserEnd(String body, int from) {
    Matcher caps = CAPS_PARENTHESIS.matcher(body);
    int end = body.length();
    if (caps.find(from)) {
      end = caps.end();
    }
    Matcher stop = FULL_STOP.matcher(body);
    if (stop.find(from) && stop.end() < end) {
      end = stop.end();
    }
    return end;
  }

  private static boolean overlapsAny(List<LayoutSpan> spans, int from, int b, int e) {
    for (int i = from; i < spans.size(); i++) {
      if (spans.get(i).begin() < e && b < spans.get(i).end()) {
        return true;
      }
    }
    return false;
  }

  // ---- helpers ----

  /** The words of a line, edge punctuation removed, words of punctuation alone dropped. */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    for (String raw : line.split("[\\s\u00a0]+")) {
      String w = raw.replaceAll("^[^\\p{L}\\p{N}@&]+", "").replaceAll("[^\\p{L}\\p{N}.&]+$", "");
      if (w.equals("&")) {
        out.add(w);
      } else if (!w.isEmpty() && w.chars().anyMatch(Character::isLetterOrDigit)) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean startsWithIgnoreCase(String s, String prefix) {
    return s.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
