package org.newsrel.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsrel.core.TextSpan;

/**
 * Attribution pairs of which the inner one's cue lies inside the outer one's Content (and not
 * the other way round), with the features of the nesting model (model-free): the two cue
 * lemmas, tags and rules; the inner cue's dependency relation and whether its governor is the
 * outer cue; the word before the inner attribution; whether the inner one reaches the end of
 * the outer Content; whether they share their Source; how far apart the cues are.
 */
final class NestingFeatures {

  /** A nested pair of one document's drafts. */
  record Pair(Draft outer, Draft inner, List<String> features) {
    NestedPair export() {
      return new NestedPair(outer.cue, inner.cue, features);
    }
  }

  private NestingFeatures() {}

  static List<Pair> pairs(DocumentView view, List<Draft> drafts) {
    List<Pair> out = new ArrayList<>();
    for (Draft o : drafts) {
      for (Draft i : drafts) {
        if (o == i || i.cueToken < 0 || i.cue == null || !o.contentContains(i.trigger.begin())
            || i.contentContains(o.trigger.begin())) {
          continue;
        }
        out.add(new Pair(o, i, features(view, o, i)));
      }
    }
    return out;
  }

  private static List<String> features(DocumentView view, Draft o, Draft i) {
    List<String> f = new ArrayList<>();
    CoreLabel ic = view.token(i.cueToken);
    String il = lower(ic.lemma() == null ? ic.word() : ic.lemma());
    f.add("IL=" + il);
    f.add("IT=" + ic.tag());
    f.add("IR=" + i.rule);
    f.add("OR=" + o.rule);
    f.add("IR_OR=" + i.rule + "|" + o.rule);
    String ol = "none";
    if (o.cueToken >= 0) {
      CoreLabel oc = view.token(o.cueToken);
      ol = lower(oc.lemma() == null ? oc.word() : oc.lemma());
      f.add("DIST=" + bucket(Math.abs(i.cueToken - o.cueToken)));
      f.add(view.sentenceOf(i.cueToken) == view.sentenceOf(o.cueToken) ? "SAMESENT" : "OTHERSENT");
    }
    f.add("OL=" + ol);
    int s = view.sentenceOf(i.cueToken);
    SemanticGraph g = view.graph(s);
    IndexedWord w = g == null ? null : view.node(s, i.cueToken);
    String rel = "none";
    if (w != null && g.containsVertex(w)) {
      rel = "root";
      for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
        rel = e.getRelation().toString();
        IndexedWord gov = e.getGovernor();
        if (o.cueToken >= 0 && view.sentenceOf(o.cueToken) == s && view.docIndex(s, gov) == o.cueToken) {
          f.add("GOV=outerCue|" + rel);
        } else {
          f.add("GOVT=" + coarse(gov.tag()) + "|" + rel);
        }
      }
    }
    f.add("IREL=" + rel);
    f.add("IREL_IT=" + rel + "|" + coarse(ic.tag()));
    int first = firstToken(view, i, o.cueToken);
    String before = first > 0 && view.sentenceOf(first - 1) == view.sentenceOf(first)
        ? lower(view.token(first - 1).word()) : "<s>";
    f.add("PREV=" + before);
    f.add("PREV_IREL=" + before + "|" + rel);
    f.add(i.source == null ? "INOSRC" : "ISRC=" + sourceKind(view, i.source));
    if (i.source != null && o.source != null && i.source.begin() == o.source.begin()
        && i.source.end() == o.source.end()) {
      f.add("SAMESRC");
    }
    int innerEnd = Math.max(i.contentEnd(), i.cue.end());
    f.add(innerEnd >= o.contentEnd() - 1 ? "REACHESEND" : "INSIDE");
    return f;
  }

  /**
   * The first token of the inner attribution: of its trigger, cue, source or content, or of
   * the clause its cue heads when that clause does not hold the outer cue ({@code outerCue},
   * a document token index or -1).
   */
  static int firstToken(DocumentView view, Draft d, int outerCue) {
    int begin = d.trigger.begin();
    if (d.cue != null) {
      begin = Math.min(begin, d.cue.begin());
    }
    if (d.source != null) {
      begin = Math.min(begin, d.source.begin());
    }
    if (!d.content.isEmpty()) {
      begin = Math.min(begin, d.contentBegin());
    }
    int t = d.cueToken;
    while (t > 0 && view.token(t - 1).beginPosition() >= begin) {
      t--;
    }
    // the clause the inner cue heads ("which engineers described ..."), unless it holds the outer cue
    int s = view.sentenceOf(d.cueToken);
    SemanticGraph g = view.graph(s);
    IndexedWord w = g == null ? null : view.node(s, d.cueToken);
    if (w != null && g.containsVertex(w)) {
      int first = Integer.MAX_VALUE;
      boolean holdsOuter = false;
      for (IndexedWord x : g.descendants(w)) {
        int doc = view.docIndex(s, x);
        first = Math.min(first, doc);
        holdsOuter |= outerCue >= 0 && doc == outerCue;
      }
      if (!holdsOuter && first < t) {
        t = first;
      }
    }
    return t;
  }

  private static String sourceKind(DocumentView view, TextSpan source) {
    List<Integer> tokens = view.tokensIn(source);
    if (tokens.size() == 1) {
      String tag = view.token(tokens.get(0)).tag();
      return tag != null && (tag.startsWith("PRP") || tag.startsWith("W")) ? "pron:" + lower(
          view.token(tokens.get(0)).word()) : "one:" + coarse(tag);
    }
    return "np";
  }

  private static String bucket(int d) {
    return d <= 3 ? String.valueOf(d) : d <= 6 ? "4-6" : d <= 12 ? "7-12" : d <= 25 ? "13-25" : "26+";
  }

  private static String coarse(String tag) {
    return tag == null ? "" : tag.length() >= 2 ? tag.substring(0, 2) : tag;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
