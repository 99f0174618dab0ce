package org.newsrel.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsrel.core.TextSpan;

/**
 * Read-only helpers over one annotated document for the attribution passes: token and
 * sentence indexing, quote lookup, and turning token sets into trimmed character spans.
 */
final class DocumentView {

  private static final Set<String> QUOTE_MARKS = Set.of("\"", "``", "''", "\u201C", "\u201D", "`", "'", "\u2018", "\u2019");

  private final String text;
  private final List<CoreLabel> tokens;
  private final List<CoreMap> sentences;
  private final List<TextSpan> quotes;
  private final int[] sentenceOfToken;

  DocumentView(String text, List<CoreLabel> tokens, List<CoreMap> sentences, List<TextSpan> quotes) {
    this.text = text;
    this.tokens = tokens;
    this.sentences = sentences;
    this.quotes = quotes;
    this.sentenceOfToken = new int[tokens.size()];
    for (int s = 0; s < sentences.size(); s++) {
      int b = sentences.get(s).get(CoreAnnotations.TokenBeginAnnotation.class);
      int e = sentences.get(s).get(CoreAnnotations.TokenEndAnnotation.class);
      for (int t = b; t < e; t++) {
        sentenceOfToken[t] = s;
      }
    }
  }

  static boolean isQuoteMark(String word) {
    return QUOTE_MARKS.contains(word);
  }

  /** Whitespace including the no-break space news sites like. */
  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  String text() {
    return text;
  }

  List<TextSpan> quotes() {
    return quotes;
  }

  CoreLabel token(int t) {
    return tokens.get(t);
  }

  SemanticGraph graph(int s) {
    return sentences.get(s).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
  }

  /** The tokens of sentence {@code s} (the words its graph's nodes stand for). */
  List<CoreLabel> sentenceLabels(int s) {
    return sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
  }

  private int sentenceBegin(int s) {
    return sentences.get(s).get(CoreAnnotations.TokenBeginAnnotation.class);
  }

  int docIndex(int s, IndexedWord w) {
    return sentenceBegin(s) + w.index() - 1;
  }

  IndexedWord node(int s, int docIndex) {
    SemanticGraph g = graph(s);
    return g == null ? null : g.getNodeByIndexSafe(docIndex - sentenceBegin(s) + 1);
  }

  List<CoreLabel> tokens() {
    return tokens;
  }

  int tokenCount() {
    return tokens.size();
  }

  int sentenceCount() {
    return sentences.size();
  }

  /**
   * The sentences where a quote's cue may be: those the quote touches, the next one when
   * it starts right after the closing mark ("..." / Clinton said.), and the previous one
   * when it ends with a colon (He said: / "...").
   */
  Set<Integer> cueSentences(TextSpan quote, List<Integer> inside) {
    Set<Integer> out = new java.util.TreeSet<>();
    int first = sentenceOf(inside.get(0));
    int last = sentenceOf(inside.get(inside.size() - 1));
    out.add(first);
    out.add(last);
    if (last + 1 < sentences.size()) {
      int next = sentences.get(last + 1).get(CoreAnnotations.TokenBeginAnnotation.class);
      if (tokens.get(next).beginPosition() - quote.end() <= 2) {
        out.add(last + 1);
      }
    }
    if (first > 0) {
      int prevEnd = sentences.get(first - 1).get(CoreAnnotations.TokenEndAnnotation.class) - 1;
      if (tokens.get(prevEnd).word().equals(":") || tokens.get(prevEnd).word().equals(",")) {
        out.add(first - 1);
      }
    }
    return out;
  }

  int sentenceOf(int t) {
    return sentenceOfToken[t];
  }

  List<Integer> sentenceTokens(int s) {
    List<Integer> out = new ArrayList<>();
    for (int t = sentenceBegin(s); t < sentences.get(s).get(CoreAnnotations.TokenEndAnnotation.class); t++) {
      out.add(t);
    }
    return out;
  }

  /** Document token indices inside {@code span}. */
  List<Integer> tokensIn(TextSpan span) {
    List<Integer> out = new ArrayList<>();
    // tokens are in text order: start at the first one beginning at or after the span, so
    // the cost is the span's, not the document's (a 1 MB document has ~200,000 tokens)
    for (int t = firstAtOrAfter(span.begin()); t < tokens.size(); t++) {
      CoreLabel tok = tokens.get(t);
      if (tok.beginPosition() >= span.begin() && tok.endPosition() <= span.end()) {
        out.add(t);
      } else if (tok.beginPosition() >= span.end()) {
        break;
      }
    }
    return out;
  }

