package org.newsrel.quote;

import java.util.ArrayList;
import java.util.List;
import org.newsrel.core.Argument;
import org.newsrel.core.Event;
import org.newsrel.core.TextSpan;

/**
 * An attribution being assembled for one document: mutable while the annotator merges
 * quote fragments into it, turned into an immutable {@link Event} at the end. Lives only
 * inside one {@code annotate} call.
 */
final class Draft {

  final String rule;
  TextSpan trigger;
  TextSpan cue; // null for a continuation quote; its edges set by CueSpans at the end
  TextSpan source; // null when no source is recoverable; narrowed by SourceSpans.trim
  SourceParts sourceParts; // how the source span was built (null for spans made otherwise)
  final List<TextSpan> content = new ArrayList<>();
  final int cueToken; // document token index of the cue head, -1 if none
  double confidence; // the rule's prior, replaced by the confidence model's probability
  double cueScore = Double.NaN; // the cue classifier's probability for the cue head (NaN: not scored)
  double beginScore = Double.NaN; // the boundary model's probability for the Content's begin (NaN: not moved)
  double endScore = Double.NaN; // ... and for its end
  boolean dropInsideOther; // its rule's option drop-inside-other (patterns.txt): it yields to an enclosing attribution
  boolean layoutCue; // the cue is a mark set by layout (a colon speaker's colon, a signature dash), not a word:
                     // the cue classifier does not judge it and quotation marks around it do not drop it

  Draft(String rule, TextSpan trigger, TextSpan cue, TextSpan source, List<TextSpan> content, int cueToken,
      double confidence) {
    this.rule = rule;
    this.trigger = trigger;
    this.cue = cue;
    this.source = source;
    this.content.addAll(content);
    this.cueToken = cueToken;
    this.confidence = confidence;
  }

  /**
   * The tokens of a Source built from the dependency subtree of its head: {@code idx}
   * (1-based indices in sentence {@code sentence}), and the subtrees of post-modifiers
   * (relative clause, participle, apposition) that leave the Source when they hold
   * another attribution's cue (PolNeAR never lets a Source contain an attribution).
   */
  record SourceParts(int sentence, java.util.TreeSet<Integer> idx, List<java.util.Set<Integer>> cuttable) {
  }

  int contentBegin() {
    return content.get(0).begin();
  }

  int contentEnd() {
    return content.get(content.size() - 1).end();
  }

  boolean contentContains(int offset) {
    return content.stream().anyMatch(s -> s.begin() <= offset && offset < s.end());
  }

  boolean contentOverlaps(TextSpan span) {
    return content.stream().anyMatch(s -> s.overlaps(span));
  }

  /** Adds a fragment, merging it with fragments it overlaps or touches. */
  void addContent(String text, TextSpan span) {
    List<TextSpan> all = new ArrayList<>(content);
    all.add(span);
    all.sort(null);
    List<TextSpan> merged = new ArrayList<>();
    for (TextSpan s : all) {
      if (!merged.isEmpty() && s.begin() <= merged.get(merged.size() - 1).end()) {
        TextSpan last = merged.remove(merged.size() - 1);
        merged.add(TextSpan.of(text, last.begin(), Math.max(last.end(), s.end())));
      } else {
        merged.add(s);
      }
    }
    content.clear();
    content.addAll(merged);
  }

  /** Direct when every fragment lies within a quote, Mixed when a quote is part of it, else Indirect. */
  String kind(List<TextSpan> quotes) {
    boolean anyQuote = false;
    boolean allQuotes = true;
    for (TextSpan c : content) {
      boolean isQuote = false;
      for (TextSpan q : quotes) {
        if (q.overlaps(c)) {
          anyQuote = true;
          if (q.begin() <= c.begin() && c.end() - q.end() <= 1) {
            isQuote = true;
          }
        }
      }
      allQuotes &= isQuote;
    }
    return !anyQuote ? "Indirect" : allQuotes ? "Direct" : "Mixed";
  }

  Event toEvent(List<TextSpan> quotes) {
    List<Argument> args = new ArrayList<>();
    if (source != null) {
      args.add(Argument.of("Source", source));
    }
    if (cue != null) {
      args.add(Argument.of("Cue", cue));
    }
    args.add(new Argument("Content", content, null, null));
    return new Event(source == null ? "Attribution-no-source" : "Attribution", trigger, args,
        List.of(new Event.Attribute("Kind", kind(quotes))), confidence, rule);
  }
}
