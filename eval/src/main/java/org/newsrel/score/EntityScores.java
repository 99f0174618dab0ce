package org.newsrel.score;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Entity scores of one system over a corpus: per document, micro and macro, over the types
 * that were scored ({@code types}: all eight unless the gold set declares fewer).
 */
public record EntityScores(List<Document> documents, List<String> types) {

  /** One document's counts: per type exact and overlap, the nervaluate schemes, the errors. */
  public record Document(String name, Map<String, Prf> exact, Map<String, Prf> overlap,
      Map<NerScheme, NerCounts> nervaluate, List<SpanError> errors) {
    public Document {
      exact = Map.copyOf(exact);
      overlap = Map.copyOf(overlap);
      nervaluate = Map.copyOf(nervaluate);
      errors = List.copyOf(errors);
    }

    public Prf exactMicro() {
      return Prf.sum(exact.values());
    }

    public Prf exactNamed() {
      return EntityScorer.NAMED.stream().map(t -> exact.getOrDefault(t, Prf.ZERO)).reduce(Prf.ZERO, Prf::plus);
    }
  }

  public EntityScores {
    documents = List.copyOf(documents);
    types = List.copyOf(types);
  }

  /** Scores over all eight types. */
  public EntityScores(List<Document> documents) {
    this(documents, EntityScorer.LABELS);
  }

  public Prf exact(String type) {
    return Sums.prf(documents, Document::exact, type);
  }

  public Prf overlap(String type) {
    return Sums.prf(documents, Document::overlap, type);
  }

  /** Micro over the scored types (all eight unless the gold declares fewer), exact match. */
  public Prf exactMicro() {
    return sum(types, true);
  }

  public Prf overlapMicro() {
    return sum(types, false);
  }

  /** Micro over PERSON, ORGANIZATION, LOCATION, NATIONALITY (those scored), exact match. */
  public Prf exactNamed() {
    return sum(EntityScorer.NAMED, true);
  }

  public Prf overlapNamed() {
    return sum(EntityScorer.NAMED, false);
  }

  /** Mean over the scored types of their (micro) F1, types with no defined F1 skipped. */
  public OptionalDouble exactMacroOverTypes() {
    return Prf.macroF1(types.stream().map(this::exact).toList());
  }

  public OptionalDouble overlapMacroOverTypes() {
    return Prf.macroF1(types.stream().map(this::overlap).toList());
  }

  /** Mean over documents of the document's exact micro F1. */
  public OptionalDouble exactMacroOverDocuments() {
    return Prf.macroF1(exactMicroPerDocument());
  }

  public List<Prf> exactMicroPerDocument() {
    return documents.stream().map(Document::exactMicro).toList();
  }

  public List<Prf> exactNamedPerDocument() {
    return documents.stream().map(Document::exactNamed).toList();
  }

  public NerCounts nervaluate(NerScheme scheme) {
    NerCounts s = NerCounts.zero(scheme);
    for (Document d : documents) {
      s = s.plus(d.nervaluate().getOrDefault(scheme, NerCounts.zero(scheme)));
    }
    return s;
  }

  public Map<NerScheme, NerCounts> nervaluate() {
    Map<NerScheme, NerCounts> out = new EnumMap<>(NerScheme.class);
    for (NerScheme s : NerScheme.values()) {
      out.put(s, nervaluate(s));
    }
    return out;
  }

  public List<SpanError> errors() {
    List<SpanError> out = new ArrayList<>();
    documents.forEach(d -> out.addAll(d.errors()));
    return out;
  }

  private Prf sum(java.util.Collection<String> types, boolean exact) {
    Prf s = Prf.ZERO;
    for (String t : types) {
      s = s.plus(exact ? exact(t) : overlap(t));
    }
    return s;
  }
}
