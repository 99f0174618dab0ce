package org.newsrel.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsrel.internal.Json;
import org.newsrel.score.ErrorRecord;

/**
 * report.json: {@code format}, {@code options}, {@code systems}, {@code metrics} (layer,
 * metric, headline, and per system value / ci / detail / produced), {@code documents},
 * {@code error_counts} (system → layer → FP/FN), {@code notes} and {@code system_summaries}
 * (per system: {@code produced} and {@code not_produced} layers, {@code documents},
 * {@code missing_files}, {@code confusion} tables gold → predicted → count). Keys sorted;
 * arrays in report order; n/a and not produced are null (with {@code "produced": false}
 * for the latter).
 */
final class JsonReport {

  static final String FORMAT = "newsrel-eval-report/1";

  private JsonReport() {}

  static String render(EvalReport r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("overlap_threshold", r.options().overlapThreshold());
    options.put("bootstrap_seed", r.options().bootstrap().seed());
    options.put("bootstrap_samples", r.options().bootstrap().samples());
    options.put("confidence_level", r.options().bootstrap().level());
    root.put("options", options);
    root.put("systems", r.systems());
    List<Object> metrics = new ArrayList<>();
    for (MetricRow row : r.metrics()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("layer", row.layer());
      m.put("metric", row.metric());
      m.put("headline", row.headline());
      Map<String, Object> cells = new LinkedHashMap<>();
      row.cells().forEach((sys, c) -> cells.put(sys, cell(c)));
      m.put("systems", cells);
      metrics.add(m);
    }
    root.put("metrics", metrics);
    List<Object> docs = new ArrayList<>();
    for (DocumentRow d : r.documents()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("document", d.document());
      Map<String, Object> systems = new LinkedHashMap<>();
      d.cells().forEach((sys, cells) -> {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < DocumentRow.METRICS.size(); i++) {
          values.put(DocumentRow.METRICS.get(i), cell(cells.get(i)));
        }
        systems.put(sys, values);
      });
      m.put("systems", systems);
      docs.add(m);
    }
    root.put("documents", docs);
    Map<String, Map<String, Map<String, Integer>>> counts = new TreeMap<>();
    for (ErrorRecord e : r.errors()) {
      counts.computeIfAbsent(e.system(), k -> new TreeMap<>())
          .computeIfAbsent(e.layer(), k -> new TreeMap<>())
          .merge(e.kind().name(), 1, Integer::sum);
    }
    root.put("error_counts", counts);
    root.put("attribution_confidence", CalibrationReport.json(r));
    root.put("notes", r.notes());
    Map<String, Object> summaries = new LinkedHashMap<>();
    for (SystemSummary s : r.summaries()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("produced", s.production().layers());
      m.put("not_produced", s.production().missingLayers());
      m.put("documents", s.documents());
      m.put("missing_files", s.missing().size());
      m.put("missing", s.missing());
      Map<String, Object> confusion = new LinkedHashMap<>();
      confusion.put("entity_type", s.entityTypes().counts());
      confusion.put("kind", s.kinds().counts());
      confusion.put("modality", s.modalities().counts());
      m.put("confusion", confusion);
      summaries.put(s.system(), m);
    }
    root.put("system_summaries", summaries);
    return Json.write(root);
  }

  private static Map<String, Object> cell(Cell c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", c.value());
    m.put("ci", c.ci().map(i -> List.of(i.low(), i.high())).orElse(null));
    m.put("detail", c.detail());
    m.put("produced", c.produced());
    return m;
  }
}
