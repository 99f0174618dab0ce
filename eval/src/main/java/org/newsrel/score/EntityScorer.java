package org.newsrel.score;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsrel.brat.BratDocument;
import org.newsrel.brat.TextBound;

/**
 * Scores the entity layer: text-bounds whose label is one of {@link #LABELS}. Per type,
 * exact match (same label, identical fragments) and overlap match (same label, Jaccard at
 * least the threshold), both one-to-one; the four nervaluate schemes over all eight types.
 * Errors listed are those of exact matching.
 */
public final class EntityScorer {

  public static final List<String> LABELS = List.of("PERSON", "ORGANIZATION", "LOCATION", "NATIONALITY", "DATE",
      "NUMBER", "TITLE", "GROUP");
  /** The named types, reported together as "named". */
  public static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION", "LOCATION", "NATIONALITY");
  public static final String LAYER = "entity";

  private final double overlapThreshold;

  public EntityScorer(double overlapThreshold) {
    SpanMatcher.checkThreshold(overlapThreshold);
    this.overlapThreshold = overlapThreshold;
  }

  public EntityScores score(List<DocumentPair> documents) {
    return new EntityScores(documents.stream().map(this::scoreDocument).toList());
  }

  public EntityScores.Document scoreDocument(DocumentPair pair) {
    List<Span> gold = entities(pair.gold());
    List<Span> predicted = entities(pair.predicted());
    Map<String, Prf> exact = new LinkedHashMap<>();
    Map<String, Prf> overlap = new LinkedHashMap<>();
    List<SpanError> errors = new ArrayList<>();
    for (String label : LABELS) {
      List<Span> g = gold.stream().filter(s -> s.label().equals(label)).toList();
      List<Span> p = predicted.stream().filter(s -> s.label().equals(label)).toList();
      Alignment<Span> ex = SpanMatcher.exactSameLabel(g, p);
      exact.put(label, ex.prf());
      overlap.put(label, SpanMatcher.overlapSameLabel(g, p, overlapThreshold).prf());
      errors.addAll(SpanError.of(LAYER, ex));
    }
    Map<NerScheme, NerCounts> ner = new EnumMap<>(NerScheme.class);
    for (NerScheme s : NerScheme.values()) {
      ner.put(s, Nervaluate.count(s, gold, predicted));
    }
    errors.sort(null);
    return new EntityScores.Document(pair.name(), exact, overlap, ner, errors);
  }

  /** The entity spans of a document, in offset order. */
  public static List<Span> entities(BratDocument d) {
    List<Span> out = new ArrayList<>();
    for (TextBound t : d.textBounds()) {
      if (LABELS.contains(t.label())) {
        out.add(Span.of(d.name(), t));
      }
    }
    out.sort(null);
    return out;
  }
}
