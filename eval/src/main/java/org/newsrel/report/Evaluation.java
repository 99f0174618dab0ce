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
import org.newsrel.score.CoreNlpSentences;
import org.newsrel.score.DocumentPair;
import org.newsrel.score.EntityScorer;
import org.newsrel.score.ErrorRecord;
import org.newsrel.score.IdentityScorer;
import org.newsrel.score.Prf;
import org.newsrel.score.Production;
import org.newsrel.score.Confusion;
import org.newsrel.score.RelationScorer;
import org.newsrel.score.SpanError;
import org.newsrel.score.WindowEventScorer;

/**
 * Scores each system's predictions against the gold corpus on every layer and assembles
 * the {@link EvalReport}. Every gold document is in every system's denominator: a
 * prediction missing from a system's corpus is scored as empty (with a note, and counted in
 * its {@link SystemSummary}). What a system does not produce at all ({@link Production}:
 * decided from its output) is reported as "not produced": its cells say so instead of 0,
 * its misses there are not listed as errors, and a note names it. Pure: reads nothing,
 * writes nothing.
 */
public final class Evaluation {

  private Evaluation() {}

  public static EvalReport run(EvalOptions options, BratCorpus gold, LinkedHashMap<String, BratCorpus> predictions) {
    return run(options, gold, predictions, Map.of());
  }

