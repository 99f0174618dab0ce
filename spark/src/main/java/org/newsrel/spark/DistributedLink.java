package org.newsrel.spark;

import static org.newsrel.core.EntityTypes.LOCATION;
import static org.newsrel.core.EntityTypes.PERSON;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsrel.identity.ClusterIdentity;
import org.newsrel.identity.CrossDocumentIdentity;
import org.newsrel.identity.IdentityCluster;
import org.newsrel.ner.EntityLexicon;
import org.newsrel.pipeline.NewsrelPipeline;
import scala.Tuple2;

/**
 * Corpus-wide linking of the documents' {@link IdentityCluster}s as Spark joins, with no
 * corpus-sized data on the driver; the same result as {@link CrossDocumentIdentity#linkClusters}
 * (the CLI's, in the CLI's document order) by the same rules, each step keyed:
 * <ol>
 *   <li>corpus order: the documents' keys sorted with the CLI's comparator, numbered; a
 *       cluster's number ({@code gid}) is its document's number and its place in it, the
 *       order {@code UnionFind} sees them in;
 *   <li>clusters sharing a {@link CrossDocumentIdentity#keys key}: {@link Components};
 *   <li>bare one-word PERSON clusters: the distinct components of the full names whose first
 *       or last word is theirs (one: joined; none: the place of their name, retyped LOCATION,
 *       or else every bare cluster of the word together), a second {@link Components} pass
 *       over those links (they never merge two full names' components, so the order the CLI
 *       links them in does not matter);
 *   <li>naming: per component its first cluster, its first non-PERSON type and every name's
 *       count and first place, aggregated ({@link CrossDocumentIdentity#componentName});
 *       ids made unique within each {@link CrossDocumentIdentity#family family} of bases,
 *       components in the order of their first cluster.
 * </ol>
 * Memory per task is bounded by a component's distinct names and a family's components.
 */
final class DistributedLink {

  /** One cluster with its corpus number, its document's key and position. */
  record Node(long gid, String docKey, int doc, int ordinal, IdentityCluster cluster) implements Serializable {}

  /** Where one bare cluster goes: joined to {@code target} (a component label), or to the bare clusters of its word. */
  record BareLink(long gid, long target, boolean retype, String word) implements Serializable {}

  /** The aggregate naming reads of one component. */
  static final class NameSummary implements Serializable {
    private static final long serialVersionUID = 1L;
    long first = Long.MAX_VALUE;
    String firstType;
    String firstLocalId;
    long firstOther = Long.MAX_VALUE;
    String otherType;
    /** name -> {count, gid of first sight, index in that cluster} */
    final Map<String, long[]> names = new java.util.HashMap<>();

    NameSummary add(Node n) {
      if (n.gid() < first) {
        first = n.gid();
        firstType = n.cluster().type();
        firstLocalId = n.cluster().localId();
      }
      if (!n.cluster().type().equals(PERSON) && n.gid() < firstOther) {
        firstOther = n.gid();
        otherType = n.cluster().type();
      }
      List<String> ns = n.cluster().names();
      for (int i = 0; i < ns.size(); i++) {
        merge(ns.get(i), new long[] {n.cluster().counts().get(i), n.gid(), i});
      }
      return this;
    }

    NameSummary merge(NameSummary o) {
      if (o.first < first) {
        first = o.first;
        firstType = o.firstType;
        firstLocalId = o.firstLocalId;
      }
      if (o.firstOther < firstOther) {
        firstOther = o.firstOther;
        otherType = o.otherType;
      }
      o.names.forEach(this::merge);
      return this;
    }

    private void merge(String name, long[] v) {
      long[] have = names.get(name);
      if (have == null) {
        names.put(name, v.clone());
        return;
      }
      have[0] += v[0];
      if (v[1] < have[1] || (v[1] == have[1] && v[2] < have[2])) {
        have[1] = v[1];
        have[2] = v[2];
      }
    }

