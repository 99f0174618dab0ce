package org.newsrel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchTest {

  @Test
  void measuredRunStreamsEveryDocumentItStartsToTheThreads() throws Exception {
    java.util.Properties p = new java.util.Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    edu.stanford.nlp.pipeline.StanfordCoreNLP pipeline = new edu.stanford.nlp.pipeline.StanfordCoreNLP(p);
    // documents 0..6 of the stream "The cat sat." (4 tokens), "Dogs bark." (3 tokens), "The cat sat.", ...
    BenchWorker.Measured m = BenchWorker.measure(pipeline, List.of("The cat sat.", "Dogs bark."), 2, 7, 0);
    assertEquals(7, m.documents());
    assertEquals(4 * 4 + 3 * 3, m.tokens());
    assertTrue(m.seconds() > 0);
  }

  @Test
  void streamStopsOnlyWhenBothMinimaAreReached() {
    long past = System.nanoTime() - 1_000_000_000L;
    long future = System.nanoTime() + 60_000_000_000L;
    assertEquals(false, BenchWorker.enough(2, 3, past));
    assertEquals(true, BenchWorker.enough(3, 3, past));
    assertEquals(false, BenchWorker.enough(5, 3, future));
  }

  @Test
  void ratioIsNotAvailableWhenAFigureIsMissing() {
    assertEquals("2.50x", Bench.ratio(5, 2));
    assertEquals("n/a", Bench.ratio(Double.NaN, 2));
    assertEquals("n/a", Bench.ratio(5, 0));
  }

  @Test
  void tableShowsMissingFiguresAsNotAvailableAndFailuresPlainly() {
    Bench.Config c = new Bench.Config("newsrel scale 2", "newsrel", "1g", 2, List.of(Path.of("a.txt"), Path.of("b.txt")),
        0, null);
    String t = Bench.table(List.of(
        new Bench.Row(c, Map.of("documents", 2.0, "tokens", 300.0, "construct_s", 4.25, "cold_tokens_per_s", 150.0,
            "live_heap_mb", 400.0, "peak_heap_mb", 700.0, "peak_rss_mb", 900.0)),
        new Bench.Row(c, Map.of("failed", 1.0))));
    assertTrue(t.contains("| newsrel scale 2 | 2 | 300 | 1g | 2 | 4.3 | 150 | n/a | n/a | 400 | 700 | 900 |"), t);
    assertTrue(t.contains("| newsrel scale 2 | 2 | | 1g | 2 | FAILED |"), t);
  }

  @Test
  void propertyOverridesFollowTheWorkerArgumentsSorted() {
    java.util.Properties props = new java.util.Properties();
    props.setProperty("newsrel_ner.gate", "false");
    props.setProperty("depparse.numCached", "5000");
    Bench.Config c = new Bench.Config("newsrel, 1 thread", "newsrel", "1g", 1, List.of(Path.of("a.txt")), 3, null, props);
    props.setProperty("later", "ignored"); // the configuration keeps its own copy
    List<String> cmd = Bench.command(c, "java", Path.of("list.txt"));
    int worker = cmd.indexOf(BenchWorker.class.getName());
    assertEquals(List.of("newsrel", "list.txt", "1", "3", "", "depparse.numCached=5000", "newsrel_ner.gate=false"),
        cmd.subList(worker + 1, cmd.size()));
    assertEquals("5000", BenchWorker.overrides(cmd.subList(worker + 1, cmd.size()).toArray(String[]::new))
        .getProperty("depparse.numCached"));
    assertEquals(List.of("newsrel", "list.txt", "1", "3", ""),
        Bench.command(new Bench.Config("x", "newsrel", "1g", 1, List.of(), 3, null), "java", Path.of("list.txt"))
            .subList(worker + 1, worker + 6));
  }

  @Test
  void workerRefusesAnOverrideWithoutEquals() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> BenchWorker.overrides(new String[] {"newsrel", "l", "1", "3", "", "gate"}));
    assertTrue(e.getMessage().contains("'gate'"), e.getMessage());
  }

  @Test
  void readsCoreNlpPerAnnotatorTimingWithoutTheTotal() {
    Map<String, Double> t = BenchWorker.annotatorSeconds("Annotation pipeline timing information:\n"
        + "TokenizerAnnotator: 0.3 sec.\nDependencyParseAnnotator: 20.0 sec.\nTOTAL: 20.3 sec. for 100 tokens at 4.9 tokens/sec.\n");
    assertEquals(Map.of("TokenizerAnnotator", 0.3, "DependencyParseAnnotator", 20.0), t);
  }

  @Test
  void annotatorTableGivesMillisecondsPerTokenAndShare() {
    Bench.Config c = new Bench.Config("newsrel, 1 thread", "newsrel", "1g", 1, List.of(Path.of("a.txt")), 3, null);
    Bench.Row r = new Bench.Row(c, Map.of("timed_tokens", 4000.0, BenchWorker.ANNOTATOR_KEY + "POSTaggerAnnotator", 1.0,
        BenchWorker.ANNOTATOR_KEY + "DependencyParseAnnotator", 3.0));
    String t = Bench.annotatorTable(List.of(r));
    assertTrue(t.contains("| POSTaggerAnnotator | 0.250 (25%) |"), t);
    assertTrue(t.contains("| DependencyParseAnnotator | 0.750 (75%) |"), t);
  }

  @Test
  void parserFloorComparesTheTargetWithTheParsersOwnCost() {
    Bench.Config c = new Bench.Config("x", "newsrel", "1g", 1, List.of(Path.of("a.txt")), 3, null);
    Bench.Row newsrel = new Bench.Row(c, Map.of("timed_tokens", 1000.0, "warm_tokens_per_s", 1000.0,
        BenchWorker.ANNOTATOR_KEY + "DependencyParseAnnotator", 0.6));
    Bench.Row slowStock = new Bench.Row(c, Map.of("warm_tokens_per_s", 250.0));
    Bench.Row slowerStock = new Bench.Row(c, Map.of("warm_tokens_per_s", 100.0));
    assertTrue(Bench.parserFloor(newsrel, slowStock).contains("10x stock means <= 0.400 ms per token: below the parser"),
        Bench.parserFloor(newsrel, slowStock));
    assertTrue(Bench.parserFloor(newsrel, slowerStock).contains("above the parser's cost"),
        Bench.parserFloor(newsrel, slowerStock));
    Bench.Row ownParser = new Bench.Row(c, Map.of("timed_tokens", 1000.0, "warm_tokens_per_s", 1000.0,
        BenchWorker.ANNOTATOR_KEY + "FastDependencyParseAnnotator", 0.6));
    assertTrue(Bench.parserFloor(ownParser, slowStock).contains("of which the dependency parser 0.600 ms"),
        Bench.parserFloor(ownParser, slowStock));
    Bench.Row noParser = new Bench.Row(c, Map.of("timed_tokens", 1000.0, "warm_tokens_per_s", 1000.0));
    assertEquals("Parser floor: n/a (timings missing).", Bench.parserFloor(noParser, slowStock));
  }
  @Test
  void compilerShareIsJudgedOverTheNewestPassesCoveringTheWindow() {
    double w = BenchWorker.QUIET_WINDOW_SECONDS;
    // {wall s, compile s} per pass, oldest first
    List<double[]> passes = new java.util.ArrayList<>(List.of(
        new double[] {0.4 * w, 0.4 * w}, new double[] {0.4 * w, 0.04 * w},
        new double[] {0.3 * w, 0.03 * w}, new double[] {0.3 * w, 0.03 * w}));
    // the newest three passes cover the window: a tenth; the busy first pass is out
    assertEquals(0.10, BenchWorker.recentShare(passes), 1e-9);
    passes.add(new double[] {1.2 * w, 0.012 * w});
    assertEquals(0.01, BenchWorker.recentShare(passes), 1e-9);
    // passes shorter than the window in all: not yet judged quiet
    assertEquals(Double.POSITIVE_INFINITY,
        BenchWorker.recentShare(List.of(new double[] {0.2 * w, 0}, new double[] {0.3 * w, 0})));
  }

  @Test
  void warmUpRunsAtLeastOnePassAndStopsAtTheCap() throws Exception {
    int[] runs = {0};
    // a start far in the past: past the cap at once, so exactly one pass
    BenchWorker.WarmUp w = BenchWorker.warmUp(() -> runs[0]++,
        System.nanoTime() - (long) ((BenchWorker.MAX_WARMUP_SECONDS + 1) * 1e9));
    assertEquals(1, runs[0]);
    assertEquals(1, w.passes());
    assertTrue(w.seconds() >= BenchWorker.MAX_WARMUP_SECONDS);
  }
  @Test
  void compilerCpuIsReadFromProcStatFieldsFourteenAndFifteen() {
    // pid (comm with spaces) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
    String stat = "4242 (C2 CompilerThre) S 1 1 1 0 -1 4194368 10 0 0 0 1234 56 0 0 20 0 1 0 100 0 0";
    assertEquals(1290, BenchWorker.cpuTicks(stat));
    assertEquals(7, BenchWorker.cpuTicks("7 (a) b) R 1 1 1 0 -1 0 0 0 0 0 5 2 0 0 20 0 1 0 1 0 0"));
  }

  @Test
  void pairedRoundsAlternateTheOrderAndAverageEachThreadCount() throws Exception {
    List<Integer> calls = new java.util.ArrayList<>();
    // one thread: 1000, 1100, 900, 1000 tokens/s in turn; two threads: 1900, 1980, 1800, 1700
    java.util.Iterator<Double> one = List.of(1000.0, 1100.0, 900.0, 1000.0).iterator();
    java.util.Iterator<Double> two = List.of(1900.0, 1980.0, 1800.0, 1700.0).iterator();
    BenchWorker.Paired p = BenchWorker.paired(n -> {
      calls.add(n);
      return n == 1 ? one.next() : two.next();
    }, 2, 4);
    assertEquals(List.of(1, 2, 2, 1, 1, 2, 2, 1), calls);
    assertEquals(1000.0, p.oneRate(), 1e-9);
    assertEquals(1845.0, p.manyRate(), 1e-9);
    assertEquals(1.845, p.ratio(), 1e-9);
    org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {1.9, 1.8, 2.0, 1.7}, p.ratios(), 1e-9);
    assertEquals(1.7, p.min(), 1e-9);
    assertEquals(2.0, p.max(), 1e-9);
    assertEquals(1.85, p.median(), 1e-9);
  }

  @Test
  void pairedThreadCountReachesTheWorkerJvmOnlyWhenAsked() {
    Bench.Config paired = new Bench.Config("newsrel, 1 thread", "newsrel", "1g", 1, List.of(Path.of("a.txt")), 3, null,
        null, 2);
    List<String> cmd = Bench.command(paired, "java", Path.of("list.txt"));
    assertTrue(cmd.indexOf("-D" + BenchWorker.PAIR_THREADS_PROPERTY + "=2") > 0
        && cmd.indexOf("-D" + BenchWorker.PAIR_THREADS_PROPERTY + "=2") < cmd.indexOf(BenchWorker.class.getName()), cmd.toString());
    Bench.Config plain = new Bench.Config("stock", "corenlp-quote", "3g", 1, List.of(Path.of("a.txt")), 3, null);
    assertTrue(Bench.command(plain, "java", Path.of("list.txt")).stream().noneMatch(a -> a.contains("pairThreads")));
  }

  @Test
  void pairedRatioJudgedOnTheLowerJvmAndExplained() {
    Bench.Config c1 = new Bench.Config("newsrel, 1 thread", "newsrel", "1g", 1, List.of(Path.of("a.txt")), 3, null);
    Bench.Config c2 = new Bench.Config("newsrel, 2 threads", "newsrel", "1g", 2, List.of(Path.of("a.txt")), 3, null);
    Bench.Row r1 = new Bench.Row(c1, Map.of("paired_ratio", 1.91, "paired_one_tokens_per_s", 2500.0,
        "paired_many_tokens_per_s", 4775.0, "paired_ratio_median", 1.9, "paired_ratio_min", 1.8, "paired_ratio_max", 1.95));
    Bench.Row r2 = new Bench.Row(c2, Map.of("paired_ratio", 1.84, "paired_one_tokens_per_s", 2400.0,
        "paired_many_tokens_per_s", 4416.0, "paired_ratio_median", 1.85, "paired_ratio_min", 1.79, "paired_ratio_max", 1.88));
    String ratio = Bench.pairedRatio(List.of(r1, r2));
    assertTrue(ratio.startsWith("1.84x ("), ratio);
    assertTrue(ratio.contains("newsrel, 1 thread JVM 1.91x"), ratio);
    assertEquals("n/a", Bench.pairedRatio(List.of(new Bench.Row(c1, Map.of("failed", 1.0)))));
    String text = Bench.pairedText(List.of(r1, new Bench.Row(c2, Map.of())), 2);
    assertTrue(text.contains("newsrel, 1 thread JVM: 2500 and 4775, 1.91x, median 1.90x, 1.80-1.95x;"), text);
    assertTrue(text.contains("newsrel, 2 threads JVM: n/a."), text);
  }
}
