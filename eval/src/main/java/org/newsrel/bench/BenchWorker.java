package org.newsrel.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.newsrel.baseline.Baseline;
import org.newsrel.cli.TextInputs;
import org.newsrel.json.Json;
import org.newsrel.pipeline.NewsrelPipeline;

/**
 * Runs in its own JVM (started by {@link Bench}): builds one pipeline, annotates the
 * documents once cold, then untimed until {@link #WARMUP_SECONDS} have passed (JIT warm-up),
 * then {@code warmPasses} times warm (measured), and prints one JSON object with
 * construction time, throughput, peak heap (sum of the heap pools' peaks) and peak RSS
 * (VmHWM). Arguments: SYSTEM DOCS_LIST_FILE THREADS WARM_PASSES [OUT_DIR [KEY=VALUE ...]]; with
 * OUT_DIR (may be empty) the newsrel system also writes its brat output there (after the timed
 * passes), so that the accuracy printed beside the speed comes from the same pipeline; each
 * KEY=VALUE overrides a property of the newsrel pipeline (the bench's {@code --prop}).
 */
public final class BenchWorker {

  private BenchWorker() {}

  public static void main(String[] args) throws Exception {
    String system = args[0];
    List<String> texts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String f : Files.readAllLines(Path.of(args[1]))) {
      if (!f.isBlank()) {
        // read as annotate reads (strict UTF-8, BOM dropped, NUL refused): same texts, same offsets
        TextInputs.Input in = TextInputs.read(Path.of(f));
        texts.add(in.text());
        names.add(in.name());
      }
    }
    int threads = Integer.parseInt(args[2]);
    int warmPasses = Integer.parseInt(args[3]);

    long t0 = System.nanoTime();
    StanfordCoreNLP pipeline = system.equals("newsrel")
        ? NewsrelPipeline.create(overrides(args))
        : Baseline.named(system).pipeline();
    double constructSeconds = (System.nanoTime() - t0) / 1e9;

    long t1 = System.nanoTime();
    long tokens = pass(pipeline, texts, threads);
    double coldSeconds = (System.nanoTime() - t1) / 1e9;

    // JIT warm-up before the measured passes (both pipelines alike, as JMH does): untimed passes
    // until WARMUP_SECONDS have gone by since the cold pass started, at least one
    int warmupPasses = 0;
    if (warmPasses > 0) {
      do {
        pass(pipeline, texts, threads);
        warmupPasses++;
      } while ((System.nanoTime() - t1) / 1e9 < WARMUP_SECONDS);
    }
    Map<String, Double> before = annotatorSeconds(pipeline.timingInformation());

    double warmSeconds = 0;
    for (int i = 0; i < warmPasses; i++) {
      long t = System.nanoTime();
      pass(pipeline, texts, threads);
      warmSeconds += (System.nanoTime() - t) / 1e9;
    }
    warmSeconds = warmPasses == 0 ? Double.NaN : warmSeconds / warmPasses; // NaN: not measured

    Map<String, Object> r = new LinkedHashMap<>();
    r.put("system", system);
    r.put("documents", texts.size());
    r.put("tokens", tokens);
    r.put("threads", threads);
    r.put("construct_s", constructSeconds);
    r.put("cold_s", coldSeconds);
    r.put("cold_tokens_per_s", tokens / coldSeconds);
    r.put("warm_s", warmSeconds);
    r.put("warm_tokens_per_s", tokens / warmSeconds);
    r.put("warm_docs_per_s", texts.size() / warmSeconds);
    r.put("peak_heap_mb", peakHeapBytes() / 1048576.0);
    r.put("live_heap_mb", liveHeapBytes() / 1048576.0);
    r.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576.0);
    r.put("peak_rss_mb", peakRssKb() / 1024.0);
    r.put("warmup_passes", warmupPasses);
    // CoreNLP's own per-annotator clock over the measured passes (after warm-up); a run
    // without warm passes (scale series) reports its one cold pass
    Map<String, Double> after = annotatorSeconds(pipeline.timingInformation());
    r.put("timed_tokens", (double) tokens * Math.max(1, warmPasses));
    after.forEach((name, sec) -> r.put(ANNOTATOR_KEY + name, warmPasses > 0 ? sec - before.getOrDefault(name, 0.0) : sec));
    // Bench passes "" when this configuration writes nothing (Path.of("") would be the working directory)
    if (args.length > 4 && !args[4].isEmpty() && system.equals("newsrel")) {
      List<org.newsrel.core.DocumentLayers> layers = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        layers.add(NewsrelPipeline.annotate(pipeline, names.get(i), texts.get(i)));
      }
      for (org.newsrel.core.DocumentLayers d : org.newsrel.ner.CrossDocumentIdentity.link(layers)) {
        org.newsrel.brat.BratWriter.write(org.newsrel.convert.LayersToBrat.convert(d), Path.of(args[4]), true);
      }
    }
    System.out.print("BENCH-RESULT " + Json.write(r).replace("\n", " ") + "\n");
  }

  /** The KEY=VALUE arguments after OUT_DIR: newsrel pipeline property overrides. */
  static java.util.Properties overrides(String[] args) {
    java.util.Properties p = new java.util.Properties();
    for (int i = 5; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("bench worker: property override must be KEY=VALUE, got '" + args[i] + "'");
      }
      p.setProperty(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    return p;
  }

  /**
   * Seconds of untimed warm-up after the cold pass (counted from the cold pass's start), so
   * that the warm figures are steady-state for both pipelines: on this 2-core machine the JIT
   * compiler is still busy after one pass over the five gold texts, and with two worker
   * threads it competes with them for the cores.
   */
  public static final double WARMUP_SECONDS = 30;

  /** Prefix of the per-annotator seconds in the result (CoreNLP's class names follow it). */
  public static final String ANNOTATOR_KEY = "annotator_s_";

  private static final java.util.regex.Pattern TIMING =
      java.util.regex.Pattern.compile("^\\s*(\\w+): ([0-9.]+) sec\\.\\s*$");

  /** Parses {@code StanfordCoreNLP.timingInformation()}: "TokenizerAnnotator: 0.3 sec." per line. */
  static Map<String, Double> annotatorSeconds(String timing) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String line : timing.split("\\R")) {
      java.util.regex.Matcher m = TIMING.matcher(line);
      if (m.matches() && !m.group(1).equals("TOTAL")) {
        out.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
      }
    }
    return out;
  }

  private static long pass(StanfordCoreNLP pipeline, List<String> texts, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> fs = new ArrayList<>();
      for (String t : texts) {
        fs.add(pool.submit(() -> {
          Annotation a = new Annotation(t);
          pipeline.annotate(a);
          return a.get(CoreAnnotations.TokensAnnotation.class).size();
        }));
      }
      long n = 0;
      for (Future<Integer> f : fs) {
        n += f.get();
      }
      return n;
    } finally {
      pool.shutdownNow();
    }
  }

  static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Heap in use after full collections: what the loaded models and pipeline really hold. */
  static long liveHeapBytes() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  static long peakRssKb() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
      return lines.filter(l -> l.startsWith("VmHWM:")).findFirst()
          .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(-1L);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
