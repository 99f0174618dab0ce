package org.newsrel.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.newsrel.baseline.Baseline;
import org.newsrel.internal.Json;
import org.newsrel.pipeline.NewsrelPipeline;
import org.newsrel.run.Annotate;
import org.newsrel.run.Progress;
import org.newsrel.run.TextInputs;

/**
 * Runs in its own JVM (started by {@link Bench}): builds one pipeline, annotates the
 * documents once cold, then untimed until the JIT compiler has gone quiet ({@link #warmUp}),
 * then at least {@code warmPasses} times and {@link #MIN_MEASURED_SECONDS} warm (measured), and prints one JSON object with
 * construction time, throughput, peak heap (sum of the heap pools' peaks) and peak RSS
 * (VmHWM). Arguments: SYSTEM DOCS_LIST_FILE THREADS WARM_PASSES [OUT_DIR [KEY=VALUE ...]]; with
 * OUT_DIR (may be empty) the newsrel system also writes its brat output there (after the timed
 * passes), so that the accuracy printed beside the speed comes from the same pipeline; each
 * KEY=VALUE overrides a property of the newsrel pipeline (the bench's {@code --prop}).
 * With the system property {@value #PAIR_THREADS_PROPERTY} set to N &gt; 1, a warm worker
 * then also times one thread against N threads in {@link #PAIRED_ROUNDS} paired rounds in
 * this JVM ({@link #paired}), the figures {@code paired_*} of its JSON object.
 */
public final class BenchWorker {

  private BenchWorker() {}

