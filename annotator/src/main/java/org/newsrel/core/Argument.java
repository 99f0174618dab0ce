package org.newsrel.core;

import java.util.List;
import java.util.Objects;

/**
 * A role-labelled argument of an event (Source, Cue, Content, Captor, Captive, ...).
 * Usually one fragment; a Content interrupted by its cue ({@code "A," he said, "B."})
 * may have several.
 *
 * @param role the brat role label
 * @param fragments one or more spans, in text order
 * @param canonicalId the entity id the argument refers to, or null
 * @param canonicalName the fullest name of that entity, or null
 */
public record Argument(String role, List<TextSpan> fragments, String canonicalId, String canonicalName) {

  public Argument {
    Objects.requireNonNull(role, "role");
    fragments = List.copyOf(fragments);
    if (fragments.isEmpty()) {
      throw new IllegalArgumentException("argument " + role + " has no span");
    }
    for (int i = 1; i < fragments.size(); i++) {
      if (fragments.get(i).begin() < fragments.get(i - 1).end()) {
        throw new IllegalArgumentException("fragments of " + role + " overlap or are out of order: " + fragments);
      }
    }
  }

  public static Argument of(String role, TextSpan span) {
    return new Argument(role, List.of(span), null, null);
  }

  public Argument withIdentity(String id, String name) {
    return new Argument(role, fragments, id, name);
  }

  public int begin() {
    return fragments.get(0).begin();
  }

  public int end() {
    return fragments.get(fragments.size() - 1).end();
  }

  @Override
  public String toString() {
    return role + fragments + (canonicalId == null ? "" : " =" + canonicalId);
  }
}
