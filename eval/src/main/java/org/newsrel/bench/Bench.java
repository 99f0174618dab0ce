package org.newsrel.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsrel.run.TextInputs;

/**
 * {@code newsrel bench}: every measured pipeline runs in a JVM of its own
 * ({@link BenchWorker}), so that construction time, heap and RSS are its alone. Prints
 * a table and the newsrel/stock ratios, and returns the rows for BENCHMARKS.md.
 */
public final class Bench {

  /**
   * One measured configuration. {@code pairThreads} &gt; 1: after its measured run the worker
   * also alternates one thread and {@code pairThreads} threads in paired rounds
   * ({@link BenchWorker#paired}); 0: no paired rounds.
   */
  public record Config(String label, String system, String xmx, int threads, List<Path> docs, int warmPasses,
      Path outDir, java.util.Properties overrides, int pairThreads) {

    public Config {
      java.util.Properties copy = new java.util.Properties();
      if (overrides != null) {
        copy.putAll(overrides);
      }
      overrides = copy;
    }

    /** A configuration without paired rounds. */
    public Config(String label, String system, String xmx, int threads, List<Path> docs, int warmPasses, Path outDir,
        java.util.Properties overrides) {
      this(label, system, xmx, threads, docs, warmPasses, outDir, overrides, 0);
    }

    /** A configuration with the pipeline's default properties, without paired rounds. */
    public Config(String label, String system, String xmx, int threads, List<Path> docs, int warmPasses, Path outDir) {
      this(label, system, xmx, threads, docs, warmPasses, outDir, null, 0);
    }
  }

  /** A configuration and the figures its worker printed. */
  public record Row(Config config, Map<String, Double> figures) {
    double get(String key) {
      return figures.getOrDefault(key, Double.NaN);
    }
  }

  private static final Pattern NUMBER = Pattern.compile("\"([A-Za-z_]+)\": (-?[0-9.]+(?:[eE][-+]?[0-9]+)?)");

  private Bench() {}

  /**
   * The *.txt files of a folder (or of its text/ subfolder, PolNeAR layout), sorted: the
   * files {@code annotate} would read ({@link TextInputs#list}).
   */
  public static List<Path> texts(Path dir) throws IOException {
    Path d = Files.isDirectory(dir.resolve("text")) ? dir.resolve("text") : dir;
    return TextInputs.list(d);
  }

  /**
   * The garbage collector every bench JVM runs with: G1, Java 17's default on a machine of two
   * cores or more. Since the second NER CRF (2026-12-07) newsrel's live heap is ~620 MB; under
   * ParallelGC's fixed split of a 1 GB heap (old generation two thirds, ~680 MB) the old
   * generation stays nearly full and the run spends most of its time in full collections
   * (25 PolNeAR dev texts, one thread: 93 full collections, 73 s, against 0 and 29 s with G1 in
   * the same 1 GB, 28 s with ParallelGC in 2 GB). G1 sizes its young generation to what is left.
   */
  public static final String GC = "-XX:+UseG1GC";