  /** The index of the first token that begins at or after character {@code offset}. */
  private int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).beginPosition() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The quote containing character {@code offset}, or null. */
  TextSpan quoteAt(int offset) {
    for (TextSpan q : quotes) {
      if (q.begin() <= offset && offset < q.end()) {
        return q;
      }
    }
    return null;
  }

  /** Characters of sentence tokens {@code from..to} (1-based, inclusive). */
  TextSpan span(int s, int from, int to) {
    int b = sentenceBegin(s);
    return TextSpan.of(text, tokens.get(b + from - 1).beginPosition(), tokens.get(b + to - 1).endPosition());
  }

  /**
   * Contiguous runs of the given sentence tokens (1-based indices) as character spans,
   * each trimmed of punctuation at its edges except quotation marks.
   */
  List<TextSpan> fragments(int s, Set<Integer> indices) {
    List<TextSpan> out = new ArrayList<>();
    List<Integer> run = new ArrayList<>();
    int prev = -2;
    for (int i : new java.util.TreeSet<>(indices)) {
      if (i != prev + 1 && !run.isEmpty()) {
        addRun(s, run, out);
        run.clear();
      }
      run.add(i);
      prev = i;
    }
    addRun(s, run, out);
    return out;
  }

  private void addRun(int s, List<Integer> run, List<TextSpan> out) {
    int from = 0;
    int to = run.size() - 1;
    int b = sentenceBegin(s);
    while (from <= to && isTrimmable(tokens.get(b + run.get(from) - 1).word())) {
      from++;
    }
    while (to >= from && isTrimmable(tokens.get(b + run.get(to) - 1).word())) {
      to--;
    }
    if (from <= to) {
      out.add(span(s, run.get(from), run.get(to)));
    }
  }

  private static boolean isTrimmable(String word) {
    return !word.isEmpty() && !Character.isLetterOrDigit(word.codePointAt(0)) && !isQuoteMark(word)
        && !word.equals("$") && !word.equals("%");
  }

  /**
   * A content that follows its cue runs to the end of its sentence in PolNeAR; the parser
   * often attaches the tail of a long reported clause elsewhere ("indicate that soldiers
   * deployed there are facing ..."). Extends {@code span} over the rest of the sentence
   * when what follows holds no comma, semicolon or dash (where a new clause such as
   * ", adding that ..." or ", said X" would start), trimmed of final punctuation.
   */
  TextSpan extendToSentenceEnd(int s, TextSpan span) {
    int last = -1;
    for (int t : sentenceTokens(s)) {
      CoreLabel tok = tokens.get(t);
      if (tok.beginPosition() < span.end()) {
        continue;
      }
      String w = tok.word();
      if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("--") || w.equals("\u2014") || w.equals("(")
          || isQuoteMark(w)) {
        return span;
      }
      if (!isTrimmable(w)) {
        last = t;
      }
    }
    return last < 0 ? span : TextSpan.of(text, span.begin(), tokens.get(last).endPosition());
  }

  /** {@code span} widened to cover every quotation it overlaps. */
  TextSpan widenToQuotes(TextSpan span) {
    int b = span.begin();
    int e = span.end();
    for (TextSpan q : quotes) {
      if (q.overlaps(span)) {
        b = Math.min(b, q.begin());
        e = Math.max(e, q.end());
      }
    }
    return TextSpan.of(text, b, e);
  }

  /** True when the sentences the quote touches hold nothing outside it but punctuation. */
  boolean fillsItsSentences(TextSpan quote, List<Integer> inside) {
    for (int s = sentenceOf(inside.get(0)); s <= sentenceOf(inside.get(inside.size() - 1)); s++) {
      for (int t : sentenceTokens(s)) {
        CoreLabel tok = tokens.get(t);
        boolean in = tok.beginPosition() >= quote.begin() && tok.endPosition() <= quote.end();
        if (!in && Character.isLetterOrDigit(tok.word().codePointAt(0))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Paragraph breaks (blank-line or single line breaks) between two offsets. */
  int paragraphsBetween(int from, int to) {
    String between = text.substring(Math.min(from, to), Math.max(from, to));
    int breaks = 0;
    for (int i = 0; i < between.length(); i++) {
      if (between.charAt(i) == '\n' && (i == 0 || between.charAt(i - 1) != '\n')) {
        breaks++;
      }
    }
    return breaks;
  }
}
