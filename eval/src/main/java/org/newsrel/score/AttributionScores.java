package org.newsrel.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Attribution scores of one system over a corpus. */
public record AttributionScores(List<Document> documents) {

  /**
   * One document's counts.
   *
   * @param contentMatched gold attributions aligned to a prediction by Content overlap
   */
  public record Document(String name, Map<String, Prf> exact, Map<String, Prf> overlap, Map<String, Prf> normalised,
      Accuracy speaker, Prf endToEnd, Accuracy kind, int contentMatched, List<SpanError> errors) {
    public Document {
      exact = Map.copyOf(exact);
      overlap = Map.copyOf(overlap);
      normalised = Map.copyOf(normalised);
      errors = List.copyOf(errors);
    }
  }

  public AttributionScores {
    documents = List.copyOf(documents);
  }

  public Prf exact(String role) {
    return Sums.prf(documents, Document::exact, role);
  }

  public Prf overlap(String role) {
    return Sums.prf(documents, Document::overlap, role);
  }

  public Prf normalised(String role) {
    return Sums.prf(documents, Document::normalised, role);
  }

  public List<Prf> overlapPerDocument(String role) {
    return documents.stream().map(d -> d.overlap().getOrDefault(role, Prf.ZERO)).toList();
  }

  public Accuracy speaker() {
    return documents.stream().map(Document::speaker).reduce(Accuracy.ZERO, Accuracy::plus);
  }

  public Accuracy kind() {
    return documents.stream().map(Document::kind).reduce(Accuracy.ZERO, Accuracy::plus);
  }

  public Prf endToEnd() {
    return Prf.sum(endToEndPerDocument());
  }

  public List<Prf> endToEndPerDocument() {
    return documents.stream().map(Document::endToEnd).toList();
  }

  /** Mean over documents of the end-to-end F1. */
  public OptionalDouble endToEndMacro() {
    return Prf.macroF1(endToEndPerDocument());
  }

  public List<SpanError> errors() {
    List<SpanError> out = new ArrayList<>();
    documents.forEach(d -> out.addAll(d.errors()));
    return out;
  }
}
