package org.newsrel.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of a bipartite graph of nodes (longs) and the keys they share
 * (strings), by min-label propagation: every node starts with its own number as label;
 * each round a key takes the least label of its nodes and a node the least label of its
 * keys; it stops when a round lowers no label. Each component ends labelled with its least
 * node, the root {@code UnionFind} gives it. Rounds: the graph's diameter in key steps (one
 * to a few for names; each round is two joins and a count).
 */
final class Components {

  /** The labels of the nodes, and the label of each key (its component's). */
  record Labels(JavaPairRDD<Long, Long> ofNodes, JavaPairRDD<String, Long> ofKeys, int rounds) {}

  private Components() {}

  /** The components of {@code edges} (key, node); nodes without edges are not in the result. */
  static Labels of(JavaPairRDD<String, Long> edges, int partitions) {
    JavaPairRDD<String, Long> byKey = edges.distinct(partitions).persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, String> byNode = byKey.mapToPair(Tuple2::swap).persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Long> labels = byNode.keys().distinct(partitions).mapToPair(n -> new Tuple2<>(n, n))
        .persist(StorageLevel.MEMORY_AND_DISK());
    int rounds = 0;
    while (true) {
      rounds++;
      JavaPairRDD<String, Long> keyLabels = byNode.join(labels, partitions)
          .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2())).reduceByKey(Math::min, partitions)
          .persist(StorageLevel.MEMORY_AND_DISK());
      JavaPairRDD<Long, Long> next = byKey.join(keyLabels, partitions)
          .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2())).reduceByKey(Math::min, partitions)
          .persist(StorageLevel.MEMORY_AND_DISK());
      long lowered = next.join(labels, partitions).filter(t -> t._2()._1() < t._2()._2()).count();
      labels.unpersist(false);
      labels = next;
      if (lowered == 0) {
        byNode.unpersist(false);
        byKey.unpersist(false);
        return new Labels(labels, keyLabels, rounds);
      }
      keyLabels.unpersist(false);
    }
  }
}
