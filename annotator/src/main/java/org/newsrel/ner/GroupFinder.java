package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.GROUP;
import static org.newsrel.core.EntityTypes.ORGANIZATION;
import static org.newsrel.core.EntityTypes.PERSON;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsrel.core.EntityMention;
import org.newsrel.core.TextSpan;

/**
 * GROUP mentions from the dependency parse: a plural noun whose lemma is a person-group
 * noun of the lexicon ({@code [group-noun]}: soldiers, troops, forces, officials, ...), a
 * plural demonym ("Foo-ians"), a singular collective noun ({@code [group-collective]}: "a
 * contingent") or an adjective used as a plural noun after a determiner or possessive
 * ({@code [group-nominal]}: "their wounded"), when it refers (not a predicate nominal: no copula, no
 * "as" case marker) and is not part of a name. The span runs from the leftmost numeral,
 * adjective or compound modifier (with their own subtrees, so "North Korean" and
 * "10,000-12,000" come whole) to the head; determiners, possessors, quantifiers and
 * approximators ({@code [left-exclude]}) are left out, and so is everything after the head;
 * ordinals stay in. Also left out: a gerund after a clause-introducing preposition ("since sending troops"), a
 * common noun before the nationality ("situations Foo-ian soldiers", a parse error). In a
 * title-case headline the span takes in adjacent nationality words, capitalised adjectives,
 * ordinals and role participles ("Captured Foo-ian Soldiers") that the parse left off.
 */
final class GroupFinder {

