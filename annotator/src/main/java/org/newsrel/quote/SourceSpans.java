package org.newsrel.quote;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newsrel.core.TextSpan;

/**
 * Source spans with PolNeAR's extent: the tokens of a Source from the dependency subtree of
 * its head ({@link #parts}), their rendering as one span ({@link #render}: edge punctuation
 * off, a closing parenthesis and, with {@code sourceClosingComma}, the closing comma on), and
 * the narrowing that keeps another attribution out of a Source ({@link #trim}).
 */
final class SourceSpans {

  /**
   * Most blank characters between a Source's last token and the ")" that closes it; chosen by
   * hand with the first version of the rules (commit de5bd42), not tuned on PolNeAR.
   */
  private static final int CLOSING_PAREN_MAX_GAP = 3;

  private final boolean sourceClosingComma;

  /** @param sourceClosingComma end a Source that holds a comma with the comma that closes it */
  SourceSpans(boolean sourceClosingComma) {
    this.sourceClosingComma = sourceClosingComma;
  }

  /** Relations of a source's post-modifiers that leave the Source when they hold another cue. */
  private static final Set<String> CUTTABLE_RELATIONS = Set.of("acl:relcl", "acl", "appos", "dep", "amod");

  /**
   * The Source with PolNeAR's extent: the subtree of its head, so determiner, title,
   * apposition, parenthesised acronym, participial modifier ("memos found on the ship") and
   * relative clause ("Moon, who has taken part in ...") are in; the cue's own subtree
   * (a participle cue hung on the source: "X, citing Y, said"), a present participle set
   * off by a comma ("X, speaking at a rally, said": PolNeAR train leaves 32 such out, keeps
   * about 15 in) and a leading preposition ("the claim by aides") are out. A post-modifier
   * that holds another attribution's cue leaves the span later ({@link #trim}).
   */
  static Draft.SourceParts parts(SemanticGraph graph, int s, IndexedWord source,
      IndexedWord cue, Set<Integer> cueIdx) {
    Set<Integer> all = Clauses.subtree(graph, source);
    TreeSet<Integer> idx = new TreeSet<>(all);
    idx.removeAll(cueIdx);
    if (cue != null && !cue.equals(source) && all.contains(cue.index())) {
      idx.removeAll(Clauses.subtree(graph, cue));
    }
    List<Set<Integer>> cuttable = new ArrayList<>();
    for (SemanticGraphEdge e : graph.outgoingEdgeList(source)) {
      IndexedWord d = e.getDependent();
      if (e.getRelation().toString().equals("case") && d.index() < source.index()
          && d.tag() != null && d.tag().equals("IN")) {
        idx.remove(d.index());
      }
      if (d.index() > source.index() && CUTTABLE_RELATIONS.contains(e.getRelation().toString())) {
        Set<Integer> sub = Clauses.subtree(graph, d);
        IndexedWord before = graph.getNodeByIndexSafe(d.index() - 1);
        boolean adjunct = e.getRelation().toString().equals("acl") && "VBG".equals(d.tag())
            && before != null && before.word().equals(",");
        if (cue != null && sub.contains(cue.index()) || adjunct) {
          // the post-modifier that holds this very cue ("X, citing figures, said" read as an
          // apposition "figures" with the adjective "citing") leaves with everything after it;
          // so does a present participle set off by a comma ("X, speaking at a rally, said"):
          // PolNeAR leaves such adjuncts of the reporting clause out of the Source
          int first = ((TreeSet<Integer>) sub).first();
          idx.removeIf(i -> i >= first);
        } else {
          cuttable.add(sub);
        }
      }
    }
    return idx.isEmpty() ? null : new Draft.SourceParts(s, idx, cuttable);
  }

  /**
   * The span of {@code parts}: first to last token, edge punctuation trimmed, a closing
   * parenthesis kept when its opening one is in ("the Statistics Office (SO)").
   */
  TextSpan render(DocumentView view, Draft.SourceParts parts) {
    if (parts == null) {
      return null;
    }
    List<TextSpan> f = view.fragments(parts.sentence(), parts.idx());
    if (f.isEmpty()) {
      return null;
    }
    String text = view.text();
    int begin = f.get(0).begin();
    int end = f.get(f.size() - 1).end();
    String span = text.substring(begin, end);
    if (span.chars().filter(c -> c == '(').count() > span.chars().filter(c -> c == ')').count()) {
      int close = end;
      while (close < text.length() && close - end < CLOSING_PAREN_MAX_GAP && text.charAt(close) != ')'
          && DocumentView.isBlank(text.charAt(close))) {
        close++;
      }
      if (close < text.length() && text.charAt(close) == ')' && parts.idx().contains(tokenAt(view, parts, close))) {
        end = close + 1;
      }
    }
    if (sourceClosingComma && text.substring(begin, end).contains(",") && end < text.length()
        && text.charAt(end) == ',') {
      end++;
    }
    return TextSpan.of(text, begin, end);
  }

  /** The 1-based sentence index of the token starting at {@code offset}, or -1. */
  private static int tokenAt(DocumentView view, Draft.SourceParts parts, int offset) {
    List<Integer> sent = view.sentenceTokens(parts.sentence());
    for (int i = 0; i < sent.size(); i++) {
      if (view.token(sent.get(i)).beginPosition() == offset) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * PolNeAR gives a token to at most one attribution, so a Source never contains another
   * attribution: a relative clause, participle or apposition of the source that holds
   * another attribution's cue ("one driver, who claimed ..., told police"; "X, citing Y,
   * said") leaves the Source, which then ends before it.
   */
  void trim(DocumentView view, List<Draft> drafts) {
    for (Draft d : drafts) {
      Draft.SourceParts parts = d.sourceParts;
      if (parts == null || parts.cuttable().isEmpty()) {
        continue;
      }
      TreeSet<Integer> idx = new TreeSet<>(parts.idx());
      boolean cut = false;
      for (Set<Integer> c : parts.cuttable()) {
        TreeSet<Integer> sub = new TreeSet<>(c);
        TextSpan extent = view.span(parts.sentence(), sub.first(), sub.last());
        for (Draft o : drafts) {
          if (o != d && o.trigger.begin() >= extent.begin() && o.trigger.begin() < extent.end()
              && !(d.trigger.begin() >= extent.begin() && d.trigger.begin() < extent.end())) {
            idx.removeAll(c);
            // the apposition or clause comes off with everything after it
            idx.removeIf(i -> i > sub.first());
            cut = true;
            break;
          }
        }
      }
      if (cut && !idx.isEmpty()) {
        Draft.SourceParts narrowed = new Draft.SourceParts(parts.sentence(), idx, List.of());
        d.sourceParts = narrowed;
        d.source = render(view, narrowed);
      }
    }
  }
}
