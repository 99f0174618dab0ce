package org.newsrel.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsrel.identity.IdentityCluster;

/**
 * The driver link's heap per document, beyond one machine's corpus: the cluster records of
 * the documents of a job's Parquet table ({@code --out}), copied {@code K} times under new
 * keys (so {@code K} x the documents, each copy its own document), linked on the driver as
 * {@code --link driver} does ({@link IdentityPass#linkedOnDriver}); prints the heap after a
 * full GC with everything held, less the heap before.
 *
 * <p>{@code java <spark.java.options> -Xmx4g -cp spark/target/test-classes:spark/target/classes:$(cat spark/target/classpath.txt) org.newsrel.spark.DriverHeapProbe PARQUET K}
 * (BENCHMARKS.md, 2026-12-07 later). Not a test: a benchmark tool.
 */
public final class DriverHeapProbe {

  private DriverHeapProbe() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("newsrel-driver-heap")
        .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1").getOrCreate();
    int copies = Integer.parseInt(args[1]);
    List<List<IdentityCluster>> perDoc = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Row r : spark.read().parquet(args[0]).filter("error IS NULL").collectAsList()) {
      perDoc.add(IdentityCluster.of(DocumentRows.layers(r, r.getAs("id"), "")));
      keys.add(r.getAs("id"));
    }
    long clusters = perDoc.stream().mapToLong(List::size).sum();
    long h0 = IdentityPass.liveHeapMb();
    // the copies as the driver holds them after collecting: records read back from Spark rows, no strings shared
    List<IdentityPass.KeyedClusters> docs = new ArrayList<>();
    for (int k = 0; k < copies; k++) {
      for (int d = 0; d < perDoc.size(); d++) {
        docs.add(new IdentityPass.KeyedClusters(String.format("%05d-%s.txt", k, keys.get(d)),
            IdentityRows.clusters(perDoc.get(d).stream().map(DriverHeapProbe::copy).map(IdentityRows::cluster).toList())));
      }
    }
    long h1 = IdentityPass.liveHeapMb();
    long t0 = System.nanoTime();
    long[] peak = {0};
    IdentityPass.linkedOnDriver(spark, docs, KeyOrder.FILE_NAMES, Map.of(), peak);
    double seconds = (System.nanoTime() - t0) / 1e9;
    int n = docs.size();
    System.out.printf("%d documents (%d copies of %d), %d clusters; heap after GC: %d MB before, records %d MB "
        + "(%.1f KB per document), at the link's peak %d MB (%.1f KB per document); sort + link + table %.1f s%n",
        n, copies, n / copies, clusters * copies, h0, h1 - h0, 1024.0 * (h1 - h0) / n, peak[0] - h0,
        1024.0 * (peak[0] - h0) / n, seconds);
    spark.stop();
  }

  /** The cluster with new strings, so that no copy shares another's. */
  private static IdentityCluster copy(IdentityCluster c) {
    return new IdentityCluster(new String(c.localId().toCharArray()), c.type(),
        c.names().stream().map(n -> new String(n.toCharArray())).toList(), c.counts());
  }
}
