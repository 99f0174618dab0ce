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
   * @param speaker speaker accuracy through the corpus-wide id alignment (the headline)
   * @param speakerStrings speaker accuracy by equal id strings (the measure of earlier reports)
   * @param endToEnd end-to-end counts, speaker judged through the id alignment (the headline)
   * @param endToEndStrings end-to-end counts, speaker judged by equal id strings
   * @param contentMatched gold attributions aligned to a prediction by Content overlap
   * @param judged each predicted attribution that carries a confidence, with whether it is an
   *     end-to-end true positive
   */
  public record Document(String name, Map<String, Prf> exact, Map<String, Prf> overlap, Map<String, Prf> normalised,
      Accuracy speaker, Accuracy speakerStrings, Prf endToEnd, Prf endToEndStrings, Accuracy kind,
      int contentMatched, List<SpanError> errors, List<Calibration.Judged> judged) {
    public Document {
      exact = Map.copyOf(exact);
      overlap = Map.copyOf(overlap);
      normalised = Map.copyOf(normalised);
      errors = List.copyOf(errors);
      judged = List.copyOf(judged);
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

  public List<Prf> exactPerDocument(String role) {
    return documents.stream().map(d -> d.exact().getOrDefault(role, Prf.ZERO)).toList();
  }

  public List<Prf> overlapPerDocument(String role) {
    return documents.stream().map(d -> d.overlap().getOrDefault(role, Prf.ZERO)).toList();
  }

  public Accuracy speaker() {
    return documents.stream().map(Document::speaker).reduce(Accuracy.ZERO, Accuracy::plus);
  }

  /** Speaker accuracy by equal id strings, as reported before the id alignment. */
  public Accuracy speakerStrings() {
    return documents.stream().map(Document::speakerStrings).reduce(Accuracy.ZERO, Accuracy::plus);
  }

  /** End-to-end with the speaker judged by equal id strings, as reported before the id alignment. */
  public Prf endToEndStrings() {
    return Prf.sum(documents.stream().map(Document::endToEndStrings).toList());
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

  /**
   * How well the attributions' confidences match their end-to-end precision: empty when no
   * predicted attribution carries a confidence, or when every one carries the same (a
   * constant says nothing about which attributions are right).
   */
  public java.util.Optional<Calibration> calibration() {
    List<Calibration.Judged> all = new ArrayList<>();
    documents.forEach(d -> all.addAll(d.judged()));
    if (all.stream().mapToDouble(Calibration.Judged::confidence).distinct().count() < 2) {
      return java.util.Optional.empty();
    }
    int gold = documents.stream().mapToInt(d -> d.endToEnd().tp() + d.endToEnd().fn()).sum();
    return java.util.Optional.of(Calibration.of(all, gold));
  }

  public List<SpanError> errors() {
    List<SpanError> out = new ArrayList<>();
    documents.forEach(d -> out.addAll(d.errors()));
    return out;
  }
}
