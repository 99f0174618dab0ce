package org.newsrel.quote;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Set;
import java.util.TreeSet;

/**
 * Questions about reporting clauses in one sentence's basic dependencies, shared by the
 * stages that build attributions: whose subject a cue verb takes (its own, or the one it
 * borrows from the verb it hangs on), whether a verb continues a reporting verb the parser
 * coordinated with the reported clause, whether it is a subjectless past participle ("Asked
 * whether ..., X said"), and dependency subtrees.
 */
final class Clauses {

  private static final Set<String> BORROWING_RELATIONS = Set.of("advcl", "conj", "xcomp", "dep");

  private final CueLexicon lexicon;

  Clauses(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The reporting verb that {@code verb} continues although the parser coordinated it with
   * the reported clause: {@code verb} is a finite cue verb with no subject of its own, a
   * conj of the head of a clausal complement of a verb with the same tense ("said that the
   * army is exhausted and vowed to fight on": vowed continues said). A verb in another tense
   * ("said that the army is exhausted and wants to rest") belongs to the reported clause.
   * Null when there is none.
   */
  IndexedWord reportingVerbContinued(SemanticGraph graph, IndexedWord verb) {
    if (verb.tag() == null || !verb.tag().matches("VB[DZP]") || verb.lemma() == null
        || !lexicon.frames().containsKey(verb.lemma().toLowerCase()) || hasSubject(graph, verb)) {
      return null;
    }
    for (SemanticGraphEdge e : graph.incomingEdgeList(verb)) {
      if (!e.getRelation().toString().equals("conj")) {
        continue;
      }
      IndexedWord clause = e.getGovernor();
      for (SemanticGraphEdge c : graph.incomingEdgeList(clause)) {
        IndexedWord reporting = c.getGovernor();
        if (c.getRelation().toString().equals("ccomp") && reporting.index() < clause.index()
            && verb.tag().equals(reporting.tag())) {
          return reporting;
        }
      }
    }
    return null;
  }

  /**
   * The cue's own subject, or for a subjectless participle / coordinated verb, its
   * governor's (the reporting verb's when the verb continues the report).
   */
  IndexedWord subjectOf(SemanticGraph g, IndexedWord verb) {
    for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
      if (e.getRelation().toString().equals("nsubj")) {
        return e.getDependent();
      }
    }
    IndexedWord reporting = reportingVerbContinued(g, verb);
    if (reporting != null) {
      return subjectOf(g, reporting);
    }
    IndexedWord before = g.getNodeByIndexSafe(verb.index() - 1);
    if ("VBG".equals(verb.tag()) && before != null && before.word().equals(",")) {
      for (SemanticGraphEdge e : g.incomingEdgeList(verb)) {
        if (e.getRelation().toString().equals("acl")) {
          // "The agency, citing ..., said": the noun the participle modifies does the citing
          // ("voters supporting the bill": a restrictive modifier, not a source's act)
          return e.getGovernor();
        }
      }
    }
    for (SemanticGraphEdge e : g.incomingEdgeList(verb)) {
      if (BORROWING_RELATIONS.contains(e.getRelation().toString())) {
        for (SemanticGraphEdge s : g.outgoingEdgeList(e.getGovernor())) {
          if (s.getRelation().toString().equals("nsubj")) {
            return s.getDependent();
          }
        }
      }
    }
    return null;
  }

  /**
   * A participle that modifies a noun; when that noun is its source ("X, citing Y, said
   * ..."), its content ends with its own phrase and is not run on to the sentence end.
   */
  static boolean modifiesNoun(SemanticGraph graph, IndexedWord verb) {
    for (SemanticGraphEdge e : graph.incomingEdgeList(verb)) {
      String rel = e.getRelation().toString();
      if (rel.equals("acl") || rel.equals("amod")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A subjectless past participle heading an adverbial clause ("Asked whether she would
   * run, the governor said ...", "... when asked about it"): passive in meaning, so the
   * main clause's subject is the one asked or told, not a speaker.
   */
  static boolean passiveParticipleClause(SemanticGraph graph, IndexedWord verb) {
    if (!"VBN".equals(verb.tag()) || hasSubject(graph, verb)) {
      return false;
    }
    for (SemanticGraphEdge e : graph.outgoingEdgeList(verb)) {
      if (e.getRelation().toString().startsWith("aux")) {
        return false;
      }
    }
    for (SemanticGraphEdge e : graph.incomingEdgeList(verb)) {
      if (e.getRelation().toString().equals("advcl")) {
        return true;
      }
    }
    return false;
  }

  static boolean hasSubject(SemanticGraph graph, IndexedWord verb) {
    for (SemanticGraphEdge e : graph.outgoingEdgeList(verb)) {
      if (e.getRelation().toString().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  static Set<Integer> subtree(SemanticGraph graph, IndexedWord node) {
    Set<Integer> idx = new TreeSet<>();
    for (IndexedWord w : graph.descendants(node)) {
      idx.add(w.index());
    }
    return idx;
  }
}
