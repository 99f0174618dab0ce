package org.newsrel.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.newsrel.brat.AnnotateOutput;
import org.newsrel.core.DocumentLayers;

/** The batch job end to end in local[2]: its brat/JSON output equals `annotate`'s file for file. */
class SparkJobTest {

  private static SparkJob.Summary lastSummary;

  static SparkJob.Summary job(String... args) throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    SparkJob.Summary s = SparkJob.run(LocalSpark.session(), SparkJob.parse(args),
        new PrintStream(log, true, StandardCharsets.UTF_8));
    System.out.print(log.toString(StandardCharsets.UTF_8));
    lastSummary = s;
    return s;
  }

  /**
   * Runs the CLI and the job on {@code in}, the job once per way of linking ({@code --link
   * driver} and {@code distributed}); asserts each job's output folder equals the CLI's file
   * for file; returns the Parquet folder of the distributed run.
   */
  static Path bothAgree(String name, Path in, int cliExit, String... extra) throws Exception {
    Path cli = LocalSpark.scratch(name + "-cli");
    long t0 = System.nanoTime();
    LocalSpark.cliAnnotate(in, cli, cliExit);
    System.out.printf("SparkJobTest %s: CLI %.1f s%n", name, (System.nanoTime() - t0) / 1e9);
    Map<String, String> expected = LocalSpark.files(cli);
    Path parquet = null;
    for (String link : List.of("driver", "distributed")) {
      Path spark = LocalSpark.scratch(name + "-spark-" + link);
      List<String> args = new java.util.ArrayList<>(List.of("--in", in.toString(), "--out",
          spark.resolve("parquet").toString(), "--brat", spark.resolve("brat").toString(), "--link", link));
      args.addAll(List.of(extra));
      long t1 = System.nanoTime();
      SparkJob.Summary s = job(args.toArray(String[]::new));
      System.out.printf("SparkJobTest %s: Spark job, --link %s, %.1f s (%d documents, %d tokens)%n", name, link,
          (System.nanoTime() - t1) / 1e9, s.documents(), s.tokens());
      assertEquals(link, s.link().name().toLowerCase(java.util.Locale.ROOT));
      Map<String, String> actual = LocalSpark.files(spark.resolve("brat"));
      assertEquals(expected.keySet(), actual.keySet(), "the same files, --link " + link);
      for (String f : expected.keySet()) {
        assertEquals(expected.get(f), actual.get(f), f + ", --link " + link);
      }
      parquet = spark.resolve("parquet");
    }
    return parquet;
  }

  @Test
  void goldFolderWithABinaryAndAnEmptyFileGivesAnnotatesFiles() throws Exception {
    Path in = LocalSpark.scratch("job-gold-in");
    LocalSpark.copyTexts(LocalSpark.goldTexts(), in);
    Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0});
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Path parquet = bothAgree("job-gold", in, 1);

    // the Parquet table: one row per file, the error row for the binary file, and the
    // corpus-wide ids (what the brat files were built from) in typed columns
    Map<String, Row> rows = new TreeMap<>();
    for (Row r : LocalSpark.session().read().parquet(parquet.toString()).collectAsList()) {
      rows.put(r.getAs("id"), r);
    }
    assertEquals(7, rows.size());
    String error = rows.get("binary").getAs(DocumentRows.ERROR);
    assertEquals(in.resolve("binary.txt") + ":1: not valid UTF-8 (first bad byte at byte offset 0)", error);
    Path cliAnn = LocalSpark.target().resolve("spark-tests").resolve("job-gold-cli");
    for (Row r : rows.values()) {
      String id = r.getAs("id");
      if (id.equals("binary")) {
        continue;
      }
      assertNull(r.getAs(DocumentRows.ERROR), id);
      DocumentLayers layers = DocumentRows.layers(r, id, r.getAs("text"));
      assertEquals(Files.readString(cliAnn.resolve(id + ".ann"), StandardCharsets.UTF_8),
          AnnotateOutput.format(layers, DocumentRows.tokens(r)).ann(), id + " from Parquet");
    }
    long withIds = rows.values().stream().filter(r -> r.getAs(DocumentRows.ENTITIES) != null)
        .flatMap(r -> r.<Row>getList(r.fieldIndex(DocumentRows.ENTITIES)).stream())
        .filter(e -> e.getAs("canonicalId") != null).count();
    assertTrue(withIds > 50, "canonical ids in the table: " + withIds);
  }

  @Test
  void polnearDevGivesAnnotatesFilesAndSamplesTheHeap() throws Exception {
    Path dev = LocalSpark.polnearDev();
    assertTrue(Files.isDirectory(dev), "missing " + dev + ": the shared data must sit beside the clone");
    bothAgree("job-polnear-dev", dev, 0, "--heap-every", "10", "--heap-gc");
    // the heap of the executor (this JVM, local mode) was sampled during pass 1, every 10 documents, after a full GC
    SparkJob.Summary s = lastSummary;
    assertTrue(s.heap().size() >= 8, "samples: " + s.heap());
    long prev = 0;
    for (HeapSampler.Sample h : s.heap()) {
      assertEquals("driver", h.executor(), "local mode: the driver JVM is the executor");
      assertEquals(0, h.documents() % 10, h.toString());
      assertEquals(h.afterGcMb(), h.afterFullGcMb(), "--heap-gc: the live heap " + h);
      assertTrue(h.afterGcMb() > 100, "the pipeline is loaded: " + h);
      assertTrue(h.documents() > prev, "in order: " + s.heap());
      prev = h.documents();
    }
    HeapSampler.Sample last = s.heap().get(s.heap().size() - 1);
    assertTrue(last.afterGcMb() > 100 && last.afterGcMb() < 4096, "heap after GC with the pipeline loaded: " + last);
    assertTrue(SparkJob.heapSummary(s.heap()).startsWith("executor driver heap after GC, MB"),
        SparkJob.heapSummary(s.heap()));
  }

  @Test
  void jsonLinesTableWithARepeatedIdGivesErrorRowsForIt() throws Exception {
    Path dir = LocalSpark.scratch("job-jsonl");
    Files.writeString(dir.resolve("docs.json"), String.join("\n",
        "{\"id\": \"a\", \"text\": \"Police captured two suspects near the station, the ministry said.\"}",
        "{\"id\": \"b\", \"text\": \"The mayor said the bridge would reopen.\"}",
        "{\"id\": \"b\", \"text\": \"A second row with the id b.\"}",
        "{\"id\": \"c\"}"), StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    SparkJob.Summary s = job("--in", dir.resolve("docs.json").toString(), "--format", "json", "--out", out.toString());
    assertEquals(4, s.documents());
    assertEquals(3, s.failed());
    Map<String, String> errors = new TreeMap<>();
    for (Row r : LocalSpark.session().read().parquet(out.toString()).collectAsList()) {
      errors.merge(r.getAs("id"), String.valueOf((Object) r.getAs(DocumentRows.ERROR)), (x, y) -> x + " | " + y);
    }
    assertEquals(Map.of("a", "null", "b", "b: id of several rows; ids must be unique | b: id of several rows; ids must be unique",
        "c", "c: no text (null)"), errors);
    assertNotNull(s);
  }

  @Test
  void filesLongerThanMaxCharsAreErrorRowsReadOrNot() throws Exception {
    Path in = LocalSpark.scratch("job-long-in");
    Files.writeString(in.resolve("short.txt"), "The mayor said the bridge would reopen.");
    Files.writeString(in.resolve("mid.txt"), "x".repeat(150)); // over 100 characters, under 303 bytes: read, refused
    Files.writeString(in.resolve("long.txt"), "x".repeat(400)); // over 303 bytes: refused unread
    Path out = LocalSpark.scratch("job-long").resolve("parquet");
    SparkJob.Summary s = job("--in", in.toString(), "--out", out.toString(), "--max-chars", "100");
    assertEquals(3, s.documents());
    assertEquals(2, s.failed());
    Map<String, String> errors = new TreeMap<>();
    for (Row r : LocalSpark.session().read().parquet(out.toString()).collectAsList()) {
      errors.put(r.getAs("id"), String.valueOf((Object) r.getAs(DocumentRows.ERROR)));
    }
    assertEquals(Map.of("short", "null",
        "mid", in.resolve("mid.txt") + ": text of 150 characters is longer than maxChars=100; not annotated",
        "long", in.resolve("long.txt") + ": file longer than maxChars=100 characters can be; not annotated"), errors);
  }

  @Test
  void badOptionsAreUsageErrors() {
    for (List<String> args : List.of(List.of("--in", "x"), List.of("--in", "x", "--out", "y", "--format", "csv"),
        List.of("--in", "x", "--out", "y", "--partitions", "0"), List.of("--in", "x", "--out", "y", "--bogus", "1"),
        List.of("--in", "x", "--out", "y", "--link", "somewhere"), List.of("--in", "x", "--out", "y", "--prop", "novalue"))) {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> SparkJob.parse(args.toArray(String[]::new)), args.toString());
      assertTrue(!e.getMessage().isBlank(), args.toString());
    }
  }

  /**
   * {@code --prop} is refused as {@code annotate --prop} refuses it, with the CLI's words,
   * when the options are parsed (before Spark or any model): a typo (with the nearest key), a
   * key no one reads, {@code customAnnotatorClass.*}, an annotators list dropping a layer, a
   * key given twice.
   */
  @Test
  void propsAreRefusedAsTheCliRefusesThem() {
    for (List<String> props : List.of(List.of("newsrel_attribution.nestd=true"), List.of("no.such.key=1"),
        List.of("customAnnotatorClass.newsrel_entities=x.Y"), List.of("annotators=tokenize,ssplit,pos"),
        List.of("newsrel_attribution.nested=true", "newsrel_attribution.nested=false"),
        List.of("no.such.key=1", "customAnnotatorClass.a=b"))) {
      List<String> args = new java.util.ArrayList<>(List.of("--in", "x", "--out", "y"));
      props.forEach(p -> args.addAll(List.of("--prop", p)));
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> SparkJob.parse(args.toArray(String[]::new)), props.toString());
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = org.newsrel.cli.Main.run(args.stream().map(a -> a.equals("x") ? "no-such-folder" : a)
          .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> {
            l.add(0, "annotate");
            return l.toArray(String[]::new);
          })), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
      assertEquals(2, code, props.toString());
      assertTrue(err.toString(StandardCharsets.UTF_8).contains(e.getMessage()),
          "the CLI's words: " + err.toString(StandardCharsets.UTF_8) + "\nSpark's: " + e.getMessage());
    }
    IllegalArgumentException typo = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> SparkJob.parse(new String[] {"--in", "x", "--out", "y", "--prop", "newsrel_attribution.nestd=true"}));
    assertTrue(typo.getMessage().contains("did you mean newsrel_attribution.nested?"), typo.getMessage());
    assertEquals(Map.of("newsrel_attribution.nested", "true"),
        SparkJob.parse(new String[] {"--in", "x", "--out", "y", "--prop", "newsrel_attribution.nested=true"}).props());
  }

  @Test
  void passOneHasSmallPartitionsLongestFirst() {
    assertEquals(8, SparkJob.defaultPartitions(5, 2), "at least 4 per core");
    assertEquals(100, SparkJob.defaultPartitions(924, 2), "at most 50 per core");
    assertEquals(63, SparkJob.defaultPartitions(500, 2), "~8 documents each");
    assertEquals(25_000, SparkJob.defaultPartitions(10_000_000, 500));
  }
}
