package org.newsrel.score;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/** Micro sums of keyed counts over documents. */
final class Sums {

  private Sums() {}

  static <D> Prf prf(Collection<D> documents, Function<D, Map<String, Prf>> map, String key) {
    Prf s = Prf.ZERO;
    for (D d : documents) {
      s = s.plus(map.apply(d).getOrDefault(key, Prf.ZERO));
    }
    return s;
  }

  static <D> Accuracy accuracy(Collection<D> documents, Function<D, Map<String, Accuracy>> map, String key) {
    Accuracy s = Accuracy.ZERO;
    for (D d : documents) {
      s = s.plus(map.apply(d).getOrDefault(key, Accuracy.ZERO));
    }
    return s;
  }

  static void add(Map<String, Prf> into, String key, Prf p) {
    into.merge(key, p, Prf::plus);
  }

  static <D> java.util.SortedSet<String> keys(Collection<D> documents, Function<D, Map<String, ?>> map) {
    java.util.SortedSet<String> out = new java.util.TreeSet<>();
    for (D d : documents) {
      out.addAll(map.apply(d).keySet());
    }
    return out;
  }
}
