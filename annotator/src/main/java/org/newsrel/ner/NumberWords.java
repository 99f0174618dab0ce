package org.newsrel.ner;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The numerals of group mentions ("two soldiers", "300 fighters", "dozens of"), one
 * definition for the group names of {@link DocumentIdentity} and the group keys of the identity
 * package: a number word or a written number, and the value of an exact one. English numerals
 * are a closed class of the grammar, so they stay here rather than in the lexicon.
 */
public final class NumberWords {

  /** "one" to "twelve", in order: a small number's value is its place plus one. */
  private static final List<String> SMALL = List.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve");
  private static final Set<String> WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds",
      "thousand", "thousands", "dozen", "dozens", "million", "millions");
  /** A written number, with thousands separators, decimals or a range dash ("2,700", "10-12"). */
  private static final Pattern WRITTEN = Pattern.compile("[0-9][0-9,.\u2013-]*");
  private static final Pattern PLAIN = Pattern.compile("[0-9]{1,12}");

  private NumberWords() {}

  /** True for a number word or a written number; {@code lower} is the word in lower case. */
  public static boolean isNumeral(String lower) {
    return WORDS.contains(lower) || WRITTEN.matcher(lower).matches();
  }

  /**
   * The value of an exact numeral ("two", "17", "2,700"), or null for none or a vague one
   * ("dozens", "thousands", a range).
   */
  public static Long exactValue(String numeral) {
    if (numeral == null) {
      return null;
    }
    int word = SMALL.indexOf(numeral);
    if (word >= 0) {
      return (long) word + 1;
    }
    String digits = numeral.replace(",", "");
    return PLAIN.matcher(digits).matches() ? Long.parseLong(digits) : null;
  }
}
