package org.newsrel.ner;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Orthographic keys that let transliteration and hyphenation variants of a name meet
 * ("Gorbachev" / "Gorbachyov"; "Kim Il-sung" / "Kim Il Sung") without a list
 * of names, and the readable slugs used as ids.
 *
 * <p>The key of a name: accents removed, lowercased, every character that is not a letter
 * or digit dropped (hyphens, spaces, dots, brackets), doubled letters collapsed, and a
 * final {@code y}, {@code iy}, {@code yi} or {@code ii} of each word written {@code i}.
 */
public final class NameKey {

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");
  private static final Pattern NOT_ALPHANUMERIC_RUN = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
  private static final Pattern COMBINING_MARK = Pattern.compile("\\p{M}");

  private NameKey() {}

  /** The key of a whole name (words joined without separator). */
  public static String key(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : words(name)) {
      sb.append(wordKey(w));
    }
    return sb.toString();
  }

  /** Keys of the words of a name, in order ("Park Geun-hye" gives park, geunhye). */
  public static List<String> wordKeys(String name) {
    List<String> out = new ArrayList<>();
    for (String w : words(name)) {
      String k = wordKey(w);
      if (!k.isEmpty()) {
        out.add(k);
      }
    }
    return out;
  }

  /** Words of a name: split at white space only (a hyphenated word stays one word). */
  public static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : WHITE_SPACE.split(name.strip())) {
      if (!w.isEmpty() && w.chars().anyMatch(Character::isLetterOrDigit)) {
        out.add(w);
      }
    }
    return out;
  }

  static String wordKey(String word) {
    String s = NOT_ALPHANUMERIC.matcher(ascii(word).toLowerCase(Locale.ROOT)).replaceAll("");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        sb.append(s.charAt(i));
      }
    }
    String k = sb.toString();
    if (k.length() > 3) {
      if (k.endsWith("iy") || k.endsWith("yi")) {
        k = k.substring(0, k.length() - 2) + "i";
      } else if (k.endsWith("y")) {
        k = k.substring(0, k.length() - 1) + "i";
      }
    }
    return k;
  }

  /** The words of a GROUP name without a multiword head's "of war" ("prisoners of war" is headed by "prisoners"). */
  public static List<String> headWords(List<String> words) {
    int n = words.size();
    if (n >= 3 && words.get(n - 2).equalsIgnoreCase("of") && words.get(n - 1).equalsIgnoreCase("war")) {
      return words.subList(0, n - 2);
    }
    return words;
  }

  /** Readable id: ASCII, lowercase, runs of other characters as one hyphen ("volodymyr-zelensky"). */
  public static String slug(String name) {
    String s = NOT_ALPHANUMERIC_RUN.matcher(ascii(name).toLowerCase(Locale.ROOT)).replaceAll("-");
    s = EDGE_HYPHENS.matcher(s).replaceAll("");
    return s.isEmpty() ? "entity" : s;
  }

  private static String ascii(String s) {
    return COMBINING_MARK.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
  }
}
