package org.newsrel.relation;

import static org.newsrel.core.EntityTypes.DATE;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsrel.core.EntityMention;
import org.newsrel.core.TextSpan;
import org.newsrel.relation.RelationRules.ArgumentKind;

/**
 * Turns an argument's head word into its span, following the gold conventions: the noun
 * phrase with determiner and premodifiers (det, nummod, amod, compound, possessor, flat
 * names) but without post-modifiers (relative clauses, participial phrases,
 * appositions, prepositional phrases); a Place keeps its {@code of}-phrase ("the region
 * of the northern province"); a Time is its DATE/TIME expression without the preposition.
 */
final class ArgumentSpans {

  /** Relations from the head that stay inside the noun phrase. */
  private static final Set<String> HEAD_RELATIONS = Set.of(
      "det", "det:predet", "nummod", "amod", "compound", "compound:prt", "nmod:poss",
      "flat", "flat:foreign", "fixed", "nmod:npmod");

  /** Further relations allowed below a premodifier ("the city 's", "about 40", "French and British"). */
  private static final Set<String> INNER_RELATIONS = Set.of("case", "cc", "advmod", "punct", "conj");

  private ArgumentSpans() {}

  static TextSpan span(String text, SemanticGraph graph, IndexedWord head, ArgumentKind kind, List<CoreLabel> tokens,
      List<EntityMention> entities) {
    Set<Integer> indices = new HashSet<>();
    collect(graph, head, true, indices, new HashSet<>());
    if (kind == ArgumentKind.PLACE) {
      for (SemanticGraphEdge e : graph.outgoingEdgeList(head)) {
        if (e.getRelation().toString().equals("nmod:of") && e.getDependent().index() > head.index()) {
          collectWithOf(graph, e.getDependent(), indices);
        }
      }
    }
    if (kind == ArgumentKind.TIME) {
      // the entity layer's DATE mention around the head, if any ("January 11", "last autumn")
      CoreLabel headToken = tokens.get(head.index() - 1);
      for (EntityMention m : entities) {
        if (m.type().equals(DATE) && m.span().begin() <= headToken.beginPosition()
            && headToken.endPosition() <= m.span().end()) {
          for (int i = 1; i <= tokens.size(); i++) {
            CoreLabel t = tokens.get(i - 1);
            if (m.span().begin() <= t.beginPosition() && t.endPosition() <= m.span().end()) {
              indices.add(i);
            }
          }
        }
      }
      String ner = head.ner();
      if (ner != null && (ner.equals(DATE) || ner.equals("TIME"))) {
        for (int i = head.index() - 1; i >= 1 && ner.equals(tokens.get(i - 1).ner()); i--) {
          indices.add(i);
        }
        for (int i = head.index() + 1; i <= tokens.size() && ner.equals(tokens.get(i - 1).ner()); i++) {
          indices.add(i);
        }
      }
    }
    int min = indices.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int max = indices.stream().mapToInt(Integer::intValue).max().orElseThrow();
    while (min < head.index() && isEdge(tokens.get(min - 1))) {
      min++;
    }
    while (max > head.index() && isEdge(tokens.get(max - 1))) {
      max--;
    }
    return TextSpan.of(text, tokens.get(min - 1).beginPosition(), tokens.get(max - 1).endPosition());
  }

  private static void collectWithOf(SemanticGraph graph, IndexedWord node, Set<Integer> indices) {
    collect(graph, node, true, indices, new HashSet<>());
    for (SemanticGraphEdge e : graph.outgoingEdgeList(node)) {
      if (e.getRelation().toString().equals("nmod:of") && e.getDependent().index() > node.index()) {
        collectWithOf(graph, e.getDependent(), indices);
      }
    }
    // the "of" itself sits between the head and the nested noun; the range covers it
  }

  private static void collect(SemanticGraph graph, IndexedWord node, boolean top, Set<Integer> indices,
      Set<IndexedWord> seen) {
    if (!seen.add(node)) {
      return;
    }
    indices.add(node.index());
    for (SemanticGraphEdge e : graph.outgoingEdgeList(node)) {
      String rel = e.getRelation().toString();
      String base = rel.startsWith("conj") ? "conj" : rel;
      boolean ok = HEAD_RELATIONS.contains(rel) || (!top && INNER_RELATIONS.contains(base));
      if (ok) {
        collect(graph, e.getDependent(), false, indices, seen);
      }
    }
  }

  /** Punctuation, prepositions and conjunctions never start or end an argument span. */
  private static boolean isEdge(CoreLabel token) {
    String tag = token.tag();
    return tag == null || tag.equals("IN") || tag.equals("TO") || tag.equals("CC") || tag.equals(",")
        || tag.equals(".") || tag.equals(":") || tag.equals("``") || tag.equals("''") || tag.equals("-LRB-")
        || tag.equals("-RRB-") || tag.equals("HYPH");
  }
}
