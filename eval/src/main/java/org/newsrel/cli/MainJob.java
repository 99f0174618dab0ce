package org.newsrel.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsrel.baseline.Baseline;
import org.newsrel.brat.BratFormatException;
import org.newsrel.report.EvalOptions;
import org.newsrel.run.Annotate;
import org.newsrel.run.Progress;
import org.newsrel.run.UsageException;

/**
 * {@code newsrel report}, the main job: annotate the gold texts with newsrel, run the
 * stock CoreNLP baselines on them, score every system against the gold in one report.
 */
final class MainJob {

  static final List<String> BASELINES = List.of("corenlp-ner", "corenlp-quote", "corenlp-openie");

  private MainJob() {}

  static int run(Path gold, Path outDir, List<String> baselines, int threads, java.util.Properties props,
      PrintStream out, PrintStream err) throws UsageException, IOException, BratFormatException {
    Map<String, Path> systems = new LinkedHashMap<>();
    int worst = 0;
    out.println("== newsrel");
    Path p = outDir.resolve("pred/newsrel");
    worst = Math.max(worst, Annotate.run(gold, p, threads, Progress.Mode.AUTO, false, props, out, err));
    systems.put("newsrel", p);
    for (String b : baselines) {
      out.println("== " + b);
      Baseline baseline;
      try {
        baseline = Baseline.named(b);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      Path bp = outDir.resolve("pred/" + b);
      worst = Math.max(worst, RunBaseline.run(baseline, gold, bp, threads, out, err));
      systems.put(b, bp);
    }
    out.println("== scores against " + gold);
    worst = Math.max(worst, Evaluate.run(gold, systems, outDir, EvalOptions.defaults(), out, err));
    return worst;
  }
}
