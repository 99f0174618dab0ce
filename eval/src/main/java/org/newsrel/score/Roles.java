package org.newsrel.score;

/** brat numbers repeated argument roles ({@code Content2}); scorers fold them into the base role. */
final class Roles {

  private Roles() {}

  static String base(String role) {
    int end = role.length();
    while (end > 1 && Character.isDigit(role.charAt(end - 1))) {
      end--;
    }
    return role.substring(0, end);
  }
}
