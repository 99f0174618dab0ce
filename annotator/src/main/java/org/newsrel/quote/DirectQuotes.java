package org.newsrel.quote;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newsrel.core.TextSpan;

/**
 * The direct-quote stage of the attribution annotator: each quotation no attribution covers
 * yet, when it is speech (not a title or a scare quote), is attached to the nearest
 * quote-introducing verb outside quotation marks (a new attribution with that verb's
 * subject as Source, or one more Content fragment of the verb's existing one), else to a
 * dash signature ({@code "..." ― Name}, {@link SpeakerMarks}), else, when it fills its
 * sentence, to the previous direct speaker (as a Content fragment in the same paragraph, or
 * as a cue-less continuation attribution). A quote without final punctuation that no saying
 * verb governs is not speech when it is a title (title case) or a short verbless phrase (a
 * scare quote: used as "human shields").
 */
final class DirectQuotes {

  private static final Set<String> GOVERNED_QUOTE_RELATIONS = Set.of("ccomp", "obj", "parataxis", "dep", "xcomp");

  // The numbers below were chosen by hand with the first version of the rules (commit de5bd42), not tuned on PolNeAR;
  // the priors are each attribution's confidence when the confidence model is off.
  /** Farthest (in characters) a cue in a neighbouring sentence may sit from the quote. */
  private static final int NEIGHBOUR_CUE_MAX_CHARS = 40;
  /** Added to a neighbouring sentence's cue distance so that any cue in the quote's own sentences wins. */
  private static final int NEIGHBOUR_PENALTY = 10_000;
  /** Longest lower-case word a title may hold ("of", "the", "and"). */
  private static final int TITLE_FUNCTION_WORD_MAX = 3;
  /** Fewest capitalised words of a title. */
  private static final int TITLE_MIN_CAPITALISED = 2;
  private static final double DIRECT_QUOTE_PRIOR = 0.9;
  private static final double CONTINUATION_PRIOR = 0.6;

  private final CueLexicon lexicon;
  private final boolean continuations;
  private final boolean continuationFragments;
  private final int scareQuoteMaxWords;
  private final Clauses clauses;
  private final CueExtent cueExtent;
  private final SourceSpans sources;

  DirectQuotes(CueLexicon lexicon, boolean continuations, boolean continuationFragments, int scareQuoteMaxWords,
      Clauses clauses, CueExtent cueExtent, SourceSpans sources) {
    this.lexicon = lexicon;
    this.continuations = continuations;
    this.continuationFragments = continuationFragments;
    this.scareQuoteMaxWords = scareQuoteMaxWords;
    this.clauses = clauses;
    this.cueExtent = cueExtent;
    this.sources = sources;
  }

  void attach(DocumentView view, Drafts drafts) {
    Draft previousDirect = null;
    for (TextSpan quote : view.quotes()) {
      Draft covering = null;
      for (Draft d : drafts.list()) {
        if (d.contentOverlaps(quote)) {
          covering = d;
        }
      }
      if (covering != null) {
        previousDirect = covering;
        continue;
      }
      List<Integer> inside = view.tokensIn(quote);
      if (inside.isEmpty() || !isSpeech(view, quote, inside)) {
        continue;
      }
      Draft d = attachToCue(view, quote, inside, drafts);
      if (d == null) {
        d = SpeakerMarks.dashSignature(view, quote, drafts);
      }
      if (d == null && continuations && previousDirect != null && view.fillsItsSentences(quote, inside)) {
        int paragraphs = view.paragraphsBetween(previousDirect.contentEnd(), quote.begin());
        if (continuationFragments && paragraphs == 0 && previousDirect.cue != null) {
          // PolNeAR: '"A," he said. "B."' is one attribution whose Content is A + B
          previousDirect.addContent(view.text(), quote);
          d = previousDirect;
        } else if (paragraphs <= 1) {
          TextSpan mark = TextSpan.of(view.text(), quote.begin(), quote.begin() + 1);
          d = new Draft("continuation", mark, null, previousDirect.source, List.of(quote), -1, CONTINUATION_PRIOR);
          drafts.add(d);
        }
      }
      if (d != null) {
        previousDirect = d;
      }
    }
  }

  /** Speech, not a scare quote or a title: long, or verbal, or ending a sentence, or governed by a saying verb. */
  private boolean isSpeech(DocumentView view, TextSpan quote, List<Integer> inside) {
    int words = 0;
    boolean verb = false;
    String last = "";
    for (int t : inside) {
      CoreLabel tok = view.token(t);
      String w = tok.word();
      if (Character.isLetterOrDigit(w.charAt(0))) {
        words++;
      }
      verb |= tok.tag() != null && tok.tag().startsWith("VB");
      if (!DocumentView.isQuoteMark(w)) {
        last = w;
      }
    }
    boolean finalPunct = last.equals(".") || last.equals("?") || last.equals("!") || last.equals("\u2026");
    if (finalPunct || (!titleCase(view, inside) && (words > scareQuoteMaxWords || verb))) {
      return true;
    }
    return governingCue(view, inside) != null;
  }

