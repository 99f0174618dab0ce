package org.newsrel.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One metric compared across systems.
 *
 * @param layer {@code entities}, {@code identity}, {@code attributions} or {@code relations}
 * @param metric e.g. {@code micro strict F1}
 * @param headline whether it is a headline F1 (with a bootstrap interval, charted in HTML)
 * @param cells per system, in system order
 */
public record MetricRow(String layer, String metric, boolean headline, Map<String, Cell> cells) {

  public MetricRow {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(metric, "metric");
    cells = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
  }

  public Cell cell(String system) {
    Cell c = cells.get(system);
    if (c == null) {
      throw new IllegalArgumentException("no system '" + system + "' in row " + metric);
    }
    return c;
  }
}
