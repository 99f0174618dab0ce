package org.newsrel.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Classifies predicted entities against gold ones into COR, INC, PAR, MIS, SPU under one of
 * the four {@link NerScheme}s, following nervaluate's strategies
 * (github.com/MantisAI/nervaluate, src/nervaluate/strategies.py): predictions are visited
 * in offset order; each takes the first still unmatched gold entity that qualifies, and
 * nervaluate's "sufficient overlap" is any shared character (its default threshold of 1%).
 * <ul>
 *   <li>strict: same fragments and type → COR, else first overlapping gold → INC;</li>
 *   <li>exact: same fragments → COR, else first overlapping gold → INC;</li>
 *   <li>partial: same fragments → COR, else first overlapping gold → PAR;</li>
 *   <li>type: overlapping gold of the same type with the closest boundaries → COR, else
 *       first overlapping gold of another type → INC.</li>
 * </ul>
 * Predictions that match nothing are SPU; gold entities left unmatched are MIS. Outcomes
 * are counted under the gold entity's type (the predicted type for SPU), as the README's
 * per-entity report does.
 */
public final class Nervaluate {

  /** One classified entity: {@code gold} is absent for SPU, {@code predicted} for MIS. */
  public record Outcome(Category category, Optional<Span> gold, Optional<Span> predicted) {
    public String type() {
      return gold.or(() -> predicted).orElseThrow().label();
    }
  }

  /** The five SemEval categories. */
  public enum Category { COR, INC, PAR, MIS, SPU }

  private Nervaluate() {}

  /** Counts over all types. */
  public static NerCounts count(NerScheme scheme, List<Span> gold, List<Span> predicted) {
    return tally(scheme, classify(scheme, gold, predicted));
  }

  /** Counts per type (gold type; predicted type for SPU), types in first-seen order. */
  public static Map<String, NerCounts> countByType(NerScheme scheme, List<Span> gold, List<Span> predicted) {
    Map<String, List<Outcome>> byType = new LinkedHashMap<>();
    for (Outcome o : classify(scheme, gold, predicted)) {
      byType.computeIfAbsent(o.type(), k -> new ArrayList<>()).add(o);
    }
    Map<String, NerCounts> out = new LinkedHashMap<>();
    byType.forEach((t, os) -> out.put(t, tally(scheme, os)));
    return out;
  }

  public static NerCounts tally(NerScheme scheme, List<Outcome> outcomes) {
    int[] n = new int[Category.values().length];
    for (Outcome o : outcomes) {
      n[o.category().ordinal()]++;
    }
    return new NerCounts(scheme, n[0], n[1], n[2], n[3], n[4]);
  }

  /** Every predicted entity and every unmatched gold entity with its category. */
  public static List<Outcome> classify(NerScheme scheme, List<Span> goldIn, List<Span> predictedIn) {
    List<Span> gold = goldIn.stream().sorted().toList();
    List<Span> predicted = predictedIn.stream().sorted().toList();
    boolean[] matched = new boolean[gold.size()];
    List<Outcome> out = new ArrayList<>();
    for (Span p : predicted) {
      int correct = -1;
      int weaker = -1;
      int bestDistance = Integer.MAX_VALUE;
      for (int i = 0; i < gold.size(); i++) {
        if (matched[i]) {
          continue;
        }
        Span g = gold.get(i);
        boolean overlaps = g.overlap(p) > 0 || g.sameFragments(p);
        if (scheme == NerScheme.TYPE) {
          if (overlaps && g.label().equals(p.label())) {
            int distance = Math.abs(g.begin() - p.begin()) + Math.abs(g.end() - p.end());
            if (distance < bestDistance) {
              bestDistance = distance;
              correct = i;
            }
          } else if (overlaps && weaker < 0) {
            weaker = i;
          }
          continue;
        }
        boolean exact = g.sameFragments(p) && (scheme != NerScheme.STRICT || g.label().equals(p.label()));
        if (exact) {
          correct = i;
          break;
        }
        if (overlaps && weaker < 0) {
          weaker = i;
        }
      }
      if (correct >= 0) {
        matched[correct] = true;
        out.add(new Outcome(Category.COR, Optional.of(gold.get(correct)), Optional.of(p)));
      } else if (weaker >= 0) {
        matched[weaker] = true;
        Category c = scheme == NerScheme.PARTIAL ? Category.PAR : Category.INC;
        out.add(new Outcome(c, Optional.of(gold.get(weaker)), Optional.of(p)));
      } else {
        out.add(new Outcome(Category.SPU, Optional.empty(), Optional.of(p)));
      }
    }
    for (int i = 0; i < gold.size(); i++) {
      if (!matched[i]) {
        out.add(new Outcome(Category.MIS, Optional.of(gold.get(i)), Optional.empty()));
      }
    }
    return out;
  }
}
