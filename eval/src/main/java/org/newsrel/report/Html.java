package org.newsrel.report;

/** HTML escaping for text and attribute values. */
final class Html {

  private Html() {}

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A string usable inside an id or CSS class: letters, digits, '-' and '_' only. */
  static String slug(String s) {
    return s.replaceAll("[^A-Za-z0-9_-]", "_");
  }
}
