package org.newsrel.spark;

import java.util.Iterator;
import java.util.function.Function;

/** Iterators for {@code mapPartitions}: nothing held but the element being mapped. */
final class LazyIterators {

  private LazyIterators() {}

  /** {@code f} applied to each element of {@code in} as the consumer asks for it. */
  static <A, B> Iterator<B> map(Iterator<A> in, Function<A, B> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public B next() {
        return f.apply(in.next());
      }
    };
  }
}
