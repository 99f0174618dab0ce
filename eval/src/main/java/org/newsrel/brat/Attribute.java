package org.newsrel.brat;

import java.util.Objects;

/** A brat {@code A} line: {@code A1 Kind E1 Direct}; value is "true" for a binary attribute. */
public record Attribute(String id, String name, String targetId, String value, int line) {
  public Attribute {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(value, "value");
  }
}
