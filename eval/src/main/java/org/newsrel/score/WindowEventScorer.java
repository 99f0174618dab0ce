package org.newsrel.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.newsrel.score.RelationScorer.Event;

/**
 * Scores relation events against a gold set that annotates ONE event per window, as RAMS
 * does: the other events a window mentions are simply not annotated, so ordinary
 * precision would count true events as errors. Per event type:
 * <ul>
 *   <li><b>trigger recall</b>: gold events whose trigger a predicted trigger of the same
 *       type overlaps (one-to-one, character Jaccard at the overlap threshold, as
 *       {@link RelationScorer} pairs events);</li>
 *   <li><b>sentence-local precision</b>: over the predicted events of the type whose
 *       trigger lies in the sentence of a gold trigger of that type: the paired ones are
 *       right, the others wrong. A prediction anywhere else in the window is not counted
 *       (it may be a true, unannotated event);</li>
 *   <li><b>argument recall on matched events</b>, per role and over all roles: gold fillers
 *       of paired events that a predicted filler of the same role head-matches
 *       ({@link HeadFinder}), one-to-one.</li>
 * </ul>
 * The counts are kept as {@link Prf}: for triggers tp = paired events, fn = unpaired gold
 * events, fp = unpaired predictions in a gold trigger's sentence; for roles tp = matched
 * gold fillers, fn = unmatched gold fillers, fp = unmatched predicted fillers of paired
 * events (shown, not a headline: the gold may omit roles RAMS does not map).
 * Sentences come from a {@link SentenceSplitter}. Pure apart from it.
 */
public final class WindowEventScorer {

  /** Splits a text into sentence extents {@code [begin, end)}, in order. */
  @FunctionalInterface
  public interface SentenceSplitter {
    List<int[]> sentences(String text);
  }

  private final double overlapThreshold;
  private final SentenceSplitter splitter;

  public WindowEventScorer(double overlapThreshold, SentenceSplitter splitter) {
    SpanMatcher.checkThreshold(overlapThreshold);
    this.overlapThreshold = overlapThreshold;
    this.splitter = Objects.requireNonNull(splitter, "splitter");
  }

  /** One document's counts: per type the trigger counts, per {@code "Type Role"} the argument counts. */
  public record Document(String name, Map<String, Prf> triggers, Map<String, Prf> roles, List<SpanError> errors) {
    public Document {
      triggers = Map.copyOf(triggers);
      roles = Map.copyOf(roles);
      errors = List.copyOf(errors);
    }
  }

  /** The counts over a corpus. */
  public record Scores(List<Document> documents) {
    public Scores {
      documents = List.copyOf(documents);
    }

    public java.util.SortedSet<String> types() {
      return Sums.keys(documents, Document::triggers);
    }

    public java.util.SortedSet<String> roles() {
      return Sums.keys(documents, Document::roles);
    }

    /** Trigger counts of a type: recall = {@link Prf#recall()}, sentence-local precision = {@link Prf#precision()}. */
    public Prf triggers(String type) {
      return Sums.prf(documents, Document::triggers, type);
    }

    /** Argument counts of one {@code "Type Role"} key over paired events. */
    public Prf role(String typeRole) {
      return Sums.prf(documents, Document::roles, typeRole);
    }

    /** Argument counts of a type over all its roles. */
    public Prf allRoles(String type) {
      Prf sum = Prf.ZERO;
      for (String key : roles()) {
        if (key.startsWith(type + " ")) {
          sum = sum.plus(role(key));
        }
      }
      return sum;
    }

    public List<SpanError> errors() {
      List<SpanError> out = new ArrayList<>();
      documents.forEach(d -> out.addAll(d.errors()));
      return out;
    }
  }

  public Scores score(List<DocumentPair> documents) {
    return new Scores(documents.stream().map(this::scoreDocument).toList());
  }

  public Document scoreDocument(DocumentPair pair) {
    String text = pair.text();
    List<Event> gold = RelationScorer.events(pair.gold());
    List<Event> predicted = RelationScorer.events(pair.predicted());
    List<int[]> sentences = splitter.sentences(text);
    TreeSet<String> types = new TreeSet<>();
    gold.forEach(e -> types.add(e.type()));
    Map<String, Prf> triggers = new TreeMap<>();
    Map<String, Prf> roles = new TreeMap<>();
    List<SpanError> errors = new ArrayList<>();
    BiPredicate<Span, Span> headRule = (g, p) -> HeadFinder.headMatch(text, g, p);
    for (String type : types) {
      List<Event> g = gold.stream().filter(e -> e.type().equals(type)).toList();
      List<int[]> goldSentences = g.stream().map(e -> sentenceOf(sentences, e.trigger(), text.length())).toList();
      List<Event> p = predicted.stream().filter(e -> e.type().equals(type)).toList();
      Alignment<Event> paired = SpanMatcher.overlap(g, p, Event::trigger, overlapThreshold, (a, b) -> true);
      List<Event> wrong = paired.spurious().stream().filter(e -> inAny(goldSentences, e.trigger())).toList();
      triggers.put(type, new Prf(paired.matches().size(), wrong.size(), paired.missed().size()));
      paired.missed().forEach(e -> errors.add(new SpanError(type + " trigger (window)", e.trigger(), ErrorKind.FN)));
      wrong.forEach(e -> errors.add(new SpanError(type + " trigger (window)", e.trigger(), ErrorKind.FP)));
      for (Alignment.Pair<Event> m : paired.matches()) {
        for (Map.Entry<String, List<Span>> role : m.gold().roles().entrySet()) {
          List<Span> pf = m.predicted().roles().getOrDefault(role.getKey(), List.of());
          Alignment<Span> byHead = SpanMatcher.greedy(role.getValue(), pf, s -> s, headRule);
          String key = type + " " + role.getKey();
          Sums.add(roles, key, byHead.prf());
          byHead.missed().forEach(s -> errors.add(new SpanError(key + " (window)", s, ErrorKind.FN)));
        }
      }
    }
    errors.sort(null);
    return new Document(pair.name(), triggers, roles, errors);
  }

  /** The sentence containing the span's start; the whole text if the splitter has none there. */
  private static int[] sentenceOf(List<int[]> sentences, Span s, int length) {
    for (int[] sentence : sentences) {
      if (sentence[0] <= s.begin() && s.begin() < sentence[1]) {
        return sentence;
      }
    }
    return new int[] {0, length};
  }

  private static boolean inAny(List<int[]> sentences, Span s) {
    for (int[] sentence : sentences) {
      if (sentence[0] <= s.begin() && s.begin() < sentence[1]) {
        return true;
      }
    }
    return false;
  }
}
