package org.newsrel.score;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A confusion table over matched items: how often gold label {@code g} was predicted as
 * {@code p}. Built on the pairs the scorers match, so it says what a system calls the
 * things it found, not what it missed:
 * <ul>
 *   <li>{@link #entityTypes}: entity spans with identical fragments, whatever their labels;</li>
 *   <li>{@link #kinds}: attributions aligned as {@link AttributionScorer} aligns them (Content
 *       overlap), the {@code Kind} of each;</li>
 *   <li>{@link #modalities}: relation events paired by trigger overlap (same type), the
 *       {@code Modality} of each.</li>
 * </ul>
 * An absent attribute is the label {@link #NONE}.
 *
 * @param counts gold label → predicted label → count (only non-zero cells)
 */
public record Confusion(Map<String, Map<String, Integer>> counts) {

  /** The label of an absent attribute. */
  public static final String NONE = "(none)";

  public Confusion {
    Map<String, Map<String, Integer>> copy = new TreeMap<>();
    counts.forEach((g, row) -> {
      Map<String, Integer> r = new TreeMap<>();
      row.forEach((p, n) -> {
        if (n < 0) {
          throw new IllegalArgumentException("negative count " + n + " for " + g + " / " + p);
        }
        if (n > 0) {
          r.put(p, n);
        }
      });
      if (!r.isEmpty()) {
        copy.put(g, Collections.unmodifiableMap(r));
      }
    });
    counts = Collections.unmodifiableMap(copy);
  }

  /** The count of gold {@code gold} predicted as {@code predicted}. */
  public int count(String gold, String predicted) {
    return counts.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
  }

  /** Every label seen on either side, sorted, {@link #NONE} last. */
  public List<String> labels() {
    TreeSet<String> all = new TreeSet<>(counts.keySet());
    counts.values().forEach(r -> all.addAll(r.keySet()));
    boolean none = all.remove(NONE);
    List<String> out = new ArrayList<>(all);
    if (none) {
      out.add(NONE);
    }
    return out;
  }

  public int total() {
    return counts.values().stream().flatMap(r -> r.values().stream()).mapToInt(Integer::intValue).sum();
  }

  /** The fraction on the diagonal; n/a when nothing was matched. */
  public OptionalDouble agreement() {
    int diagonal = 0;
    for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
      diagonal += e.getValue().getOrDefault(e.getKey(), 0);
    }
    return Ratio.of(diagonal, total());
  }

  /** Entity spans with identical fragments (one-to-one, equal labels paired first), gold type against predicted type. */
  public static Confusion entityTypes(List<DocumentPair> pairs) {
    Counter c = new Counter();
    for (DocumentPair pair : pairs) {
      // Same label first, so that a span carrying two labels on each side pairs on the diagonal.
      Alignment<Span> same = SpanMatcher.exactSameLabel(EntityScorer.entities(pair.gold()),
          EntityScorer.entities(pair.predicted()));
      Alignment<Span> other = SpanMatcher.exact(same.missed(), same.spurious(), s -> s, (g, p) -> true);
      same.matches().forEach(m -> c.add(m.gold().label(), m.predicted().label()));
      other.matches().forEach(m -> c.add(m.gold().label(), m.predicted().label()));
    }
    return c.build();
  }

  /** Attributions aligned by Content overlap (as the attribution scorer aligns them), gold Kind against predicted Kind. */
  public static Confusion kinds(List<DocumentPair> pairs, double overlapThreshold) {
    SpanMatcher.checkThreshold(overlapThreshold);
    Counter c = new Counter();
    for (DocumentPair pair : pairs) {
      Alignment<AttributionScorer.Attribution> a = SpanMatcher.overlap(AttributionScorer.attributions(pair.gold()),
          AttributionScorer.attributions(pair.predicted()), AttributionScorer.Attribution::anchor, overlapThreshold,
          (g, p) -> g.content().isPresent() == p.content().isPresent());
      a.matches().forEach(m -> c.add(label(m.gold().kind()), label(m.predicted().kind())));
    }
    return c.build();
  }

  /** Relation events paired by trigger overlap within a type, gold Modality against predicted Modality. */
  public static Confusion modalities(List<DocumentPair> pairs, double overlapThreshold) {
    SpanMatcher.checkThreshold(overlapThreshold);
    Counter c = new Counter();
    for (DocumentPair pair : pairs) {
      List<RelationScorer.Event> gold = RelationScorer.events(pair.gold());
      List<RelationScorer.Event> predicted = RelationScorer.events(pair.predicted());
      TreeSet<String> types = new TreeSet<>();
      gold.forEach(e -> types.add(e.type()));
      for (String type : types) {
        Alignment<RelationScorer.Event> a = SpanMatcher.overlap(
            gold.stream().filter(e -> e.type().equals(type)).toList(),
            predicted.stream().filter(e -> e.type().equals(type)).toList(),
            RelationScorer.Event::trigger, overlapThreshold, (g, p) -> true);
        a.matches().forEach(m -> c.add(label(m.gold().modality()), label(m.predicted().modality())));
      }
    }
    return c.build();
  }

  private static String label(Optional<String> attribute) {
    return attribute.orElse(NONE);
  }

  private static final class Counter {
    private final Map<String, Map<String, Integer>> counts = new TreeMap<>();

    void add(String gold, String predicted) {
      counts.computeIfAbsent(Objects.requireNonNull(gold), k -> new TreeMap<>())
          .merge(Objects.requireNonNull(predicted), 1, Integer::sum);
    }

    Confusion build() {
      return new Confusion(counts);
    }
  }
}
