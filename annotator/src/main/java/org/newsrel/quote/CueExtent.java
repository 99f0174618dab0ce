package org.newsrel.quote;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tokens of a Cue around its head word, as PolNeAR counts them: auxiliaries, negation
 * and adverbs right before it, its particle, a time expression or "in a statement / an
 * interview" right after it, and a governing "went on to" / "continued to".
 */
final class CueExtent {

  private static final Set<String> CUE_LEFT_RELATIONS = Set.of("aux", "aux:pass", "advmod", "neg", "cop");

  /**
   * Farthest (in tokens) after the cue a particle or fixed word, and before it a governing
   * "went on to", may join the Cue; chosen by hand with the first version of the rules
   * (commit de5bd42), not tuned on PolNeAR.
   */
  private static final int NEAR = 3;

  /** The nouns of "said in a statement" ({@code [list cue-medium]} of {@code cues.txt}). */
  private final Set<String> media;
  /** The verbs of "went on to say" ({@code [list cue-governor]} of {@code cues.txt}). */
  private final Set<String> governors;

  CueExtent(CueLexicon lexicon) {
    this.media = lexicon.list("cue-medium");
    this.governors = lexicon.list("cue-governor");
  }

  /**
   * The cue word with what PolNeAR counts as part of it: auxiliaries, negation and adverbs
   * right before it, its particle, a time expression or "in a statement / an interview"
   * right after it, and a governing "went on to" / "continued to".
   */
  TreeSet<Integer> of(SemanticGraph graph, IndexedWord cue) {
    TreeSet<Integer> idx = new TreeSet<>();
    idx.add(cue.index());
    Map<Integer, SemanticGraphEdge> children = new HashMap<>();
    for (SemanticGraphEdge e : graph.outgoingEdgeList(cue)) {
      children.put(e.getDependent().index(), e);
    }
    for (int i = cue.index() - 1; children.containsKey(i)
        && CUE_LEFT_RELATIONS.contains(children.get(i).getRelation().toString()); i--) {
      idx.add(i);
    }
    for (SemanticGraphEdge e : children.values()) {
      int d = e.getDependent().index();
      String rel = e.getRelation().toString();
      if ((rel.equals("compound:prt") || rel.equals("fixed")) && d > cue.index() && d <= cue.index() + NEAR) {
        idx.add(d);
      }
    }
    // right extensions, contiguous only: "said Thursday", "said in a statement"
    boolean grew = true;
    while (grew) {
      grew = false;
      for (SemanticGraphEdge e : children.values()) {
        IndexedWord d = e.getDependent();
        Set<Integer> sub = Clauses.subtree(graph, d);
        int first = ((TreeSet<Integer>) sub).first();
        if (first != idx.last() + 1 || !cueExtension(graph, e)) {
          continue;
        }
        idx.addAll(sub);
        grew = true;
      }
    }
    for (SemanticGraphEdge e : graph.incomingEdgeList(cue)) {
      IndexedWord gov = e.getGovernor();
      if (e.getRelation().toString().equals("xcomp") && gov.index() < cue.index() && cue.index() - gov.index() <= NEAR
          && governors.contains(gov.lemma())) {
        for (int i = gov.index(); i < cue.index(); i++) {
          idx.add(i);
        }
      }
    }
    return idx;
  }

  /** Auxiliaries, copula, negation and adverbs of {@code cue} right before the span so far. */
  static void extendLeft(SemanticGraph graph, IndexedWord cue, TreeSet<Integer> idx) {
    Map<Integer, String> left = new HashMap<>();
    for (SemanticGraphEdge e : graph.outgoingEdgeList(cue)) {
      left.put(e.getDependent().index(), e.getRelation().toString());
    }
    for (int i = idx.first() - 1; left.containsKey(i) && CUE_LEFT_RELATIONS.contains(left.get(i)); i--) {
      idx.add(i);
    }
  }

  private boolean cueExtension(SemanticGraph graph, SemanticGraphEdge e) {
    String rel = e.getRelation().toString();
    if (rel.equals("obl:tmod") || rel.equals("nmod:tmod") || rel.equals("obl:npmod")) {
      return true;
    }
    if (!rel.equals("obl")) {
      return false;
    }
    IndexedWord d = e.getDependent();
    if (!media.contains(d.lemma() == null ? "" : d.lemma().toLowerCase())) {
      return false;
    }
    for (IndexedWord c : graph.getChildren(d)) {
      if (c.word().equalsIgnoreCase("in")) {
        return true;
      }
    }
    return false;
  }
}