  private static final Set<String> MODIFIERS = Set.of("nummod", "amod", "compound", "conj", "cc", "advmod",
      "obl:npmod", "nmod:npmod", "punct", "dep");
  /** Comparatives that quantify ("fewer soldiers") rather than describe ("older soldiers"). */
  private static final Set<String> COMPARATIVE_QUANTIFIERS = Set.of("more", "fewer", "less", "lesser");
  private static final Set<String> GERUND_PREPOSITIONS = Set.of("since", "after", "before", "by", "without",
      "while", "when", "upon", "despite", "through", "instead");
  /** Ordinals stay inside a GROUP ("the first Foo-ian soldiers"). */
  private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "last", "latest");
  private static final Set<String> HEAD_MODIFIERS = Set.of("nummod", "amod", "compound");
  /** Adjective tags a collective head may leave off its span ("a larger contingent"). */
  private static final Set<String> ADJECTIVE_TAGS = Set.of("JJ", "JJR");

  private final EntityLexicon lexicon;

  GroupFinder(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<EntityMention> find(String text, List<CoreLabel> tokens, SemanticGraph deps, DocumentLabels d) {
    List<EntityMention> out = new ArrayList<>();
    for (IndexedWord head : deps.vertexSet()) {
      CoreLabel h = head.backingLabel();
      if (!isGroupHead(h, d) && !isNominalGroup(deps, head, tokens, d)) {
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
      if (from == to - 1 && lexicon.contains("group-collective", h.word())) {
        // "a larger contingent": the parse may leave the adjective off a collective head
        while (from > 0 && ADJECTIVE_TAGS.contains(String.valueOf(tokens.get(from - 1).tag()))
            && !lexicon.contains("left-exclude", tokens.get(from - 1).word())) {
          from--;
        }
      }
      boolean headline = d.titleCase(d.indexOf(h));
      if (headline) {
        // headline parses often leave modifiers off: "Captured Foo-ian Soldiers", "First Foo-ian Soldiers"
        while (from > 0 && headlineModifier(tokens.get(from - 1), d)) {
          from--;
        }
      }
      while (from < to - 1 && (excludedAtLeft(tokens.get(from), d) || isGerundVerb(tokens, from))) {
        from++;
      }
      for (int k = from + 1; k < to - 1; k++) {
        // "situations Foo-ian soldiers": a common noun before the nationality is no modifier of the
        // group (a demonym head, "low-income Foo-ians", is not such a nationality word)
        if (d.isNationality(tokens.get(k)) && !d.isNationality(tokens.get(k - 1))) {
          for (int j = from; j < k; j++) {
            String tag = String.valueOf(tokens.get(j).tag());
            if (tag.equals("NN") || tag.equals("NNS")) {
              from = k;
              break;
            }
          }
          break;
        }
      }
      if (to + 1 < tokens.size() && tokens.get(to).word().equalsIgnoreCase("of")
          && tokens.get(to + 1).word().equalsIgnoreCase("war") && h.word().toLowerCase(Locale.ROOT).startsWith("prisoner")) {
        to += 2; // "prisoners of war" is one head
      }
      TextSpan span = TextSpan.of(text, tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition());
      out.add(new EntityMention(span, GROUP, null, null, 0.75, "dep:group-head"));
    }
    return out;
  }

  private boolean isGroupHead(CoreLabel h, DocumentLabels d) {
    String tag = h.tag() == null ? "" : h.tag();
    String label = d.labelOf(h);
    if (label.equals(ORGANIZATION) || label.equals(PERSON)) {
      return false;
    }
    String word = h.word();
    String lower = word.toLowerCase(Locale.ROOT);
    boolean plural = tag.equals("NNS") || tag.equals("NNPS")
        || tag.equals("NNP") && d.titleCase(d.indexOf(h)) && lower.endsWith("s");
    if (tag.equals("NN") && lexicon.contains("group-collective", lower)) {
      return true;
    }
    if (!plural) {
      return false;
    }
    if (TokenShapes.isCapitalised(h) && lower.endsWith("s") && lexicon.contains("nationality", word)) {
      return true;
    }
    String lemma = h.lemma() == null ? lower : h.lemma().toLowerCase(Locale.ROOT);
    return lexicon.contains("group-noun", lemma) || lexicon.contains("group-noun", singular(lower));
  }

  /**
   * "their wounded", "the injured", "their own wounded": an adjective of
   * {@code [group-nominal]} that heads its noun phrase (it modifies no noun) right after a
   * determiner or possessive, optionally with "own" between.
   */
  private boolean isNominalGroup(SemanticGraph deps, IndexedWord head, List<CoreLabel> tokens,
      DocumentLabels d) {
    CoreLabel h = head.backingLabel();
    if (!lexicon.contains("group-nominal", h.word()) || d.labelOf(h).equals(ORGANIZATION)) {
      return false;
    }
    for (SemanticGraphEdge e : deps.incomingEdgeIterable(head)) {
      String rel = e.getRelation().toString();
      if (rel.equals("amod") || rel.equals("compound") || rel.startsWith("aux") || rel.equals("cop")) {
        return false;
      }
    }
    for (SemanticGraphEdge e : deps.outgoingEdgeList(head)) {
      String rel = e.getRelation().toString();
      boolean ownBefore = e.getDependent().word().equalsIgnoreCase("own") && e.getDependent().index() == head.index() - 1;
      if (rel.startsWith("aux") || (rel.equals("nsubj") || rel.equals("nsubj:pass") || rel.equals("obj")) && !ownBefore) {
        return false;
      }
    }
    int i = head.index() - 2;
    if (i >= 0 && tokens.get(i).word().equalsIgnoreCase("own")) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    String tag = tokens.get(i).tag() == null ? "" : tokens.get(i).tag();
    return tag.equals("DT") || tag.equals("PRP$") || tag.equals("POS");
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


  /**
   * "since sending troops", "by deploying soldiers": a gerund right after a preposition that
   * introduces a clause is a verb taking the group as object ("from attending legislators",
   * "with returning soldiers" are participial adjectives and stay).
   */
  private static boolean isGerundVerb(List<CoreLabel> tokens, int i) {
    return "VBG".equals(tokens.get(i).tag()) && i > 0
        && GERUND_PREPOSITIONS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
  }

  /** In a headline: a nationality word, a capitalised adjective or participle, or an ordinal. */
  private boolean headlineModifier(CoreLabel t, DocumentLabels d) {
    if (d.isNationality(t)) {
      return true;
    }
    String tag = String.valueOf(t.tag());
    String lower = t.word().toLowerCase(Locale.ROOT);
    return TokenShapes.isCapitalised(t) && !lexicon.contains("left-exclude", lower)
        && (ORDINALS.contains(lower) || tag.equals("JJ") || tag.equals("VBN") && lexicon.contains("group-role", lower));
  }

  private boolean excludedAtLeft(CoreLabel t, DocumentLabels d) {
    if (ORDINALS.contains(t.word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    String tag = t.tag() == null ? "" : t.tag();
    return lexicon.contains("left-exclude", t.word()) || tag.equals("DT") || tag.equals("PRP$") || tag.equals("POS")
        || tag.equals("CC") || tag.equals("IN") || tag.equals("RB") || tag.equals("JJR") && COMPARATIVE_QUANTIFIERS.contains(t.word().toLowerCase(Locale.ROOT))
        || tag.equals("JJS")
        || !t.word().chars().anyMatch(Character::isLetterOrDigit);
  }
}
