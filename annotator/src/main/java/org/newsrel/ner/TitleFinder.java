package org.newsrel.ner;

import static org.newsrel.core.EntityTypes.LOCATION;
import static org.newsrel.core.EntityTypes.O;
import static org.newsrel.core.EntityTypes.ORGANIZATION;
import static org.newsrel.core.EntityTypes.PERSON;
import static org.newsrel.core.EntityTypes.TITLE;

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
 * TITLE mentions of one sentence, after the token rules: the longest {@code [title]} phrase
 * ending in a singular noun, outside every name and split-off title, with evidence that it
 * is a title here (see the [title] block of the lexicon): a PERSON right after it, a
 * capital inside a sentence, a {@code [title-linker]} leading to an organisation or place,
 * or a dependency to a PERSON.
 */
final class TitleFinder {

  /** Relations from a title to the PERSON it describes ("minister Ann Bell", "Bell, the minister"). */
  private static final Set<String> TITLE_RELATIONS = Set.of("appos", "compound", "nsubj", "flat", "dep",
      "nmod", "nmod:poss", "nsubj:pass");
  /** Relations from a PERSON to a title that describes it. */
  private static final Set<String> PERSON_RELATIONS = Set.of("appos", "compound");

  private final EntityLexicon lexicon;
  private final int maxTitleWords;
  private final Set<String> titleLinkers;

  TitleFinder(EntityLexicon lexicon) {
    this.lexicon = lexicon;
    this.maxTitleWords = lexicon.maxWords("title");
    this.titleLinkers = lexicon.keys("title-linker");
  }

  List<EntityMention> titles(String text, List<CoreLabel> tokens, SemanticGraph deps, DocumentLabels d) {
    List<EntityMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int len = longestTitle(tokens, i);
      if (len == 0) {
        i++;
        continue;
      }
      CoreLabel head = tokens.get(i + len - 1);
      String tag = head.tag() == null ? "" : head.tag();
      boolean singularNoun = tag.equals("NN") || tag.equals("NNP");
      String why = free(tokens, i, len, d) && singularNoun ? evidence(tokens, i, len, deps, d) : null;
      if (why != null) {
        out.add(new EntityMention(TextSpan.of(text, tokens.get(i).beginPosition(), head.endPosition()), TITLE,
            null, null, 0.75, "title:" + why));
        i += len;
      } else {
        i++;
      }
    }
    return out;
  }

  private int longestTitle(List<CoreLabel> tokens, int i) {
    for (int l = Math.min(maxTitleWords, tokens.size() - i); l >= 1; l--) {
      if (lexicon.contains("title", TokenShapes.phrase(tokens, i, i + l))) {
        return l;
      }
    }
    return 0;
  }

  /** Whether no word of the phrase is labelled or inside a title split off a name. */
  private static boolean free(List<CoreLabel> tokens, int i, int len, DocumentLabels d) {
    boolean free = true;
    for (int k = i; k < i + len; k++) {
      free &= d.labelOf(tokens.get(k)).equals(O);
      for (TextSpan t : d.splitTitles()) {
        free &= tokens.get(k).endPosition() <= t.begin() || tokens.get(k).beginPosition() >= t.end();
      }
    }
    return free;
  }

  private String evidence(List<CoreLabel> tokens, int i, int len, SemanticGraph deps, DocumentLabels d) {
    int next = i + len;
    if (next < tokens.size() && d.labelOf(tokens.get(next)).equals(PERSON)) {
      return "before-name";
    }
    CoreLabel first = tokens.get(i);
    if (i > 0 && TokenShapes.isCapitalised(first) && !d.titleCase(d.indexOf(first))) {
      return "capitalised";
    }
    if (next + 1 < tokens.size() && titleLinkers.contains(tokens.get(next).word().toLowerCase(Locale.ROOT))) {
      for (int k = next + 1; k < Math.min(tokens.size(), next + 5); k++) {
        String l = d.labelOf(tokens.get(k));
        if (l.equals(ORGANIZATION) || l.equals(LOCATION)) {
          return "of-organisation";
        }
      }
    }
    return deps == null ? null : dependencyEvidence(tokens.get(i + len - 1), deps, d);
  }

  private static String dependencyEvidence(CoreLabel head, SemanticGraph deps, DocumentLabels d) {
    IndexedWord node = deps.getNodeByIndexSafe(head.index());
    if (node == null) {
      return null;
    }
    for (SemanticGraphEdge e : deps.outgoingEdgeList(node)) {
      if (TITLE_RELATIONS.contains(e.getRelation().toString()) && d.labelOf(e.getDependent().backingLabel()).equals(PERSON)) {
        return "dep-" + e.getRelation();
      }
    }
    for (SemanticGraphEdge e : deps.incomingEdgeList(node)) {
      if (PERSON_RELATIONS.contains(e.getRelation().toString())
          && d.labelOf(e.getGovernor().backingLabel()).equals(PERSON)) {
        return "dep-" + e.getRelation();
      }
    }
    return null;
  }
}