  /** Every word capitalised except short function words: the title of a work, not speech. */
  private static boolean titleCase(DocumentView view, List<Integer> inside) {
    int capitalised = 0;
    for (int t : inside) {
      String w = view.token(t).word();
      if (!Character.isLetter(w.charAt(0))) {
        continue;
      }
      if (Character.isUpperCase(w.charAt(0))) {
        capitalised++;
      } else if (w.length() > TITLE_FUNCTION_WORD_MAX) {
        return false;
      }
    }
    return capitalised >= TITLE_MIN_CAPITALISED;
  }

  /** The quote-introducing verb that governs the quote's head from outside, if any. */
  private IndexedWord governingCue(DocumentView view, List<Integer> inside) {
    Set<Integer> in = new TreeSet<>(inside);
    for (int t : inside) {
      int s = view.sentenceOf(t);
      SemanticGraph g = view.graph(s);
      IndexedWord w = g == null ? null : view.node(s, t);
      if (w == null || !g.containsVertex(w)) {
        continue;
      }
      for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
        IndexedWord gov = e.getGovernor();
        if (!in.contains(view.docIndex(s, gov)) && lexicon.has(gov.lemma(), "quote")
            && GOVERNED_QUOTE_RELATIONS.contains(e.getRelation().toString())) {
          return gov;
        }
      }
    }
    return null;
  }

  /**
   * Joins the quote to the nearest quote cue's attribution (one more Content fragment) or
   * makes a new direct-quote attribution of that verb, its subject the Source; null when no
   * quote cue is near.
   */
  private Draft attachToCue(DocumentView view, TextSpan quote, List<Integer> inside, Drafts drafts) {
    int best = nearestCue(view, quote, inside, drafts);
    if (best < 0) {
      return null;
    }
    Draft existing = drafts.claimant(best);
    if (existing != null) {
      existing.addContent(view.text(), quote);
      return existing;
    }
    return newDirect(view, quote, best, drafts);
  }

  /**
   * The nearest quote cue ({@link #quoteCue}) in the sentences around the quote, by character
   * distance; one in a neighbouring sentence only when right next to the quote and the
   * quote's own sentences have none. -1 when there is none.
   */
  private int nearestCue(DocumentView view, TextSpan quote, List<Integer> inside, Drafts drafts) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    Set<Integer> ownSentences = new TreeSet<>();
    for (int s = view.sentenceOf(inside.get(0)); s <= view.sentenceOf(inside.get(inside.size() - 1)); s++) {
      ownSentences.add(s);
    }
    for (int s : view.cueSentences(quote, inside)) {
      for (int t : view.sentenceTokens(s)) {
        if (!quoteCue(view, s, t, drafts)) {
          continue;
        }
        CoreLabel tok = view.token(t);
        int distance = tok.beginPosition() >= quote.end()
            ? tok.beginPosition() - quote.end() : quote.begin() - tok.endPosition();
        if (!ownSentences.contains(s)) {
          // a cue in a neighbouring sentence must sit next to the quote, and only counts
          // when the quote's own sentences have none
          if (distance > NEIGHBOUR_CUE_MAX_CHARS) {
            continue;
          }
          distance += NEIGHBOUR_PENALTY;
        }
        if (distance >= 0 && distance < bestDistance) {
          best = t;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  /**
   * A quote-introducing verb (frame {@code quote}) outside quotation marks, free or already
   * the cue of a direct attribution, and no subjectless past participle ("Asked ...").
   */
  private boolean quoteCue(DocumentView view, int s, int t, Drafts drafts) {
    CoreLabel tok = view.token(t);
    if (view.quoteAt(tok.beginPosition()) != null || tok.tag() == null || !tok.tag().startsWith("VB")
        || !lexicon.has(tok.lemma(), "quote")) {
      return false;
    }
    Draft existing = drafts.claimant(t);
    if (existing != null && !existing.kind(view.quotes()).equals("Direct")) {
      return false;
    }
    IndexedWord node = view.node(s, t);
    return !(node != null && view.graph(s).containsVertex(node)
        && Clauses.passiveParticipleClause(view.graph(s), node));
  }

  /** A new direct-quote attribution of cue token {@code best}, or null when the parse lacks it. */
  private Draft newDirect(DocumentView view, TextSpan quote, int best, Drafts drafts) {
    int s = view.sentenceOf(best);
    SemanticGraph g = view.graph(s);
    IndexedWord cue = view.node(s, best);
    if (g == null || cue == null || !g.containsVertex(cue)) {
      return null;
    }
    IndexedWord subject = clauses.subjectOf(g, cue);
    TreeSet<Integer> cueIdx = cueExtent.of(g, cue);
    TextSpan cueSpan = view.span(s, cueIdx.first(), cueIdx.last());
    Draft.SourceParts sourceParts = subject == null ? null : SourceSpans.parts(g, s, subject, cue, cueIdx);
    Draft d = new Draft("direct-quote", cueSpan, cueSpan, sources.render(view, sourceParts), List.of(quote), best,
        DIRECT_QUOTE_PRIOR);
    d.sourceParts = sourceParts;
    drafts.add(d);
    return d;
  }
}
