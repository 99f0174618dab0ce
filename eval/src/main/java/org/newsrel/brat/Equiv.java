package org.newsrel.brat;

import java.util.List;

/** A brat {@code *} line: {@code * Equiv T1 T2 T3}. */
public record Equiv(String type, List<String> ids, int line) {
  public Equiv {
    ids = List.copyOf(ids);
  }
}
