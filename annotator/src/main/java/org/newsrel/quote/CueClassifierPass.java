package org.newsrel.quote;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;

/**
 * A stage of the attribution annotator: the cue classifier ({@link CueModel}, features in
 * {@link CueFeatures}) over every candidate cue head. A rule draft whose cue scores under
 * {@code dropBelow} is rejected (its cue word freed); an unclaimed candidate scored at least
 * {@code addAbove} becomes a draft (rule {@code cue-classifier}), spans as the rules make them
 * ({@link RuleMatcher#fromMatch}).
 */
final class CueClassifierPass {

  private final CueModel cueModel;
  private final CueLexicon lexicon;
  private final double dropBelow;
  private final double addAbove;
  private final RuleMatcher matcher;
  private final Clauses clauses;

  CueClassifierPass(CueModel cueModel, CueLexicon lexicon, double dropBelow, double addAbove, RuleMatcher matcher,
      Clauses clauses) {
    this.cueModel = cueModel;
    this.lexicon = lexicon;
    this.dropBelow = dropBelow;
    this.addAbove = addAbove;
    this.matcher = matcher;
    this.clauses = clauses;
  }

  /**
   * Drops a rule attribution whose cue the classifier scores under {@code dropBelow}, and
   * makes an attribution of each unclaimed candidate scored at least {@code addAbove}:
   * Source = its subject (or the subject it borrows), Content = its clausal complement,
   * infinitive, object or parenthetical host, spans as the rules make them.
   */
  void apply(DocumentView view, Drafts drafts) {
    List<CueCandidate> candidates = CueFeatures.candidates(view, lexicon, drafts);
    List<Draft> added = new ArrayList<>();
    for (CueCandidate c : candidates) {
      double p = cueModel.score(c.features());
      if (c.rule() != null) {
        judge(c, p, drafts);
      } else if (c.canAdd() && p >= addAbove) {
        Draft d = proposal(view, c);
        if (d != null) {
          d.cueScore = p;
          added.add(d);
        }
      }
    }
    for (Draft d : added) {
      if (!drafts.claimed(d.cueToken)) {
        drafts.add(d);
      }
    }
  }

  /** Rejects the rule draft of a cue scored under {@code dropBelow} (never a layout cue), or records the score. */
  private void judge(CueCandidate c, double p, Drafts drafts) {
    if (p < dropBelow && !c.layoutCue()) {
      drafts.reject(c.token());
    } else if (drafts.claimed(c.token())) {
      drafts.claimant(c.token()).cueScore = p;
    }
  }

  /** The draft of an unclaimed candidate: its first content dependent (in relation order) and subject, or null. */
  private Draft proposal(DocumentView view, CueCandidate c) {
    SemanticGraph g = view.graph(c.sentence());
    IndexedWord cue = view.node(c.sentence(), c.token());
    IndexedWord content = null;
    for (String rel : CueFeatures.CONTENT_RELATIONS) {
      for (SemanticGraphEdge e : g.outgoingEdgeList(cue)) {
        if (content == null && e.getRelation().toString().equals(rel)) {
          content = e.getDependent();
        }
      }
    }
    if (content == null) {
      return null;
    }
    IndexedWord source = clauses.subjectOf(g, cue);
    return matcher.fromMatch(view, c.sentence(), g, "cue-classifier", cue, null, source, content, null);
  }
}
