package org.newsrel.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsrel.brat.BratCorpus;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.BratFormatException;
import org.newsrel.score.AttributionScorer;
import org.newsrel.score.DocumentPair;
import org.newsrel.score.EntityScorer;
import org.newsrel.score.ErrorRecord;
import org.newsrel.score.IdentityScorer;
import org.newsrel.score.Prf;
import org.newsrel.score.RelationScorer;
import org.newsrel.score.SpanError;

/**
 * Scores each system's predictions against the gold corpus on every layer and assembles
 * the {@link EvalReport}. Every gold document is in every system's denominator: a
 * prediction missing from a system's corpus is scored as empty (with a note). Pure: reads
 * nothing, writes nothing.
 */
public final class Evaluation {

  private Evaluation() {}

  public static EvalReport run(EvalOptions options, BratCorpus gold, LinkedHashMap<String, BratCorpus> predictions) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predictions, "predictions");
    List<String> notes = new ArrayList<>();
    gold.notes().forEach(n -> notes.add("gold: " + n));
    gold.errors().forEach(e -> notes.add("gold: error: " + e.getMessage()));
    List<BratDocument> goldDocs = gold.documents().stream()
        .sorted(java.util.Comparator.comparing(BratDocument::name)).toList();
    List<String> entityTypes = entityTypes(gold.declaredLabels());
    if (entityTypes.size() < EntityScorer.LABELS.size()) {
      notes.add("entities: only " + String.join(", ", entityTypes) + " scored (the gold set's "
          + BratCorpus.LABELS_FILE + "); predictions of the other types are left out, not counted as false positives");
    }

    Map<String, SystemScores> scores = new LinkedHashMap<>();
    List<ErrorRecord> errors = new ArrayList<>();
    for (Map.Entry<String, BratCorpus> e : predictions.entrySet()) {
      String system = e.getKey();
      BratCorpus corpus = e.getValue();
      corpus.notes().forEach(n -> notes.add(system + ": " + n));
      for (BratFormatException x : corpus.errors()) {
        notes.add(system + ": error: " + x.getMessage());
      }
      List<DocumentPair> pairs = pair(system, goldDocs, corpus, notes);
      SystemScores s = score(system, pairs, options, entityTypes);
      scores.put(system, s);
      errors.addAll(errorRecords(s));
    }
    errors.sort(null);
    List<String> systems = List.copyOf(predictions.keySet());
    return new EvalReport(options, systems, MetricTable.rows(systems, scores, options.bootstrap()),
        documentRows(goldDocs, systems, scores), errors, notes, scores);
  }

  /** Scores one system's document pairs on all four layers, all eight entity types. */
  public static SystemScores score(String system, List<DocumentPair> pairs, EvalOptions options) {
    return score(system, pairs, options, EntityScorer.LABELS);
  }

  /** Scores one system's document pairs on all four layers, the entity layer on {@code entityTypes}. */
  public static SystemScores score(String system, List<DocumentPair> pairs, EvalOptions options,
      List<String> entityTypes) {
    double t = options.overlapThreshold();
    return new SystemScores(system, pairs, new EntityScorer(t, entityTypes).score(pairs), IdentityScorer.score(pairs),
        new AttributionScorer(t).score(pairs), new RelationScorer(t).score(pairs));
  }

  /**
   * The entity types to score: all eight, or those a gold set declares (declared labels that
   * are not entity types, e.g. Source, name other layers and are ignored here).
   */
  static List<String> entityTypes(Set<String> declared) {
    if (declared.isEmpty()) {
      return EntityScorer.LABELS;
    }
    return EntityScorer.LABELS.stream().filter(declared::contains).toList();
  }

  private static List<DocumentPair> pair(String system, List<BratDocument> gold, BratCorpus corpus, List<String> notes) {
    List<DocumentPair> pairs = new ArrayList<>();
    Set<String> goldNames = new TreeSet<>();
    for (BratDocument g : gold) {
      goldNames.add(g.name());
      Optional<BratDocument> p = corpus.document(g.name());
      if (p.isEmpty()) {
        notes.add(system + ": warning: no prediction for " + g.name() + "; scored as an empty prediction");
        pairs.add(new DocumentPair(g, BratDocument.empty(g.name(), g.text())));
      } else {
        if (!p.get().text().equals(g.text())) {
          notes.add(system + ": warning: the text of " + g.name() + " differs from the gold text; "
              + "offsets are compared as they are");
        }
        pairs.add(new DocumentPair(g, p.get()));
      }
    }
    Set<String> extra = new TreeSet<>();
    corpus.documents().forEach(d -> {
      if (!goldNames.contains(d.name())) {
        extra.add(d.name());
      }
    });
    if (!extra.isEmpty()) {
      notes.add(system + ": warning: " + extra.size() + " predicted document(s) without gold ignored: "
          + String.join(", ", extra));
    }
    return pairs;
  }

  private static List<ErrorRecord> errorRecords(SystemScores s) {
    Map<String, String> texts = new LinkedHashMap<>();
    s.documents().forEach(d -> texts.put(d.name(), d.text()));
    List<SpanError> all = new ArrayList<>(s.entities().errors());
    all.addAll(s.attributions().errors());
    all.addAll(s.relations().errors());
    return all.stream().map(e -> ErrorRecord.of(s.system(), e, texts.get(e.span().document()))).toList();
  }

  private static List<DocumentRow> documentRows(List<BratDocument> gold, List<String> systems,
      Map<String, SystemScores> scores) {
    List<DocumentRow> rows = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      Map<String, List<Cell>> cells = new LinkedHashMap<>();
      for (String system : systems) {
        SystemScores s = scores.get(system);
        Prf ent = s.entities().documents().get(i).exactMicro();
        Prf att = s.attributions().documents().get(i).endToEnd();
        Prf rel = s.relations().documents().get(i).strictAll();
        cells.put(system, List.of(Cell.of(ent.f1(), ent), Cell.of(att.f1(), att), Cell.of(rel.f1(), rel)));
      }
      rows.add(new DocumentRow(gold.get(i).name(), cells));
    }
    return rows;
  }
}
