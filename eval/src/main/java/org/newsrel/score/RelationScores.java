package org.newsrel.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedSet;

/** Relation scores of one system over a corpus; role keys are {@code "Type Role"}. */
public record RelationScores(List<Document> documents) {

  /** One document's counts, keyed by event type or by {@code "Type Role"}. */
  public record Document(String name, Map<String, Prf> triggerExact, Map<String, Prf> triggerOverlap,
      Map<String, Prf> strict, Map<String, Accuracy> modality, Map<String, Prf> roleHead, Map<String, Prf> roleExact,
      Map<String, Prf> roleOverlap, List<SpanError> errors) {
    public Document {
      triggerExact = Map.copyOf(triggerExact);
      triggerOverlap = Map.copyOf(triggerOverlap);
      strict = Map.copyOf(strict);
      modality = Map.copyOf(modality);
      roleHead = Map.copyOf(roleHead);
      roleExact = Map.copyOf(roleExact);
      roleOverlap = Map.copyOf(roleOverlap);
      errors = List.copyOf(errors);
    }

    /** Strict events summed over types. */
    public Prf strictAll() {
      return Prf.sum(strict.values());
    }
  }

  public RelationScores {
    documents = List.copyOf(documents);
  }

  /** Event types seen in gold or predictions, sorted. */
  public SortedSet<String> types() {
    return Sums.keys(documents, Document::triggerOverlap);
  }

  /** {@code "Type Role"} keys seen, sorted. */
  public SortedSet<String> roles() {
    return Sums.keys(documents, Document::roleHead);
  }

  public Prf triggerExact(String type) {
    return Sums.prf(documents, Document::triggerExact, type);
  }

  public Prf triggerOverlap(String type) {
    return Sums.prf(documents, Document::triggerOverlap, type);
  }

  public Prf strict(String type) {
    return Sums.prf(documents, Document::strict, type);
  }

  public Accuracy modality(String type) {
    return Sums.accuracy(documents, Document::modality, type);
  }

  public Prf roleHead(String typeRole) {
    return Sums.prf(documents, Document::roleHead, typeRole);
  }

  public Prf roleExact(String typeRole) {
    return Sums.prf(documents, Document::roleExact, typeRole);
  }

  public Prf roleOverlap(String typeRole) {
    return Sums.prf(documents, Document::roleOverlap, typeRole);
  }

  /** Strict events over all types. */
  public Prf strictAll() {
    return Prf.sum(documents.stream().map(Document::strictAll).toList());
  }

  public OptionalDouble strictMacroOverDocuments() {
    return Prf.macroF1(documents.stream().map(Document::strictAll).toList());
  }

  public List<Prf> triggerOverlapPerDocument(String type) {
    return documents.stream().map(d -> d.triggerOverlap().getOrDefault(type, Prf.ZERO)).toList();
  }

  public List<Prf> strictPerDocument(String type) {
    return documents.stream().map(d -> d.strict().getOrDefault(type, Prf.ZERO)).toList();
  }

  public List<SpanError> errors() {
    List<SpanError> out = new ArrayList<>();
    documents.forEach(d -> out.addAll(d.errors()));
    return out;
  }
}
