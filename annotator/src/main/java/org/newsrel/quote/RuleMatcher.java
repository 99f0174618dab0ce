package org.newsrel.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsrel.core.TextSpan;

/**
 * A stage of the attribution annotator: the Semgrex rules of {@code patterns.txt} over each
 * sentence's basic dependencies, in file order (the first rule that claims a cue word wins),
 * each match made into a draft: the Cue with its extent ({@link CueExtent}), the Content
 * from the content head's subtree (minus the cue's and the source's, run on to the sentence
 * end after a verb cue, widened to whole quotations), the Source from its head
 * ({@link SourceSpans}). A rule's cue-word pre-check ({@link CueWordFilter}) skips a
 * sentence in which no word can be its cue. The cue classifier pass builds its own drafts
 * with {@link #fromMatch} too, so its spans are made as the rules make them.
 */
final class RuleMatcher {

  // The numbers below were chosen by hand with the first version of the rules (commit de5bd42), not tuned on PolNeAR.
  /** Each rule attribution's confidence when the confidence model is off. */
  private static final double RULE_PRIOR = 0.7;
  /** Farthest (in tokens) before the Cue a {@code cue0} word ("as" of "as noted by") may open it. */
  private static final int CUE0_MAX_DISTANCE = 3;

  private final List<AttributionRule> rules;
  /** Each rule's cue-word pre-check, by rule position (see {@link CueWordFilter}). */
  private final List<CueWordFilter> cueFilters;
  private final Clauses clauses;
  private final CueExtent cueExtent;
  private final SourceSpans sources;

  RuleMatcher(List<AttributionRule> rules, Clauses clauses, CueExtent cueExtent, SourceSpans sources) {
    this.rules = List.copyOf(rules);
    Map<String, CueWordFilter> filterByDescription = new HashMap<>();
    this.cueFilters = rules.stream()
        .map(r -> CueWordFilter.of(r.pattern().pattern()))
        // one check per sentence per description
        .map(f -> filterByDescription.computeIfAbsent(f.description(), d -> f))
        .toList();
    this.clauses = clauses;
    this.cueExtent = cueExtent;
    this.sources = sources;
  }

  int size() {
    return rules.size();
  }

  /** Adds the drafts of every rule match in the document whose cue word is not yet claimed. */
  void match(DocumentView view, Drafts drafts) {
    for (int s = 0; s < view.sentenceCount(); s++) {
      match(view, s, drafts);
    }
  }

  private void match(DocumentView view, int s, Drafts drafts) {
    SemanticGraph graph = view.graph(s);
    if (graph == null) {
      return;
    }
    List<CoreLabel> sentenceTokens = view.sentenceLabels(s);
    Map<CueWordFilter, Boolean> admitted = new HashMap<>();
    for (int r = 0; r < rules.size(); r++) {
      AttributionRule rule = rules.get(r);
      CueWordFilter filter = cueFilters.get(r);
      // no word of the sentence can be this rule's cue: the pattern cannot match
      if (!filter.always() && !admitted.computeIfAbsent(filter, f -> f.admits(sentenceTokens))) {
        continue;
      }
      SemgrexMatcher m = rule.pattern().matcher(graph);
      while (m.find()) {
        IndexedWord cue = m.getNode("cue");
        int cueToken = view.docIndex(s, cue);
        if (drafts.claimed(cueToken) || Clauses.passiveParticipleClause(graph, cue)) {
          continue;
        }
        IndexedWord source = m.getNode("source");
        IndexedWord reporting = clauses.reportingVerbContinued(graph, cue);
        if (reporting != null && source != null && !Clauses.hasSubject(graph, cue)) {
          // "X said that the army is exhausted and vowed to fight on": the parser hangs
          // "vowed" on the reported clause, but it continues the report and takes its subject
          source = clauses.subjectOf(graph, reporting);
        }
        Draft d = fromMatch(view, s, graph, rule.name(), cue, m.getNode("cue2"), source,
            m.getNode("content"), m.getNode("content2"), m.getNode("cue0"));
        if (d != null) {
          d.dropInsideOther = rule.dropInsideOther();
          drafts.add(d);
        }
      }
    }
  }

  Draft fromMatch(DocumentView view, int s, SemanticGraph graph, String rule, IndexedWord cue,
      IndexedWord cue2, IndexedWord source, IndexedWord content, IndexedWord content2) {
    return fromMatch(view, s, graph, rule, cue, cue2, source, content, content2, null);
  }

  /**
   * The draft of one match: Cue, Source and Content spans from the named nodes ({@code cue2},
   * {@code source}, {@code content2}, {@code cue0} may be null), or null when the match makes
   * no attribution (a preposition far before the cue, an empty Content).
   */
  Draft fromMatch(DocumentView view, int s, SemanticGraph graph, String rule, IndexedWord cue,
      IndexedWord cue2, IndexedWord source, IndexedWord content, IndexedWord content2, IndexedWord cue0) {
    if (cue2 != null && cue2.index() < cue.index() - 1) {
      // a preposition far before the verb ("At the forum, X called ...") heads an adjunct,
      // not the content
      return null;
    }
    TreeSet<Integer> cueIdx = cueIndices(graph, cue, cue2, cue0);
    List<TextSpan> fragments = view.fragments(s, contentIndices(graph, cue, source, content, content2, cueIdx));
    if (fragments.isEmpty()) {
      return null;
    }
    TextSpan cueSpan = view.span(s, cueIdx.first(), cueIdx.last());
    Draft.SourceParts sourceParts = source == null ? null : SourceSpans.parts(graph, s, source, cue, cueIdx);
    TextSpan sourceSpan = sources.render(view, sourceParts);
    if (fragments.size() == 1 && runsToSentenceEnd(graph, cue, source, content)) {
      fragments = List.of(view.extendToSentenceEnd(s, fragments.get(0)));
    }
    Draft d = new Draft(rule, cueSpan, cueSpan, sourceSpan, List.of(), view.docIndex(s, cue), RULE_PRIOR);
    d.sourceParts = sourceParts;
    for (TextSpan f : fragments) {
      d.addContent(view.text(), view.widenToQuotes(f));
    }
    return d;
  }

