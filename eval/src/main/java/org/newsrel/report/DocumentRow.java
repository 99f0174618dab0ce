package org.newsrel.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One document's headline scores per system, in the order of {@link #METRICS}.
 */
public record DocumentRow(String document, Map<String, List<Cell>> cells) {

  /** The per-document metrics, in column order. */
  public static final List<String> METRICS = List.of("entity strict F1", "attribution end-to-end F1",
      "relation strict event F1");

  public DocumentRow {
    Map<String, List<Cell>> copy = new LinkedHashMap<>();
    cells.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    cells = java.util.Collections.unmodifiableMap(copy);
  }
}