  public static void main(String[] args) throws Exception {
    String system = args[0];
    List<String> texts = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (String f : Files.readAllLines(Path.of(args[1]))) {
      if (!f.isBlank()) {
        files.add(Path.of(f));
        // read as annotate reads (strict UTF-8, BOM dropped, NUL refused): same texts, same offsets
        TextInputs.Input in = TextInputs.read(Path.of(f));
        texts.add(in.text());
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

    // JIT warm-up before the measured passes (both pipelines alike, as JMH does)
    WarmUp warm = warmPasses > 0 ? warmUp(() -> pass(pipeline, texts, threads), t1) : new WarmUp(0, 0, Double.NaN);
    Map<String, Double> before = annotatorSeconds(pipeline.timingInformation());

    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    long jitBefore = compileMillis(jit);
    // at least warmPasses passes' worth of documents and MIN_MEASURED_SECONDS (five short
    // texts take under a second per pass, and one compiler burst would weigh on a 2 s
    // measurement), as one stream of documents (see measure)
    Measured measured = warmPasses > 0
        ? measure(pipeline, texts, threads, warmPasses * texts.size(), MIN_MEASURED_SECONDS) : null;
    double measuredJitShare = measured == null || jitBefore < 0 ? Double.NaN
        : (compileMillis(jit) - jitBefore) / 1000.0 / measured.seconds();
    // seconds per pass over the documents; NaN: not measured
    double warmSeconds = measured == null ? Double.NaN : measured.seconds() * texts.size() / measured.documents();
    double measuredPasses = measured == null ? 0 : (double) measured.documents() / texts.size();

    Map<String, Object> r = new LinkedHashMap<>();
    r.put("system", system);
    r.put("documents", texts.size());
    r.put("tokens", tokens);
    r.put("threads", threads);
    r.put("construct_s", constructSeconds);
    r.put("cold_s", coldSeconds);
    r.put("cold_tokens_per_s", tokens / coldSeconds);
    r.put("warm_s", warmSeconds);
    r.put("warm_tokens_per_s", measured == null ? Double.NaN : measured.tokens() / measured.seconds());
    r.put("warm_docs_per_s", measured == null ? Double.NaN : measured.documents() / measured.seconds());
    r.put("peak_heap_mb", peakHeapBytes() / 1048576.0);
    r.put("live_heap_mb", liveHeapBytes() / 1048576.0);
    r.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576.0);
    r.put("peak_rss_mb", peakRssKb() / 1024.0);
    r.put("warmup_passes", warm.passes());
    r.put("warmup_s", warm.seconds());
    r.put("warmup_jit_share", warm.lastJitShare());
    r.put("measured_jit_share", measuredJitShare);
    // CoreNLP's own per-annotator clock over the measured passes (after warm-up); a run
    // without warm passes (scale series) reports its one cold pass
    Map<String, Double> after = annotatorSeconds(pipeline.timingInformation());
    r.put("measured_passes", measuredPasses);
    r.put("timed_tokens", measured == null ? (double) tokens : (double) measured.tokens());
    after.forEach((name, sec) -> r.put(ANNOTATOR_KEY + name, warmPasses > 0 ? sec - before.getOrDefault(name, 0.0) : sec));
    int pairThreads = Integer.getInteger(PAIR_THREADS_PROPERTY, 0);
    if (warmPasses > 0 && pairThreads > 1) {
      Paired p = paired(n -> {
        Measured m = measure(pipeline, texts, n, texts.size(), PAIRED_ROUND_SECONDS);
        return m.tokens() / m.seconds();
      }, pairThreads, PAIRED_ROUNDS);
      r.put("paired_threads", pairThreads);
      r.put("paired_rounds", p.ratios().length);
      r.put("paired_one_tokens_per_s", p.oneRate());
      r.put("paired_many_tokens_per_s", p.manyRate());
      r.put("paired_ratio", p.ratio());
      r.put("paired_ratio_median", p.median());
      r.put("paired_ratio_min", p.min());
      r.put("paired_ratio_max", p.max());
    }
    // Bench passes "" when this configuration writes nothing (Path.of("") would be the working directory)
    if (args.length > 4 && !args[4].isEmpty() && system.equals("newsrel")) {
      // the scored output is annotate's own (both passes, the pipeline's lexicon), on stderr:
      // stdout carries the one BENCH-RESULT line the parent reads
      int code = Annotate.run(pipeline, pipeline.getProperties(), files, Path.of(args[4]), 1, Progress.Mode.NONE,
          false, System.err, System.err);
      if (code != 0) {
        throw new IllegalStateException("bench worker: annotating " + files.size() + " documents into " + args[4]
            + " failed (exit code " + code + "; the documents' errors are above)");
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
   * Least seconds of untimed warm-up after the cold pass (counted from the cold pass's start).
   */
  public static final double WARMUP_SECONDS = 30;

  /**
   * Warm-up goes on past {@link #WARMUP_SECONDS} until the JIT compiler threads used at most
   * this share of one core over the last {@link #QUIET_WINDOW_SECONDS} of passes
   * ({@link #compileMillis}). On this
   * 2-core machine the compiler of the newsrel pipeline's JVM (CoreNLP is a large code base)
   * was still busy for 67% of a core 50 s after start, and recompiling until ~3 minutes; with
   * one worker it runs on the idle core for free, with two it takes CPU from the workers
   * (each had 61-66% of a core at 30-80 s, 95% after 180 s). A fixed 30 s thus measured the
   * compiler, not the pipeline, in the two-thread figure.
   */
  public static final double QUIET_JIT_SHARE = 0.05;

  /** The span of recent warm-up passes over which {@link #QUIET_JIT_SHARE} is judged. */
  public static final double QUIET_WINDOW_SECONDS = 20;

  /** The measured run lasts at least this long (and covers at least {@code warmPasses} passes' worth of documents). */
  public static final double MIN_MEASURED_SECONDS = 20;

  /** The warm-up stops here even if the compiler is still busy (the report shows its share). */
  public static final double MAX_WARMUP_SECONDS = 300;

  /** How warm-up ended: passes run, seconds since the cold pass started, the compiler's last share. */
  record WarmUp(int passes, double seconds, double lastJitShare) {
  }

  /** One untimed pass over the documents. */
  interface Pass {
    void run() throws Exception;
  }

  /**
   * Untimed passes until at least {@link #WARMUP_SECONDS} have gone by since {@code startNanos}
   * and the compiler's share of the last {@link #QUIET_WINDOW_SECONDS} of passes is at most
   * {@link #QUIET_JIT_SHARE}, or {@link #MAX_WARMUP_SECONDS} have gone by; at least one pass.
   * Without compilation-time monitoring in the JVM, the time rule alone.
   */
  static WarmUp warmUp(Pass pass, long startNanos) throws Exception {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    List<double[]> recent = new ArrayList<>();  // {wall s, compile s} per pass, newest last
    int passes = 0;
    double share;
    double elapsed;
    do {
      long c0 = compileMillis(jit);
      long w0 = System.nanoTime();
      pass.run();
      passes++;
      long c1 = compileMillis(jit);
      recent.add(new double[] {(System.nanoTime() - w0) / 1e9, c0 < 0 ? 0 : (c1 - c0) / 1000.0});
      share = recentShare(recent);
      elapsed = (System.nanoTime() - startNanos) / 1e9;
    } while (elapsed < MAX_WARMUP_SECONDS && (elapsed < WARMUP_SECONDS || share > QUIET_JIT_SHARE));
    return new WarmUp(passes, elapsed, share);
  }

  /** The compiler's share of the wall time over the newest passes covering the quiet window. */
  static double recentShare(List<double[]> passes) {
    double wall = 0;
    double compile = 0;
    for (int i = passes.size() - 1; i >= 0 && wall < QUIET_WINDOW_SECONDS; i--) {
      wall += passes.get(i)[0];
      compile += passes.get(i)[1];
    }
    return wall < QUIET_WINDOW_SECONDS ? Double.POSITIVE_INFINITY : compile / wall;
  }

  /**
   * Milliseconds of CPU the JIT compiler threads have used so far: the {@code C1/C2
   * CompilerThread} entries of {@code /proc/self/task} (Linux; the compiler threads are hidden
   * from {@code ThreadMXBean}). Elsewhere, the JVM's own compilation time, which only counts a
   * compilation once it ends (on this machine it read 1.5% while {@code top} showed the C2
   * thread at 66% of a core); -1 when neither is available.
   */
  static long compileMillis(CompilationMXBean jit) {
    long ticks = compilerThreadTicks();
    if (ticks >= 0) {
      return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
    }
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
  }

  /** Linux's USER_HZ, the unit of the CPU times in {@code /proc/.../stat} (100 on x86 and arm). */
  private static final long CLOCK_TICKS_PER_SECOND = 100;

  /** utime + stime of the compiler threads in clock ticks, -1 when /proc cannot be read. */
  private static long compilerThreadTicks() {
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return -1;
    }
    long total = 0;
    try (Stream<Path> ts = Files.list(tasks)) {
      for (Path task : (Iterable<Path>) ts::iterator) {
        try {
          String name = Files.readString(task.resolve("comm")).trim();
          if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
            total += cpuTicks(Files.readString(task.resolve("stat")));
          }
        } catch (IOException | RuntimeException e) {
          // the thread ended between listing and reading: its time is gone from both readings
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return total;
  }

  /** utime + stime (fields 14 and 15) of a {@code /proc/.../stat} line; the name may hold spaces. */
  static long cpuTicks(String stat) {
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    // f[0] is field 3 (state): utime is field 14, stime field 15
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }

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

  /** What the measured stream did: documents and tokens annotated, wall seconds. */
  record Measured(long documents, long tokens, double seconds) {
  }

  /**
   * The measured, warm run: {@code threads} workers take the documents in turn from one
   * stream (the document set over and over) until at least {@code minDocuments} have been
   * started and {@code minSeconds} have gone by, then finish the one in hand. This is how
   * {@code annotate} feeds its threads; timing separate passes instead would leave one of
   * two threads idle at the end of every pass while the other finishes the last document
   * (on five texts that tail cost 0 to 15% from one run to the next, as the documents fell
   * to the threads).
   */
  static Measured measure(StanfordCoreNLP pipeline, List<String> texts, int threads, long minDocuments,
      double minSeconds) throws Exception {
    AtomicLong next = new AtomicLong();
    AtomicLong documents = new AtomicLong();
    AtomicLong tokens = new AtomicLong();
    long start = System.nanoTime();
    long minEnd = start + (long) (minSeconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Object>> fs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        fs.add(pool.submit(() -> {
          for (long i = next.getAndIncrement(); !enough(i, minDocuments, minEnd); i = next.getAndIncrement()) {
            Annotation a = new Annotation(texts.get((int) (i % texts.size())));
            pipeline.annotate(a);
            tokens.addAndGet(a.get(CoreAnnotations.TokensAnnotation.class).size());
            documents.incrementAndGet();
          }
          return null;
        }));
      }
      for (Future<Object> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return new Measured(documents.get(), tokens.get(), (System.nanoTime() - start) / 1e9);
  }

  /** System property of the worker JVM: the thread count of the paired rounds (absent: none). */
  public static final String PAIR_THREADS_PROPERTY = "newsrel.bench.pairThreads";

  /** Paired rounds per worker (even, so that each order comes first equally often). */
  public static final int PAIRED_ROUNDS = 8;

  /**
   * Least seconds of each half of a paired round (and at least one pass's worth of documents).
   * 10 s rounds gave round ratios from 1.63x to 1.87x in one JVM on this machine; 15 s rounds
   * in a scratch harness stayed within 1.80-1.91x.
   */
  public static final double PAIRED_ROUND_SECONDS = 15;

  /** Tokens per second of one warm stream on {@code threads} threads. */
  interface Rate {
    double run(int threads) throws Exception;
  }

  /**
   * Throughput of one thread and of {@code threads} threads in paired rounds, averaged per
   * thread count; {@code ratios[r]}: round r's {@code threads}-thread rate over its one-thread rate.
   */
  record Paired(double oneRate, double manyRate, double[] ratios) {
    /** Mean rate on {@code threads} threads over mean rate on one. */
    double ratio() {
      return manyRate / oneRate;
    }

    double min() {
      return java.util.Arrays.stream(ratios).min().orElse(Double.NaN);
    }

    double max() {
      return java.util.Arrays.stream(ratios).max().orElse(Double.NaN);
    }

    /** The middle round ratio (the mean of the two middle ones for an even count). */
    double median() {
      double[] s = ratios.clone();
      java.util.Arrays.sort(s);
      int n = s.length;
      return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
  }

  /**
   * The thread ratio measured in the same JVM, same heap and same compiled code, one thread
   * and {@code threads} threads alternating in {@code rounds} rounds of two back-to-back
   * streams, the order swapped every round (one thread first in even rounds). The two
   * separate JVMs of the table's rows run minutes apart, and on a shared machine the speed of
   * the same code drifts by more than the effect measured between them (one thread gave
   * 2,028 to 2,636 tokens/s in separate JVMs within one hour on this machine); two streams
   * seconds apart see the same machine.
   */
  static Paired paired(Rate rate, int threads, int rounds) throws Exception {
    double one = 0;
    double many = 0;
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      double a;
      double b;
      if (r % 2 == 0) {
        a = rate.run(1);
        b = rate.run(threads);
      } else {
        b = rate.run(threads);
        a = rate.run(1);
      }
      one += a;
      many += b;
      ratios[r] = b / a;
    }
    return new Paired(one / rounds, many / rounds, ratios);
  }

  /** Whether the stream may stop before document {@code index}. */
  static boolean enough(long index, long minDocuments, long minEndNanos) {
    return index >= minDocuments && System.nanoTime() - minEndNanos >= 0;
  }

  /** One pass over the documents on {@code threads} threads: each document once; its tokens. */
  private static long pass(StanfordCoreNLP pipeline, List<String> texts, int threads) throws Exception {
    return measure(pipeline, texts, threads, texts.size(), 0).tokens();
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
