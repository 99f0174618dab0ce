package org.newsrel.score;

import org.newsrel.brat.BratDocument;
import org.newsrel.brat.BratFormatException;
import org.newsrel.brat.BratReader;

/** Builds small brat documents for tests: {@code t(text, "T1", "PERSON", "John")} finds the phrase. */
public final class Docs {

  private Docs() {}

  public static BratDocument doc(String name, String text, String... annLines) {
    try {
      return BratReader.parse(name, text, "test.ann", String.join("\n", annLines));
    } catch (BratFormatException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A T line for the first occurrence of {@code phrase}. */
  public static String t(String text, String id, String label, String phrase) {
    return t(text, id, label, phrase, 0);
  }

  /** A T line for the first occurrence of {@code phrase} at or after {@code from}. */
  public static String t(String text, String id, String label, String phrase, int from) {
    int b = text.indexOf(phrase, from);
    if (b < 0) {
      throw new IllegalArgumentException("'" + phrase + "' not in text");
    }
    return id + "\t" + label + " " + b + " " + (b + phrase.length()) + "\t" + phrase;
  }

  public static DocumentPair pair(BratDocument gold, BratDocument predicted) {
    return new DocumentPair(gold, predicted);
  }
}
