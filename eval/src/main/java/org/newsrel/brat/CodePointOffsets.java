package org.newsrel.brat;

/**
 * brat offsets count Unicode code points; Java strings count UTF-16 units. For texts
 * without characters outside the BMP (nearly all news) the two are equal and this is
 * the identity; otherwise it converts both ways.
 */
final class CodePointOffsets {

  private final String text;
  private final boolean identity;
  private final int codePointCount;

  CodePointOffsets(String text) {
    this.text = text;
    this.codePointCount = text.codePointCount(0, text.length());
    this.identity = codePointCount == text.length();
  }

  /** Length of the text in code points. */
  int length() {
    return codePointCount;
  }

  /** Java string index of a code point offset in {@code [0, length()]}. */
  int toCharIndex(int codePointOffset) {
    return identity ? codePointOffset : text.offsetByCodePoints(0, codePointOffset);
  }

  /** Code point offset of a Java string index. */
  int toCodePoint(int charIndex) {
    return identity ? charIndex : text.codePointCount(0, charIndex);
  }
}
