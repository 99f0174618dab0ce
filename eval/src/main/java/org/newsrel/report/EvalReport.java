package org.newsrel.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsrel.score.ErrorRecord;

/**
 * The result of {@link Evaluation#run}: everything the report writers render, already in
 * report order (systems as given, metrics by layer, documents and errors sorted by
 * document and offset).
 *
 * @param systems system names in the order given
 * @param metrics comparison rows, by layer
 * @param documents per-document headline scores, sorted by document name
 * @param errors every false positive and false negative, sorted by document then offset
 * @param notes corpus notes, warnings and errors (gold first, then each system)
 * @param scores the full scores per system (for detail views)
 * @param summaries per system, in system order: what it produces, missing files, confusion tables
 * @param gold what the gold annotates: a layer it lacks has no metric rows and no errors
 */
public record EvalReport(EvalOptions options, List<String> systems, List<MetricRow> metrics,
    List<DocumentRow> documents, List<ErrorRecord> errors, List<String> notes, Map<String, SystemScores> scores,
    List<SystemSummary> summaries, org.newsrel.score.Production gold) {

  public static final List<String> LAYERS = org.newsrel.score.Production.LAYERS;
  /** The layer of the one-event-per-window rows ({@code eval --one-event-per-window}). */
  public static final String WINDOW_LAYER = org.newsrel.score.Production.RELATIONS_ONE_EVENT_PER_WINDOW;

  /** The layers to show: {@link #LAYERS}, then {@link #WINDOW_LAYER} when the gold was scored that way. */
  public List<String> layers() {
    return options.oneEventPerWindow()
        ? java.util.stream.Stream.concat(LAYERS.stream(), java.util.stream.Stream.of(WINDOW_LAYER)).toList()
        : LAYERS;
  }

  public EvalReport {
    systems = List.copyOf(systems);
    metrics = List.copyOf(metrics);
    documents = List.copyOf(documents);
    errors = List.copyOf(errors);
    notes = List.copyOf(notes);
    scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    summaries = List.copyOf(summaries);
    java.util.Objects.requireNonNull(gold, "gold");
    if (!summaries.stream().map(SystemSummary::system).toList().equals(systems)) {
      throw new IllegalArgumentException("summaries must follow the systems' order " + systems);
    }
  }

  /** The summary of this system. */
  public SystemSummary summary(String system) {
    return summaries.stream().filter(s -> s.system().equals(system)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no system '" + system + "'"));
  }

  public List<MetricRow> metrics(String layer) {
    return metrics.stream().filter(r -> r.layer().equals(layer)).toList();
  }

  /** The row with this layer and metric name. */
  public MetricRow metric(String layer, String metric) {
    return metrics.stream().filter(r -> r.layer().equals(layer) && r.metric().equals(metric)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no metric '" + metric + "' in layer " + layer));
  }
}