  /**
   * As {@link #run(EvalOptions, BratCorpus, LinkedHashMap)}, with the rules and confidences
   * of the systems that wrote them (shown in the HTML report; absent systems have none).
   */
  public static EvalReport run(EvalOptions options, BratCorpus gold, LinkedHashMap<String, BratCorpus> predictions,
      Map<String, Provenance> provenance) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predictions, "predictions");
    Objects.requireNonNull(provenance, "provenance");
    List<String> notes = new ArrayList<>();
    if (options.oneEventPerWindow()) {
      notes.add("gold scored as one event per window (RAMS-style, --one-event-per-window): trigger recall; "
          + "sentence-local precision, where a prediction that matches no gold trigger is wrong only inside "
          + "the sentence of a gold trigger of its type (CoreNLP ssplit) and not counted elsewhere; argument "
          + "recall (head match) over matched events, per role. The plain relation rows count every "
          + "unannotated event as a false positive");
    }
    gold.notes().forEach(n -> notes.add("gold: " + n));
    gold.errors().forEach(e -> notes.add("gold: error: " + e.getMessage()));
    List<BratDocument> goldDocs = gold.documents().stream()
        .sorted(java.util.Comparator.comparing(BratDocument::name)).toList();
    List<String> entityTypes = entityTypes(gold.declaredLabels());
    if (entityTypes.size() < EntityScorer.LABELS.size()) {
      notes.add("entities: only " + String.join(", ", entityTypes) + " scored (the gold set's "
          + BratCorpus.LABELS_FILE + "); predictions of the other types are left out, not counted as false positives");
    }

    // A layer the gold does not annotate at all (PolNeAR has attributions only) is not
    // scored: every prediction there would be a "false positive".
    Production goldProduction = Production.of(goldDocs);
    if (!goldProduction.missingLayers().isEmpty()) {
      notes.add("gold: no annotation of " + String.join(", ", goldProduction.missingLayers())
          + " in any file: not scored, no errors listed there");
    }
    Map<String, SystemScores> scores = new LinkedHashMap<>();
    Map<String, Production> production = new LinkedHashMap<>();
    List<SystemSummary> summaries = new ArrayList<>();
    List<ErrorRecord> errors = new ArrayList<>();
    for (Map.Entry<String, BratCorpus> e : predictions.entrySet()) {
      String system = e.getKey();
      BratCorpus corpus = e.getValue();
      corpus.notes().forEach(n -> notes.add(system + ": " + n));
      for (BratFormatException x : corpus.errors()) {
        notes.add(system + ": error: " + x.getMessage());
      }
      Set<String> missing = new TreeSet<>(corpus.missing());
      List<DocumentPair> pairs = pair(system, goldDocs, corpus, notes, missing);
      Production p = Production.of(corpus.documents());
      notProduced(system, p, notes);
      SystemScores s = score(system, pairs, options, entityTypes);
      scores.put(system, s);
      production.put(system, p);
      errors.addAll(errorRecords(s).stream().filter(r -> p.producesError(r.layer(), r.label())
          && goldProduction.produces(Production.layerOfError(r.layer()))).toList());
      double t = options.overlapThreshold();
      summaries.add(new SystemSummary(system, p, goldDocs.size(), List.copyOf(missing), Confusion.entityTypes(pairs),
          Confusion.kinds(pairs, t), Confusion.modalities(pairs, t), provenance.getOrDefault(system, Provenance.NONE)));
    }
    errors.sort(null);
    List<String> systems = List.copyOf(predictions.keySet());
    List<MetricRow> rows = MetricTable.rows(systems, scores, production, options.bootstrap()).stream()
        .filter(r -> goldProduction.produces(r.layer())).toList();
    return new EvalReport(options, systems, rows, documentRows(goldDocs, systems, scores, production, goldProduction),
        errors, notes, scores, summaries, goldProduction);
  }

  /** A note naming the layers, and within produced layers the types and roles, that the system's output lacks. */
  private static void notProduced(String system, Production p, List<String> notes) {
    List<String> parts = new ArrayList<>(p.missingLayers());
    if (p.produces(Production.ENTITIES)) {
      EntityScorer.LABELS.stream().filter(l -> !p.producesEntityType(l)).forEach(l -> parts.add("entity type " + l));
    }
    if (p.produces(Production.ATTRIBUTIONS)) {
      AttributionScorer.ROLES.stream().filter(r -> !p.producesRole(r)).forEach(r -> parts.add("attribution " + r));
    }
    if (!parts.isEmpty()) {
      notes.add(system + ": not produced (no annotation with these labels in any of its files; scored as not "
          + "produced, their misses not listed as errors): " + String.join(", ", parts));
    }
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
        new AttributionScorer(t).score(pairs), new RelationScorer(t).score(pairs),
        options.oneEventPerWindow()
            ? Optional.of(new WindowEventScorer(t, CoreNlpSentences.INSTANCE).score(pairs))
            : Optional.empty());
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

  private static List<DocumentPair> pair(String system, List<BratDocument> gold, BratCorpus corpus, List<String> notes,
      Set<String> missing) {
    List<DocumentPair> pairs = new ArrayList<>();
    Set<String> goldNames = new TreeSet<>();
    for (BratDocument g : gold) {
      goldNames.add(g.name());
      Optional<BratDocument> p = corpus.document(g.name());
      if (p.isEmpty()) {
        missing.add(g.name());
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
    s.windows().ifPresent(w -> all.addAll(w.errors()));
    return all.stream().map(e -> ErrorRecord.of(s.system(), e, texts.get(e.span().document()))).toList();
  }

  private static List<DocumentRow> documentRows(List<BratDocument> gold, List<String> systems,
      Map<String, SystemScores> scores, Map<String, Production> production, Production goldProduction) {
    List<DocumentRow> rows = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      Map<String, List<Cell>> cells = new LinkedHashMap<>();
      for (String system : systems) {
        SystemScores s = scores.get(system);
        Prf ent = s.entities().documents().get(i).exactMicro();
        Prf att = s.attributions().documents().get(i).endToEnd();
        Prf rel = s.relations().documents().get(i).strictAll();
        Production p = production.get(system);
        cells.put(system, List.of(cell(p, goldProduction, Production.ENTITIES, ent),
            cell(p, goldProduction, Production.ATTRIBUTIONS, att), cell(p, goldProduction, Production.RELATIONS, rel)));
      }
      rows.add(new DocumentRow(gold.get(i).name(), cells));
    }
    return rows;
  }

  private static Cell cell(Production p, Production gold, String layer, Prf f) {
    if (!gold.produces(layer)) {
      return Cell.of(java.util.OptionalDouble.empty(), "not in gold");
    }
    return p.produces(layer) ? Cell.of(f.f1(), f) : Cell.notProduced();
  }
}
