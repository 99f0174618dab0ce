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
}
