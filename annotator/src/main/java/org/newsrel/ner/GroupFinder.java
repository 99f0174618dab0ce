package org.newsrel.ner;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsrel.core.TextSpan;

/**
 * GROUP mentions from the dependency parse: a plural noun whose lemma is a person-group
 * noun of the lexicon ({@code [group-noun]}: soldiers, troops, forces, officials, ...) or a
 * plural demonym ("Foo-ians"), when it refers (not a predicate nominal: no copula, no
 * "as" case marker) and is not part of a name. The span runs from the leftmost numeral,
 * adjective or compound modifier (with their own subtrees, so "North Korean" and
 * "10,000-12,000" come whole) to the head; determiners, possessors, quantifiers and
 * approximators ({@code [left-exclude]}) are left out, and so is everything after the head.
 */
final class GroupFinder {

  private static final Set<String> MODIFIERS = Set.of("nummod", "amod", "compound", "conj", "cc", "advmod",
      "obl:npmod", "nmod:npmod", "punct", "dep");
  private static final Set<String> HEAD_MODIFIERS = Set.of("nummod", "amod", "compound");

  private final EntityLexicon lexicon;

  GroupFinder(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<EntityMention> find(String text, List<CoreLabel> tokens, SemanticGraph deps, TokenLabeler.DocumentLabels d) {
    List<EntityMention> out = new ArrayList<>();
    for (IndexedWord head : deps.vertexSet()) {
      CoreLabel h = head.backingLabel();
      if (!isGroupHead(h, d)) {
        continue;
      }
      if (isPredicate(deps, head)) {
        continue;
      }
      int left = head.index();
      for (SemanticGraphEdge e : deps.outgoingEdgeList(head)) {
        if (HEAD_MODIFIERS.contains(e.getRelation().toString()) && e.getDependent().index() < head.index()) {
          left = Math.min(left, leftmost(deps, e.getDependent(), head.index()));
        }
      }
      int from = left - 1;
      int to = head.index();
      while (from < to - 1 && excludedAtLeft(tokens.get(from), d)) {
        from++;
      }
      TextSpan span = TextSpan.of(text, tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition());
      out.add(new EntityMention(span, "GROUP", null, null, 0.75, "dep:group-head"));
    }
    return out;
  }

  private boolean isGroupHead(CoreLabel h, TokenLabeler.DocumentLabels d) {
    String tag = h.tag() == null ? "" : h.tag();
    String label = d.labelOf(h);
    if (label.equals(TokenLabeler.ORG) || label.equals(TokenLabeler.PER)) {
      return false;
    }
    String word = h.word();
    String lower = word.toLowerCase(Locale.ROOT);
    boolean plural = tag.equals("NNS") || tag.equals("NNPS")
        || tag.equals("NNP") && d.titleCase[d.indexOf(h)] && lower.endsWith("s");
    if (!plural) {
      return false;
    }
    if (TokenLabeler.isCapitalised(h) && lower.endsWith("s") && lexicon.contains("nationality", word)) {
      return true;
    }
    String lemma = h.lemma() == null ? lower : h.lemma().toLowerCase(Locale.ROOT);
    return lexicon.contains("group-noun", lemma) || lexicon.contains("group-noun", singular(lower));
  }

  private static String singular(String w) {
    if (w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("s")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** "were soldiers", "serve as infantry": a predicate nominal, not a referring mention. */
  private static boolean isPredicate(SemanticGraph deps, IndexedWord head) {
    for (SemanticGraphEdge e : deps.outgoingEdgeList(head)) {
      String rel = e.getRelation().toString();
      if (rel.equals("cop") || rel.equals("case") && e.getDependent().word().equalsIgnoreCase("as")) {
        return true;
      }
    }
    return false;
  }

  /** Leftmost token index of a modifier's subtree, following only modifier relations, left of the head. */
  private static int leftmost(SemanticGraph deps, IndexedWord node, int headIndex) {
    int left = node.index();
    for (SemanticGraphEdge e : deps.outgoingEdgeList(node)) {
      IndexedWord dep = e.getDependent();
      if (MODIFIERS.contains(e.getRelation().toString()) && dep.index() < headIndex) {
        left = Math.min(left, leftmost(deps, dep, headIndex));
      }
    }
    return left;
  }

  private boolean excludedAtLeft(CoreLabel t, TokenLabeler.DocumentLabels d) {
    String tag = t.tag() == null ? "" : t.tag();
    return lexicon.contains("left-exclude", t.word()) || tag.equals("DT") || tag.equals("PRP$") || tag.equals("POS")
        || tag.equals("CC") || tag.equals("IN") || tag.equals("RB") || tag.equals("JJR") || tag.equals("JJS")
        || !t.word().chars().anyMatch(Character::isLetterOrDigit);
  }
}
