package org.newsrel.spark;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsrel.core.DocumentLayers;
import org.newsrel.identity.ClusterIdentity;
import org.newsrel.identity.CrossDocumentIdentity;
import org.newsrel.identity.IdentityCluster;
import org.newsrel.identity.RoleAdoption;

/**
 * Pass 2 of the batch job: corpus-wide identity over the annotated documents, as
 * {@link CrossDocumentIdentity#apply} does it for the CLI, split so that only small records
 * move:
 * <ol>
 *   <li>{@link RoleAdoption} targets of every document (rare: GROUP mentions with a numeral
 *       and a role) to the driver, merged in the CLI's document order;
 *   <li>each document's {@link IdentityCluster}s (after adoption), on the executors;
 *   <li>linking them ({@code --link}): on the driver ({@link CrossDocumentIdentity#linkClusters},
 *       the CLI's own code; the driver holds every cluster record) or as Spark joins
 *       ({@link DistributedLink}; nothing corpus-sized on the driver); {@code auto} takes the
 *       driver up to {@link #AUTO_DRIVER_MAX} documents;
 *   <li>each document rewritten with its clusters' corpus ids, on the executors.
 * </ol>
 */
final class IdentityPass {

  /** Key column: the file name (.txt folder) or the id (table) that orders and joins documents. */
  static final String KEY = "newsrel_key";
  static final String POSITION = "newsrel_position";
  static final String IDS = "newsrel_ids";

  /** One row per annotated document: key, its position in the CLI's order, its clusters' identities in its order. */
  static final StructType IDS_SCHEMA = new StructType()
      .add(KEY, DataTypes.StringType, false)
      .add(POSITION, DataTypes.IntegerType, false)
      .add(IDS, DataTypes.createArrayType(IdentityRows.IDENTITY, false), false);

  static final StructType CLUSTERS_SCHEMA = new StructType()
      .add(KEY, DataTypes.StringType, false)
      .add("clusters", DataTypes.createArrayType(IdentityRows.CLUSTER, false), false);

  private static final StructType TARGETS_SCHEMA = new StructType()
      .add(KEY, DataTypes.StringType, false)
      .add("targets", DataTypes.createArrayType(IdentityRows.ROLE_TARGET, false), false);

  /** {@code --link auto} links on the driver up to this many documents (see README for the driver's heap per document). */
  static final long AUTO_DRIVER_MAX = 100_000;

  /** Where the clusters are linked. */
  enum Link { AUTO, DRIVER, DISTRIBUTED }

  /**
   * The documents with corpus ids (pass 1's columns; lazy: the rewrite runs in the first
   * action on it), where they were linked, the seconds of the eager part, and how many
   * cluster records the driver held (-1 when linked distributed).
   */
  record Result(Dataset<Row> linked, Link where, double seconds, long driverRecords) {}

  private IdentityPass() {}

  /**
   * Pass 1's rows ({@link #KEY}, id, text, the layer columns; {@code documents} of them
   * annotated) with corpus-wide ids; {@code order} is the CLI's document order of the keys.
   */
  static Result run(SparkSession spark, Dataset<Row> pass1, long documents, KeyOrder order, Link link,
      int partitions, Map<String, String> props, PrintStream log) {
    long t0 = System.nanoTime();
    Dataset<Row> annotated = pass1.filter(col(DocumentRows.ERROR).isNull());
    Map<String, RoleAdoption.Target> targets = roleTargets(annotated, order);
    MapPartitionsFunction<Row, Row> toClusters = rows -> LazyIterators.map(rows, r -> RowFactory.create(r.getString(0),
        DocumentRows.seq(IdentityCluster.of(RoleAdoption.adopt(layers(r), targets)).stream()
            .map(IdentityRows::cluster).toList())));
    Dataset<Row> clusters = annotated.mapPartitions(toClusters, Encoders.row(CLUSTERS_SCHEMA));
    Link where = link != Link.AUTO ? link : documents <= AUTO_DRIVER_MAX ? Link.DRIVER : Link.DISTRIBUTED;
    long[] records = {-1};
    Dataset<Row> ids = where == Link.DRIVER ? onDriver(spark, clusters, order, props, records)
        : DistributedLink.link(spark, clusters, order, partitions, props, log);
    StructType schema = pass1.schema();
    MapPartitionsFunction<Row, Row> rewrite = rows -> LazyIterators.map(rows, r -> rewritten(r, targets));
    Dataset<Row> linked = pass1.join(ids, new String[] {KEY}, "left_outer").mapPartitions(rewrite, Encoders.row(schema));
    return new Result(linked, where, (System.nanoTime() - t0) / 1e9, records[0]);
  }

  private static DocumentLayers layers(Row r) {
    return DocumentRows.layers(r, r.getString(1), "");
  }