  public static Row measure(Config c, PrintStream log) throws IOException, InterruptedException {
    Path list = Files.createTempFile("newsrel-bench", ".txt");
    try {
      Files.write(list, c.docs().stream().map(Path::toString).toList());
      String java = ProcessHandle.current().info().command().orElse("java");
      // the same collector for every configuration: the throughput collector, which the
      // launcher uses too (G1's barriers cost newsrel ~20% of its throughput on 2 cores)
      List<String> cmd = command(c, java, list);
      log.printf("  %-28s %d docs, -Xmx%s, %d thread(s) ...%n", c.label(), c.docs().size(), c.xmx(), c.threads());
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String result = null;
      List<String> tail = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          if (line.startsWith("BENCH-RESULT ")) {
            result = line;
          } else {
            tail.add(line);
            if (tail.size() > 20) {
              tail.remove(0);
            }
          }
        }
      }
      int code = p.waitFor();
      Map<String, Double> figures = new LinkedHashMap<>();
      if (result == null || code != 0) {
        log.println("    FAILED (exit " + code + "): " + String.join("\n    ", tail));
        figures.put("failed", 1.0);
        return new Row(c, figures);
      }
      Matcher m = NUMBER.matcher(result);
      while (m.find()) {
        figures.put(m.group(1), Double.parseDouble(m.group(2)));
      }
      return new Row(c, figures);
    } finally {
      Files.deleteIfExists(list);
    }
  }

  /**
   * The worker's command line: JVM options (with the paired rounds' thread count, if any), then
   * SYSTEM DOCS_LIST THREADS WARM_PASSES OUT_DIR [KEY=VALUE ...].
   */
  static List<String> command(Config c, String java, Path list) {
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + c.xmx(), GC));
    if (c.pairThreads() > 1) {
      cmd.add("-D" + BenchWorker.PAIR_THREADS_PROPERTY + "=" + c.pairThreads());
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
        BenchWorker.class.getName(), c.system(), list.toString(), String.valueOf(c.threads()),
        String.valueOf(c.warmPasses()), c.outDir() == null ? "" : c.outDir().toString()));
    c.overrides().stringPropertyNames().stream().sorted()
        .forEach(k -> cmd.add(k + "=" + c.overrides().getProperty(k)));
    return cmd;
  }

  public static String table(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("| configuration | docs | tokens | -Xmx | threads | construct s | cold tok/s | warm tok/s | warm docs/s"
        + " | live heap MB | peak heap MB | peak RSS MB |\n");
    sb.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      if (r.figures().containsKey("failed")) {
        sb.append(String.format(Locale.ROOT, "| %s | %d | | %s | %d | FAILED | | | | | | |%n", r.config().label(),
            r.config().docs().size(), r.config().xmx(), r.config().threads()));
        continue;
      }
      sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %s | %s | %s | %s | %s | %s | %s |%n",
          r.config().label(), num(r.get("documents"), 0), num(r.get("tokens"), 0), r.config().xmx(),
          r.config().threads(), num(r.get("construct_s"), 1), num(r.get("cold_tokens_per_s"), 0),
          num(r.get("warm_tokens_per_s"), 0), num(r.get("warm_docs_per_s"), 2), num(r.get("live_heap_mb"), 0),
          num(r.get("peak_heap_mb"), 0), num(r.get("peak_rss_mb"), 0)));
    }
    return sb.toString();
  }

  /**
   * Where the time goes: per annotator, milliseconds per token (CoreNLP's per-annotator
   * clock over the measured passes) and share of the total, one column per row given.
   */
  public static String annotatorTable(List<Row> rows) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    for (Row r : rows) {
      for (String k : r.figures().keySet()) {
        if (k.startsWith(BenchWorker.ANNOTATOR_KEY)) {
          names.add(k.substring(BenchWorker.ANNOTATOR_KEY.length()));
        }
      }
    }
    double[] totals = rows.stream().mapToDouble(r -> r.figures().entrySet().stream()
        .filter(e -> e.getKey().startsWith(BenchWorker.ANNOTATOR_KEY)).mapToDouble(Map.Entry::getValue).sum())
        .toArray();
    StringBuilder sb = new StringBuilder("| annotator |");
    StringBuilder rule = new StringBuilder("|---|");
    for (Row r : rows) {
      sb.append(' ').append(r.config().label()).append(" ms/token (share) |");
      rule.append("---|");
    }
    sb.append('\n').append(rule).append('\n');
    for (String name : names) {
      sb.append("| ").append(name).append(" |");
      for (int i = 0; i < rows.size(); i++) {
        Row r = rows.get(i);
        double sec = r.get(BenchWorker.ANNOTATOR_KEY + name);
        double total = totals[i];
        sb.append(Double.isNaN(sec) ? " |" : String.format(Locale.ROOT, " %.3f (%.0f%%) |",
            1000 * sec / r.get("timed_tokens"), 100 * sec / total));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * The 10x target against the dependency parser's own cost: newsrel needs the parse (its
   * rules are Semgrex over UD), so its time per token cannot fall below the parser's.
   */
  public static String parserFloor(Row newsrel, Row stock) {
    // the stock parser annotator or newsrel's own (FastDependencyParseAnnotator): any *DependencyParseAnnotator
    double parseSeconds = newsrel.figures().entrySet().stream()
        .filter(e -> e.getKey().startsWith(BenchWorker.ANNOTATOR_KEY) && e.getKey().endsWith("DependencyParseAnnotator"))
        .mapToDouble(Map.Entry::getValue).reduce(Double::sum).orElse(Double.NaN);
    double parseMs = 1000 * parseSeconds / newsrel.get("timed_tokens");
    double stockMs = 1000 / stock.get("warm_tokens_per_s");
    double newsrelMs = 1000 / newsrel.get("warm_tokens_per_s");
    if (Double.isNaN(parseMs) || Double.isNaN(stockMs) || Double.isNaN(newsrelMs)) {
      return "Parser floor: n/a (timings missing).";
    }
    return String.format(Locale.ROOT, "Per token, warm: stock %.3f ms, newsrel %.3f ms, of which the dependency parser"
        + " %.3f ms. 10x stock means <= %.3f ms per token: %s", stockMs, newsrelMs, parseMs, stockMs / 10,
        parseMs > stockMs / 10 ? "below the parser's own cost, so not reachable while the pipeline parses every sentence."
            : "above the parser's cost.");
  }

  /**
   * The paired-rounds thread ratio to judge: the lower of the rows' ratios (each row's JVM
   * ran its own rounds), with each row's; n/a when no row has one.
   */
  public static String pairedRatio(List<Row> rows) {
    List<Row> paired = rows.stream().filter(r -> !Double.isNaN(r.get("paired_ratio"))).toList();
    if (paired.isEmpty()) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%.2fx (%s)", paired.stream().mapToDouble(r -> r.get("paired_ratio")).min()
        .getAsDouble(), paired.stream()
        .map(r -> String.format(Locale.ROOT, "%s JVM %.2fx", r.config().label(), r.get("paired_ratio")))
        .collect(java.util.stream.Collectors.joining("; ")));
  }

  /** What the paired rounds did, per row that ran them: rates, round ratios, and why they are there. */
  public static String pairedText(List<Row> rows, int threads) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Paired rounds (the %d-thread target): each newsrel"
        + " JVM, after its measured run, alternated one thread and %d threads, %d rounds of two back-to-back streams"
        + " of at least %.0f s each, the order swapped every round. Mean tokens/s on 1 and %d threads, their ratio,"
        + " and the round ratios' median and range:", threads, threads, BenchWorker.PAIRED_ROUNDS,
        BenchWorker.PAIRED_ROUND_SECONDS, threads));
    for (Row r : rows) {
      if (Double.isNaN(r.get("paired_ratio"))) {
        sb.append(String.format(Locale.ROOT, " %s JVM: n/a;", r.config().label()));
        continue;
      }
      sb.append(String.format(Locale.ROOT, " %s JVM: %.0f and %.0f, %.2fx, median %.2fx, %.2f-%.2fx;",
          r.config().label(), r.get("paired_one_tokens_per_s"), r.get("paired_many_tokens_per_s"),
          r.get("paired_ratio"), r.get("paired_ratio_median"), r.get("paired_ratio_min"), r.get("paired_ratio_max")));
    }
    sb.setLength(sb.length() - 1);
    return sb.append(". The rows' own ratio divides the warm rates of two JVMs run minutes apart: on a shared"
        + " machine it carries the drift of the machine's speed between them; two streams seconds apart in one JVM"
        + " (same heap, same compiled code) do not.").toString();
  }

  private static String num(double v, int decimals) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /** "x / y" as a ratio string, n/a when either is missing. */
  public static String ratio(double x, double y) {
    return Double.isNaN(x) || Double.isNaN(y) || y == 0 ? "n/a" : String.format(Locale.ROOT, "%.2fx", x / y);
  }
}
