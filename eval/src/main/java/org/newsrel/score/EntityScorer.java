package org.newsrel.score;

import static org.newsrel.core.EntityTypes.DATE;
import static org.newsrel.core.EntityTypes.GROUP;
import static org.newsrel.core.EntityTypes.LOCATION;
import static org.newsrel.core.EntityTypes.NATIONALITY;
import static org.newsrel.core.EntityTypes.NUMBER;
import static org.newsrel.core.EntityTypes.ORGANIZATION;
import static org.newsrel.core.EntityTypes.PERSON;
import static org.newsrel.core.EntityTypes.TITLE;

import java.util.ArrayList;
import java.util.Collection;
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
 *
 * <p>A scorer may be limited to some of the types ({@link #EntityScorer(double, Collection)}),
 * for a gold set that labels only those: spans of the other types, gold or predicted, are
 * then left out of every figure, nervaluate's included.
 */
public final class EntityScorer {

  public static final List<String> LABELS = List.of(PERSON, ORGANIZATION, LOCATION, NATIONALITY, DATE,
      NUMBER, TITLE, GROUP);
  /** The named types, reported together as "named". */
  public static final Set<String> NAMED = Set.of(PERSON, ORGANIZATION, LOCATION, NATIONALITY);
  public static final String LAYER = "entity";

  private final double overlapThreshold;
  private final List<String> types;

  /** Scores all eight types. */
  public EntityScorer(double overlapThreshold) {
    this(overlapThreshold, LABELS);
  }

  /**
   * Scores only {@code types} (in {@link #LABELS} order), e.g. the entity labels a gold
   * set declares; every type must be one of {@link #LABELS}.
   */
  public EntityScorer(double overlapThreshold, Collection<String> types) {
    SpanMatcher.checkThreshold(overlapThreshold);
    for (String t : types) {
      if (!LABELS.contains(t)) {
        throw new IllegalArgumentException("not an entity type: " + t + " (types: " + LABELS + ")");
      }
    }
    this.overlapThreshold = overlapThreshold;
    this.types = LABELS.stream().filter(types::contains).toList();
  }

  /** The types this scorer scores, in {@link #LABELS} order. */
  public List<String> types() {
    return types;
  }

  public EntityScores score(List<DocumentPair> documents) {
    return new EntityScores(documents.stream().map(this::scoreDocument).toList(), types);
  }

  public EntityScores.Document scoreDocument(DocumentPair pair) {
    List<Span> gold = scored(entities(pair.gold()));
    List<Span> predicted = scored(entities(pair.predicted()));
    Map<String, Prf> exact = new LinkedHashMap<>();
    Map<String, Prf> overlap = new LinkedHashMap<>();
    List<SpanError> errors = new ArrayList<>();
    for (String label : types) {
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

  private List<Span> scored(List<Span> spans) {
    return types.size() == LABELS.size() ? spans : spans.stream().filter(s -> types.contains(s.label())).toList();
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
