package org.newsrel.identity;

import java.util.ArrayList;
import java.util.List;
import org.newsrel.ner.NameKey;

/**
 * The key of one GROUP mention ({@link GroupIdentity}): affiliation, class, role and count;
 * mentions with equal keys share the id {@link #id}. {@code count} is empty except for a group
 * told apart from an earlier one of the same affiliation, class and role by a different exact
 * number ("17 Foo-ian soldiers were killed" after "300 Foo-ian soldiers were killed").
 */
record GroupKey(String affiliation, String headClass, String role, String count) {
  GroupKey(String affiliation, String headClass, String role) {
    this(affiliation, headClass, role, "");
  }

  /** The key without its count. */
  GroupKey base() {
    return count.isEmpty() ? this : new GroupKey(affiliation, headClass, role);
  }

  /** The slug of role, count, affiliation and class ({@code captured-north-korea-troops}). */
  String id() {
    List<String> parts = new ArrayList<>();
    if (!role.isEmpty()) {
      parts.add(role);
    }
    if (!count.isEmpty()) {
      parts.add(count);
    }
    if (!affiliation.isEmpty()) {
      parts.add(affiliation);
    }
    parts.add(headClass);
    return NameKey.slug(String.join(" ", parts));
  }
}
