package org.newsrel.brat;

import java.util.Objects;

/** A brat {@code R} line: {@code R1 Origin Arg1:T3 Arg2:T4}. */
public record Relation(String id, String type, String arg1Role, String arg1, String arg2Role, String arg2, int line) {
  public Relation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
  }
}