  /** The role targets of the corpus: each document's, merged in the CLI's order (few documents have any). */
  private static Map<String, RoleAdoption.Target> roleTargets(Dataset<Row> annotated, Comparator<String> order) {
    MapPartitionsFunction<Row, Row> f = rows -> {
      List<Row> out = new ArrayList<>();
      while (rows.hasNext()) {
        Row r = rows.next();
        Map<String, RoleAdoption.Target> t = RoleAdoption.targets(layers(r));
        if (!t.isEmpty()) {
          out.add(RowFactory.create(r.getString(0), DocumentRows.seq(IdentityRows.roleTargets(t))));
        }
      }
      return out.iterator();
    };
    List<Row> perDoc = new ArrayList<>(annotated.mapPartitions(f, Encoders.row(TARGETS_SCHEMA)).collectAsList());
    perDoc.sort(Comparator.comparing((Row r) -> r.getString(0), order));
    Map<String, RoleAdoption.Target> out = new LinkedHashMap<>();
    for (Row r : perDoc) {
      for (Row t : r.<Row>getList(1)) {
        out.putIfAbsent(t.getString(0), IdentityRows.roleTarget(t));
      }
    }
    return out;
  }

  /** One document's key and clusters, as the driver link holds them. */
  record KeyedClusters(String key, List<IdentityCluster> clusters) {}

  /** The driver link: every document's clusters collected, then {@link #linkedOnDriver}; {@code records[0]}: how many. */
  private static Dataset<Row> onDriver(SparkSession spark, Dataset<Row> clusters, Comparator<String> order,
      Map<String, String> props, long[] records) {
    List<KeyedClusters> docs = new ArrayList<>();
    for (Row r : clusters.collectAsList()) { // the collected rows are dropped once converted
      docs.add(new KeyedClusters(r.getString(0), IdentityRows.clusters(r.getList(1))));
    }
    records[0] = docs.stream().mapToLong(d -> d.clusters().size()).sum();
    return linkedOnDriver(spark, docs, order, props, null);
  }

  /**
   * The documents' clusters put in order and linked by the CLI's code, as a table of
   * {@link #IDS_SCHEMA} held by the driver; when {@code heapMb} is not null, {@code heapMb[0]}
   * gets the driver's heap in use after a full GC with the records, their identities, the
   * rows and the table all held (the driver link's peak, as {@code DriverHeapProbe} measures
   * it per document; the job does not: two full GCs).
   */
  static Dataset<Row> linkedOnDriver(SparkSession spark, List<KeyedClusters> docs, Comparator<String> order,
      Map<String, String> props, long[] heapMb) {
    docs.sort(Comparator.comparing(KeyedClusters::key, order));
    List<List<ClusterIdentity>> linked = DistributedLink.identity(props)
        .linkClusters(docs.stream().map(KeyedClusters::clusters).toList());
    List<Row> rows = new ArrayList<>(docs.size());
    for (int d = 0; d < docs.size(); d++) {
      List<IdentityCluster> cs = docs.get(d).clusters();
      List<Row> ids = new ArrayList<>(cs.size());
      for (int i = 0; i < cs.size(); i++) {
        ids.add(IdentityRows.identity(cs.get(i).localId(), linked.get(d).get(i)));
      }
      rows.add(RowFactory.create(docs.get(d).key(), d, DocumentRows.seq(ids)));
    }
    Dataset<Row> table = spark.createDataFrame(rows, IDS_SCHEMA);
    if (heapMb != null) {
      heapMb[0] = liveHeapMb();
    }
    java.lang.ref.Reference.reachabilityFence(docs);
    java.lang.ref.Reference.reachabilityFence(linked);
    java.lang.ref.Reference.reachabilityFence(rows);
    return table;
  }

  /** One pass-1 row with its corpus ids (an error row as it is). */
  private static Row rewritten(Row r, Map<String, RoleAdoption.Target> targets) {
    int n = r.length() - 2; // pass 1's columns, then position and ids
    Object[] values = new Object[n];
    for (int i = 0; i < 3; i++) {
      values[i] = r.get(i);
    }
    if (r.isNullAt(r.fieldIndex(POSITION))) {
      for (int i = 3; i < n; i++) {
        values[i] = r.get(i);
      }
      return RowFactory.create(values);
    }
    Map<String, ClusterIdentity> ids = new java.util.HashMap<>();
    for (Row id : r.<Row>getList(r.fieldIndex(IDS))) {
      ids.put(id.getString(0), IdentityRows.identity(id));
    }
    DocumentLayers linked = CrossDocumentIdentity.rewrite(r.getInt(r.fieldIndex(POSITION)),
        RoleAdoption.adopt(layers(r), targets), ids);
    Object[] layers = DocumentRows.values(linked, DocumentRows.tokens(r));
    System.arraycopy(layers, 0, values, 3, layers.length);
    return RowFactory.create(values);
  }

  /** Heap in use after a full GC in this JVM (the driver). */
  static long liveHeapMb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576;
  }
}