    /** Every name with its count, in first-seen order. */
    Map<String, Integer> inOrder() {
      List<Map.Entry<String, long[]>> es = new ArrayList<>(names.entrySet());
      es.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1])
          .thenComparingLong(e -> e.getValue()[2]));
      Map<String, Integer> out = new LinkedHashMap<>();
      es.forEach(e -> out.put(e.getKey(), Math.toIntExact(e.getValue()[0])));
      return out;
    }
  }

  /** A named component before its id is made unique. */
  record Named(long label, long first, String base, String name) implements Serializable {}

  private static final int ORDINAL_BITS = 24;

  /** This JVM's linkers, by the job's pipeline overrides. */
  private static final Map<Map<String, String>, CrossDocumentIdentity> IDENTITIES = new ConcurrentHashMap<>();

  private DistributedLink() {}

  /**
   * This JVM's linker for a job whose pipeline has the overrides {@code props} on top of
   * newsrel's defaults: {@link CrossDocumentIdentity#forPipeline} of those properties, so the
   * lexicon is the one the entity annotator was configured with, as the CLI links.
   */
  static CrossDocumentIdentity identity(Map<String, String> props) {
    return IDENTITIES.computeIfAbsent(Map.copyOf(props), p -> {
      Properties all = NewsrelPipeline.defaultProperties();
      all.putAll(p);
      return CrossDocumentIdentity.forPipeline(all);
    });
  }

  /**
   * The identities of the clusters of {@code clusters} ({@link IdentityPass#KEY}, array of
   * {@link IdentityRows#CLUSTER}), one row per document: key, corpus position, array of
   * {@link IdentityRows#IDENTITY} in the document's cluster order.
   */
  static Dataset<Row> link(SparkSession spark, Dataset<Row> clusters, Comparator<String> order, int partitions,
      Map<String, String> overrides, java.io.PrintStream log) {
    Map<String, String> props = Map.copyOf(overrides);
    JavaPairRDD<String, List<IdentityCluster>> byDoc = clusters.toJavaRDD()
        .mapToPair(r -> new Tuple2<>(r.getString(0), IdentityRows.clusters(r.getList(1))));
    JavaPairRDD<String, Long> position = byDoc.keys().mapToPair(k -> new Tuple2<>(k, 0))
        .sortByKey(order, true, partitions).keys().zipWithIndex().persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Node> nodes = byDoc.join(position, partitions).flatMap(t -> {
      List<IdentityCluster> cs = t._2()._1();
      int doc = Math.toIntExact(t._2()._2());
      if (cs.size() >= 1 << ORDINAL_BITS) {
        throw new IllegalStateException(t._1() + ": too many clusters in one document: " + cs.size());
      }
      List<Node> out = new ArrayList<>(cs.size());
      for (int j = 0; j < cs.size(); j++) {
        out.add(new Node(((long) doc << ORDINAL_BITS) | j, t._1(), doc, j, cs.get(j)));
      }
      return out.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK());

    // clusters sharing a key
    JavaPairRDD<String, Long> edges = nodes.flatMapToPair(n -> identity(props).keys(n.cluster(), n.doc()).stream()
        .map(k -> new Tuple2<>(k, n.gid())).iterator());
    Components.Labels keyed = Components.of(edges, partitions);
    JavaPairRDD<Long, Long> labels = nodes.mapToPair(n -> new Tuple2<>(n.gid(), n.gid()))
        .leftOuterJoin(keyed.ofNodes(), partitions).mapToPair(t -> new Tuple2<>(t._1(), t._2()._2().orElse(t._1())))
        .persist(StorageLevel.MEMORY_AND_DISK());

    // bare one-word PERSON clusters
    JavaPairRDD<Long, Node> bare = nodes.filter(n -> identity(props).keys(n.cluster(), n.doc()).isEmpty())
        .mapToPair(n -> new Tuple2<>(n.gid(), n));
    JavaRDD<BareLink> links = bareLinks(bare, nodes, labels, keyed.ofKeys(), partitions, props).persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, Long> edges2 = links.flatMapToPair(b -> {
      List<Tuple2<String, Long>> out = new ArrayList<>();
      if (b.word() != null) {
        out.add(new Tuple2<>("B:" + b.word(), b.gid()));
      } else {
        out.add(new Tuple2<>("E:" + b.gid(), b.gid()));
        out.add(new Tuple2<>("E:" + b.gid(), b.target()));
      }
      return out.iterator();
    });
    // the word of every bare cluster that joins the others of its word; then every bare cluster of that word
    JavaPairRDD<String, Long> bareByWord = bare.mapToPair(t -> new Tuple2<>(CrossDocumentIdentity.bareKey(t._2().cluster()),
        t._1()));
    JavaPairRDD<String, Long> joining = links.filter(b -> b.word() != null).mapToPair(b -> new Tuple2<>(b.word(), 0L))
        .distinct(partitions).join(bareByWord, partitions).mapToPair(t -> new Tuple2<>("B:" + t._1(), t._2()._2()));
    Components.Labels second = Components.of(edges2.union(joining), partitions);
    JavaPairRDD<Long, Long> finalLabels = labels.mapToPair(Tuple2::swap).leftOuterJoin(second.ofNodes(), partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2().orElse(t._1())))
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Boolean> retyped = links.filter(BareLink::retype).mapToPair(b -> new Tuple2<>(b.gid(), true));
    log.printf("distributed link: %d + %d rounds of label propagation%n", keyed.rounds(), second.rounds());

    // naming
    JavaPairRDD<Long, Node> members = nodes.mapToPair(n -> new Tuple2<>(n.gid(), n)).join(finalLabels, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1())).persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, ClusterIdentity> named = members
        .aggregateByKey(new NameSummary(), partitions, NameSummary::add, NameSummary::merge)
        .map(t -> {
          NameSummary s = t._2();
          String type = s.otherType != null ? s.otherType : s.firstType;
          CrossDocumentIdentity.ComponentName n = identity(props).componentName(type, s.firstLocalId, s.inOrder());
          return new Named(t._1(), s.first, n.base(), n.name());
        })
        .groupBy(n -> CrossDocumentIdentity.family(n.base()), partitions)
        .flatMapToPair(t -> {
          List<Named> family = new ArrayList<>();
          t._2().forEach(family::add);
          family.sort(Comparator.comparingLong(Named::first));
          Set<String> used = new HashSet<>();
          List<Tuple2<Long, ClusterIdentity>> out = new ArrayList<>();
          for (Named n : family) {
            out.add(new Tuple2<>(n.label(), new ClusterIdentity(CrossDocumentIdentity.uniqueId(n.base(), used),
                n.name(), null)));
          }
          return out.iterator();
        });

    // per document: its clusters' identities in its order, with its corpus position
    JavaPairRDD<String, Tuple2<Integer, Row>> perCluster = members.join(named, partitions)
        .mapToPair(t -> new Tuple2<>(t._2()._1().gid(), t._2())).leftOuterJoin(retyped, partitions).mapToPair(t -> {
          Node n = t._2()._1()._1();
          ClusterIdentity c = t._2()._1()._2();
          ClusterIdentity own = new ClusterIdentity(c.id(), c.name(), t._2()._2().isPresent() ? LOCATION : null);
          return new Tuple2<>(n.docKey(), new Tuple2<>(n.ordinal(), IdentityRows.identity(n.cluster().localId(), own)));
        });
    JavaRDD<Row> rows = position.leftOuterJoin(perCluster.groupByKey(partitions), partitions).map(t -> {
      List<Tuple2<Integer, Row>> ids = new ArrayList<>();
      Optional<Iterable<Tuple2<Integer, Row>>> got = t._2()._2();
      if (got.isPresent()) {
        got.get().forEach(ids::add);
      }
      ids.sort(Comparator.comparingInt(Tuple2::_1));
      return RowFactory.create(t._1(), Math.toIntExact(t._2()._1()),
          DocumentRows.seq(ids.stream().map(Tuple2::_2).toList()));
    });
    return spark.createDataFrame(rows, IdentityPass.IDS_SCHEMA);
  }

  /** Where each bare cluster goes (see the class comment); none when it stays alone. */
  private static JavaRDD<BareLink> bareLinks(JavaPairRDD<Long, Node> bare, JavaRDD<Node> nodes,
      JavaPairRDD<Long, Long> labels, JavaPairRDD<String, Long> keyLabels, int partitions, Map<String, String> props) {
    // the distinct components of the full names ending or starting with a bare cluster's word
    JavaPairRDD<String, Long> fullNames = nodes.flatMapToPair(n -> CrossDocumentIdentity.endWords(n.cluster()).stream()
        .map(w -> new Tuple2<>(n.gid(), w)).iterator())
        .join(labels, partitions).mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2())).distinct(partitions);
    JavaPairRDD<Long, List<Long>> roots = bare.mapToPair(t -> new Tuple2<>(CrossDocumentIdentity.bareKey(t._2().cluster()),
        t._1())).join(fullNames, partitions).mapToPair(t -> t._2()).distinct(partitions)
        .aggregateByKey(new ArrayList<Long>(), partitions, (l, v) -> {
          if (l.size() < 2) {
            l.add(v);
          }
          return l;
        }, (a, b) -> {
          for (Long v : b) {
            if (a.size() < 2) {
              a.add(v);
            }
          }
          return a;
        }).mapToPair(t -> new Tuple2<>(t._1(), (List<Long>) t._2()));
    JavaPairRDD<Long, Long> place = bare.mapToPair(t -> new Tuple2<>(identity(props).placeKey(t._2().cluster()), t._1()))
        .join(keyLabels, partitions).mapToPair(t -> t._2());
    return bare.leftOuterJoin(roots, partitions).leftOuterJoin(place, partitions).flatMap(t -> {
      long gid = t._1();
      Node n = t._2()._1()._1();
      List<Long> rs = t._2()._1()._2().orElse(List.of());
      Optional<Long> p = t._2()._2();
      List<BareLink> out = new ArrayList<>(1);
      if (rs.isEmpty() && p.isPresent()) {
        out.add(new BareLink(gid, p.get(), true, null));
      } else if (rs.size() == 1) {
        out.add(new BareLink(gid, rs.get(0), false, null));
      } else if (rs.isEmpty()) {
        out.add(new BareLink(gid, gid, false, CrossDocumentIdentity.bareKey(n.cluster())));
      }
      return out.iterator();
    });
  }
}
