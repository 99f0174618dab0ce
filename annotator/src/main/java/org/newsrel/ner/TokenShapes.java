package org.newsrel.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a token looks like, with no lexicon: capitals, acronyms, numerals, punctuation,
 * articles, possessives, and where it sits on its line. Every pattern is compiled once.
 */
final class TokenShapes {

  /** An acronym: two to six capital letters ("FBA", "NATO"). */
  static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");
  /** A numeral written in digits, with an optional percent sign ("10,000", "3.5%"). */
  static final Pattern DIGITS = Pattern.compile("[0-9][0-9.,]*%?");
  private static final Pattern PUNCT = Pattern.compile("\\p{Punct}+|[\u2013\u2014]");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> POSSESSIVES = Set.of("'s", "\u2019s", "'", "\u2019");

  private TokenShapes() {}

  static boolean isCapitalised(CoreLabel t) {
    String w = t.word();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  static boolean isAcronym(String w) {
    return ACRONYM.matcher(w).matches();
  }

  static boolean isDigits(String w) {
    return DIGITS.matcher(w).matches();
  }

  static boolean isPunct(CoreLabel t) {
    return PUNCT.matcher(t.word()).matches();
  }

  /** Punctuation other than "&", which belongs to names ("Foo & Bar"). */
  static boolean isEdgePunct(CoreLabel t) {
    String w = t.word();
    return !w.isEmpty() && w.codePoints().noneMatch(Character::isLetterOrDigit) && !w.equals("&");
  }

  static boolean isOpenParen(CoreLabel t) {
    return t.word().equals("(") || t.word().equals("-LRB-");
  }

  static boolean isCloseParen(CoreLabel t) {
    return t.word().equals(")") || t.word().equals("-RRB-");
  }

  static boolean isArticle(CoreLabel t) {
    return ARTICLES.contains(t.word().toLowerCase(Locale.ROOT));
  }

  static boolean isPossessive(CoreLabel t) {
    return "POS".equals(t.tag()) || POSSESSIVES.contains(t.word());
  }

  /** The words of tokens {@code from} to {@code to}, joined by single spaces. */
  static String phrase(List<CoreLabel> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(tokens.get(k).word());
    }
    return sb.toString();
  }

  /** Whether the line of {@code t} has letters and none of them lowercase (an ALL-CAPS headline or dateline). */
  static boolean onAllCapsLine(String text, CoreLabel t) {
    String line = lineOf(text, t);
    return line.codePoints().anyMatch(Character::isLetter) && line.codePoints().noneMatch(Character::isLowerCase);
  }

  /** Whether {@code t} is the only word on its line. */
  static boolean aloneOnLine(String text, CoreLabel t) {
    return lineOf(text, t).strip().equals(t.word());
  }

  /** The text of the line before {@code t}, up to its first character. */
  static String lineBefore(String text, CoreLabel t) {
    int b = text.lastIndexOf('\n', t.beginPosition() - 1) + 1;
    return text.substring(b, t.beginPosition());
  }

  private static String lineOf(String text, CoreLabel t) {
    int b = text.lastIndexOf('\n', t.beginPosition() - 1) + 1;
    int e = text.indexOf('\n', t.endPosition());
    return text.substring(b, e < 0 ? text.length() : e);
  }
}
