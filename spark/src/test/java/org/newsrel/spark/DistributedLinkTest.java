package org.newsrel.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.newsrel.identity.ClusterIdentity;
import org.newsrel.identity.IdentityCluster;

/**
 * The distributed link ({@link DistributedLink}) against the CLI's ({@code linkClusters}) on
 * made-up cluster records: every cluster's corpus id, name and type, and every document's
 * position. No models: the records are what pass 1 would give.
 */
class DistributedLinkTest {

  private static IdentityCluster c(String localId, String type, String... names) {
    List<Integer> counts = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      counts.add(i + 1);
    }
    return new IdentityCluster(localId, type, List.of(names), counts);
  }

  @Test
  void theLinkReadsTheLexiconTheJobsPipelineIsConfiguredWith() {
    RuntimeException e = assertThrows(RuntimeException.class,
        () -> DistributedLink.identity(Map.of("newsrel_entities.lexicon", "/no/such/dir/lexicon.txt")));
    assertTrue(e.getMessage().contains("newsrel_entities") && e.getMessage().contains("/no/such/dir/lexicon.txt"),
        e.getMessage());
    assertSame(DistributedLink.identity(Map.of()), DistributedLink.identity(new java.util.TreeMap<>()),
        "one linker per JVM and configuration");
  }

  /** Both links over {@code docs} (documents named d000.txt, d001.txt, ... handed over in reverse); asserts equal; returns them. */
  private static List<List<ClusterIdentity>> bothLinks(List<List<IdentityCluster>> docs, String what) {
    List<List<ClusterIdentity>> expected = DistributedLink.identity(Map.of()).linkClusters(docs);
    List<Row> rows = new ArrayList<>();
    for (int d = docs.size() - 1; d >= 0; d--) {
      rows.add(RowFactory.create(String.format("d%03d.txt", d),
          DocumentRows.seq(docs.get(d).stream().map(IdentityRows::cluster).toList())));
    }
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<Row> out = new ArrayList<>(DistributedLink.link(LocalSpark.session(),
        LocalSpark.session().createDataFrame(rows, IdentityPass.CLUSTERS_SCHEMA), KeyOrder.FILE_NAMES, 3, Map.of(),
        new PrintStream(log, true, StandardCharsets.UTF_8)).collectAsList());
    System.out.print(what + ": " + log.toString(StandardCharsets.UTF_8));
    out.sort(Comparator.comparingInt(r -> r.getInt(1)));
    assertEquals(docs.size(), out.size(), what);
    for (int d = 0; d < docs.size(); d++) {
      Row r = out.get(d);
      assertEquals(String.format("d%03d.txt", d), r.getString(0), what + ": position " + d);
      List<ClusterIdentity> got = r.<Row>getList(2).stream().map(IdentityRows::identity).toList();
      List<String> localIds = r.<Row>getList(2).stream().map(x -> x.getString(0)).toList();
      assertEquals(docs.get(d).stream().map(IdentityCluster::localId).toList(), localIds, what + ": d" + d);
      assertEquals(expected.get(d), got, what + ": document " + d);
    }
    return expected;
  }

  @Test
  void bareNamesPlacesAndIdSuffixesAsTheCliLinksThem() {
    List<List<IdentityCluster>> docs = List.of(
        List.of(c("anna-berglund", "PERSON", "Anna Berglund"), c("zelvora", "LOCATION", "Zelvora"),
            c("foo-bar", "PERSON", "Foo Bar"), c("olsen", "PERSON", "Olsen")),
        List.of(c("berglund", "PERSON", "Berglund"), c("zelvora", "PERSON", "Zelvora"), c("mirek", "PERSON", "Mirek"),
            c("foo-bar", "ORGANIZATION", "Foo Bar"), c("karl-olsen", "PERSON", "Karl Olsen")),
        List.of(c("mirek", "PERSON", "Mirek", "MIREK"), c("foo-bar-2", "ORGANIZATION", "Foo Bar 2"),
            c("olsen-petersen", "PERSON", "Olsen Petersen"), c("officials", "GROUP", "officials"),
            c("killed-foo-soldiers-3", "GROUP", "Foo soldiers")),
        List.of(c("officials", "GROUP", "officials"), c("killed-foo-soldiers", "GROUP", "the Foo soldiers"),
            c("kremlin", "ORGANIZATION", "Kremlin"), c("kremlin", "LOCATION", "Kremlin")),
        List.of());
    List<List<ClusterIdentity>> ids = bothLinks(docs, "hand-made");
    // what the rules do, so that the comparison above covers each of them
    assertEquals("anna-berglund", ids.get(1).get(0).id(), "a bare surname joins the one full name");
    assertEquals("LOCATION", ids.get(1).get(1).retype(), "a bare name that is a place elsewhere");
    assertEquals(ids.get(1).get(2).id(), ids.get(2).get(0).id(), "bare names of no one else together");
    assertEquals(List.of("foo-bar", "foo-bar-2", "foo-bar-2-2"),
        List.of(ids.get(0).get(2).id(), ids.get(1).get(3).id(), ids.get(2).get(1).id()), "a family of bases");
    assertTrue(!ids.get(2).get(3).id().equals(ids.get(3).get(0).id()), "bare class groups stay in their document");
  }

  @Test
  void randomCorporaLinkAsTheCliLinksThem() {
    String[] first = {"Anna", "Karl", "Mirek", "Olsen", "Zelvora", "Foo", "Berglund", "Petra"};
    String[] types = {"PERSON", "PERSON", "PERSON", "LOCATION", "ORGANIZATION", "GROUP"};
    for (int seed = 1; seed <= 3; seed++) {
      Random rnd = new Random(seed);
      List<List<IdentityCluster>> docs = new ArrayList<>();
      for (int d = 0; d < 60; d++) {
        List<IdentityCluster> doc = new ArrayList<>();
        int n = rnd.nextInt(6);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
          String type = types[rnd.nextInt(types.length)];
          String a = first[rnd.nextInt(first.length)];
          String b = first[rnd.nextInt(first.length)];
          String name = switch (rnd.nextInt(4)) {
            case 0 -> a;
            case 1 -> a + " " + b;
            case 2 -> a.toUpperCase(java.util.Locale.ROOT);
            default -> a + " " + (1 + rnd.nextInt(3));
          };
          String localId = type.equals("GROUP")
              ? (rnd.nextBoolean() ? "killed-" : "") + org.newsrel.ner.NameKey.slug(name) + (rnd.nextBoolean() ? "-7" : "")
              : org.newsrel.ner.NameKey.slug(name) + "-" + i;
          if (ids.add(localId)) {
            doc.add(rnd.nextInt(3) == 0 ? c(localId, type, name, b) : c(localId, type, name));
          }
        }
        docs.add(doc);
      }
      bothLinks(docs, "random corpus " + seed);
    }
  }
}
