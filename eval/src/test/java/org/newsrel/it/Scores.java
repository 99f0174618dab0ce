package org.newsrel.it;

import java.util.OptionalDouble;
import org.newsrel.report.Cell;
import org.newsrel.report.EvalReport;
import org.newsrel.report.MetricRow;

/** Looks up one number in an evaluation report. */
final class Scores {

  private Scores() {}

  static double get(EvalReport report, String layer, String metric, String system) {
    for (MetricRow row : report.metrics()) {
      if (row.layer().equals(layer) && row.metric().equals(metric)) {
        Cell c = row.cells().get(system);
        OptionalDouble v = c == null ? OptionalDouble.empty() : c.value();
        return v.isPresent() ? v.getAsDouble() : Double.NaN;
      }
    }
    throw new AssertionError("no metric '" + metric + "' in layer " + layer);
  }
}
