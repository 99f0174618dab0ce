package org.newsrel.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * One-to-one matching of gold and predicted items that carry a span.
 * <ul>
 *   <li>{@link #exact}: identical fragment lists (and, where given, a compatibility test such
 *       as "same label");</li>
 *   <li>{@link #overlap}: character-level Jaccard of the covered character sets at least the
 *       threshold (and above 0).</li>
 * </ul>
 * Both are greedy best-first: all admissible pairs are sorted by Jaccard (highest first),
 * ties by gold offset, then predicted offset, then input position, and taken while both
 * sides are free. A duplicate prediction therefore finds its gold item taken and becomes a
 * false positive: recall can never exceed 1.
 */
public final class SpanMatcher {

  private SpanMatcher() {}

  /** Items match when their spans have identical fragments and {@code compatible} holds. */
  public static <T> Alignment<T> exact(List<T> gold, List<T> predicted, Function<T, Span> span,
      BiPredicate<T, T> compatible) {
    return greedy(gold, predicted, span, (g, p) -> span.apply(g).sameFragments(span.apply(p)) && compatible.test(g, p));
  }

  /** Items match when Jaccard &gt;= {@code threshold} (and &gt; 0) and {@code compatible} holds. */
  public static <T> Alignment<T> overlap(List<T> gold, List<T> predicted, Function<T, Span> span,
      double threshold, BiPredicate<T, T> compatible) {
    checkThreshold(threshold);
    return greedy(gold, predicted, span, (g, p) -> {
      double j = span.apply(g).jaccard(span.apply(p));
      return j > 0 && j >= threshold && compatible.test(g, p);
    });
  }

  /** Spans match when their labels are equal and their fragments identical. */
  public static Alignment<Span> exactSameLabel(List<Span> gold, List<Span> predicted) {
    return exact(gold, predicted, s -> s, SpanMatcher::sameLabel);
  }

  /** Spans match when their labels are equal and they overlap enough. */
  public static Alignment<Span> overlapSameLabel(List<Span> gold, List<Span> predicted, double threshold) {
    return overlap(gold, predicted, s -> s, threshold, SpanMatcher::sameLabel);
  }

  /**
   * Greedy best-first one-to-one matching under any admissibility test, ranking admissible
   * pairs by Jaccard of their spans. Only pairs whose extents share a character (or
   * coincide) are tested: every rule of the harness needs that.
   */
  public static <T> Alignment<T> greedy(List<T> gold, List<T> predicted, Function<T, Span> span,
      BiPredicate<T, T> admissible) {
    record Candidate(int g, int p, double jaccard, int gBegin, int pBegin) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      Span gs = span.apply(gold.get(i));
      for (int j = 0; j < predicted.size(); j++) {
        Span ps = span.apply(predicted.get(j));
        if (gs.extentsMeet(ps) && admissible.test(gold.get(i), predicted.get(j))) {
          candidates.add(new Candidate(i, j, gs.jaccard(ps), gs.begin(), ps.begin()));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::jaccard).reversed()
        .thenComparingInt(Candidate::gBegin)
        .thenComparingInt(Candidate::pBegin)
        .thenComparingInt(Candidate::g)
        .thenComparingInt(Candidate::p));
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] predUsed = new boolean[predicted.size()];
    List<Candidate> taken = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!goldUsed[c.g] && !predUsed[c.p]) {
        goldUsed[c.g] = true;
        predUsed[c.p] = true;
        taken.add(c);
      }
    }
    taken.sort(Comparator.comparingInt(Candidate::g));
    List<Alignment.Pair<T>> matches = new ArrayList<>();
    for (Candidate c : taken) {
      matches.add(new Alignment.Pair<>(gold.get(c.g), predicted.get(c.p)));
    }
    List<T> missed = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      if (!goldUsed[i]) {
        missed.add(gold.get(i));
      }
    }
    List<T> spurious = new ArrayList<>();
    for (int j = 0; j < predicted.size(); j++) {
      if (!predUsed[j]) {
        spurious.add(predicted.get(j));
      }
    }
    return new Alignment<>(matches, missed, spurious);
  }

  static void checkThreshold(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("overlap threshold must be in (0, 1], got " + threshold);
    }
  }

  private static boolean sameLabel(Span a, Span b) {
    return a.label().equals(b.label());
  }
}
