package org.newsrel.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newsrel.core.TextSpan;

/**
 * Candidate Content boundaries (model-free): for each attribution, the token begins near the
 * begin of its first Content fragment and the token ends near the end of its last one,
 * within {@code window} tokens and the same sentence, never crossing a token that belongs to
 * this attribution's Cue or Source or to another attribution (PolNeAR is univocal), never
 * leaving an empty fragment. Each candidate carries binary features of the words and tags at
 * and beside the boundary, its distance from the rules' boundary, the dependency relation of
 * the boundary token, the rule and whether a comma or the cue lies between.
 */
final class ContentBoundaries {

  private static final int FREE = -1;

  private ContentBoundaries() {}

  /** One choice per draft with a Content, in draft order (null for a draft without one). */
  static List<BoundaryChoice> choices(DocumentView view, List<Draft> drafts, int window) {
    int n = view.tokenCount();
    Subtrees subtrees = new Subtrees(view);
    int[] owner = new int[n];
    boolean[] argument = new boolean[n]; // cue or source token
    Arrays.fill(owner, FREE);
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      mark(view, d.cue, i, owner, argument, true);
      mark(view, d.source, i, owner, argument, true);
      for (TextSpan c : d.content) {
        mark(view, c, i, owner, argument, false);
      }
    }
    List<BoundaryChoice> out = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      out.add(d.content.isEmpty() ? null : choice(view, subtrees, d, i, owner, argument, window));
    }
    return out;
  }

  private static void mark(DocumentView view, TextSpan span, int draft, int[] owner, boolean[] argument,
      boolean isArgument) {
    if (span == null) {
      return;
    }
    for (int t : view.tokensIn(span)) {
      if (owner[t] == FREE || isArgument) {
        owner[t] = draft;
      }
      argument[t] |= isArgument && owner[t] == draft;
    }
  }

  private static BoundaryChoice choice(DocumentView view, Subtrees subtrees, Draft d, int self, int[] owner,
      boolean[] argument, int window) {
    TextSpan first = d.content.get(0);
    TextSpan last = d.content.get(d.content.size() - 1);
    List<Integer> firstTokens = view.tokensIn(first);
    List<Integer> lastTokens = view.tokensIn(last);
    TextSpan whole = TextSpan.of(view.text(), first.begin(), last.end());
    if (firstTokens.isEmpty() || lastTokens.isEmpty()) {
      return new BoundaryChoice(d.rule, d.cue, whole, List.of(), List.of());
    }
    int t0 = firstTokens.get(0);
    int firstLimit = firstTokens.get(firstTokens.size() - 1); // a start must leave a token
    int e0 = lastTokens.get(lastTokens.size() - 1);
    int lastLimit = lastTokens.get(0);
    boolean cueBefore = d.cue != null && d.cue.end() <= first.begin();
    String rule = d.rule;

    List<BoundaryChoice.Candidate> starts = new ArrayList<>();
    int s = view.sentenceOf(t0);
    for (int t = t0; t >= Math.max(0, t0 - window) && view.sentenceOf(t) == s; t--) {
      if (t != t0 && blocked(t, self, owner, argument)) {
        break;
      }
      addStart(view, subtrees, starts, t, t0, rule, cueBefore, self, owner, argument, window);
    }
    for (int t = t0 + 1; t <= Math.min(firstLimit, t0 + window); t++) {
      addStart(view, subtrees, starts, t, t0, rule, cueBefore, self, owner, argument, window);
    }
    List<BoundaryChoice.Candidate> ends = new ArrayList<>();
    int se = view.sentenceOf(e0);
    for (int t = e0; t <= Math.min(view.tokenCount() - 1, e0 + window) && view.sentenceOf(t) == se; t++) {
      if (t != e0 && blocked(t, self, owner, argument)) {
        break;
      }
      addEnd(view, subtrees, ends, t, e0, rule, cueBefore, self, owner, argument, window);
    }
    for (int t = e0 - 1; t >= Math.max(lastLimit, e0 - window); t--) {
      addEnd(view, subtrees, ends, t, e0, rule, cueBefore, self, owner, argument, window);
    }
    return new BoundaryChoice(rule, d.cue, whole, starts, ends);
  }

  /** A token of another attribution, or of this one's Cue or Source. */
  private static boolean blocked(int t, int self, int[] owner, boolean[] argument) {
    return owner[t] != FREE && (owner[t] != self || argument[t]);
  }

  private static void addStart(DocumentView view, Subtrees subtrees, List<BoundaryChoice.Candidate> out, int t, int t0, String rule,
      boolean cueBefore, int self, int[] owner, boolean[] argument, int window) {
    CoreLabel tok = view.token(t);
    if (t != t0 && isInnerPunctuation(tok.word())) {
      return; // a Content never begins with a comma or a period
    }
    int sentence = view.sentenceOf(t);
    List<String> f = new ArrayList<>();
    int d = t - t0;
    String dir = d == 0 ? "0" : d < 0 ? "-" : "+";
    f.add("S:d=" + d);
    f.add("S:w=" + lower(tok));
    f.add("S:p=" + tok.tag());
    String prevWord = t > 0 && view.sentenceOf(t - 1) == sentence ? lower(view.token(t - 1)) : "<s>";
    String prevTag = t > 0 && view.sentenceOf(t - 1) == sentence ? view.token(t - 1).tag() : "<s>";
    f.add("S:pw=" + prevWord);
    f.add("S:pp=" + prevTag);
    f.add("S:pp_p=" + prevTag + "_" + tok.tag());
    f.add("S:pw_w=" + prevWord + "_" + lower(tok));
    f.add("S:rel=" + relation(view, t));
    f.add("S:rel_dir=" + relation(view, t) + "|" + dir);
    if (t > 0 && owner[t - 1] != FREE && argument[t - 1]) {
      f.add(owner[t - 1] == self ? "S:prevOwnArg" : "S:prevOtherArg");
    }
    f.add("S:cueBefore=" + cueBefore + "|" + dir);
    f.add("S:rule=" + rule + "|" + dir);
    f.add("S:origw=" + lower(view.token(t0)) + "|" + dir);
    f.add("S:origp=" + view.token(t0).tag() + "|" + dir);
    if (commaBetween(view, Math.min(t, t0), Math.max(t, t0))) {
      f.add("S:comma|" + dir);
    }
    if (DocumentView.isQuoteMark(tok.word())) {
      f.add("S:quote");
    }
    String opens = subtrees.opens(t);
    String closesBefore = t > 0 && view.sentenceOf(t - 1) == sentence ? subtrees.closes(t - 1) : "<s>";
    f.add("S:opens=" + opens);
    f.add("S:opens_dir=" + opens + "|" + dir);
    f.add("S:closesBefore_opens=" + closesBefore + "_" + opens);
    if (view.quoteAt(tok.beginPosition()) != null) {
      f.add("S:inQuote|" + dir);
    }
    out.add(new BoundaryChoice.Candidate(tok.beginPosition(), d == 0, f));
  }

  private static void addEnd(DocumentView view, Subtrees subtrees, List<BoundaryChoice.Candidate> out, int t, int e0, String rule,
      boolean cueBefore, int self, int[] owner, boolean[] argument, int window) {
    CoreLabel tok = view.token(t);
    int sentence = view.sentenceOf(t);
    List<String> f = new ArrayList<>();
    int d = t - e0;
    String dir = d == 0 ? "0" : d < 0 ? "-" : "+";
    boolean hasNext = t + 1 < view.tokenCount() && view.sentenceOf(t + 1) == sentence;
    String nextWord = hasNext ? lower(view.token(t + 1)) : "</s>";
    String nextTag = hasNext ? view.token(t + 1).tag() : "</s>";
    f.add("E:d=" + d);
    f.add("E:w=" + lower(tok));
    f.add("E:p=" + tok.tag());
    f.add("E:nw=" + nextWord);
    f.add("E:np=" + nextTag);
    f.add("E:p_np=" + tok.tag() + "_" + nextTag);
    f.add("E:w_nw=" + lower(tok) + "_" + nextWord);
    f.add("E:rel=" + relation(view, t));
    f.add("E:rel_dir=" + relation(view, t) + "|" + dir);
    if (t + 1 < view.tokenCount() && owner[t + 1] != FREE && argument[t + 1]) {
      f.add(owner[t + 1] == self ? "E:nextOwnArg" : "E:nextOtherArg");
    }
    f.add("E:cueBefore=" + cueBefore + "|" + dir);
    f.add("E:rule=" + rule + "|" + dir);
    f.add("E:origw=" + lower(view.token(e0)) + "|" + dir);
    f.add("E:origp=" + view.token(e0).tag() + "|" + dir);
    if (commaBetween(view, Math.min(t, e0) + 1, Math.max(t, e0) + 1)) {
      f.add("E:comma|" + dir);
    }
    if (DocumentView.isQuoteMark(tok.word())) {
      f.add("E:quote");
    }
    String closes = subtrees.closes(t);
    String opensAfter = hasNext ? subtrees.opens(t + 1) : "</s>";
    f.add("E:closes=" + closes);
    f.add("E:closes_dir=" + closes + "|" + dir);
    f.add("E:closes_opensAfter=" + closes + "_" + opensAfter);
    f.add("E:opensAfter_dir=" + opensAfter + "|" + dir);
    if (!hasNext) {
      f.add("E:sentenceEnd");
    }
    out.add(new BoundaryChoice.Candidate(tok.endPosition(), d == 0, f));
  }

  /** A comma or semicolon among tokens {@code from..to-1}. */
  private static boolean commaBetween(DocumentView view, int from, int to) {
    for (int t = from; t < to; t++) {
      String w = view.token(t).word();
      if (w.equals(",") || w.equals(";") || w.equals("--") || w.equals("\u2014")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInnerPunctuation(String w) {
    return w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":");
  }

  private static String lower(CoreLabel tok) {
    return tok.word().toLowerCase(Locale.ROOT);
  }

  /** The basic-dependency relation of token {@code t} to its governor, or "none". */
  private static String relation(DocumentView view, int t) {
    int s = view.sentenceOf(t);
    SemanticGraph g = view.graph(s);
    IndexedWord w = g == null ? null : view.node(s, t);
    if (w == null || !g.containsVertex(w)) {
      return "none";
    }
    for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
      return e.getRelation().toString();
    }
    return "root";
  }

  /**
   * For each token, the dependency relation of the largest subtree (basic dependencies) that
   * begins at it and of the largest that ends at it ("none" when no subtree does), computed
   * per sentence on first use.
   */
  private static final class Subtrees {
    private final DocumentView view;
    private final String[] opens;
    private final String[] closes;
    private final boolean[] done;

    Subtrees(DocumentView view) {
      this.view = view;
      this.opens = new String[view.tokenCount()];
      this.closes = new String[view.tokenCount()];
      this.done = new boolean[view.sentenceCount()];
    }

    String opens(int t) {
      fill(view.sentenceOf(t));
      return opens[t] == null ? "none" : opens[t];
    }

    String closes(int t) {
      fill(view.sentenceOf(t));
      return closes[t] == null ? "none" : closes[t];
    }

    private void fill(int s) {
      if (done[s]) {
        return;
      }
      done[s] = true;
      SemanticGraph g = view.graph(s);
      if (g == null) {
        return;
      }
      List<Integer> sentence = view.sentenceTokens(s);
      int base = sentence.get(0);
      int[] openSize = new int[sentence.size()];
      int[] closeSize = new int[sentence.size()];
      for (IndexedWord v : g.vertexSet()) {
        int min = Integer.MAX_VALUE;
        int max = -1;
        java.util.Set<IndexedWord> below = g.descendants(v);
        for (IndexedWord w : below) {
          min = Math.min(min, w.index() - 1);
          max = Math.max(max, w.index() - 1);
        }
        if (min < 0 || max >= sentence.size()) {
          continue;
        }
        String rel = "root";
        for (SemanticGraphEdge e : g.incomingEdgeList(v)) {
          rel = e.getRelation().toString();
        }
        if (below.size() > openSize[min]) {
          openSize[min] = below.size();
          opens[base + min] = rel;
        }
        if (below.size() > closeSize[max]) {
          closeSize[max] = below.size();
          closes[base + max] = rel;
        }
      }
    }
  }
}
