package org.newsrel.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.newsrel.bench.Bench;
import org.newsrel.brat.BratCorpus;
import org.newsrel.brat.BratFormatException;
import org.newsrel.brat.BratWriter;
import org.newsrel.report.EvalOptions;
import org.newsrel.report.EvalReport;
import org.newsrel.report.Evaluation;
import org.newsrel.report.TerminalTable;
import org.newsrel.run.UsageException;

/**
 * {@code newsrel bench}: newsrel (in -Xmx1g, one thread and N threads) against the stock
 * CoreNLP quote pipeline (tokenize..depparse,coref,quote with statistical coref), same
 * documents, same run; optional scaling series on larger folders; the newsrel output of
 * the measured run is scored against the gold beside the speed. {@code --prop KEY=VALUE}
 * overrides apply to every newsrel configuration (not to stock), so the effect of one
 * setting on speed and accuracy shows in one run.
 */
final class RunBench {

  static final String NEWSREL_XMX = "1g";
  static final String STOCK_XMX = "3g";

  private RunBench() {}

  static int run(Path docsDir, int threads, String scale, Path outFile, boolean stock, java.util.Properties props,
      PrintStream out, PrintStream err) throws UsageException, IOException, BratFormatException {
    List<Path> docs;
    try {
      docs = Bench.texts(docsDir);
    } catch (IOException e) {
      throw new UsageException("cannot list " + docsDir + ": " + e.getMessage());
    }
    if (docs.isEmpty()) {
      throw new UsageException("no *.txt in " + docsDir);
    }
    Path predDir = Files.createTempDirectory("newsrel-bench-pred");
    List<Bench.Config> configs = new ArrayList<>();
    // both newsrel JVMs also time 1 against N threads in paired rounds (BenchWorker.paired)
    int pair = threads > 1 ? threads : 0;
    configs.add(new Bench.Config("newsrel, 1 thread", "newsrel", NEWSREL_XMX, 1, docs, 3, predDir, props, pair));
    configs.add(new Bench.Config("newsrel, " + threads + " threads", "newsrel", NEWSREL_XMX, threads, docs, 3, null,
        props, pair));
    if (stock) {
      configs.add(new Bench.Config("stock quote, 1 thread", "corenlp-quote", STOCK_XMX, 1, docs, 3, null));
    }
    if (scale != null) {
      List<Path> big = new ArrayList<>();
      for (String d : scale.split(",")) {
        try {
          big.addAll(Bench.texts(Path.of(d)));
        } catch (IOException e) {
          throw new UsageException("cannot list " + d + ": " + e.getMessage());
        }
      }
      for (int n : new int[] {100, 300, big.size()}) {
        if (n <= big.size()) {
          // one cold pass each: a warm pass over 924 articles would double a long run
          configs.add(new Bench.Config("newsrel scale " + n, "newsrel", NEWSREL_XMX, threads, big.subList(0, n), 0,
              null, props));
        }
      }
    }
    out.println("bench: " + docs.size() + " documents from " + docsDir + "; one JVM per configuration");
    List<Bench.Row> rows = new ArrayList<>();
    try {
      for (Bench.Config c : configs) {
        rows.add(Bench.measure(c, out));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    StringBuilder md = new StringBuilder();
    md.append("Command: `./newsrel bench --docs ").append(docsDir).append(" --threads ").append(threads)
        .append(scale == null ? "" : " --scale " + scale).append(stock ? "" : " --no-stock");
    props.stringPropertyNames().stream().sorted()
        .forEach(k -> md.append(" --prop ").append(k).append('=').append(props.getProperty(k)));
    md.append("`  \n");
    md.append("Date: ").append(LocalDate.now()).append("; machine: ").append(Runtime.getRuntime().availableProcessors())
        .append(" cores, Java ").append(System.getProperty("java.version")).append("\n\n");
    md.append(Bench.table(rows)).append('\n');
    md.append(String.format(java.util.Locale.ROOT,
        "Cold = the first pass; warm = tokens per second over the measured run, the document set streamed to "
            + "the threads over and over (at least 3 passes' worth of documents and at least %.0f s; each thread "
            + "takes the next document when it is free, as `annotate` does, so no thread waits for the other at the "
            + "end of a pass) after untimed warm-up passes (JIT warm-up, "
            + "every pipeline alike) that run for at least %.0f s from the cold pass's start and until the JIT "
            + "compiler threads used at most %.0f%% of a core over the last %.0f s of passes, at most %.0f s "
            + "(per configuration: warm-up passes, seconds, compiler share at its end; passes' worth of documents "
            + "measured, compiler share during them: ",
        org.newsrel.bench.BenchWorker.MIN_MEASURED_SECONDS,
        org.newsrel.bench.BenchWorker.WARMUP_SECONDS, 100 * org.newsrel.bench.BenchWorker.QUIET_JIT_SHARE,
        org.newsrel.bench.BenchWorker.QUIET_WINDOW_SECONDS, org.newsrel.bench.BenchWorker.MAX_WARMUP_SECONDS))
        .append(rows.stream().filter(r -> r.figures().getOrDefault("warmup_passes", 0.0) > 0)
            .map(r -> String.format(java.util.Locale.ROOT, "%s %d, %.0f s, %.0f%%; %.1f, %.0f%%", r.config().label(),
                Math.round(r.figures().get("warmup_passes")), r.figures().getOrDefault("warmup_s", Double.NaN),
                100 * r.figures().getOrDefault("warmup_jit_share", Double.NaN),
                r.figures().getOrDefault("measured_passes", Double.NaN),
                100 * r.figures().getOrDefault("measured_jit_share", Double.NaN)))
            .collect(java.util.stream.Collectors.joining("; ")))
        .append("). Scale rows: one cold pass each.\n\n");
    Bench.Row one = rows.get(0);
    Bench.Row par = rows.get(1);
    md.append("| ratio | value | target |\n|---|---|---|\n");
    md.append("| ").append(threads).append(" threads / 1 thread, warm tok/s, rows of two JVMs | ")
        .append(Bench.ratio(par.figures().getOrDefault("warm_tokens_per_s", Double.NaN),
            one.figures().getOrDefault("warm_tokens_per_s", Double.NaN))).append(" | |\n");
    if (threads > 1) {
      md.append("| ").append(threads).append(" threads / 1 thread, paired rounds in one JVM (lower of the two JVMs) | ")
          .append(Bench.pairedRatio(List.of(one, par))).append(" | >= 1.8x |\n");
    }
    if (stock) {
      Bench.Row s = rows.get(2);
      md.append("| newsrel / stock, warm tok/s (1 thread each) | ")
          .append(Bench.ratio(one.figures().getOrDefault("warm_tokens_per_s", Double.NaN),
              s.figures().getOrDefault("warm_tokens_per_s", Double.NaN))).append(" | >= 10x |\n");
      md.append("| newsrel / stock, construction time | ")
          .append(Bench.ratio(one.figures().getOrDefault("construct_s", Double.NaN),
              s.figures().getOrDefault("construct_s", Double.NaN))).append(" | <= 0.33x |\n");
    }
    md.append("| newsrel ran in -Xmx").append(NEWSREL_XMX).append(" | ")
        .append(one.figures().containsKey("failed") ? "no" : "yes").append(" | yes |\n");
    if (threads > 1) {
      md.append('\n').append(Bench.pairedText(List.of(one, par), threads)).append('\n');
    }
    List<Bench.Row> timed = stock ? List.of(one, rows.get(2)) : List.of(one);
    md.append("\nWhere the time goes (CoreNLP's per-annotator clock over the measured warm passes, 1 thread):\n\n")
        .append(Bench.annotatorTable(timed));
    if (stock) {
      md.append('\n').append(Bench.parserFloor(one, rows.get(2))).append('\n');
    }
    String accuracy = accuracy(docsDir, predDir);
    if (accuracy != null) {
      md.append("\nAccuracy of the measured newsrel run on ").append(docsDir).append(":\n\n```\n").append(accuracy)
          .append("```\n");
    }
    out.println();
    out.print(md);
    BratWriter.writeAtomically(outFile, md.toString());
    out.println("written to " + outFile);
    return rows.stream().anyMatch(r -> r.figures().containsKey("failed")) ? 1 : 0;
  }

  /** The headline scores of the bench's own newsrel output, when the docs folder is gold. */
  private static String accuracy(Path docsDir, Path predDir) {
    try {
      BratCorpus gold = BratCorpus.readGold(docsDir);
      if (gold.documents().isEmpty()) {
        return null;
      }
      LinkedHashMap<String, BratCorpus> preds = new LinkedHashMap<>();
      preds.put("newsrel", BratCorpus.readPredictions(predDir, gold.documents()));
      EvalReport report = Evaluation.run(EvalOptions.defaults(), gold, preds);
      return TerminalTable.render(report);
    } catch (BratFormatException e) {
      return null; // not a gold folder: speed only
    }
  }
}