  /** The Cue's tokens: the cue's extent, with {@code cue2} and {@code cue0} when they join it. */
  private TreeSet<Integer> cueIndices(SemanticGraph graph, IndexedWord cue, IndexedWord cue2, IndexedWord cue0) {
    TreeSet<Integer> cueIdx = cueExtent.of(graph, cue);
    if (cue2 != null && cue2.index() > cueIdx.last() + 1 && !cue2.word().equalsIgnoreCase("by")) {
      // "spoke in a cottage on ...": a Cue is one continuous span; a preposition separated
      // from the verb group stays out of it (except the passive "by", PolNeAR "was
      // disclosed on Monday by")
      cue2 = null;
    }
    if (cue2 != null) {
      cueIdx.add(cue2.index());
      for (IndexedWord c : graph.getChildren(cue2)) {
        if (graph.reln(cue2, c).toString().equals("fixed")) {
          cueIdx.add(c.index());
        }
      }
      if (cue2.index() < cue.index()) {
        // "are under orders": the verb group left of a preposition that precedes the cue
        CueExtent.extendLeft(graph, cue, cueIdx);
      }
    }
    if (cue0 != null && cue0.index() < cueIdx.first() && cueIdx.first() - cue0.index() <= CUE0_MAX_DISTANCE) {
      // "as noted by": the comment clause's "as" opens the cue
      for (int i = cue0.index(); i < cueIdx.first(); i++) {
        cueIdx.add(i);
      }
    }
    return cueIdx;
  }

  /**
   * The Content's tokens: the content head's subtree (and content2's), without the cue, the
   * source and the clauses the parser attached to the content head by mistake.
   */
  private Set<Integer> contentIndices(SemanticGraph graph, IndexedWord cue, IndexedWord source, IndexedWord content,
      IndexedWord content2, Set<Integer> cueIdx) {
    Set<Integer> contentIdx = Clauses.subtree(graph, content);
    for (SemanticGraphEdge e : graph.outgoingEdgeList(content)) {
      // a verb hung on the content head as a bare dep after it is usually the main clause
      // the parser failed to attach ("X, who stated that Y, resigned")
      IndexedWord d = e.getDependent();
      if (e.getRelation().toString().equals("dep") && d.index() > content.index() && d.tag() != null
          && d.tag().startsWith("VB")) {
        contentIdx.removeAll(Clauses.subtree(graph, d));
      }
      if (continuesReport(graph, cue, e)) {
        contentIdx.removeAll(Clauses.subtree(graph, d));
      }
    }
    for (IndexedWord inner : new IndexedWord[] {cue, source}) {
      if (inner != null && contentIdx.contains(inner.index())) {
        contentIdx.removeAll(Clauses.subtree(graph, inner));
      }
    }
    if (content2 != null) {
      contentIdx.addAll(Clauses.subtree(graph, content2));
    }
    contentIdx.removeAll(cueIdx);
    if (source != null) {
      Set<Integer> sourceIdx = Clauses.subtree(graph, source);
      if (sourceIdx.contains(cue.index())) {
        // "X, citing Y, said": the participle cue and its content hang on the source
        sourceIdx.removeAll(Clauses.subtree(graph, cue));
        sourceIdx.removeAll(Clauses.subtree(graph, content));
      }
      contentIdx.removeAll(sourceIdx);
    }
    return contentIdx;
  }

  /**
   * "said that the army is depleted and vowed to rebuild it": a finite reporting verb with no
   * subject of its own, coordinated to the content head ({@code e} one of its edges),
   * continues the reporting clause, not the reported one.
   */
  private boolean continuesReport(SemanticGraph graph, IndexedWord cue, SemanticGraphEdge e) {
    return e.getRelation().toString().equals("conj")
        && cue.equals(clauses.reportingVerbContinued(graph, e.getDependent()));
  }

  /**
   * A one-fragment Content after a verb cue runs on to the sentence end, unless a report
   * continues after it (a verb coordinated with the content head that continues the report,
   * or one coordinated with the cue after the content: "thanked the volunteers and promised to
   * ...") or the cue is a participle modifying its own source ("X, citing Y, said").
   */
  private boolean runsToSentenceEnd(SemanticGraph graph, IndexedWord cue, IndexedWord source, IndexedWord content) {
    for (SemanticGraphEdge e : graph.outgoingEdgeList(content)) {
      if (continuesReport(graph, cue, e)) {
        return false;
      }
    }
    for (SemanticGraphEdge e : graph.outgoingEdgeList(cue)) {
      if (e.getRelation().toString().equals("conj") && e.getDependent().index() > content.index()) {
        return false;
      }
    }
    return cue.tag() != null && cue.tag().startsWith("VB") && cue.index() < content.index()
        && !(source != null && Clauses.modifiesNoun(graph, cue)
            && Clauses.subtree(graph, source).contains(cue.index()));
  }
}
